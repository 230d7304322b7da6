package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.StatementOfReasons;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Fixtures;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.OutcomeTaxonomy;
import org.oversight.complaint.rules.PatternFlag;
import org.oversight.complaint.rules.ReviewRule;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.TimeLimitCheck;
import org.oversight.complaint.rules.Warning;

/** Scenario table for the Norwegian pack (DOMAIN §2). */
class NorwayRulesTest {

  static final RulePack NO = NorwayRules.pack();
  static final Body OSLO = Body.of("NO-OSLO-PD");

  static Fixtures.Spec conduct() {
    return spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, OSLO);
  }

  /** A conduct complaint registered, assessed and investigated by the district. */
  static ComplaintCase investigated(String receivedAt) {
    return conduct().investigatedAt(receivedAt);
  }

  static String refusal(RulePack pack, ComplaintCase c, CaseEvent e) {
    Rejection r = pack.execute(c, e).getLeft();
    return r instanceof Rejection.RuleRefused ? ((Rejection.RuleRefused) r).rule() : r.getClass().getSimpleName();
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("a plain conduct complaint needs no escalation", () ->
            assertThat(NO.assess(conduct().receivedAt("2026-02-01T10:00:00Z"), t("2026-02-02T10:00:00Z")).escalations())
                .isEmpty()),
        row("a death goes to Spesialenheten by the end of the day (Oslo), and is overdue after it", () -> {
          ComplaintCase c = conduct().flags(SeriousnessFlag.DEATH).receivedAt("2026-02-01T10:00:00Z");
          Escalation e = NO.assess(c, t("2026-02-01T12:00:00Z")).escalations().single();
          assertThat(e.to()).isEqualTo(NorwayRules.SPESIALENHETEN);
          assertThat(e.rule()).isEqualTo("escalation.deathOrSeriousInjury");
          assertThat(e.due()).isEqualTo(t("2026-02-01T22:59:59.999999999Z"));
          assertThat(e.legalBasis()).isEqualTo(NorwayRules.SPESIALENHETEN_MANDATE);
          assertThat(NO.assess(c, t("2026-02-01T22:59:59.999999999Z")).breaches()).isEmpty();
          assertThat(NO.assess(c, t("2026-02-01T23:00:00Z")).breaches().map(b -> b.obligation().kind()))
              .containsExactly(ObligationKind.REFER);
        }),
        row("a criminal report is satisfied once referred to Spesialenheten", () -> {
          ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, OSLO).receivedAt("2026-02-01T10:00:00Z");
          c = step(c, x -> x.refer(NorwayRules.SPESIALENHETEN, NorwayRules.SPESIALENHETEN_MANDATE,
              Stamp.of(t("2026-02-03T10:00:00Z"), ACTOR)));
          Escalation e = NO.assess(c, t("2026-02-04T10:00:00Z")).escalations().single();
          assertThat(e.rule()).isEqualTo("escalation.criminalSuspicion");
          assertThat(e.satisfiedAt()).contains(t("2026-02-03T10:00:00Z"));
          assertThat(NO.assess(c, t("2026-02-04T10:00:00Z")).breaches()).isEmpty();
        }),
        row("a case received by Spesialenheten itself has reached it at receipt", () -> {
          ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, NorwayRules.SPESIALENHETEN)
              .receivedAt("2026-02-01T10:00:00Z");
          assertThat(NO.assess(c, t("2026-03-01T10:00:00Z")).escalations().single().satisfiedAt())
              .contains(t("2026-02-01T10:00:00Z"));
        }),
        row("delay notice: 1 calendar month, clamped to 28 February, the day before, of and after", () -> {
          ComplaintCase c = investigated("2026-01-31T10:00:00Z");
          Instant due = t("2026-02-28T22:59:59.999999999Z");
          Obligation o = NO.assess(c, t("2026-02-27T12:00:00Z")).obligations().single();
          assertThat(o.kind()).isEqualTo(ObligationKind.DELAY_NOTICE);
          assertThat(o.due()).isEqualTo(due);
          assertThat(o.recipient()).isEqualTo(TO_COMPLAINANT);
          assertThat(NO.assess(c, t("2026-02-27T12:00:00Z")).warnings().map(Warning::key))
              .contains("warning.deadlineApproaching");
          assertThat(NO.assess(c, due).breaches()).isEmpty();
          assertThat(NO.assess(c, due.plusNanos(1)).breaches()).hasSize(1);
        }),
        row("delay notice is satisfied by a DELAY_NOTICE to the complainant", () -> {
          ComplaintCase c = sent(investigated("2026-01-31T10:00:00Z"), NotificationKind.DELAY_NOTICE, TO_COMPLAINANT,
              t("2026-02-20T10:00:00Z"));
          Obligation o = NO.assess(c, t("2026-04-01T10:00:00Z")).obligations().single();
          assertThat(o.satisfiedAt()).contains(t("2026-02-20T10:00:00Z"));
          assertThat(o.wasLate()).isFalse();
        }),
        row("a notice sent late satisfies the obligation but was late", () -> {
          ComplaintCase c = sent(investigated("2026-01-31T10:00:00Z"), NotificationKind.DELAY_NOTICE, TO_COMPLAINANT,
              t("2026-03-02T10:00:00Z"));
          Obligation o = NO.assess(c, t("2026-04-01T10:00:00Z")).obligations().single();
          assertThat(o.isSatisfied()).isTrue();
          assertThat(o.wasLate()).isTrue();
        }),
        row("no delay notice when decided within the month", () -> {
          ComplaintCase c = decideAll(investigated("2026-01-31T10:00:00Z"), "NOT_CRITICISABLE", OSLO,
              t("2026-02-20T10:00:00Z"));
          assertThat(NO.assess(c, t("2026-04-01T10:00:00Z")).obligations().map(Obligation::kind))
              .doesNotContain(ObligationKind.DELAY_NOTICE);
        }),
        row("with a repeat parameter, the next notice is listed once the first is due", () -> {
          RulePack repeating = NorwayRules.pack(NorwayRules.Parameters.defaults()
              .withDelayNoticeRepeat(Option.some(DeadlinePeriod.calendarMonths(1))));
          ComplaintCase c = investigated("2026-01-31T10:00:00Z");
          assertThat(repeating.assess(c, t("2026-02-28T22:00:00Z")).obligations()).hasSize(1);
          assertThat(repeating.assess(c, t("2026-03-01T10:00:00Z")).obligations().map(Obligation::due))
              .containsExactly(t("2026-02-28T22:59:59.999999999Z"), t("2026-03-28T22:59:59.999999999Z"));
        }),
        row("registration needs what happened; when and who are asked for after registration", () -> {
          CaseEvent e = new CaseEvent.Registered(org.oversight.complaint.core.CaseReference.parse("OSL-2026-1"),
              org.oversight.complaint.core.RegistrationRequirements.NONE, Stamp.of(t("2026-02-01T11:00:00Z"), ACTOR));
          assertThat(refusal(NO, conduct().description("").receivedAt("2026-02-01T10:00:00Z"), e))
              .isEqualTo("registration.missingDetails");
          assertThat(NO.execute(conduct().incident(IncidentTime.unknown()).receivedAt("2026-02-01T10:00:00Z"), e)
              .isRight()).isTrue();
          assertThat(NO.execute(conduct().receivedAt("2026-02-01T10:00:00Z"), e).isRight()).isTrue();
        }),
        row("there is no informal track", () -> {
          ComplaintCase c = assess(register(conduct().receivedAt("2026-02-01T10:00:00Z"), t("2026-02-01T11:00:00Z")),
              Track.CONDUCT_COMPLAINT, OSLO, t("2026-02-01T12:00:00Z"));
          assertThat(refusal(NO, c, new CaseEvent.InformalResolutionStarted(
              Stamp.of(t("2026-02-02T10:00:00Z"), ACTOR))))
              .isEqualTo("informal.notAvailable");
        }),
        row("the answer must give reasons and name the POD appeal route (3 weeks, across the DST change)", () -> {
          ComplaintCase c = decideAll(investigated("2026-02-01T10:00:00Z"), "CRITICISABLE", OSLO,
              t("2026-03-09T10:00:00Z"));
          Instant told = t("2026-03-10T10:00:00Z");
          ReviewRoute route = NO.reviewRoute(c, ReviewRule.Occasion.OUTCOME, told).get();
          assertThat(route.body()).isEqualTo(NorwayRules.POD);
          assertThat(route.deadline()).isEqualTo(t("2026-03-31T21:59:59.999999999Z"));
          Option<StatementOfReasons> reasons = Option.some(StatementOfReasons.of("Bruken av makt var ikke forholdsmessig."));
          assertThat(refusal(NO, c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.some(route), Stamp.of(told, ACTOR)))).isEqualTo("outcome.reasonsMissing");
          // the audit reason is the caseworker's note, not the reasons the notice gives (fvl. §§ 24-25)
          assertThat(refusal(NO, c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.some(route),
              Stamp.of(told, ACTOR, "sent by post")))).isEqualTo("outcome.reasonsMissing");
          assertThat(refusal(NO, c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.none(), reasons, Stamp.of(told, ACTOR)))).isEqualTo("review.routeMissing");
          assertThat(NO.execute(c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.some(route), reasons, Stamp.of(told, ACTOR))).isRight()).isTrue();
          assertThat(c.notifyOutcome(List.of(TO_COMPLAINANT), route, reasons.get(), Stamp.of(told, ACTOR)).get().event())
              .isEqualTo(new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.some(route), reasons, Stamp.of(told, ACTOR)));
        }),
        row("the outcome notice is an obligation from the decision, satisfied by the notice", () -> {
          ComplaintCase c = decideAll(investigated("2026-02-01T10:00:00Z"), "CRITICISABLE", OSLO,
              t("2026-02-10T10:00:00Z"));
          Obligation o = NO.assess(c, t("2026-02-11T10:00:00Z")).obligations().single();
          assertThat(o.kind()).isEqualTo(ObligationKind.OUTCOME_NOTICE);
          assertThat(o.due()).isEqualTo(t("2026-02-24T22:59:59.999999999Z"));
          ComplaintCase told = step(c, x -> x.notifyOutcome(List.of(TO_COMPLAINANT),
              NO.reviewRoute(x, ReviewRule.Occasion.OUTCOME, t("2026-02-12T10:00:00Z")).get(),
              Stamp.of(t("2026-02-12T10:00:00Z"), ACTOR, "because")));
          assertThat(NO.assess(told, t("2026-03-30T10:00:00Z")).obligations().single().satisfiedAt())
              .contains(t("2026-02-12T10:00:00Z"));
        }),
        row("a rejected criminal report may be appealed to Riksadvokaten within 3 weeks", () -> {
          ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, NorwayRules.SPESIALENHETEN)
              .receivedAt("2026-05-01T10:00:00Z");
          c = assess(register(c, t("2026-05-01T11:00:00Z")), Track.CRIMINAL_REPORT, NorwayRules.SPESIALENHETEN,
              t("2026-05-02T10:00:00Z"));
          ReviewRoute r = NO.reviewRoute(c, ReviewRule.Occasion.REJECTION, t("2026-05-04T10:00:00Z")).get();
          assertThat(r.body()).isEqualTo(NorwayRules.RIKSADVOKATEN);
          assertThat(r.deadline()).isEqualTo(t("2026-05-25T21:59:59.999999999Z"));
          assertThat(NO.execute(c, new CaseEvent.Rejected(RejectionGround.UNFOUNDED, Option.some(r),
              Stamp.of(t("2026-05-04T10:00:00Z"), ACTOR))).isRight()).isTrue();
        }),
        row("routing: conduct to the district, a criminal report to Spesialenheten", () -> {
          assertThat(NO.routing().route(Track.CONDUCT_COMPLAINT).get().body()).isEqualTo(OSLO);
          assertThat(NO.routing().route(Track.CRIMINAL_REPORT).get().body()).isEqualTo(NorwayRules.SPESIALENHETEN);
          assertThat(NO.routing().route(Track.DISPOSITION_COMPLAINT).get().body()).isEqualTo(NorwayRules.PATALEMYNDIGHETEN);
          ComplaintCase c = register(conduct().receivedAt("2026-02-01T10:00:00Z"), t("2026-02-01T11:00:00Z"));
          assertThat(refusal(NO, c, new CaseEvent.Assessed(Track.CONDUCT_COMPLAINT, NorwayRules.SPESIALENHETEN,
              Stamp.of(t("2026-02-02T10:00:00Z"), ACTOR)))).isEqualTo("routing.wrongBody");
        }),
        row("no filing limit: an old incident registers", () -> {
          ComplaintCase c = conduct().incidentAt("2019-01-01T10:00:00Z").receivedAt("2026-02-01T10:00:00Z");
          assertThat(NO.assess(c, t("2026-02-01T10:00:00Z")).timeLimit().status())
              .isEqualTo(TimeLimitCheck.Status.NOT_APPLICABLE);
          assertThat(NO.execute(c, new CaseEvent.Registered(org.oversight.complaint.core.CaseReference.parse("OSL-2026-2"),
              org.oversight.complaint.core.RegistrationRequirements.DEFAULT, Stamp.of(t("2026-02-01T11:00:00Z"), ACTOR)))
              .isRight()).isTrue();
        }),
        row("politiet.no: the complainant gets a reasoned answer (the finding and its reasons), not the officer's"
            + " identity or measures", () -> {
          DisclosurePolicy d = NO.disclosure();
          assertThat(d.allows(Audience.COMPLAINANT, Disclosable.STATUS)).isTrue();
          assertThat(d.allows(Audience.COMPLAINANT, Disclosable.REVIEW_ROUTE)).isTrue();
          assertThat(d.allows(Audience.COMPLAINANT, Disclosable.OUTCOMES)).isTrue();
          assertThat(d.allows(Audience.COMPLAINANT, Disclosable.REASONS)).isTrue();
          assertThat(d.allows(Audience.COMPLAINANT, Disclosable.MEASURES)).isFalse();
          assertThat(d.allows(Audience.COMPLAINANT, Disclosable.SUBJECT_IDENTITY)).isFalse();
          assertThat(d.allows(Audience.SUBJECT, Disclosable.OUTCOMES)).isTrue();
          assertThat(NorwayRules.pack(NorwayRules.Parameters.defaults()
              .withOutcomeToComplainant(NorwayRules.OutcomeDisclosure.DISCLOSED)).disclosure()).isEqualTo(d);
        }),
        row("the local practice of telling only that the case is finished: no finding, no reasons required, but"
            + " Spesialenheten's decisions are still told (strpl § 59 a)", () -> {
          RulePack withheld = NorwayRules.pack(NorwayRules.Parameters.defaults()
              .withOutcomeToComplainant(NorwayRules.OutcomeDisclosure.WITHHELD));
          DisclosurePolicy d = withheld.disclosure();
          assertThat(d.allows(Audience.COMPLAINANT, Disclosable.OUTCOMES)).isFalse();
          assertThat(d.allows(Audience.COMPLAINANT, Disclosable.REASONS)).isFalse();
          assertThat(d.decisionsTold(Audience.COMPLAINANT)).containsExactly(NorwayRules.SPESIALENHETEN);
          ComplaintCase c = decideAll(investigated("2026-02-01T10:00:00Z"), "CRITICISABLE", OSLO,
              t("2026-03-09T10:00:00Z"));
          Instant told = t("2026-03-10T10:00:00Z");
          ReviewRoute route = withheld.reviewRoute(c, ReviewRule.Occasion.OUTCOME, told).get();
          assertThat(withheld.execute(c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.some(route),
              Stamp.of(told, ACTOR))).isRight()).isTrue();
        }),
        row("upheld (medhold) = criticisable over all handled, rejections included; unknown outcomes refused", () -> {
          OutcomeTaxonomy o = NO.outcomes();
          assertThat(o.isUpheld(Outcome.of("CRITICISABLE"))).isTrue();
          assertThat(o.isUpheld(Outcome.of("UNFORTUNATE_NOT_CRITICISABLE"))).isFalse();
          assertThat(o.countsInDenominator(Outcome.of("REJECTED"))).isTrue();
          assertThat(o.countsInDenominator(Outcome.of("FINE"))).isFalse();
          ComplaintCase c = investigated("2026-02-01T10:00:00Z");
          assertThat(refusal(NO, c, new CaseEvent.AllegationDecided(A1, Outcome.of("CRITICISM"), OSLO,
              Stamp.of(t("2026-02-05T10:00:00Z"), ACTOR)))).isEqualTo("outcome.unknown");
        }),
        row("three complaints about the same officer within 12 months are flagged together", () -> {
          ComplaintCase a = conduct().id("a").receivedAt("2026-01-01T10:00:00Z");
          ComplaintCase b = conduct().id("b").complainantName("Ola").receivedAt("2026-05-01T10:00:00Z");
          ComplaintCase c = conduct().id("c").complainantName("Per").receivedAt("2026-12-01T10:00:00Z");
          ComplaintCase late = conduct().id("d").complainantName("Eva").receivedAt("2027-06-01T10:00:00Z");
          assertThat(NO.assess(c, List.of(a, b), t("2026-12-02T10:00:00Z")).warnings().map(Warning::key))
              .contains("warning.pattern.sameSubject");
          assertThat(NO.patterns(List.of(a, b)).filter(f -> f.kind() == PatternFlag.Kind.SAME_SUBJECT)).isEmpty();
          assertThat(NO.patterns(List.of(a, b, late)).filter(f -> f.kind() == PatternFlag.Kind.SAME_SUBJECT))
              .isEmpty();
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
