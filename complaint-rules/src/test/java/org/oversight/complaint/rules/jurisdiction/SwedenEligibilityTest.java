package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.DutyStatus;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Fixtures;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.Warning;

/**
 * Eligibility under the Swedish pack: JO's screening of anonymous and old complaints (flags, never a
 * refusal to register) and who may complain (anyone); each scenario names its source.
 */
class SwedenEligibilityTest {

  static final RulePack SE = SwedenRules.pack();

  static Fixtures.Spec jo() {
    return spec(SwedenRules.JURISDICTION, Track.CONDUCT_COMPLAINT, SwedenRules.JO);
  }

  static Seq<String> warnings(ComplaintCase c, String at) {
    return SE.assess(c, t(at)).warnings().map(Warning::key);
  }

  /**
   * jo.se (Alla anmälningar utreds inte) and blaljus.nu 2023: JO generally investigates neither
   * anonymous complaints nor matters older than two years; an anonymous complaint received on the last
   * instant of 1 March 2026 (Stockholm, UTC+1) about an incident of 1 March 2024 has one screening flag,
   * one received an instant later has both, and both are registered.
   */
  @ParameterizedTest(name = "received {0}: past the two-year threshold {1}")
  @CsvSource({
      "2026-03-01T12:00:00Z, false",
      "2026-03-01T22:59:59.999999999Z, false",
      "2026-03-01T23:00:00Z, true"})
  void anAnonymousComplaintIsFlaggedAndRegistered(String receivedAt, boolean old) {
    ComplaintCase c = jo().anonymous().incidentAt("2024-03-01T10:00:00Z").receivedAt(receivedAt);
    Seq<String> keys = warnings(c, "2026-03-02T10:00:00Z");
    assertThat(keys).contains("warning.screening.anonymous");
    assertThat(keys.contains("warning.timeLimit.screening")).isEqualTo(old);
    assertThat(SE.execute(c, DenmarkRulesTest.registration(t("2026-03-02T10:00:00Z"))).isRight()).isTrue();
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("jo.se; blaljus.nu 2023: an anonymous complaint to JO may be closed without investigation, as not"
            + " investigated", () -> {
          ComplaintCase c = assess(register(jo().anonymous().receivedAt("2026-03-02T10:00:00Z"), t("2026-03-02T11:00:00Z")),
              Track.CONDUCT_COMPLAINT, SwedenRules.JO, t("2026-03-02T12:00:00Z"));
          ComplaintCase closed = ok(SE.execute(c, new CaseEvent.Rejected(RejectionGround.NOT_INVESTIGATED, Option.none(),
              Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR, "anonym anmälan"))));
          assertThat(closed.status()).isEqualTo(CaseStatus.REJECTED);
        }),
        row("jo.se: an anonymous complaint may still be investigated: the flag refuses nothing", () -> {
          ComplaintCase c = assess(register(jo().anonymous().receivedAt("2026-03-02T10:00:00Z"), t("2026-03-02T11:00:00Z")),
              Track.CONDUCT_COMPLAINT, SwedenRules.JO, t("2026-03-02T12:00:00Z"));
          assertThat(SE.allowedCommands(c, t("2026-03-03T10:00:00Z"))).contains(CommandType.OPEN_INVESTIGATION,
              CommandType.DECIDE_ALLEGATION, CommandType.REJECT);
        }),
        row("jo.se: a complainant who gives a name raises no anonymity flag", () ->
            assertThat(warnings(jo().receivedAt("2026-03-02T10:00:00Z"), "2026-03-02T11:00:00Z"))
                .doesNotContain("warning.screening.anonymous")),
        row("polisen.se (SU): anonymity is JO's screening; an anonymous crime report to SU is not flagged", () ->
            assertThat(warnings(SwedenRulesTest.report().anonymous().receivedAt("2026-03-02T10:00:00Z"),
                "2026-03-02T11:00:00Z")).doesNotContain("warning.screening.anonymous")),
        row("polisen.se (Särskilda utredningar): SU investigates crimes by police employees on and off duty alike", () -> {
          for (DutyStatus duty : DutyStatus.values()) {
            ComplaintCase c = SwedenRulesTest.report().duty(duty).flags(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE)
                .receivedAt("2026-03-02T10:00:00Z");
            assertThat(SE.assess(c, t("2026-03-02T11:00:00Z")).escalations().map(e -> e.to()))
                .containsExactly(SwedenRules.SU);
          }
        }),
        row("jo.se: anyone may complain to JO; a complainant with no particular standing is handled", () -> {
          ComplaintCase c = assess(register(jo().standing(Standing.ANY_PERSON).receivedAt("2026-03-02T10:00:00Z"),
              t("2026-03-02T11:00:00Z")), Track.CONDUCT_COMPLAINT, SwedenRules.JO, t("2026-03-02T12:00:00Z"));
          assertThat(warnings(c, "2026-03-03T10:00:00Z")).noneMatch(k -> k.startsWith("warning.standing."));
          assertThat(SE.allowedCommands(c, t("2026-03-03T10:00:00Z"))).contains(CommandType.OPEN_INVESTIGATION);
        }),
        row("jo.se: anyone, of any age, citizenship or residence, may complain to JO, whatever their standing", () ->
            StandingScenarios.anyoneMayComplain(SE, SwedenRules.JURISDICTION, SwedenRules.JO)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
