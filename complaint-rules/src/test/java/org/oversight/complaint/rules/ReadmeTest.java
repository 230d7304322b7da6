package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Channel;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.EnglandWalesRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;

/** Keeps the rule-pack snippets of the repository README compiled and their claims asserted (between "readme:" markers). */
class ReadmeTest {

  @Test
  void assessWithAShippedPack() {
    ComplaintCase received = spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DenmarkRules.DUP)
        .receivedAt("2026-02-01T10:00:00Z");
    ComplaintCase complaint = assess(register(received, t("2026-02-01T11:00:00Z")), Track.CONDUCT_COMPLAINT,
        DenmarkRules.DUP, t("2026-02-02T10:00:00Z"));
    Instant now = t("2026-02-03T10:00:00Z");
    java.io.StringWriter printed = new java.io.StringWriter();
    java.io.PrintWriter out = new java.io.PrintWriter(printed, true);
    // readme: assess
    RulePack pack = DenmarkRules.pack();

    Assessment assessment = pack.assess(complaint, now);
    for (Obligation o : assessment.pending()) {
      out.println(o.message(Locale.forLanguageTag("da")));   // "Send kvitteringsbrev til C1 ... senest ..."
    }
    boolean onTime = assessment.isCompliant();

    CaseEvent proposed = new CaseEvent.InformalResolutionStarted(Stamp.of(now, Actor.of("caseworker:1"), "notitssag"));
    Either<Rejection, Transition> executed = pack.execute(complaint, proposed);   // the one path
    String why = executed.isLeft() ? Messages.explain(executed.getLeft(), Locale.forLanguageTag("da")) : "done";
    Set<CommandType> offer = pack.allowedCommands(complaint, now);   // what to offer the caseworker now
    Option<Rejection> whyNot = pack.whyRefused(complaint, CommandType.START_INFORMAL_RESOLUTION, now);

    Option<ReviewRoute> route = pack.reviewRoute(complaint, ReviewRule.Occasion.REJECTION, now);

    boolean toldOutcome = pack.disclosure().allows(Audience.COMPLAINANT, Disclosable.OUTCOMES);
    boolean upheld = pack.outcomes().isUpheld(Outcome.of("CRITICISM"));
    // readme: end
    assertThat(printed.toString()).contains("Send kvitteringsbrev til C1");
    assertThat(onTime).isTrue();
    assertThat(why).isEqualTo("\"starte uformel behandling\" afvist: notitssagsbehandling kræver klagerens samtykke ("
        + DenmarkRules.NOTITSSAG + ").");
    assertThat(offer).contains(CommandType.OPEN_INVESTIGATION).doesNotContain(CommandType.START_INFORMAL_RESOLUTION);
    assertThat(whyNot.map(Rejection::legalBasis)).contains(Option.some(DenmarkRules.NOTITSSAG));
    assertThat(route).isEmpty();
    assertThat(toldOutcome).isTrue();
    assertThat(upheld).isTrue();
  }

  @Test
  void defineACustomPack() {
    // readme: custom
    LegalBasis routine = LegalBasis.of("Oslo politidistrikt, intern klagerutine");
    RulePack internal = RulePack.builder("NO-OSLO-INTERNAL", NorwayRules.JURISDICTION, NorwayRules.ZONE)
        .escalation(List.of(EscalationRule.onFlags("escalation.deathOrSeriousInjury",
            EnumSet.of(SeriousnessFlag.DEATH, SeriousnessFlag.SERIOUS_INJURY), EnumSet.noneOf(Track.class),
            NorwayRules.SPESIALENHETEN, DeadlinePeriod.days(0), NorwayRules.SPESIALENHETEN_MANDATE)))
        .registration(RegistrationRule.of(RegistrationRequirements.DEFAULT, routine))
        .feedback(List.of(FeedbackRule.acknowledgement(EnumSet.of(Track.CONDUCT_COMPLAINT), Addressee.complainants(),
            DeadlinePeriod.workingDays(2), routine)))
        .disclosure(NorwayRules.districtDisclosure(NorwayRules.OutcomeDisclosure.WITHHELD))
        .build();

    RulePack noAppeal = NorwayRules.pack().withReview(ReviewRule.none());
    RulePack stricter = NorwayRules.pack().plusCommandRule((c, event) ->
        event.command() == CommandType.CLOSE && c.notifications().isEmpty()
            ? Option.some(Refusal.of("local.closeWithoutNotice", routine, "close only after telling the complainant"))
            : Option.none());

    RulePack ew = EnglandWalesRules.pack(EnglandWalesRules.Parameters.defaults()
        .withComplainantUpdateEvery(Option.some(DeadlinePeriod.days(28))));
    // readme: end
    ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, CustomPackTest.UNIT)
        .flags(SeriousnessFlag.DEATH).receivedAt("2026-02-06T10:00:00Z");
    assertThat(internal.assess(c, t("2026-02-06T11:00:00Z")).escalations()).hasSize(1);
    assertThat(internal.disclosure().allows(Audience.COMPLAINANT, Disclosable.OUTCOMES)).isFalse();
    assertThat(noAppeal.review().route(c, ReviewRule.Occasion.OUTCOME, t("2026-03-01T10:00:00Z"), noAppeal.zone()))
        .isEmpty();
    assertThat(stricter.commandRules()).hasSize(NorwayRules.pack().commandRules().size() + 1);
    assertThat(ew.feedback().size()).isEqualTo(EnglandWalesRules.pack().feedback().size() + 1);
  }

  @Test
  void aTimeBarredComplaintIsRegisteredThenRejected() {
    // readme: time-barred
    RulePack dk = DenmarkRules.pack();
    ComplaintCase late = ComplaintCase.receipt(CaseId.of("DUP-2026-17"), DenmarkRules.JURISDICTION)
        .track(Track.CONDUCT_COMPLAINT).channel(Channel.FORWARDED).receivingBody(DenmarkRules.DUP)
        .incident(Incident.of(IncidentTime.at(Instant.parse("2025-06-01T10:00:00Z")), "Pushed at a demonstration"))
        .lodgedAt(Instant.parse("2026-01-05T09:00:00Z"))   // lodged with the district, which forwarded it
        .party(Party.complainant(PartyId.of("C1"), "Kari Nordmann", Standing.DIRECTLY_AFFECTED))
        .party(Party.subject(PartyId.of("S1"), SubjectKind.OFFICER, "1234", "Aarhus"))
        .receive(Stamp.of(Instant.parse("2026-01-07T09:00:00Z"), Actor.of("dup:screening")))
        .complaint();

    TimeLimitCheck limit = dk.timeLimit().check(late, dk.zone());   // EXPIRED: 6 months ended 1 December 2025
    ComplaintCase registered = dk.execute(late, new CaseEvent.Registered(CaseReference.parse("DUP-2026-17"),
        RegistrationRequirements.NONE, Stamp.of(Instant.parse("2026-01-07T10:00:00Z"), Actor.of("dup:screening"))))
        .get().complaint();                                        // registered all the same
    ComplaintCase assessed = registered.assess(Track.CONDUCT_COMPLAINT, DenmarkRules.DUP,
        Stamp.of(Instant.parse("2026-01-08T10:00:00Z"), Actor.of("dup:screening"))).get().complaint();
    Either<Rejection, Transition> barred = dk.execute(assessed, new CaseEvent.Rejected(RejectionGround.TIME_BARRED,
        Option.none(), Stamp.of(Instant.parse("2026-01-09T10:00:00Z"), Actor.of("dup:screening"), "forældet")));
    // readme: end
    assertThat(limit.status()).isEqualTo(TimeLimitCheck.Status.EXPIRED);
    assertThat(limit.deadline()).contains(Instant.parse("2025-12-01T22:59:59.999999999Z"));
    assertThat(dk.assess(registered, Instant.parse("2026-01-07T10:00:00Z")).warnings().map(Warning::key))
        .contains("warning.timeLimit.expired");
    assertThat(barred.get().complaint().status()).isEqualTo(CaseStatus.REJECTED);
  }

  @Test
  void splitALetterThatMixesTracks() {
    ComplaintCase received = spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DenmarkRules.DUP)
        .receivedAt("2026-02-01T10:00:00Z");
    ComplaintCase letter = step(received, x -> x.addAllegation(Allegation.of(AllegationId.of("A2"), CategoryCode.of("FORCE"),
        "Pushed against the car", List.of(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE), List.of(SUBJECT)),
        Stamp.of(t("2026-02-01T10:30:00Z"), ACTOR)));
    Instant now = t("2026-02-02T10:00:00Z");
    // readme: split
    RulePack pack = DenmarkRules.pack();
    CaseEvent.AllegationsSplitOff split = new CaseEvent.AllegationsSplitOff(List.of(AllegationId.of("A2")),
        CaseId.of("DUP-2026-2"), Stamp.of(now, Actor.of("caseworker:1"), "the push is reported as a crime"));
    ComplaintCase conduct = pack.execute(letter, split).get().complaint();    // keeps the rudeness
    ComplaintCase criminal = letter.partSplitOff(split, Track.CRIMINAL_REPORT).get();   // received when the letter was

    TimeLimitCheck conductLimit = pack.timeLimit().check(conduct, pack.zone());    // 6 months (§ 1019 a)
    TimeLimitCheck criminalLimit = pack.timeLimit().check(criminal, pack.zone());  // none for a criminal report
    Assessment later = pack.assess(criminal, criminal.receivedAt().plus(java.time.Duration.ofDays(400)));
    // readme: end
    assertThat(conduct.allegations().map(Allegation::id)).containsExactly(A1);
    assertThat(criminal.allegations().map(Allegation::id)).containsExactly(AllegationId.of("A2"));
    assertThat(criminal.receivedAt()).isEqualTo(letter.receivedAt());
    assertThat(conductLimit.status()).isEqualTo(TimeLimitCheck.Status.IN_TIME);
    assertThat(criminalLimit.status()).isEqualTo(TimeLimitCheck.Status.NOT_APPLICABLE);
    assertThat(later.obligations().filter(o -> o.rule().equals("feedback.criminalDelayNotice")).map(Obligation::due))
        .contains(t("2027-02-01T22:59:59.999999999Z"));
    assertThat(pack.assess(conduct, later.at()).obligations().filter(o -> o.rule().equals("feedback.criminalDelayNotice")))
        .isEmpty();
  }

  @Test
  void aFindingAndTheMeasuresAreDisclosedApart() {
    ComplaintCase decided = decideAll(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA"))
        .investigatedAt("2026-02-01T10:00:00Z"), "SERVICE_NOT_ACCEPTABLE", Body.of("EW-AA"), t("2026-03-02T10:00:00Z"));
    ComplaintCase osloCase = ok(NorwayRules.pack().execute(decideAll(spec(NorwayRules.JURISDICTION,
        Track.CONDUCT_COMPLAINT, Body.of("NO-OSLO-PD")).investigatedAt("2026-02-01T10:00:00Z"), "CRITICISABLE",
        Body.of("NO-OSLO-PD"), t("2026-03-02T10:00:00Z")), new CaseEvent.MeasureRecorded(SUBJECT, MeasureKind.WARNING,
        Body.of("NO-OSLO-PD"), Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR))));
    ComplaintCase injury = decideAll(spec(DenmarkRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, DenmarkRules.DUP)
        .kin().victim().flags(SeriousnessFlag.SERIOUS_INJURY).investigatedAt("2026-02-01T04:22:00Z"), "DISMISSED",
        DenmarkRules.DUP, t("2026-03-02T10:00:00Z"));
    Instant now = t("2026-03-03T10:00:00Z");
    // readme: measures
    RulePack ew = EnglandWalesRules.pack();
    ComplaintCase withAction = ew.execute(decided, new CaseEvent.MeasureRecorded(PartyId.of("S1"),
        Option.some(AllegationId.of("A1")), MeasureKind.REFLECTIVE_PRACTICE, Body.of("EW-AA"),
        Stamp.of(now, Actor.of("psd:1"), "Reflective Practice Review Process"))).get().complaint();
    DisclosedCase toComplainant = ew.disclosure().disclose(withAction, Audience.COMPLAINANT, PartyId.of("C1"));
    Seq<DisclosedCase.MeasureView> actionTaken = toComplainant.measures().get();   // told: PRA 2002 s. 20

    DisclosedCase inOslo = NorwayRules.pack().disclosure().disclose(osloCase, Audience.COMPLAINANT, PartyId.of("C1"));
    boolean hidden = inOslo.measures().isEmpty();   // personnel measures stay internal

    DisclosedCase toNextOfKin = DenmarkRules.pack().disclosure()
        .disclose(injury, Audience.INTERESTED_PERSON, PartyId.of("K1"));   // the state and the decision (§ 1020 f)
    // readme: end
    assertThat(actionTaken.map(DisclosedCase.MeasureView::kind)).containsExactly(MeasureKind.REFLECTIVE_PRACTICE);
    assertThat(toComplainant.allegations().get().head().decision()).isNotEmpty();
    assertThat(hidden).isTrue();
    assertThat(osloCase.measures()).hasSize(1);
    assertThat(toNextOfKin.outcomes().get()).hasSize(1);
    assertThat(toNextOfKin.allegations()).isEmpty();
  }
}
