package org.oversight.complaint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.core.Samples.*;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * The facts eligibility rules read: the form of a statement, the flags a link records, duty status, and whom
 * a complainant acts for.
 */
class EligibilityFactsTest {

  private static Party onBehalf(String id) {
    return Party.complainant(PartyId.of(id), "Kari Hansen", Standing.ON_BEHALF);
  }

  @Test
  void should_link_a_complainant_on_someones_behalf_to_the_party_they_act_for() {
    assertThat(onBehalf("P9").withActsFor(VICTIM).actsFor()).contains(VICTIM);
    assertThat(Party.complainant(PartyId.of("P9"), "Kari Hansen", Standing.PARENT_OF_CHILD).withActsFor(VICTIM).actsFor())
        .contains(VICTIM);
    assertThat(onBehalf("P9").actsFor()).isEmpty();
    assertThat(onBehalf("P9").withActsFor(VICTIM).withContact("kari@example.org").actsFor()).contains(VICTIM);
    assertThat(onBehalf("P9").withActsFor(VICTIM).toString()).contains("actsFor=P3").doesNotContain("Kari");
    ComplaintCase added = ok(received().addParty(onBehalf("P9").withActsFor(VICTIM), Stamp.of(t(1), CASEWORKER)));
    assertThat(added.party(PartyId.of("P9")).flatMap(Party::actsFor)).contains(VICTIM);
    ComplaintCase inReceipt = Samples.osloReceipt().party(onBehalf("P9").withActsFor(VICTIM))
        .receive(Stamp.of(t(0), CASEWORKER)).complaint();
    assertThat(inReceipt.party(PartyId.of("P9")).flatMap(Party::actsFor)).contains(VICTIM);
  }

  @Test
  void should_refuse_a_link_from_anyone_but_a_representative_or_a_complainant_acting_for_someone_else() {
    assertThatThrownBy(() -> Party.complainant(PartyId.of("P9"), "Kari Hansen", Standing.DIRECTLY_AFFECTED)
        .withActsFor(VICTIM)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ON_BEHALF");
    assertThatThrownBy(() -> Party.anonymousComplainant(PartyId.of("P9")).withActsFor(VICTIM))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Party.person(PartyId.of("P9"), PartyRole.WITNESS).withActsFor(VICTIM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REPRESENTATIVE");
    assertThatThrownBy(() -> Party.person(PartyId.of("P9"), PartyRole.REPRESENTATIVE).withActsFor(PartyId.of("P9")))
        .hasMessageContaining("themselves");
    assertThatThrownBy(() -> onBehalf("P9").withActsFor(PartyId.of("P9"))).hasMessageContaining("themselves");
    assertThatThrownBy(() -> onBehalf("P9").withActsFor(null)).hasMessage("represented is null");
    assertThatThrownBy(() -> new Party(PartyId.of("P9"), PartyRole.COMPLAINANT, Option.none(), Option.none(),
        Option.some(Standing.ON_BEHALF), Option.none(), Option.none(), Option.none(), null))
        .hasMessage("actsFor is null");
  }

  @Test
  void should_link_a_representative_to_the_party_they_act_for_a_complainant_or_a_subject_but_not_another_representative() {
    // SI 2020/2 reg 38: the complainant's solicitor or agent may withdraw for them; a subject has a police friend.
    Party solicitor = Party.person(PartyId.of("P9"), PartyRole.REPRESENTATIVE, "Advokat Berg");
    Stamp at = Stamp.of(t(1), CASEWORKER);
    ComplaintCase forComplainant = ok(received().addParty(solicitor.withActsFor(COMPLAINANT), at));
    assertThat(forComplainant.party(PartyId.of("P9")).flatMap(Party::actsFor)).contains(COMPLAINANT);
    ComplaintCase forSubject = ok(received().addParty(solicitor.withActsFor(OFFICER), at));
    assertThat(forSubject.party(PartyId.of("P9")).flatMap(Party::actsFor)).contains(OFFICER);
    Party other = Party.person(PartyId.of("P8"), PartyRole.REPRESENTATIVE).withActsFor(COMPLAINANT);
    assertThat(ok(received().addParty(other, at)).addParty(solicitor.withActsFor(PartyId.of("P8")), at).getLeft())
        .isEqualTo(new Rejection.WrongRole(CaseStatus.RECEIVED, CommandType.ADD_PARTY, PartyId.of("P8"),
            PartyRole.COMPLAINANT, PartyRole.REPRESENTATIVE));
    assertThat(received().addParty(solicitor.withActsFor(PartyId.of("P7")), at).getLeft())
        .isEqualTo(new Rejection.UnknownParty(CaseStatus.RECEIVED, CommandType.ADD_PARTY, PartyId.of("P7")));
    ComplaintCase inReceipt = Samples.osloReceipt().party(solicitor.withActsFor(COMPLAINANT)).receive(at).complaint();
    assertThat(inReceipt.party(PartyId.of("P9")).flatMap(Party::actsFor)).contains(COMPLAINANT);
    assertThatThrownBy(() -> Samples.osloReceipt().party(other).party(solicitor.withActsFor(PartyId.of("P8")))
        .receive(at)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a REPRESENTATIVE does not act");
  }

  @Test
  void should_refuse_a_link_to_a_party_the_case_lacks_or_who_is_not_complained_for() {
    Stamp at = Stamp.of(t(1), CASEWORKER);
    assertThat(received().addParty(onBehalf("P9").withActsFor(PartyId.of("P8")), at).getLeft())
        .isEqualTo(new Rejection.UnknownParty(CaseStatus.RECEIVED, CommandType.ADD_PARTY, PartyId.of("P8")));
    assertThat(received().addParty(onBehalf("P9").withActsFor(OFFICER), at).getLeft())
        .isEqualTo(new Rejection.WrongRole(CaseStatus.RECEIVED, CommandType.ADD_PARTY, OFFICER, PartyRole.VICTIM,
            PartyRole.SUBJECT));
    assertThat(received().addParty(onBehalf("P9").withActsFor(COMPLAINANT), at).getLeft())
        .isInstanceOf(Rejection.WrongRole.class);
    assertThatThrownBy(() -> Samples.osloReceipt().party(onBehalf("P9").withActsFor(PartyId.of("P8"))).receive(at))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not have");
    assertThatThrownBy(() -> Samples.osloReceipt().party(onBehalf("P9").withActsFor(OFFICER)).receive(at))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUBJECT");
  }

  @Test
  void should_tell_written_forms() {
    assertThat(List.of(StatementForm.values()).filter(StatementForm::isWritten))
        .containsExactly(StatementForm.WRITTEN, StatementForm.SIGNED_WRITTEN);
  }

  @Test
  void should_record_how_a_consent_was_given() {
    ComplaintCase oral = ok(received().recordConsent(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF, ConsentState.GIVEN,
        StatementForm.ORAL, Stamp.of(t(1), CASEWORKER)));
    assertThat(oral.latestConsent(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF).get().form()).contains(StatementForm.ORAL);
    assertThat(oral.latestConsent(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF).get().isGivenInWriting()).isFalse();
    ComplaintCase written = ok(oral.recordConsent(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF, ConsentState.GIVEN,
        StatementForm.WRITTEN, Stamp.of(t(2), CASEWORKER)));
    assertThat(written.latestConsent(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF).get().isGivenInWriting()).isTrue();
    ComplaintCase withdrawn = ok(written.recordConsent(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF,
        ConsentState.WITHDRAWN, StatementForm.SIGNED_WRITTEN, Stamp.of(t(3), CASEWORKER)));
    assertThat(withdrawn.latestConsent(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF).get().isGivenInWriting()).isFalse();
    ComplaintCase unrecorded = ok(received().recordConsent(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF,
        ConsentState.GIVEN, Stamp.of(t(1), CASEWORKER)));
    assertThat(unrecorded.consents().single()).isEqualTo(new ConsentRecord(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF,
        ConsentState.GIVEN, t(1)));
    assertThat(unrecorded.consents().single().isGivenInWriting()).isFalse();
    assertThatThrownBy(() -> received().recordConsent(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF, ConsentState.GIVEN,
        null, Stamp.of(t(1), CASEWORKER))).hasMessage("form is null");
    assertThatThrownBy(() -> new ConsentRecord(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF, ConsentState.GIVEN, null,
        t(1))).hasMessage("form is null");
  }

  @Test
  void should_record_how_a_withdrawal_was_made() {
    Transition signed = received().withdraw(COMPLAINANT, StatementForm.SIGNED_WRITTEN, Stamp.of(t(1), CASEWORKER)).get();
    assertThat(signed.complaint().status()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(((CaseEvent.Withdrawn) signed.event()).form()).contains(StatementForm.SIGNED_WRITTEN);
    assertThat(new CaseEvent.Withdrawn(Option.none(), Stamp.of(t(1), CASEWORKER)).form()).isEmpty();
    assertThatThrownBy(() -> received().withdraw(COMPLAINANT, null, Stamp.of(t(1), CASEWORKER)))
        .hasMessage("form is null");
    assertThatThrownBy(() -> new CaseEvent.Withdrawn(Option.none(), null, Stamp.of(t(1), CASEWORKER)))
        .hasMessage("form is null");
  }

  @Test
  void should_record_a_same_incident_matters_flags_only_on_a_same_incident_link() {
    RelatedCase link = RelatedCase.sameIncident(CaseId.of("C-9"), List.of(SeriousnessFlag.DEATH));
    assertThat(link.relation()).isEqualTo(Relation.SAME_INCIDENT);
    assertThat(link.flags()).containsExactly(SeriousnessFlag.DEATH);
    assertThat(new RelatedCase(CaseId.of("C-9"), Relation.SAME_SUBJECT).flags()).isEmpty();
    assertThatThrownBy(() -> new RelatedCase(CaseId.of("C-9"), Relation.SAME_SUBJECT, HashSet.of(SeriousnessFlag.DEATH)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SAME_INCIDENT");
    assertThatThrownBy(() -> RelatedCase.sameIncident(CaseId.of("C-9"), null)).hasMessage("flags is null");
    ComplaintCase linked = ok(received().linkRelatedCase(link, Stamp.of(t(1), CASEWORKER)));
    ComplaintCase relinked = ok(linked.linkRelatedCase(RelatedCase.sameIncident(CaseId.of("C-9"),
        List.of(SeriousnessFlag.DEATH, SeriousnessFlag.SERIOUS_INJURY)), Stamp.of(t(2), CASEWORKER)));
    assertThat(relinked.relatedCases()).hasSize(2);
    assertThat(linked.linkRelatedCase(link, Stamp.of(t(2), CASEWORKER)).getLeft())
        .isInstanceOf(Rejection.Duplicate.class);
  }

  @Test
  void should_tell_a_case_about_conduct_off_duty_only() {
    assertThat(received().isOffDutyOnly()).isFalse();
    Allegation offDuty = Allegation.of(AllegationId.of("A3"), CategoryCode.of("FORCE"), "at a party", List.empty(),
        List.of(OFFICER)).withDuty(DutyStatus.OFF_DUTY);
    assertThat(offDuty.isOffDuty()).isTrue();
    assertThat(offDuty.duty()).contains(DutyStatus.OFF_DUTY);
    assertThat(offDuty.withDuty(DutyStatus.ON_DUTY).isOffDuty()).isFalse();
    assertThat(offDuty.toString()).contains("duty=OFF_DUTY");
    ComplaintCase only = osloOffDuty(List.of(offDuty));
    assertThat(only.isOffDutyOnly()).isTrue();
    assertThat(osloOffDuty(List.of(offDuty, offDuty.withDuty(DutyStatus.ON_DUTY))).isOffDutyOnly()).isFalse();
    ComplaintCase decided = ok(ok(ok(only.register(REF, RegistrationRequirements.NONE, Stamp.of(t(1), CASEWORKER)))
        .assess(Track.CRIMINAL_REPORT, OSLO, Stamp.of(t(2), CASEWORKER)))
        .decide(AllegationId.of("A3"), Outcome.of("DISMISSED"), OSLO, Stamp.of(t(3), CASEWORKER)));
    assertThat(decided.allegations().single().duty()).as("a decision keeps the duty status").contains(DutyStatus.OFF_DUTY);
    assertThatThrownBy(() -> offDuty.withDuty(null)).hasMessage("status is null");
  }

  private static ComplaintCase osloOffDuty(List<Allegation> allegations) {
    ReceiptBuilder b = ComplaintCase.receipt(CaseId.of("case-oslo-2"), NO).track(Track.CRIMINAL_REPORT)
        .channel(Channel.ORAL).receivingBody(OSLO).incident(Incident.of(IncidentTime.at(INCIDENT), "Grünerløkka", "A fight"))
        .party(Party.complainant(COMPLAINANT, "Ola Nordmann", Standing.DIRECTLY_AFFECTED))
        .party(Party.subject(OFFICER, SubjectKind.OFFICER, "A-1234"));
    for (int i = 0; i < allegations.size(); i++) {
      Allegation a = allegations.get(i);
      b.allegation(new Allegation(AllegationId.of("A" + (3 + i)), a.category(), a.description(), a.flags(), a.subjects(),
          a.decision(), a.duty()));
    }
    return b.receive(Stamp.of(T0, INTAKE)).complaint();
  }
}
