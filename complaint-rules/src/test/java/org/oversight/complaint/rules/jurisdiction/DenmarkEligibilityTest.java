package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;
import static org.oversight.complaint.rules.jurisdiction.NorwayRulesTest.refusal;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.DutyStatus;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Boundaries;
import org.oversight.complaint.rules.Fixtures;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.Warning;

/**
 * Eligibility under the Danish pack, checked whenever it matters: an incomplete complaint is registered
 * and its missing date asked for, a notitssag is checked at every step, a crime off duty is not DUP's;
 * each scenario names its source.
 */
class DenmarkEligibilityTest {

  static final RulePack DK = DenmarkRules.pack();
  static final Body DUP = DenmarkRules.DUP;
  static final Body DISTRICT = Body.of("DK-POLITIKREDS");

  static Seq<String> warnings(ComplaintCase c, String at) {
    return DK.assess(c, t(at)).warnings().map(Warning::key);
  }

  /** A conduct complaint without an incident date, received and registered on Friday 9 January 2026. */
  static ComplaintCase undated() {
    ComplaintCase c = DenmarkRulesTest.conduct().incident(IncidentTime.unknown()).receivedAt("2026-01-09T10:00:00Z");
    return ok(DK.execute(c, DenmarkRulesTest.registration(t("2026-01-09T11:00:00Z"))));
  }

  static Seq<Obligation> requests(ComplaintCase c, String at) {
    return DK.assess(c, t(at)).obligations().filter(o -> o.kind() == ObligationKind.REQUEST_DETAILS);
  }

  /**
   * Retsplejeloven § 1019 a, stk. 3 needs the incident date for the filing limit: a conduct complaint
   * without one is registered, and the date is asked for within the receipt letter's 5 working days, by
   * the end of Friday 16 January 2026 (Copenhagen, UTC+1), and is overdue one instant later.
   */
  @Test
  void anUndatedComplaintIsRegisteredAndItsDateAskedForWithinFiveWorkingDays() {
    Boundaries.dueOn(DK, undated(), ObligationKind.REQUEST_DETAILS, TO_COMPLAINANT, t("2026-01-16T22:59:59.999999999Z"));
  }

  static Fixtures.Spec report(DutyStatus duty) {
    Fixtures.Spec s = spec(DenmarkRules.JURISDICTION, Track.CRIMINAL_REPORT, DISTRICT).flags(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE);
    return duty == null ? s : s.duty(duty);
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("retsplejeloven kap. 93 c, § 1020 a, stk. 1: a criminal offence committed off duty is the police district's,"
            + " not DUP's: no referral is owed, and it is assessed to the district", () -> {
          ComplaintCase c = register(report(DutyStatus.OFF_DUTY).receivedAt("2026-03-02T10:00:00Z"), t("2026-03-02T11:00:00Z"));
          assertThat(DK.assess(c, t("2026-03-03T10:00:00Z")).escalations()).isEmpty();
          assertThat(DK.routing().route(c, Track.CRIMINAL_REPORT).get().body()).isEqualTo(DISTRICT);
          assertThat(refusal(DK, c, new CaseEvent.Assessed(Track.CRIMINAL_REPORT, DUP,
              Stamp.of(t("2026-03-02T12:00:00Z"), ACTOR)))).isEqualTo("routing.wrongBody");
          assertThat(DK.execute(c, new CaseEvent.Assessed(Track.CRIMINAL_REPORT, DISTRICT,
              Stamp.of(t("2026-03-02T12:00:00Z"), ACTOR))).isRight()).isTrue();
        }),
        row("retsplejeloven § 1020 a, stk. 1: a criminal offence in service goes to DUP, and so does one whose duty"
            + " status is not recorded", () -> {
          for (DutyStatus duty : new DutyStatus[] {DutyStatus.ON_DUTY, null}) {
            ComplaintCase c = report(duty).receivedAt("2026-03-02T10:00:00Z");
            assertThat(DK.assess(c, t("2026-03-02T11:00:00Z")).escalations().map(e -> e.to())).containsExactly(DUP);
            assertThat(DK.routing().route(c, Track.CRIMINAL_REPORT).get().body()).isEqualTo(DUP);
          }
        }),
        row("retsplejeloven § 1019 a, stk. 3: the request for the incident date is met by a letter asking for it", () -> {
          ComplaintCase asked = sent(undated(), NotificationKind.DETAILS_REQUEST, TO_COMPLAINANT, t("2026-01-12T10:00:00Z"));
          assertThat(requests(asked, "2026-02-01T10:00:00Z").single().satisfiedAt()).contains(t("2026-01-12T10:00:00Z"));
          assertThat(DK.assess(asked, t("2026-02-01T10:00:00Z")).breaches()
              .filter(b -> b.obligation().kind() == ObligationKind.REQUEST_DETAILS)).isEmpty();
        }),
        row("retsplejeloven § 1019 a, stk. 3: a complaint that gives its date owes no request", () -> {
          ComplaintCase dated = ok(DK.execute(DenmarkRulesTest.conduct().receivedAt("2026-01-09T10:00:00Z"),
              DenmarkRulesTest.registration(t("2026-01-09T11:00:00Z"))));
          assertThat(requests(dated, "2026-01-20T10:00:00Z")).isEmpty();
        }),
        row("retsplejeloven kap. 93 c: a criminal report has no filing limit, so its missing date is not asked for", () -> {
          ComplaintCase report = ok(DK.execute(spec(DenmarkRules.JURISDICTION, Track.CRIMINAL_REPORT, DUP)
              .incident(IncidentTime.unknown()).receivedAt("2026-01-09T10:00:00Z"),
              DenmarkRulesTest.registration(t("2026-01-09T11:00:00Z"))));
          assertThat(requests(report, "2026-01-20T10:00:00Z")).isEmpty();
        }),
        row("retsplejeloven § 1019 k: a consent withdrawn during a notitssag is warned about until the case returns"
            + " to full handling", () -> {
          ComplaintCase withdrawn = step(DenmarkDutiesTest.informalConduct(), x -> x.recordConsent(COMPLAINANT,
              ConsentPurpose.INFORMAL_RESOLUTION, ConsentState.WITHDRAWN, Stamp.of(t("2026-02-04T10:00:00Z"), ACTOR)));
          assertThat(warnings(withdrawn, "2026-02-04T11:00:00Z")).contains("warning.informal.complainantInsists");
          ComplaintCase formal = step(withdrawn, x -> x.fallBackToFormal(Stamp.of(t("2026-02-04T12:00:00Z"), ACTOR)));
          assertThat(warnings(formal, "2026-02-04T13:00:00Z")).noneMatch(k -> k.startsWith("warning.informal."));
        }),
        row("retsplejeloven § 1019 k: a second complainant who has not consented stops the notitssag's finish", () -> {
          ComplaintCase c = step(DenmarkDutiesTest.informalConduct(), x -> x.addParty(Party.complainant(PartyId.of("C2"),
              "Ole Hansen", Standing.DIRECTLY_AFFECTED), Stamp.of(t("2026-02-04T10:00:00Z"), ACTOR)));
          assertThat(warnings(c, "2026-02-04T11:00:00Z")).contains("warning.informal.consentMissing");
          assertThat(refusal(DK, c, new CaseEvent.AllegationDecided(A1, Outcome.of("NOTITS_CLOSED"), DUP,
              Stamp.of(t("2026-02-05T10:00:00Z"), ACTOR, "samtale")))).isEqualTo("informal.consentMissing");
        }),
        row("retsplejeloven § 1019 a: who may complain is not confirmed, so by default anyone may (a witness, anyone at all):"
            + " nothing is refused or warned", () -> StandingScenarios.anyoneMayComplain(DK, DenmarkRules.JURISDICTION, DenmarkRules.DUP)),
        row("retsplejeloven § 1019 a: restricted by the parameter to those affected, a complaint from anyone else is registered"
            + " but neither investigated nor decided, is warned about with the legal basis, and may be rejected as not"
            + " eligible; a complainant whose standing is not yet assessed is not refused", () ->
            StandingScenarios.onlyTheAffectedAreHandled(DenmarkRules.pack(DenmarkRules.Parameters.defaults().withEligibleStandings(
                HashSet.of(Standing.DIRECTLY_AFFECTED, Standing.ADVERSELY_AFFECTED, Standing.ON_BEHALF,
                    Standing.PARENT_OF_CHILD))), DenmarkRules.STANDING, DenmarkRules.JURISDICTION, DenmarkRules.DUP)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
