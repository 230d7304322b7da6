package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;
import static org.oversight.complaint.rules.jurisdiction.NorwayRulesTest.refusal;

import io.vavr.control.Option;
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
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Fixtures;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.TimeLimitCheck;
import org.oversight.complaint.rules.Warning;

/** Sweden: JO's two-year practice is a screening flag, never a bar; each test names its source. */
class SwedenTimeLimitsTest {

  static final RulePack SE = SwedenRules.pack();

  static Fixtures.Spec jo() {
    return spec(SwedenRules.JURISDICTION, Track.CONDUCT_COMPLAINT, SwedenRules.JO);
  }

  static ComplaintCase assessed(ComplaintCase c) {
    return assess(register(c, c.receivedAt().plusSeconds(60)), Track.CONDUCT_COMPLAINT, SwedenRules.JO,
        c.receivedAt().plusSeconds(120));
  }

  static CaseEvent.Rejected rejected(RejectionGround ground, ComplaintCase c) {
    return new CaseEvent.Rejected(ground, Option.none(), Stamp.of(c.lastEventAt().plusSeconds(60), ACTOR));
  }

  /**
   * Jo.se ("Alla anmälningar utreds inte"): JO normally does not investigate matters older than two years
   * (from 29 February 2024: 28 February 2026, Stockholm). Before, on and after that day the complaint is
   * registered, and it is never rejected as time-barred; past it, it is flagged for screening.
   */
  @ParameterizedTest(name = "received {0}: {1}")
  @CsvSource({
      "2026-02-27T23:30:00Z, IN_TIME",
      "2026-02-28T22:59:59.999999999Z, IN_TIME",
      "2026-02-28T23:00:00Z, PAST_SCREENING_THRESHOLD"})
  void theTwoYearPracticeIsAScreeningFlagNeverABar(String receivedAt, TimeLimitCheck.Status expected) {
    ComplaintCase c = jo().incidentAt("2024-02-29T10:00:00Z").receivedAt(receivedAt);
    assertThat(SE.timeLimit().check(c, SE.zone()).status()).isEqualTo(expected);
    ComplaintCase a = assessed(c);
    assertThat(a.status()).isEqualTo(CaseStatus.ASSESSED);
    assertThat(refusal(SE, a, rejected(RejectionGround.TIME_BARRED, a))).isEqualTo("timeLimit.notExpired");
    assertThat(SE.assess(c, c.receivedAt()).warnings().map(Warning::key).contains("warning.timeLimit.screening"))
        .isEqualTo(expected == TimeLimitCheck.Status.PAST_SCREENING_THRESHOLD);
  }

  /**
   * Jo.se: a complaint forwarded to JO counts from the day it was first lodged; lodged on the last day of
   * the two years it is not flagged, even if JO receives it later.
   */
  @ParameterizedTest(name = "lodged {0}: {1}")
  @CsvSource({
      "2026-02-28T22:59:59.999999999Z, IN_TIME",
      "2026-02-28T23:00:00Z, PAST_SCREENING_THRESHOLD"})
  void aForwardedComplaintCountsFromItsLodging(String lodgedAt, TimeLimitCheck.Status expected) {
    ComplaintCase c = jo().incidentAt("2024-02-29T10:00:00Z").lodgedAt(lodgedAt).receivedAt("2026-03-10T10:00:00Z");
    assertThat(SE.timeLimit().check(c, SE.zone()).status()).isEqualTo(expected);
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("Jo.se: an old matter JO decides not to investigate is closed as not investigated, not as time-barred", () -> {
          ComplaintCase a = assessed(jo().incidentAt("2021-06-01T10:00:00Z").receivedAt("2026-03-01T10:00:00Z"));
          assertThat(ok(SE.execute(a, rejected(RejectionGround.NOT_INVESTIGATED, a))).status())
              .isEqualTo(CaseStatus.REJECTED);
        }),
        row("Jo.se: an incident some time in a range straddling the two years is undetermined, not flagged", () -> {
          ComplaintCase c = jo().incident(IncidentTime.between(t("2024-01-15T10:00:00Z"), t("2024-03-15T10:00:00Z")))
              .receivedAt("2026-02-20T10:00:00Z");
          assertThat(SE.timeLimit().check(c, SE.zone()).status()).isEqualTo(TimeLimitCheck.Status.UNDETERMINED);
          assertThat(SE.assess(c, c.receivedAt()).warnings().map(Warning::key))
              .containsExactly("warning.timeLimit.undetermined");
        }),
        row("Jo.se: JO may take an old matter up anyway; the recorded decision clears the flag", () -> {
          ComplaintCase a = assessed(jo().incidentAt("2021-06-01T10:00:00Z").receivedAt("2026-03-01T10:00:00Z"));
          ComplaintCase waived = ok(SE.execute(a, new CaseEvent.TimeLimitWaived(Option.some(SwedenRules.JO_PRACTICE),
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR, "särskilda skäl"))));
          assertThat(SE.timeLimit().check(waived, SE.zone()).status()).isEqualTo(TimeLimitCheck.Status.WAIVED);
          assertThat(SE.assess(waived, t("2026-03-02T10:00:00Z")).warnings().map(Warning::key))
              .doesNotContain("warning.timeLimit.screening");
        }),
        row("Polisen.se (särskilda utredningar): a crime report has no time limit and is never time-barred", () -> {
          ComplaintCase c = spec(SwedenRules.JURISDICTION, Track.CRIMINAL_REPORT, SwedenRules.SU)
              .incidentAt("2012-01-01T10:00:00Z").receivedAt("2026-03-01T10:00:00Z");
          assertThat(SE.timeLimit().check(c, SE.zone())).isEqualTo(TimeLimitCheck.NOT_APPLICABLE);
          assertThat(SE.refusals(c, rejected(RejectionGround.TIME_BARRED, c)).map(Fixtures::ruleOf))
              .contains("timeLimit.notExpired");
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
