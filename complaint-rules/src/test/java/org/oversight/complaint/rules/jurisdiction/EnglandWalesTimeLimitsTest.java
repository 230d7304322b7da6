package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.oversight.complaint.core.Admission;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.WrongBodyTime;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.ReviewRule;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.TimeLimitCheck;

/**
 * England and Wales: the 2020 regime's start, handling otherwise than by investigation, the review
 * window of reg 29 and the 12-month reports of reg 13; each test names its provision.
 */
class EnglandWalesTimeLimitsTest {

  static final RulePack EW = EnglandWalesRules.pack();
  static final Body AA = Body.of("EW-AA");
  static final Body LPB = Body.of("EW-LPB");

  static ComplaintCase assessed(ComplaintCase c) {
    return assess(register(c, c.receivedAt().plusSeconds(60)), Track.CONDUCT_COMPLAINT, AA, c.receivedAt().plusSeconds(120));
  }

  /** The pack with the pre-2020 limit of 12 months as a parameter. */
  static final RulePack LIMITED = EnglandWalesRules.pack(EnglandWalesRules.Parameters.defaults()
      .withFilingLimit(Option.some(DeadlinePeriod.calendarMonths(12))));

  /** A complaint lodged two years after the incident, registered and referred to the IOPC under {@link #LIMITED}. */
  static ComplaintCase lateAndReferred() {
    ComplaintCase c = register(EnglandWalesRulesTest.complaint().incidentAt("2024-01-10T10:00:00Z")
        .receivedAt("2026-03-01T10:00:00Z"), t("2026-03-01T11:00:00Z"));
    return ok(LIMITED.execute(c, new CaseEvent.Referred(EnglandWalesRules.IOPC, Option.some(EnglandWalesRules.REFERRAL),
        Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR))));
  }

  /** Decided without an investigation on 31 March 2026 and told with its review route on 1 April. */
  static ComplaintCase toldWithoutInvestigation() {
    ComplaintCase c = decideAll(assessed(EnglandWalesRulesTest.complaint().receivedAt("2026-03-01T10:00:00Z")),
        "SERVICE_ACCEPTABLE", AA, t("2026-03-31T10:00:00Z"));
    Instant told = t("2026-04-01T09:00:00Z");
    ReviewRoute route = EW.reviewRoute(c, ReviewRule.Occasion.OUTCOME, told).get();
    return ok(EW.execute(c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.some(route),
        Stamp.of(told, ACTOR, "the explanation given"))));
  }

  /**
   * SI 2020/2 reg 1: the 2020 regime applies to matters from 1 February 2020 (London, GMT); an earlier
   * one is refused by this pack, also when it was forwarded here after the regime began.
   */
  @ParameterizedTest(name = "lodged {0}, received {1}: registered {2}")
  @CsvSource({
      "2020-01-31T23:59:59.999999999Z, 2020-01-31T23:59:59.999999999Z, false",
      "2020-02-01T00:00:00Z, 2020-02-01T00:00:00Z, true",
      "2020-01-31T12:00:00Z, 2020-02-03T10:00:00Z, false"})
  void mattersBeforeThe2020RegimeAreRefused(String lodgedAt, String receivedAt, boolean registered) {
    ComplaintCase c = EnglandWalesRulesTest.complaint().incidentAt("2020-01-20T10:00:00Z").lodgedAt(lodgedAt)
        .receivedAt(receivedAt);
    CaseEvent registration = DenmarkRulesTest.registration(c.receivedAt().plusSeconds(60));
    if (registered) {
      assertThat(ok(EW.execute(c, registration)).status()).isEqualTo(CaseStatus.REGISTERED);
    } else {
      assertThat(refusal(EW, c, registration)).isEqualTo("regime.notInForce");
    }
  }

  /**
   * SI 2020/2 reg 29(2)-(3): the review must be received within 28 days starting the day after the
   * outcome (1 April gives the end of 29 April, BST), but time with a wrong body is left out: an
   * application sent to the wrong body by then is in time, even when the review body gets it later.
   */
  @ParameterizedTest(name = "sent to the wrong body {0}, received 5 May: in time {1}")
  @CsvSource({
      "2026-04-28T12:00:00Z, true",
      "2026-04-29T22:59:59.999999999Z, true",
      "2026-04-29T23:00:00Z, false"})
  void timeAtTheWrongBodyIsLeftOut(String sentAt, boolean inTime) {
    ComplaintCase c = toldWithoutInvestigation();
    assertThat(c.reviewRoute().get().deadline()).isEqualTo(t("2026-04-29T22:59:59.999999999Z"));
    var result = EW.execute(c, new CaseEvent.ReviewRequested(COMPLAINANT, Option.some(t(sentAt)), Admission.IN_TIME,
        Stamp.of(t("2026-05-05T10:00:00Z"), ACTOR)));
    assertThat(result.isRight()).isEqualTo(inTime);
  }

  /**
   * SI 2020/2 reg 13: a report when an investigation is not complete within 12 months, then every 6
   * months, each counted from the one before: 31 August 2026, 28 February 2027, 28 August 2027.
   */
  @ParameterizedTest(name = "assessed {0}: third report breached {1}")
  @CsvSource({
      "2027-08-28T12:00:00Z, false",
      "2027-08-28T22:59:59.999999999Z, false",
      "2027-08-28T23:00:00Z, true"})
  void twelveMonthReportsChainOnThePreviousDueDate(String at, boolean breached) {
    ComplaintCase c = investigate(assessed(EnglandWalesRulesTest.complaint().receivedAt("2025-08-31T10:00:00Z")), AA,
        t("2025-09-01T10:00:00Z"));
    Instant third = t("2027-08-28T22:59:59.999999999Z");
    var a = EW.assess(c, t(at));
    assertThat(a.obligations().filter(o -> o.kind() == ObligationKind.OVERSIGHT_REPORT && o.recipient().equals(
        org.oversight.complaint.core.Recipient.body(EnglandWalesRules.IOPC))).map(Obligation::due))
        .startsWith(t("2026-08-31T22:59:59.999999999Z"), t("2027-02-28T23:59:59.999999999Z"), third);
    assertThat(a.breaches().exists(b -> b.obligation().due().equals(third))).isEqualTo(breached);
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("PRA 2002 Sch. 3 and reg 29: a complaint handled otherwise than by investigation is decided and told with the LPB review", () -> {
          ComplaintCase c = toldWithoutInvestigation();
          assertThat(c.investigation()).isEmpty();
          assertThat(c.status()).isEqualTo(CaseStatus.REVIEW_WINDOW_OPEN);
          assertThat(c.reviewRoute().get().body()).isEqualTo(LPB);
          assertThat(c.reviewRoute().get().wrongBodyTime()).isEqualTo(WrongBodyTime.EXCLUDED);
          assertThat(ok(EW.execute(c, new CaseEvent.ReviewRequested(COMPLAINANT, Stamp.of(t("2026-04-20T10:00:00Z"), ACTOR))))
              .status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        }),
        row("IOPC statutory guidance (reviews): a late application is admitted only for exceptional circumstances, recorded with them", () -> {
          ComplaintCase c = toldWithoutInvestigation();
          assertThat(refusal(EW, c, new CaseEvent.ReviewRequested(COMPLAINANT, Stamp.of(t("2026-05-10T10:00:00Z"), ACTOR))))
              .isEqualTo("ReviewOutOfTime");
          ComplaintCase admitted = ok(EW.execute(c, new CaseEvent.ReviewRequested(COMPLAINANT, Option.none(),
              Admission.EXCEPTIONAL_CIRCUMSTANCES, Stamp.of(t("2026-05-10T10:00:00Z"), ACTOR, "in hospital until 8 May"))));
          assertThat(admitted.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
          assertThat(((CaseEvent.ReviewRequested) admitted.history().last()).admission())
              .isEqualTo(Admission.EXCEPTIONAL_CIRCUMSTANCES);
          assertThatThrownBy(() -> new CaseEvent.ReviewRequested(COMPLAINANT, Option.none(),
              Admission.EXCEPTIONAL_CIRCUMSTANCES, Stamp.of(t("2026-05-10T10:00:00Z"), ACTOR)))
              .isInstanceOf(IllegalArgumentException.class);
        }),
        row("2020 regime: no complaint time limit, so a complaint is never rejected as time-barred", () -> {
          ComplaintCase c = assessed(EnglandWalesRulesTest.complaint().incidentAt("2021-01-10T10:00:00Z")
              .receivedAt("2026-03-01T10:00:00Z"));
          assertThat(EW.timeLimit().check(c, EW.zone())).isEqualTo(TimeLimitCheck.NOT_APPLICABLE);
          assertThat(refusal(EW, c, new CaseEvent.Rejected(RejectionGround.TIME_BARRED, Option.none(),
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR)))).isEqualTo("timeLimit.notExpired");
        }),
        row("SI 2012/62 reg 15(3)(b) as a parameter: a late complaint is registered, referred, and rejected as time-barred at the IOPC", () -> {
          ComplaintCase c = lateAndReferred();
          assertThat(LIMITED.timeLimit().check(c, LIMITED.zone()).status()).isEqualTo(TimeLimitCheck.Status.EXPIRED);
          assertThat(ok(LIMITED.execute(c, new CaseEvent.Rejected(RejectionGround.TIME_BARRED, Option.none(),
              Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR)))).status()).isEqualTo(CaseStatus.REJECTED);
        }),
        row("SI 2012/62 reg 15(3)(b) as a parameter: the limit is waived after referral for good reason", () -> {
          ComplaintCase c = lateAndReferred();
          ComplaintCase waived = ok(LIMITED.execute(c, new CaseEvent.TimeLimitWaived(Option.none(),
              Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR, "good reason for the delay"))));
          assertThat(waived.status()).isEqualTo(CaseStatus.REFERRED);
          assertThat(LIMITED.timeLimit().check(waived, LIMITED.zone()).status()).isEqualTo(TimeLimitCheck.Status.WAIVED);
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
