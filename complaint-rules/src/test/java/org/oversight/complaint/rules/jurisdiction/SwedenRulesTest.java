package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;
import static org.oversight.complaint.rules.jurisdiction.NorwayRulesTest.refusal;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Fixtures;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.Refusal;
import org.oversight.complaint.rules.ReviewRule;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.TimeLimitCheck;
import org.oversight.complaint.rules.Warning;

/** Scenario table for the Swedish pack (DOMAIN §3). */
class SwedenRulesTest {

  static final RulePack SE = SwedenRules.pack();
  static final Body STATION = Body.of("SE-POLISEN-STHLM");

  static Fixtures.Spec report() {
    return spec(SwedenRules.JURISDICTION, Track.CRIMINAL_REPORT, STATION).victim();
  }

  static Fixtures.Spec jo() {
    return spec(SwedenRules.JURISDICTION, Track.CONDUCT_COMPLAINT, SwedenRules.JO);
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("any crime suspicion goes to SU the same day", () -> {
          ComplaintCase c = report().receivedAt("2026-03-01T10:00:00Z");
          Escalation e = SE.assess(c, t("2026-03-01T11:00:00Z")).escalations().single();
          assertThat(e.rule()).isEqualTo("escalation.criminalSuspicion");
          assertThat(e.to()).isEqualTo(SwedenRules.SU);
          assertThat(e.due()).isEqualTo(t("2026-03-01T22:59:59.999999999Z"));
        }),
        row("a suspicion flagged on a JO complaint also goes to SU", () -> {
          ComplaintCase c = jo().flags(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE).receivedAt("2026-03-01T10:00:00Z");
          assertThat(SE.assess(c, t("2026-03-01T11:00:00Z")).escalations().map(Escalation::to))
              .containsExactly(SwedenRules.SU);
        }),
        row("live fire always gives a preliminary investigation: to SÅK, met by SÅK opening it", () -> {
          ComplaintCase c = report().flags(SeriousnessFlag.FIREARM_DISCHARGE).receivedAt("2026-03-01T10:00:00Z");
          c = step(register(c, t("2026-03-01T10:05:00Z")), x -> x.refer(SwedenRules.SU, SwedenRules.SU_MANDATE,
              Stamp.of(t("2026-03-01T10:10:00Z"), ACTOR)));
          c = step(c, x -> x.openInvestigation(InvestigationMode.INDEPENDENT, SwedenRules.SAK,
              Stamp.of(t("2026-03-01T12:00:00Z"), ACTOR)));
          Assessment a = SE.assess(c, t("2026-03-05T10:00:00Z"));
          assertThat(a.escalations().map(Escalation::rule))
              .containsExactly("escalation.criminalSuspicion", "escalation.firearmDischarge");
          assertThat(a.pendingEscalations()).isEmpty();
        }),
        row("a death goes to SU", () -> {
          ComplaintCase c = spec(SwedenRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, STATION).noComplainant()
              .receivedAt("2026-03-01T10:00:00Z");
          assertThat(SE.assess(c, t("2026-03-02T10:00:00Z")).breaches().map(b -> b.obligation().recipient()))
              .contains(Recipient.body(SwedenRules.SU));
        }),
        row("JO practice (two years): an old matter is registered and flagged for screening, never barred", () -> {
          ComplaintCase c = jo().incidentAt("2022-01-01T10:00:00Z").receivedAt("2026-03-01T10:00:00Z");
          CaseEvent reg = DenmarkRulesTest.registration(t("2026-03-01T11:00:00Z"));
          assertThat(SE.execute(c, reg).isRight()).isTrue();
          assertThat(SE.assess(c, t("2026-03-01T11:00:00Z")).warnings().map(Warning::key))
              .containsExactly("warning.timeLimit.screening");
          ComplaintCase assessed = assess(register(c, t("2026-03-01T11:00:00Z")), Track.CONDUCT_COMPLAINT,
              SwedenRules.JO, t("2026-03-02T10:00:00Z"));
          assertThat(refusal(SE, assessed, new CaseEvent.Rejected(RejectionGround.TIME_BARRED, Option.none(),
              Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR)))).isEqualTo("timeLimit.notExpired");
          assertThat(SE.execute(assessed, new CaseEvent.Rejected(RejectionGround.NOT_INVESTIGATED, Option.none(),
              Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR))).isRight()).isTrue();
          ComplaintCase waived = step(c, x -> x.waiveTimeLimit(SwedenRules.JO_PRACTICE, Stamp.of(t("2026-03-01T10:30:00Z"), ACTOR, "särskilda skäl")));
          assertThat(SE.timeLimit().check(waived, SE.zone()).status()).isEqualTo(TimeLimitCheck.Status.WAIVED);
        }),
        row("a criminal report has no time limit", () ->
            assertThat(SE.timeLimit().check(report().incidentAt("2010-01-01T10:00:00Z").receivedAt("2026-03-01T10:00:00Z"),
                SE.zone()).status()).isEqualTo(TimeLimitCheck.Status.NOT_APPLICABLE)),
        row("the reporter and the victim must be asked about victim support the same day", () -> {
          Assessment a = SE.assess(report().receivedAt("2026-03-01T10:00:00Z"), t("2026-03-01T12:00:00Z"));
          assertThat(a.obligations().filter(o -> o.kind() == ObligationKind.ASK_VICTIM_SUPPORT_CONSENT)
              .map(Obligation::recipient)).containsExactly(TO_COMPLAINANT, Recipient.party(VICTIM));
          assertThat(a.obligations().filter(o -> o.kind() == ObligationKind.ASK_VICTIM_SUPPORT_CONSENT)
              .map(Obligation::due)).containsOnly(t("2026-03-01T22:59:59.999999999Z"));
        }),
        row("after a yes, the contact is passed on within 2 working days", () -> {
          ComplaintCase c = step(report().receivedAt("2026-03-06T10:00:00Z"), x -> x.recordConsent(VICTIM,
              ConsentPurpose.VICTIM_SUPPORT_REFERRAL, ConsentState.GIVEN, Stamp.of(t("2026-03-06T11:00:00Z"), ACTOR)));
          Obligation refer = SE.assess(c, t("2026-03-07T10:00:00Z")).obligations()
              .find(o -> o.kind() == ObligationKind.REFER_TO_VICTIM_SUPPORT).get();
          assertThat(refer.due()).isEqualTo(t("2026-03-10T22:59:59.999999999Z"));
          assertThat(refer.recipient()).isEqualTo(Recipient.party(VICTIM));
          ComplaintCase referred = step(c, x -> x.referToVictimSupport(VICTIM, SwedenRules.BROTTSOFFERJOUREN,
              Stamp.of(t("2026-03-09T10:00:00Z"), ACTOR)));
          assertThat(SE.assess(referred, t("2026-03-12T10:00:00Z")).obligations()
              .filter(o -> o.recipient().equals(Recipient.body(SwedenRules.BROTTSOFFERJOUREN)))
              .map(Obligation::isSatisfied)).containsExactly(true);
        }),
        row("after a no there is no referral, and a referral is refused", () -> {
          ComplaintCase c = step(report().receivedAt("2026-03-06T10:00:00Z"), x -> x.recordConsent(VICTIM,
              ConsentPurpose.VICTIM_SUPPORT_REFERRAL, ConsentState.REFUSED,
              Stamp.of(t("2026-03-06T11:00:00Z"), ACTOR)));
          Assessment a = SE.assess(c, t("2026-03-20T10:00:00Z"));
          assertThat(a.obligations().map(Obligation::kind)).doesNotContain(ObligationKind.REFER_TO_VICTIM_SUPPORT);
          assertThat(SE.execute(c, new CaseEvent.VictimSupportReferred(VICTIM, SwedenRules.BROTTSOFFERJOUREN,
              Stamp.of(t("2026-03-07T10:00:00Z"), ACTOR))).getLeft()).isInstanceOf(Rejection.ConsentMissing.class);
        }),
        row("no victim-support duty on a JO complaint", () ->
            assertThat(SE.assess(jo().victim().receivedAt("2026-03-01T10:00:00Z"), t("2026-03-20T10:00:00Z"))
                .obligations()).isEmpty()),
        row("there is no informal track", () ->
            assertThat(SE.informalResolution().refusals(jo().receivedAt("2026-03-01T10:00:00Z")).map(Refusal::rule))
                .containsExactly("informal.notAvailable")),
        row("JO decisions cannot be appealed", () -> {
          ComplaintCase c = jo().receivedAt("2026-03-01T10:00:00Z");
          c = decideAll(investigate(assess(register(c, t("2026-03-01T11:00:00Z")), Track.CONDUCT_COMPLAINT, SwedenRules.JO,
              t("2026-03-02T10:00:00Z")), SwedenRules.JO, t("2026-03-03T10:00:00Z")), "CRITICISM", SwedenRules.JO,
              t("2026-05-01T10:00:00Z"));
          ReviewRoute r = ReviewRoute.of(SwedenRules.JO, t("2026-06-01T10:00:00Z"), SwedenRules.JO_PRACTICE);
          assertThat(refusal(SE, c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.some(r),
              Stamp.of(t("2026-05-02T10:00:00Z"), ACTOR)))).isEqualTo("review.notAvailable");
        }),
        row("a prosecutor-hierarchy review can be configured", () -> {
          RulePack withReview = SwedenRules.pack(SwedenRules.Parameters.defaults().withProsecutorReview(Option.some(
              ReviewRule.of(java.util.EnumSet.of(Track.CRIMINAL_REPORT), ReviewRule.Occasion.OUTCOME,
                  Body.of("SE-OVERAKLAGARE"), DeadlinePeriod.weeks(3), SwedenRules.SAK_MANDATE))));
          assertThat(withReview.reviewRoute(report().receivedAt("2026-03-01T10:00:00Z"), ReviewRule.Occasion.OUTCOME,
              t("2026-04-01T10:00:00Z")).map(ReviewRoute::body)).contains(Body.of("SE-OVERAKLAGARE"));
        }),
        row("a JO complaint is a public document, without identities", () -> {
          assertThat(SE.disclosure().allows(Audience.PUBLIC, Disclosable.REASONS)).isTrue();
          assertThat(SE.disclosure().allows(Audience.PUBLIC, Disclosable.COMPLAINANT_IDENTITY)).isFalse();
          assertThat(SE.disclosure().allows(Audience.COMPLAINANT, Disclosable.REFERRALS)).isTrue();
        }),
        row("upheld = criticism or serious criticism over investigated", () -> {
          assertThat(SE.outcomes().isUpheld(Outcome.of("SERIOUS_CRITICISM"))).isTrue();
          assertThat(SE.outcomes().countsInDenominator(Outcome.of("NOT_INVESTIGATED"))).isFalse();
        }),
        row("routing: criminal reports to SU, treatment complaints to JO", () -> {
          ComplaintCase c = register(report().receivedAt("2026-03-01T10:00:00Z"), t("2026-03-01T11:00:00Z"));
          assertThat(refusal(SE, c, new CaseEvent.Assessed(Track.CRIMINAL_REPORT, SwedenRules.JO,
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR)))).isEqualTo("routing.wrongBody");
          assertThat(SE.routing().route(Track.SERVICE_COMPLAINT).get().body()).isEqualTo(SwedenRules.JO);
        }),
        row("registration needs a description", () ->
            assertThat(SE.refusals(jo().description("").receivedAt("2026-03-01T10:00:00Z"),
                DenmarkRulesTest.registration(t("2026-03-01T11:00:00Z"))).map(Fixtures::ruleOf))
                .containsExactly("registration.missingDetails")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
