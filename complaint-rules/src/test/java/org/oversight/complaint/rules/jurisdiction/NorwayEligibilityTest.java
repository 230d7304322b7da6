package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.DutyStatus;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Boundaries;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.RulePack;

/**
 * Eligibility under the Norwegian pack: an oral or incomplete complaint is registered and its missing
 * details asked for, not refused; a criminal act off duty is not Spesialenheten's; each scenario names
 * its source.
 */
class NorwayEligibilityTest {

  static final RulePack NO = NorwayRules.pack();
  static final Body OSLO = Body.of("NO-OSLO-PD");

  /** A conduct complaint without the time of the incident or the officer's name, registered on Monday 2 February 2026. */
  static ComplaintCase incomplete() {
    ComplaintCase c = NorwayRulesTest.conduct().incident(IncidentTime.unknown()).noSubject()
        .receivedAt("2026-02-02T09:00:00Z");
    return ok(NO.execute(c, DenmarkRulesTest.registration(t("2026-02-02T10:00:00Z"))));
  }

  static Seq<Obligation> requests(ComplaintCase c, String at) {
    return NO.assess(c, t(at)).obligations().filter(o -> o.kind() == ObligationKind.REQUEST_DETAILS);
  }

  /**
   * politiet.no (klage på ansatte i politiet): oral complaints are allowed and written down by the police;
   * one without the time of the incident or who was involved is registered, and the complainant is asked
   * for them within 5 working days (a parameter), by the end of Monday 9 February 2026 (Oslo, UTC+1), and
   * the request is overdue one instant later.
   */
  @Test
  void anIncompleteComplaintIsRegisteredAndItsDetailsAskedForWithinFiveWorkingDays() {
    Boundaries.dueOn(NO, incomplete(), ObligationKind.REQUEST_DETAILS, TO_COMPLAINANT, t("2026-02-09T22:59:59.999999999Z"));
  }

  static ComplaintCase report(DutyStatus duty) {
    return spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, OSLO).flags(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE)
        .duty(duty).receivedAt("2026-03-02T10:00:00Z");
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("straffeprosessloven § 67 (6): a criminal act off duty is investigated by the police district, not"
            + " Spesialenheten", () -> {
          ComplaintCase c = report(DutyStatus.OFF_DUTY);
          assertThat(NO.assess(c, t("2026-03-02T11:00:00Z")).escalations()).isEmpty();
          assertThat(NO.routing().route(c, Track.CRIMINAL_REPORT).get().body()).isEqualTo(OSLO);
          assertThat(NO.routing().route(c, Track.CRIMINAL_REPORT).get().legalBasis()).isEqualTo(NorwayRules.IN_SERVICE);
        }),
        row("straffeprosessloven § 67 (6): a criminal act in service goes to Spesialenheten the same day, and is"
            + " overdue after the end of it (Oslo, UTC+1)", () -> {
          ComplaintCase c = report(DutyStatus.ON_DUTY);
          assertThat(NO.routing().route(c, Track.CRIMINAL_REPORT).get().body()).isEqualTo(NorwayRules.SPESIALENHETEN);
          Boundaries.dueOn(NO, c, ObligationKind.REFER, org.oversight.complaint.core.Recipient.body(NorwayRules.SPESIALENHETEN),
              t("2026-03-02T22:59:59.999999999Z"));
        }),
        row("politiet.no: a complaint that says when, who and what owes no request", () -> {
          ComplaintCase c = ok(NO.execute(NorwayRulesTest.conduct().receivedAt("2026-02-02T09:00:00Z"),
              DenmarkRulesTest.registration(t("2026-02-02T10:00:00Z"))));
          assertThat(requests(c, "2026-02-20T10:00:00Z")).isEmpty();
        }),
        row("politiet.no: a complaint that names the officer but not the time is asked for the time", () -> {
          ComplaintCase c = ok(NO.execute(NorwayRulesTest.conduct().incident(IncidentTime.unknown())
              .receivedAt("2026-02-02T09:00:00Z"), DenmarkRulesTest.registration(t("2026-02-02T10:00:00Z"))));
          assertThat(requests(c, "2026-02-03T10:00:00Z").map(Obligation::recipient)).containsExactly(TO_COMPLAINANT);
        }),
        row("politiet.no: the request is met by a letter asking for the details", () -> {
          ComplaintCase asked = sent(incomplete(), NotificationKind.DETAILS_REQUEST, TO_COMPLAINANT,
              t("2026-02-05T10:00:00Z"));
          assertThat(requests(asked, "2026-03-01T10:00:00Z").single().satisfiedAt()).contains(t("2026-02-05T10:00:00Z"));
        }),
        row("straffeprosessloven § 67 (6): a criminal report to Spesialenheten is not asked for details by the"
            + " district's complaint routine", () -> {
          ComplaintCase c = ok(NO.execute(spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, NorwayRules.SPESIALENHETEN)
              .incident(IncidentTime.unknown()).receivedAt("2026-02-02T09:00:00Z"),
              DenmarkRulesTest.registration(t("2026-02-02T10:00:00Z"))));
          assertThat(requests(c, "2026-02-20T10:00:00Z")).isEmpty();
        }),
        row("Instruks 21.11.2005 (politiloven § 29): who may complain is not confirmed, so by default anyone may (a witness, anyone at all):"
            + " nothing is refused or warned", () -> StandingScenarios.anyoneMayComplain(NO, NorwayRules.JURISDICTION, OSLO)),
        row("Instruks 21.11.2005 (politiloven § 29): restricted by the parameter to those affected, a complaint from anyone else is registered"
            + " but neither investigated nor decided, is warned about with the legal basis, and may be rejected as not"
            + " eligible; a complainant whose standing is not yet assessed is not refused", () ->
            StandingScenarios.onlyTheAffectedAreHandled(NorwayRules.pack(NorwayRules.Parameters.defaults().withEligibleStandings(
                HashSet.of(Standing.DIRECTLY_AFFECTED, Standing.ADVERSELY_AFFECTED, Standing.ON_BEHALF,
                    Standing.PARENT_OF_CHILD))), NorwayRules.STANDING, NorwayRules.JURISDICTION, OSLO)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
