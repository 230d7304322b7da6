package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;
import static org.oversight.complaint.rules.jurisdiction.NorwayRulesTest.refusal;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Fixtures;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.OutcomeTaxonomy;
import org.oversight.complaint.rules.Refusal;
import org.oversight.complaint.rules.ReviewRule;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.TimeLimitCheck;
import org.oversight.complaint.rules.Warning;

/** Scenario table for the Danish pack (DOMAIN §1). */
class DenmarkRulesTest {

  static final RulePack DK = DenmarkRules.pack();
  static final Body DUP = DenmarkRules.DUP;
  static final Body DISTRICT = Body.of("DK-POLITIKREDS");

  static Fixtures.Spec conduct() {
    return spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DUP);
  }

  static CaseEvent registration(Instant at) {
    return new CaseEvent.Registered(CaseReference.parse("DUP-2026-1"), RegistrationRequirements.NONE,
        Stamp.of(at, ACTOR));
  }

  static ComplaintCase assessedConduct(Fixtures.Spec s) {
    ComplaintCase c = s.receivedAt("2026-02-01T10:00:00Z");
    return assess(register(c, t("2026-02-01T11:00:00Z")), Track.CONDUCT_COMPLAINT, DUP, t("2026-02-02T10:00:00Z"));
  }

  /** 6 months from 31 August 2025 ends with 28 February 2026 (Copenhagen, UTC+1). */
  @ParameterizedTest(name = "received {0}: {1}")
  @CsvSource({
      "2026-02-27T12:00:00Z, IN_TIME",
      "2026-02-28T22:59:59.999999999Z, IN_TIME",
      "2026-02-28T23:00:00Z, EXPIRED",
      "2026-03-01T12:00:00Z, EXPIRED"})
  void filingLimitBoundaries(String receivedAt, TimeLimitCheck.Status expected) {
    ComplaintCase c = conduct().incidentAt("2025-08-31T10:00:00Z").receivedAt(receivedAt);
    TimeLimitCheck check = DK.timeLimit().check(c, DK.zone());
    assertThat(check.status()).isEqualTo(expected);
    assertThat(check.deadline()).contains(t("2026-02-28T22:59:59.999999999Z"));
    assertThat(DK.execute(c, registration(c.receivedAt())).isRight()).isTrue();
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("§ 1019 a stk. 3: a late complaint is registered; the expiry is a warning and the limit may be waived", () -> {
          ComplaintCase c = conduct().incidentAt("2025-01-10T10:00:00Z").receivedAt("2026-02-01T10:00:00Z");
          assertThat(DK.execute(c, registration(t("2026-02-01T11:00:00Z"))).isRight()).isTrue();
          assertThat(DK.assess(c, t("2026-02-01T11:00:00Z")).warnings().map(Warning::key))
              .contains("warning.timeLimit.expired");
          ComplaintCase waived = step(c, x -> x.waiveTimeLimit(DenmarkRules.FILING_LIMIT, Stamp.of(t("2026-02-01T10:30:00Z"), ACTOR, "særlige tilfælde")));
          assertThat(DK.timeLimit().check(waived, DK.zone()).status()).isEqualTo(TimeLimitCheck.Status.WAIVED);
          assertThat(DK.assess(waived, t("2026-02-01T11:00:00Z")).warnings().map(Warning::key))
              .doesNotContain("warning.timeLimit.expired");
        }),
        row("a criminal report has no time limit", () -> {
          ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.CRIMINAL_REPORT, DUP)
              .incidentAt("2020-01-10T10:00:00Z").receivedAt("2026-02-01T10:00:00Z");
          assertThat(DK.timeLimit().check(c, DK.zone()).status()).isEqualTo(TimeLimitCheck.Status.NOT_APPLICABLE);
          assertThat(DK.execute(c, registration(t("2026-02-01T11:00:00Z"))).isRight()).isTrue();
          assertThat(DK.execute(c, new CaseEvent.TimeLimitWaived(Option.none(), Stamp.of(t("2026-02-01T11:00:00Z"), ACTOR)))
              .isRight()).isTrue();
        }),
        row("an unknown incident time is warned about; the complaint is registered all the same", () -> {
          ComplaintCase c = conduct().incident(IncidentTime.unknown()).receivedAt("2026-02-01T10:00:00Z");
          assertThat(DK.assess(c, t("2026-02-01T11:00:00Z")).warnings().map(Warning::key))
              .contains("warning.timeLimit.startUnknown");
          assertThat(DK.refusals(c, registration(t("2026-02-01T11:00:00Z")))).isEmpty();
          assertThat(DK.refusals(conduct().description("").receivedAt("2026-02-01T10:00:00Z"),
              registration(t("2026-02-01T11:00:00Z"))).map(Fixtures::ruleOf)).containsExactly("registration.missingDetails");
        }),
        row("notitssag needs the complainant's consent", () -> {
          ComplaintCase c = assessedConduct(conduct());
          CaseEvent start = new CaseEvent.InformalResolutionStarted(Stamp.of(t("2026-02-03T10:00:00Z"), ACTOR));
          assertThat(refusal(DK, c, start)).isEqualTo("informal.consentMissing");
          ComplaintCase agreed = step(c, x -> x.recordConsent(COMPLAINANT, ConsentPurpose.INFORMAL_RESOLUTION,
              ConsentState.GIVEN, Stamp.of(t("2026-02-02T12:00:00Z"), ACTOR)));
          assertThat(DK.execute(agreed, start).isRight()).isTrue();
        }),
        row("notitssag is refused for a death or serious injury", () -> {
          ComplaintCase c = step(assessedConduct(conduct().flags(SeriousnessFlag.SERIOUS_INJURY)),
              x -> x.recordConsent(COMPLAINANT, ConsentPurpose.INFORMAL_RESOLUTION, ConsentState.GIVEN,
                  Stamp.of(t("2026-02-02T12:00:00Z"), ACTOR)));
          assertThat(DK.informalResolution().refusals(c).map(Refusal::rule)).containsExactly("informal.excludedFlag");
        }),
        row("a complainant who refused notitssag insists on formal handling", () -> {
          ComplaintCase c = step(assessedConduct(conduct()), x -> x.recordConsent(COMPLAINANT,
              ConsentPurpose.INFORMAL_RESOLUTION, ConsentState.REFUSED, Stamp.of(t("2026-02-02T12:00:00Z"), ACTOR)));
          assertThat(DK.informalResolution().refusals(c).map(Refusal::rule))
              .containsExactly("informal.complainantInsists");
        }),
        row("a criminal report cannot be a notitssag", () -> {
          ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.CRIMINAL_REPORT, DUP).receivedAt("2026-02-01T10:00:00Z");
          assertThat(DK.informalResolution().refusals(c).map(Refusal::rule))
              .contains("informal.wrongTrack", "informal.consentMissing");
        }),
        row("conduct delay notice after 6 months to complainant and officer", () -> {
          ComplaintCase c = conduct().receivedAt("2026-01-15T10:00:00Z");
          c = sent(c, NotificationKind.DELAY_NOTICE, TO_COMPLAINANT, t("2026-07-10T10:00:00Z"));
          Assessment a = DK.assess(c, t("2026-07-16T10:00:00Z"));
          List<Obligation> notices = List.ofAll(a.obligations().filter(o -> o.kind() == ObligationKind.DELAY_NOTICE));
          assertThat(notices.map(Obligation::recipient)).containsExactly(TO_COMPLAINANT, TO_SUBJECT);
          assertThat(notices.map(Obligation::due)).containsOnly(t("2026-07-15T21:59:59.999999999Z"));
          assertThat(a.breaches().filter(b -> b.obligation().kind() == ObligationKind.DELAY_NOTICE)
              .map(b -> b.obligation().recipient())).contains(TO_SUBJECT)
              .doesNotContain(TO_COMPLAINANT);
        }),
        row("criminal delay notices after 1 year, then every 6 months", () -> {
          ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.CRIMINAL_REPORT, DUP).receivedAt("2025-01-31T10:00:00Z");
          Assessment a = DK.assess(c, t("2026-08-01T10:00:00Z"));
          assertThat(a.obligations().filter(o -> o.kind() == ObligationKind.DELAY_NOTICE
                  && o.recipient().equals(TO_COMPLAINANT)).map(Obligation::due))
              .containsExactly(t("2026-01-31T22:59:59.999999999Z"), t("2026-07-31T21:59:59.999999999Z"),
                  t("2027-01-31T22:59:59.999999999Z"));
        }),
        row("a death is investigated by DUP; its delay notices start with the investigation and reach the next of kin", () -> {
          ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, DISTRICT).noComplainant().kin()
              .receivedAt("2026-03-01T04:22:00Z");
          c = step(c, x -> x.refer(DUP, DenmarkRules.DEATH_OR_INJURY, Stamp.of(t("2026-03-01T05:00:00Z"), ACTOR)));
          c = step(c, x -> x.openInvestigation(InvestigationMode.INDEPENDENT, DUP,
              Stamp.of(t("2026-03-02T09:00:00Z"), ACTOR)));
          Assessment a = DK.assess(c, t("2027-03-03T10:00:00Z"));
          assertThat(a.escalations().map(Escalation::rule)).contains("escalation.deathOrSeriousInjury");
          assertThat(a.pendingEscalations()).isEmpty();
          assertThat(a.obligations().filter(o -> o.kind() == ObligationKind.DELAY_NOTICE).map(Obligation::recipient))
              .contains(Recipient.party(KIN), TO_SUBJECT);
          assertThat(a.obligations().filter(o -> o.kind() == ObligationKind.DELAY_NOTICE).map(Obligation::due))
              .contains(t("2027-03-02T22:59:59.999999999Z"));
        }),
        row("receipt letter within 5 working days: Friday to Friday", () -> {
          ComplaintCase c = conduct().receivedAt("2026-01-09T10:00:00Z");
          Obligation o = DK.assess(c, t("2026-01-10T10:00:00Z")).obligations()
              .find(x -> x.kind() == ObligationKind.ACKNOWLEDGE).get();
          assertThat(o.due()).isEqualTo(t("2026-01-16T22:59:59.999999999Z"));
          ComplaintCase acked = step(register(c, t("2026-01-09T11:00:00Z")),
              x -> x.acknowledge(TO_COMPLAINANT, Stamp.of(t("2026-01-12T10:00:00Z"), ACTOR)));
          assertThat(DK.assess(acked, t("2026-01-20T10:00:00Z")).obligations()
              .find(x -> x.kind() == ObligationKind.ACKNOWLEDGE).get().satisfiedAt()).contains(t("2026-01-12T10:00:00Z"));
        }),
        row("a rejected criminal report may be appealed to the statsadvokat within 4 weeks", () -> {
          ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.CRIMINAL_REPORT, DUP).receivedAt("2026-02-01T10:00:00Z");
          c = assess(register(c, t("2026-02-01T11:00:00Z")), Track.CRIMINAL_REPORT, DUP, t("2026-02-02T10:00:00Z"));
          ReviewRoute r = DK.reviewRoute(c, ReviewRule.Occasion.REJECTION, t("2026-03-02T10:00:00Z")).get();
          assertThat(r.body()).isEqualTo(DenmarkRules.STATSADVOKATEN);
          assertThat(r.deadline()).isEqualTo(t("2026-03-30T21:59:59.999999999Z"));
          assertThat(refusal(DK, c, new CaseEvent.Rejected(RejectionGround.UNFOUNDED, Option.none(),
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR)))).isEqualTo("review.routeMissing");
          ReviewRoute wrong = ReviewRoute.of(DenmarkRules.STATSADVOKATEN, t("2026-04-30T10:00:00Z"), DenmarkRules.KAP_93C);
          assertThat(refusal(DK, c, new CaseEvent.Rejected(RejectionGround.UNFOUNDED, Option.some(wrong),
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR)))).isEqualTo("review.routeMismatch");
        }),
        row("a conduct decision is final: no appeal route may be given", () -> {
          ComplaintCase c = decideAll(investigate(assessedConduct(conduct()), DUP, t("2026-02-03T10:00:00Z")), "CRITICISM",
              DUP, t("2026-03-01T10:00:00Z"));
          ReviewRoute route = ReviewRoute.of(DenmarkRules.STATSADVOKATEN, t("2026-04-01T10:00:00Z"), DenmarkRules.KAP_93B);
          assertThat(refusal(DK, c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.some(route),
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR)))).isEqualTo("review.notAvailable");
          assertThat(DK.execute(c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.none(),
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR))).isRight()).isTrue();
          assertThat(refusal(DK, c, new CaseEvent.OutcomeNotified(List.of(TO_SUBJECT), Option.none(),
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR)))).isEqualTo("outcome.recipientMissing");
        }),
        row("the Rigsadvokaten appeal is a parameter, off by default", () -> {
          ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.CRIMINAL_REPORT, DUP).receivedAt("2026-02-01T10:00:00Z");
          assertThat(DK.reviewRoute(c, ReviewRule.Occasion.OUTCOME, t("2026-03-02T10:00:00Z"))).isEmpty();
          RulePack withAppeal = DenmarkRules.pack(DenmarkRules.Parameters.defaults()
              .withRigsadvokatenAppealWindow(Option.some(DeadlinePeriod.weeks(4))));
          assertThat(withAppeal.reviewRoute(c, ReviewRule.Occasion.OUTCOME, t("2026-03-02T10:00:00Z")).get().body())
              .isEqualTo(DenmarkRules.RIGSADVOKATEN);
        }),
        row("a complaint lodged with the district must be forwarded to DUP at once", () -> {
          ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DISTRICT).receivedAt("2026-02-01T10:00:00Z");
          Escalation e = DK.assess(c, t("2026-02-01T12:00:00Z")).escalations().single();
          assertThat(e.rule()).isEqualTo("escalation.forwardToAuthority");
          assertThat(e.due()).isEqualTo(t("2026-02-01T22:59:59.999999999Z"));
          ComplaintCase forwarded = step(c, x -> x.forward(DUP, Stamp.of(t("2026-02-01T13:00:00Z"), ACTOR)));
          assertThat(DK.assess(forwarded, t("2026-02-02T12:00:00Z")).breaches()).isEmpty();
        }),
        row("routing: disposition complaints stay with the district", () -> {
          ComplaintCase c = register(spec(DenmarkRules.JURISDICTION, Track.DISPOSITION_COMPLAINT, DISTRICT)
              .receivedAt("2026-02-01T10:00:00Z"), t("2026-02-01T11:00:00Z"));
          assertThat(refusal(DK, c, new CaseEvent.Assessed(Track.DISPOSITION_COMPLAINT, DUP, Stamp.of(t("2026-02-02T10:00:00Z"), ACTOR)))).isEqualTo("routing.wrongBody");
          assertThat(DK.execute(c, new CaseEvent.Assessed(Track.DISPOSITION_COMPLAINT, DISTRICT, Stamp.of(t("2026-02-02T10:00:00Z"), ACTOR))).isRight()).isTrue();
        }),
        row("medhold = criticism over investigated and decided", () -> {
          OutcomeTaxonomy o = DK.outcomes();
          assertThat(o.upheld().map(Outcome::value)).containsExactly("CRITICISM");
          assertThat(o.denominator().map(Outcome::value)).containsExactlyInAnyOrder("CRITICISM", "REGRETTABLE", "NO_CRITICISM");
          assertThat(o.countsInDenominator(Outcome.of("REJECTED_TIME_BARRED"))).isFalse();
          assertThat(o.contains(Outcome.of("NOTITS_CLOSED"))).isTrue();
        }),
        row("the officer is told the decision; the public sees statistics only", () -> {
          assertThat(DK.disclosure().allows(Audience.SUBJECT, Disclosable.OUTCOMES)).isTrue();
          assertThat(DK.disclosure().allows(Audience.PUBLIC, Disclosable.INCIDENT)).isFalse();
          assertThat(DK.disclosure().allows(Audience.COMPLAINANT, Disclosable.OTHER_PARTIES_PERSONAL_DATA)).isFalse();
        }),
        row("a DK-specific receipt-letter period can be set", () -> {
          RulePack slow = DenmarkRules.pack(DenmarkRules.Parameters.defaults()
              .withReceiptLetterWithin(DeadlinePeriod.days(10)));
          ComplaintCase c = conduct().receivedAt("2026-01-09T10:00:00Z");
          assertThat(slow.assess(c, t("2026-01-10T10:00:00Z")).obligations()
              .find(x -> x.kind() == ObligationKind.ACKNOWLEDGE).get().due()).isEqualTo(t("2026-01-19T22:59:59.999999999Z"));
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
