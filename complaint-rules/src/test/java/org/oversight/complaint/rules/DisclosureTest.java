package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Channel;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.rules.jurisdiction.SwedenRules;

class DisclosureTest {

  private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
  /** A Norwegian complaint against two named officers, with a witness. */
  private static final ComplaintCase TWO_OFFICERS = ComplaintCase.receipt(CaseId.of("NO-2026-1"), NorwayRules.JURISDICTION)
      .track(Track.CONDUCT_COMPLAINT)
      .channel(Channel.WEB_FORM)
      .receivingBody(Body.of("NO-OSLO-PD"))
      .incident(Incident.of(IncidentTime.at(AT.minusSeconds(86_400)), "Oslo", "Two officers pushed me"))
      .party(Party.complainant(PartyId.of("P1"), "Kari Nordmann", Standing.DIRECTLY_AFFECTED))
      .party(Party.subject(PartyId.of("S1"), SubjectKind.OFFICER, "A-4711", "Oslo sentrum"))
      .party(Party.subject(PartyId.of("S2"), SubjectKind.OFFICER, "A-4712", "Oslo sentrum"))
      .party(Party.person(PartyId.of("W1"), PartyRole.WITNESS, "Ola Vitne"))
      .allegation(Allegation.of(AllegationId.of("A1"), CategoryCode.of("USE_OF_FORCE"), "Pushed",
          List.empty(), List.of(PartyId.of("S1"), PartyId.of("S2"))))
      .receive(Stamp.of(AT, Actor.of("web"), ""))
      .complaint();

  @Test
  void aSubjectSeesTheirOwnIdentityButNotTheOtherSubjects() {
    PartyId first = TWO_OFFICERS.parties(PartyRole.SUBJECT).get(0).id();

    DisclosedCase seen = NorwayRules.pack().disclosure().disclose(TWO_OFFICERS, Audience.SUBJECT, first);

    assertThat(seen.parties().get().filter(p -> p.personalData().isDefined()).map(DisclosedCase.PartyView::id))
        .containsExactly(first);
    assertThat(seen.parties().get().map(DisclosedCase.PartyView::id))
        .as("every party is still listed, by id and role").hasSize(TWO_OFFICERS.parties().size());
  }

  @Test
  void aPackCanDiscloseTheOtherSubjectsIdentityToASubject() {
    DisclosurePolicy policy = NorwayRules.pack().disclosure().allowing(Audience.SUBJECT, Disclosable.CO_SUBJECT_IDENTITY);
    PartyId first = TWO_OFFICERS.parties(PartyRole.SUBJECT).get(0).id();

    DisclosedCase seen = policy.disclose(TWO_OFFICERS, Audience.SUBJECT, first);

    assertThat(seen.parties().get().filter(p -> p.personalData().isDefined()).map(DisclosedCase.PartyView::role))
        .containsOnly(PartyRole.SUBJECT).hasSize(TWO_OFFICERS.parties(PartyRole.SUBJECT).size());
  }

  @Test
  void thePublicSeesNoPartyNoPartyIdAndNotTheCaseId() {
    DisclosedCase seen = SwedenRules.pack().disclosure().disclose(TWO_OFFICERS, Audience.PUBLIC);

    assertThat(seen.id()).isEmpty();
    assertThat(seen.parties()).isEmpty();
    assertThat(seen.viewer()).isEmpty();
    assertThat(seen.allegations().getOrElse(List.empty())).allMatch(a -> a.subjects().isEmpty());
  }

  @Test
  void theInternalViewHasEverythingAndEventsWhole() {
    DisclosedCase seen = NorwayRules.pack().disclosure().disclose(TWO_OFFICERS, Audience.INTERNAL);

    assertThat(seen.id()).contains(TWO_OFFICERS.id());
    assertThat(seen.parties().get()).allMatch(p -> p.personalData().isDefined());
    assertThat(seen.history().get().map(e -> e.event().get())).isEqualTo(TWO_OFFICERS.history());
  }

  @Test
  void aViewForOnePartyNeedsAPartyInThatRole() {
    DisclosurePolicy policy = NorwayRules.pack().disclosure();
    PartyId officer = TWO_OFFICERS.parties(PartyRole.SUBJECT).get(0).id();

    assertThatThrownBy(() -> policy.disclose(TWO_OFFICERS, Audience.PUBLIC, officer))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no viewer");
    assertThatThrownBy(() -> policy.disclose(TWO_OFFICERS, Audience.COMPLAINANT, officer))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a COMPLAINANT");
  }

  @Test
  void aNorwegianComplainantIsToldSpesialenhetensDecisionWithItsGroundsButNotTheDistricts() {
    Instant at = AT.plusSeconds(86_400);
    ComplaintCase decided = TWO_OFFICERS
        .addAllegation(Allegation.of(AllegationId.of("A2"), CategoryCode.of("CONDUCT"), "Shouted", List.empty(),
            List.of(PartyId.of("S1"))), Stamp.of(at, Actor.of("cw"), "")).get().complaint()
        .register(CaseReference.parse("OSL-2026-000001"), RegistrationRequirements.DEFAULT, Stamp.of(at.plusSeconds(60), Actor.of("cw"), ""))
        .get().complaint()
        .assess(Track.CONDUCT_COMPLAINT, Body.of("NO-OSLO-PD"), Stamp.of(at.plusSeconds(90), Actor.of("cw"), ""))
        .get().complaint();
    DisclosurePolicy policy = NorwayRules.districtDisclosure(NorwayRules.OutcomeDisclosure.WITHHELD);
    ComplaintCase withDecisions = io.vavr.collection.List.of(
            new org.oversight.complaint.core.CaseEvent.AllegationDecided(AllegationId.of("A1"), Outcome.of("DISMISSED"),
                NorwayRules.SPESIALENHETEN, Stamp.of(at.plusSeconds(120), Actor.of("se"), "Intet straffbart forhold")),
            new org.oversight.complaint.core.CaseEvent.AllegationDecided(AllegationId.of("A2"), Outcome.of("CRITICISABLE"),
                Body.of("NO-OSLO-PD"), Stamp.of(at.plusSeconds(180), Actor.of("cw"), "Measures taken")))
        .foldLeft(decided, (c, e) -> c.execute(e).get().complaint());

    DisclosedCase seen = policy.disclose(withDecisions, Audience.COMPLAINANT, PartyId.of("P1"));

    DisclosedCase.AllegationView first = seen.allegations().get().get(0);
    DisclosedCase.AllegationView second = seen.allegations().get().get(1);
    assertThat(first.decision().map(DisclosedCase.DecisionView::outcome)).contains(Outcome.of("DISMISSED"));
    assertThat(first.decision().flatMap(DisclosedCase.DecisionView::reason)).contains("Intet straffbart forhold");
    assertThat(second.decision()).as("the district's measures stay internal").isEmpty();
    assertThat(policy.allows(Audience.COMPLAINANT, Disclosable.OUTCOMES)).isFalse();
    assertThat(policy.decisionsTold(Audience.COMPLAINANT)).containsExactly(NorwayRules.SPESIALENHETEN);
  }

  @Test
  void anInterestedPersonSeesTheirOwnPersonalDataAndNoOneElses() {
    ComplaintCase withKin = TWO_OFFICERS.addParty(Party.person(PartyId.of("K1"), PartyRole.INTERESTED_PERSON, "Nils Nordmann")
        .withContact("nils@example.no"), Stamp.of(AT.plusSeconds(60), Actor.of("cw"), "")).get().complaint();
    DisclosurePolicy policy = DisclosurePolicy.internalOnly().allowing(Audience.INTERESTED_PERSON, Disclosable.values());

    DisclosedCase seen = policy.disclose(withKin, Audience.INTERESTED_PERSON, PartyId.of("K1"));
    DisclosedCase template = policy.disclose(withKin, Audience.INTERESTED_PERSON);

    assertThat(seen.parties().get().filter(p -> p.personalData().isDefined()).map(DisclosedCase.PartyView::id))
        .containsExactly(PartyId.of("K1"));
    assertThat(seen.history().get()).allMatch(e -> e.event().isEmpty());
    assertThat(template.parties().get()).allMatch(p -> p.personalData().isEmpty());
    assertThatThrownBy(() -> policy.disclose(withKin, Audience.INTERESTED_PERSON, PartyId.of("W1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("viewer W1 is not an INTERESTED_PERSON or a VICTIM of case NO-2026-1");
    assertThat(DisclosurePolicy.internalOnly().disclose(withKin, Audience.INTERESTED_PERSON, PartyId.of("K1")).status())
        .as("nothing beyond what a policy gives").isEmpty();
  }

  @Test
  void aComplainantViewWithoutAViewerShowsNoOnesPersonalData() {
    DisclosedCase template = NorwayRules.pack().disclosure().disclose(TWO_OFFICERS, Audience.COMPLAINANT);

    assertThat(template.viewer()).isEmpty();
    assertThat(template.parties().get()).allMatch(p -> p.personalData().isEmpty());
  }

  /** TWO_OFFICERS with a warning for S1 (answering A1) and a management action for S2. */
  private static ComplaintCase withMeasures() {
    Instant at = AT.plusSeconds(3_600);
    ComplaintCase c = TWO_OFFICERS.recordMeasure(PartyId.of("S1"), AllegationId.of("A1"), MeasureKind.WARNING,
        Body.of("NO-OSLO-PD"), Stamp.of(at, Actor.of("hr"), "skriftlig advarsel")).get().complaint();
    return c.recordMeasure(PartyId.of("S2"), MeasureKind.MANAGEMENT_ACTION, Body.of("NO-OSLO-PD"),
        Stamp.of(at.plusSeconds(60), Actor.of("hr"), "")).get().complaint();
  }

  @Test
  void aSubjectIsShownOnlyTheMeasuresConcerningThemAndATemplateNone() {
    DisclosurePolicy policy = NorwayRules.pack().disclosure();

    DisclosedCase first = policy.disclose(withMeasures(), Audience.SUBJECT, PartyId.of("S1"));
    DisclosedCase template = policy.disclose(withMeasures(), Audience.SUBJECT);

    assertThat(first.measures().get()).containsExactly(new DisclosedCase.MeasureView(MeasureKind.WARNING,
        Option.some(PartyId.of("S1")), Option.some(AllegationId.of("A1")), Body.of("NO-OSLO-PD"), AT.plusSeconds(3_600)));
    assertThat(template.measures().get()).isEmpty();
  }

  @Test
  void measuresAreASectionOfTheirOwnApartFromTheFinding() {
    DisclosurePolicy findingOnly = DisclosurePolicy.internalOnly()
        .allowing(Audience.COMPLAINANT, Disclosable.OUTCOMES, Disclosable.REASONS);
    DisclosurePolicy measuresToo = findingOnly.allowing(Audience.COMPLAINANT, Disclosable.MEASURES);

    assertThat(findingOnly.disclose(withMeasures(), Audience.COMPLAINANT, PartyId.of("P1")).measures()).isEmpty();
    assertThat(measuresToo.disclose(withMeasures(), Audience.COMPLAINANT, PartyId.of("P1")).measures().get()
        .map(DisclosedCase.MeasureView::subject)).containsExactly(Option.some(PartyId.of("S1")), Option.some(PartyId.of("S2")));
    assertThat(findingOnly.disclose(withMeasures(), Audience.INTERNAL).measures().get()).hasSize(2);
    assertThat(findingOnly.disclose(TWO_OFFICERS, Audience.INTERNAL).measures().get()).isEmpty();
  }

  @Test
  void thePublicIsToldAMeasureWithoutWhomItConcerns() {
    DisclosurePolicy policy = DisclosurePolicy.internalOnly().allowing(Audience.PUBLIC, Disclosable.MEASURES);

    DisclosedCase seen = policy.disclose(withMeasures(), Audience.PUBLIC);

    assertThat(seen.measures().get().map(DisclosedCase.MeasureView::kind))
        .containsExactly(MeasureKind.WARNING, MeasureKind.MANAGEMENT_ACTION);
    assertThat(seen.measures().get()).allMatch(m -> m.subject().isEmpty());
  }

  @Test
  void aProjectionThatShowsAnotherSubjectsMeasureOrThePublicWhomAMeasureConcernsCannotBeBuilt() {
    DisclosedCase.MeasureView aboutS2 = new DisclosedCase.MeasureView(MeasureKind.WARNING, Option.some(PartyId.of("S2")),
        Option.none(), Body.of("NO-OSLO-PD"), AT);
    assertThatThrownBy(() -> new DisclosedCase(Audience.SUBJECT, Option.some(PartyId.of("S1")),
        Option.some(CaseId.of("C1")), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
        Option.some(List.of(aboutS2)), Option.none(), Option.none(), Option.none(), Option.none(), Option.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a SUBJECT sees only the measures concerning them");
    assertThatThrownBy(() -> new DisclosedCase(Audience.PUBLIC, Option.none(), Option.none(), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none(), Option.some(List.of(aboutS2)), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the public view shows no party id");
    assertThat(new DisclosedCase(Audience.COMPLAINANT, Option.none(), Option.some(CaseId.of("C1")), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none(), Option.some(List.of(aboutS2)), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none()).measures().get()).containsExactly(aboutS2);
  }

  @Test
  void aProjectionThatBreaksAnInvariantCannotBeBuilt() {
    DisclosedCase.PartyView someoneElse = new DisclosedCase.PartyView(PartyId.of("P2"), PartyRole.WITNESS,
        Option.none(), Option.none(), Option.some(new DisclosedCase.PersonalData(Option.some("Ola"), Option.none(),
            Option.none(), Option.none())));

    assertThatThrownBy(() -> new DisclosedCase(Audience.COMPLAINANT, Option.some(PartyId.of("P1")),
        Option.some(CaseId.of("C1")), Option.none(), Option.none(), Option.some(List.of(someoneElse)), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P2");
    assertThatThrownBy(() -> new DisclosedCase(Audience.INTERNAL, Option.some(PartyId.of("P1")),
        Option.some(CaseId.of("C1")), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none(), Option.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no viewer");
    assertThatThrownBy(() -> new DisclosedCase(Audience.PUBLIC, Option.none(), Option.some(CaseId.of("C1")),
        Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
        Option.none(), Option.none(), Option.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no case id");
    assertThatThrownBy(() -> new DisclosedCase(Audience.SUBJECT, Option.some(PartyId.of("P1")),
        Option.some(CaseId.of("C1")), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none(),
        Option.some(List.of(new DisclosedCase.EventView("Registered", Instant.EPOCH, Option.none(),
            Option.some(TWO_OFFICERS.history().head()))))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events whole");
  }
}
