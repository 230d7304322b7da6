package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;
import static org.oversight.complaint.rules.jurisdiction.NorwayRulesTest.refusal;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Fixtures;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.ReviewRule;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.TimeLimitCheck;
import org.oversight.complaint.rules.Warning;

/**
 * The Danish filing limit as a fact to assess, and the lifecycle paths of chapters 93 b and 93 c: each
 * test names the provision it follows.
 */
class DenmarkTimeLimitsTest {

  static final RulePack DK = DenmarkRules.pack();

  static Fixtures.Spec conduct() {
    return spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DenmarkRules.DUP);
  }

  static Fixtures.Spec report() {
    return spec(DenmarkRules.JURISDICTION, Track.CRIMINAL_REPORT, DenmarkRules.DUP);
  }

  static CaseEvent.Rejected rejected(RejectionGround ground, String at) {
    return new CaseEvent.Rejected(ground, Option.none(), Stamp.of(t(at), ACTOR, "forældet"));
  }

  static ComplaintCase assessed(ComplaintCase c, Track track) {
    return assess(register(c, c.receivedAt().plusSeconds(60)), track, DenmarkRules.DUP, c.receivedAt().plusSeconds(120));
  }

  /**
   * Retsplejeloven § 1019 a stk. 3: six months from 31 August 2025 end with 28 February 2026
   * (Copenhagen). A late complaint is registered all the same; only an expired one may be rejected as
   * time-barred ("forældet").
   */
  @ParameterizedTest(name = "received {0}: {1}")
  @CsvSource({
      "2026-02-27T12:00:00Z, IN_TIME",
      "2026-02-28T22:59:59.999999999Z, IN_TIME",
      "2026-02-28T23:00:00Z, EXPIRED"})
  void aLateComplaintIsRegisteredAndOnlyAnExpiredOneRejectedAsTimeBarred(String receivedAt,
      TimeLimitCheck.Status expected) {
    ComplaintCase c = conduct().incidentAt("2025-08-31T10:00:00Z").receivedAt(receivedAt);
    assertThat(DK.timeLimit().check(c, DK.zone()).status()).isEqualTo(expected);
    ComplaintCase a = assessed(c, Track.CONDUCT_COMPLAINT);
    var result = DK.execute(a, rejected(RejectionGround.TIME_BARRED, "2026-03-02T10:00:00Z"));
    if (expected == TimeLimitCheck.Status.EXPIRED) {
      assertThat(result.get().complaint().status()).isEqualTo(CaseStatus.REJECTED);
    } else {
      assertThat(refusal(DK, a, rejected(RejectionGround.TIME_BARRED, "2026-03-02T10:00:00Z")))
          .isEqualTo("timeLimit.notExpired");
    }
  }

  /**
   * Retsplejeloven § 1019 a stk. 3 with chapter 93 b's forwarding: a complaint lodged with the police
   * district and forwarded to the authority counts as filed when it was lodged, not when it arrived.
   */
  @ParameterizedTest(name = "lodged {0}, received 5 March: {1}")
  @CsvSource({
      "2026-02-27T12:00:00Z, IN_TIME",
      "2026-02-28T22:59:59.999999999Z, IN_TIME",
      "2026-02-28T23:00:00Z, EXPIRED"})
  void aForwardedComplaintKeepsItsLodgingDate(String lodgedAt, TimeLimitCheck.Status expected) {
    ComplaintCase c = conduct().incidentAt("2025-08-31T10:00:00Z").lodgedAt(lodgedAt).receivedAt("2026-03-05T10:00:00Z");
    assertThat(c.lodgedAt()).isEqualTo(t(lodgedAt));
    assertThat(DK.timeLimit().check(c, DK.zone()).status()).isEqualTo(expected);
  }

  /**
   * Retsplejeloven § 1019 a stk. 3: an incident some time in August 2025 is in time until 1 February 2026
   * whatever the day, late after 28 February 2026 whatever the day, and undetermined in between.
   */
  @ParameterizedTest(name = "received {0}: {1}")
  @CsvSource({
      "2026-02-01T22:59:59.999999999Z, IN_TIME",
      "2026-02-01T23:00:00Z, UNDETERMINED",
      "2026-02-28T22:59:59.999999999Z, UNDETERMINED",
      "2026-02-28T23:00:00Z, EXPIRED"})
  void aDateRangeGivesAnUndeterminedResultWhileItsLatestDateIsInTime(String receivedAt,
      TimeLimitCheck.Status expected) {
    ComplaintCase c = conduct().incident(IncidentTime.between(t("2025-08-01T10:00:00Z"), t("2025-08-31T10:00:00Z")))
        .receivedAt(receivedAt);
    TimeLimitCheck check = DK.timeLimit().check(c, DK.zone());
    assertThat(check.status()).isEqualTo(expected);
    if (expected == TimeLimitCheck.Status.UNDETERMINED) {
      assertThat(check.deadline()).contains(t("2026-02-28T22:59:59.999999999Z"));
      assertThat(DK.assess(c, c.receivedAt()).warnings().map(Warning::key))
          .contains("warning.timeLimit.undetermined").doesNotContain("warning.timeLimit.expired");
      assertThat(refusal(DK, assessed(c, Track.CONDUCT_COMPLAINT),
          rejected(RejectionGround.TIME_BARRED, "2026-03-02T10:00:00Z"))).isEqualTo("timeLimit.notExpired");
    }
  }

  /**
   * Retsplejeloven § 1020 f: notices after one year, then every six months, each counted from the one
   * before: 31 August 2026, 28 February 2027, 28 August 2027 (not 31 August). The third is breached
   * from the first instant of 29 August.
   */
  @ParameterizedTest(name = "assessed {0}: third notice breached {1}")
  @CsvSource({
      "2027-08-28T12:00:00Z, false",
      "2027-08-28T21:59:59.999999999Z, false",
      "2027-08-28T22:00:00Z, true"})
  void criminalDelayNoticesChainOnThePreviousDueDate(String at, boolean breached) {
    ComplaintCase c = report().receivedAt("2025-08-31T10:00:00Z");
    Instant third = t("2027-08-28T21:59:59.999999999Z");
    var a = DK.assess(c, t(at));
    assertThat(a.obligations().filter(o -> o.kind() == ObligationKind.DELAY_NOTICE && o.recipient().equals(TO_COMPLAINANT))
        .map(Obligation::due))
        .startsWith(t("2026-08-31T21:59:59.999999999Z"), t("2027-02-28T22:59:59.999999999Z"), third);
    assertThat(a.breaches().exists(b -> b.obligation().due().equals(third))).isEqualTo(breached);
  }

  /**
   * Chapter 93 c and DUP's "anmeldelse" guidance: a rejection of a criminal report after an
   * investigation may be appealed to the statsadvokat within 4 weeks of the rejection (2 March 2026 gives
   * 30 March, CEST).
   */
  @ParameterizedTest(name = "appeal {0}: in time {1}")
  @CsvSource({
      "2026-03-29T12:00:00Z, true",
      "2026-03-30T21:59:59.999999999Z, true",
      "2026-03-30T22:00:00Z, false"})
  void aReportRejectedAfterAnInvestigationOpensTheStatsadvokatAppeal(String appealAt, boolean inTime) {
    ComplaintCase c = investigate(assessed(report().receivedAt("2026-02-01T10:00:00Z"), Track.CRIMINAL_REPORT),
        DenmarkRules.DUP, t("2026-02-03T10:00:00Z"));
    assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATION);
    Instant told = t("2026-03-02T10:00:00Z");
    ReviewRoute route = DK.reviewRoute(c, ReviewRule.Occasion.REJECTION, told).get();
    assertThat(route.body()).isEqualTo(DenmarkRules.STATSADVOKATEN);
    ComplaintCase rejected = ok(DK.execute(c, new CaseEvent.Rejected(RejectionGround.NOT_INVESTIGATED,
        Option.some(route), Stamp.of(told, ACTOR, "ingen rimelig mistanke"))));
    assertThat(rejected.status()).isEqualTo(CaseStatus.REJECTED);
    var appeal = DK.execute(rejected, new CaseEvent.ReviewRequested(COMPLAINANT, Stamp.of(t(appealAt), ACTOR)));
    assertThat(appeal.isRight()).isEqualTo(inTime);
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("§ 1019 a stk. 3: the limit can be waived after the investigation opened; a waived complaint is not time-barred", () -> {
          ComplaintCase c = investigate(assessed(conduct().incidentAt("2025-01-10T10:00:00Z")
              .receivedAt("2026-02-01T10:00:00Z"), Track.CONDUCT_COMPLAINT), DenmarkRules.DUP, t("2026-02-03T10:00:00Z"));
          ComplaintCase waived = ok(DK.execute(c, new CaseEvent.TimeLimitWaived(Option.some(DenmarkRules.FILING_LIMIT),
              Stamp.of(t("2026-02-04T10:00:00Z"), ACTOR, "særlige tilfælde"))));
          assertThat(waived.status()).isEqualTo(CaseStatus.INVESTIGATION);
          assertThat(DK.timeLimit().check(waived, DK.zone()).status()).isEqualTo(TimeLimitCheck.Status.WAIVED);
          assertThat(refusal(DK, waived, rejected(RejectionGround.TIME_BARRED, "2026-02-05T10:00:00Z")))
              .isEqualTo("timeLimit.notExpired");
        }),
        row("§ 1019 a stk. 3: a late complaint found during the investigation is rejected as time-barred there", () -> {
          ComplaintCase c = investigate(assessed(conduct().incidentAt("2025-01-10T10:00:00Z")
              .receivedAt("2026-02-01T10:00:00Z"), Track.CONDUCT_COMPLAINT), DenmarkRules.DUP, t("2026-02-03T10:00:00Z"));
          assertThat(ok(DK.execute(c, rejected(RejectionGround.TIME_BARRED, "2026-02-05T10:00:00Z"))).status())
              .isEqualTo(CaseStatus.REJECTED);
        }),
        row("DUP's anmeldelse page: a criminal report has no time limit, so it is never time-barred", () -> {
          ComplaintCase c = assessed(report().incidentAt("2015-01-10T10:00:00Z").receivedAt("2026-02-01T10:00:00Z"),
              Track.CRIMINAL_REPORT);
          assertThat(refusal(DK, c, rejected(RejectionGround.TIME_BARRED, "2026-02-05T10:00:00Z")))
              .isEqualTo("timeLimit.notExpired");
        }),
        row("§ 1019 a stk. 3: an unknown incident date is no expiry and no ground to reject as time-barred", () -> {
          ComplaintCase c = conduct().incident(IncidentTime.unknown()).receivedAt("2026-02-01T10:00:00Z");
          assertThat(DK.refusals(c, rejected(RejectionGround.TIME_BARRED, "2026-02-05T10:00:00Z")).map(Fixtures::ruleOf))
              .contains("timeLimit.notExpired");
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
