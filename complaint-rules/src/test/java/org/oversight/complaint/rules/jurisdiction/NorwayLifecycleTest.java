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
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ReferralKind;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.ReviewRule;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.TimeLimitCheck;

/**
 * Norway: a Spesialenheten decision combined with a transfer for administrative assessment, the appeal
 * to Riksadvokaten, and complaints without a filing limit; each test names its source.
 */
class NorwayLifecycleTest {

  static final RulePack NO = NorwayRules.pack();
  static final Body DISTRICT = NorwayRules.Parameters.defaults().district();

  /** A criminal report investigated by Spesialenheten and dismissed ("henlagt") on 1 March 2026. */
  static ComplaintCase dismissed() {
    ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, NorwayRules.SPESIALENHETEN)
        .investigatedAt("2026-02-01T10:00:00Z");
    return decideAll(c, "DISMISSED", NorwayRules.SPESIALENHETEN, t("2026-03-01T10:00:00Z"));
  }

  static CaseEvent transfer(String at) {
    return new CaseEvent.ReferredForAdministrativeReview(DISTRICT, Stamp.of(t(at), ACTOR, "administrativ vurdering"));
  }

  /**
   * Straffeprosessloven § 59 a and riksadvokaten.no: the dismissal, combined with a transfer to the
   * politimester, may be appealed to Riksadvokaten within 3 weeks of the notice (2 March 2026 gives
   * 23 March, CET).
   */
  @ParameterizedTest(name = "appeal {0}: in time {1}")
  @CsvSource({
      "2026-03-22T12:00:00Z, true",
      "2026-03-23T22:59:59.999999999Z, true",
      "2026-03-23T23:00:00Z, false"})
  void aDismissalTransferredForAdministrativeAssessmentKeepsItsAppeal(String appealAt, boolean inTime) {
    ComplaintCase c = ok(NO.execute(dismissed(), transfer("2026-03-01T12:00:00Z")));
    Instant told = t("2026-03-02T10:00:00Z");
    ReviewRoute route = NO.reviewRoute(c, ReviewRule.Occasion.OUTCOME, told).get();
    assertThat(route.body()).isEqualTo(NorwayRules.RIKSADVOKATEN);
    ComplaintCase notified = ok(NO.execute(c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.some(route),
        Stamp.of(told, ACTOR, "intet straffbart forhold anses bevist"))));
    assertThat(notified.status()).isEqualTo(CaseStatus.REVIEW_WINDOW_OPEN);
    assertThat(NO.execute(notified, new CaseEvent.ReviewRequested(COMPLAINANT, Stamp.of(t(appealAt), ACTOR))).isRight())
        .isEqualTo(inTime);
  }

  /**
   * Politiet.no (klage på ansatte): when handling takes longer than a month the complainant is told; with
   * a monthly repeat as a parameter, each notice is a month after the one before (31 January, 28 February,
   * 28 March; not 31 March).
   */
  @ParameterizedTest(name = "assessed {0}: third notice breached {1}")
  @CsvSource({
      "2026-03-28T12:00:00Z, false",
      "2026-03-28T22:59:59.999999999Z, false",
      "2026-03-28T23:00:00Z, true"})
  void repeatedDelayNoticesChainOnThePreviousDueDate(String at, boolean breached) {
    RulePack monthly = NorwayRules.pack(NorwayRules.Parameters.defaults()
        .withDelayNoticeRepeat(Option.some(DeadlinePeriod.calendarMonths(1))));
    ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DISTRICT).receivedAt("2025-12-31T10:00:00Z");
    Instant third = t("2026-03-28T22:59:59.999999999Z");
    var a = monthly.assess(c, t(at));
    assertThat(a.obligations().filter(o -> o.kind() == ObligationKind.DELAY_NOTICE).map(Obligation::due))
        .startsWith(t("2026-01-31T22:59:59.999999999Z"), t("2026-02-28T22:59:59.999999999Z"), third);
    assertThat(a.breaches().exists(b -> b.obligation().due().equals(third))).isEqualTo(breached);
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("Spesialenheten (årsrapport: 'administrativ vurdering'): the transfer after a decision keeps the decided state", () -> {
          ComplaintCase c = ok(NO.execute(dismissed(), transfer("2026-03-01T12:00:00Z")));
          assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
          assertThat(c.referrals().last().kind()).isEqualTo(ReferralKind.ADMINISTRATIVE_REVIEW);
          assertThat(c.referrals().last().to()).isEqualTo(DISTRICT);
        }),
        row("Spesialenheten: the transfer can also follow the notice of the decision while the appeal window is open", () -> {
          ComplaintCase c = dismissed();
          ReviewRoute route = NO.reviewRoute(c, ReviewRule.Occasion.OUTCOME, t("2026-03-02T10:00:00Z")).get();
          c = ok(NO.execute(c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.some(route),
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR))));
          ComplaintCase transferred = ok(NO.execute(c, transfer("2026-03-03T10:00:00Z")));
          assertThat(transferred.status()).isEqualTo(CaseStatus.REVIEW_WINDOW_OPEN);
        }),
        row("Spesialenheten: a transfer before any decision still waits for the administrative assessment", () -> {
          ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, NorwayRules.SPESIALENHETEN)
              .investigatedAt("2026-02-01T10:00:00Z");
          assertThat(ok(NO.execute(c, transfer("2026-03-01T12:00:00Z"))).status())
              .isEqualTo(CaseStatus.REFERRED_FOR_ADMINISTRATIVE_REVIEW);
        }),
        row("Instruks 21.11.2005 (politiloven § 29): no filing limit, so an old complaint is registered and never time-barred", () -> {
          ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DISTRICT)
              .incidentAt("2019-05-01T10:00:00Z").receivedAt("2026-02-01T10:00:00Z");
          assertThat(NO.timeLimit().check(c, NO.zone())).isEqualTo(TimeLimitCheck.NOT_APPLICABLE);
          ComplaintCase assessed = assess(register(c, t("2026-02-01T11:00:00Z")), Track.CONDUCT_COMPLAINT, DISTRICT,
              t("2026-02-02T10:00:00Z"));
          assertThat(refusal(NO, assessed, new CaseEvent.Rejected(RejectionGround.TIME_BARRED, Option.none(),
              Stamp.of(t("2026-02-03T10:00:00Z"), ACTOR)))).isEqualTo("timeLimit.notExpired");
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
