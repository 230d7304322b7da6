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
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Boundaries;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.RulePack;

/** Victim information and referral, the employer's follow-up and escalation parameters under the Swedish pack (DOMAIN §3). */
class SwedenDutiesTest {

  static final RulePack SE = SwedenRules.pack();
  static final Body STATION = Body.of("SE-POLISEN-STHLM");
  static final Body LOCAL_JOUR = Body.of("SE-BROTTSOFFERJOUREN-SODERTORN");
  static final Body TJEJJOUR = Body.of("SE-TJEJJOUREN");

  /** A crime report with a victim, received on Friday 6 March 2026. */
  static ComplaintCase report() {
    return spec(SwedenRules.JURISDICTION, Track.CRIMINAL_REPORT, STATION).victim().receivedAt("2026-03-06T10:00:00Z");
  }

  static ComplaintCase answered(ComplaintCase c, ConsentState state, String at) {
    return step(c, x -> x.recordConsent(VICTIM, ConsentPurpose.VICTIM_SUPPORT_REFERRAL, state, Stamp.of(t(at), ACTOR)));
  }

  /** Referred to SU, investigated by SU, decided by SÅK's prosecutor on Friday 3 April 2026. */
  static ComplaintCase prosecutorDecided() {
    ComplaintCase c = step(report(), x -> x.refer(SwedenRules.SU, Stamp.of(t("2026-03-06T11:00:00Z"), ACTOR)));
    c = step(c, x -> x.openInvestigation(InvestigationMode.INDEPENDENT, SwedenRules.SU, Stamp.of(t("2026-03-07T10:00:00Z"), ACTOR)));
    return decideAll(c, "NO_PROSECUTION", SwedenRules.SAK, t("2026-04-03T10:00:00Z"));
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("JK 5143-18-2.1: the victim is informed about the support organisations the same day, a duty of its own", () -> {
          Boundaries.dueOn(SE, report(), ObligationKind.INFORM_ABOUT_VICTIM_SUPPORT, Recipient.party(VICTIM),
              t("2026-03-06T22:59:59.999999999Z"));
          ComplaintCase informed = sent(report(), NotificationKind.VICTIM_SUPPORT_INFORMATION, Recipient.party(VICTIM),
              t("2026-03-06T12:00:00Z"));
          assertThat(SE.assess(informed, t("2026-03-09T10:00:00Z")).breaches()
              .filter(b -> b.obligation().kind() == ObligationKind.INFORM_ABOUT_VICTIM_SUPPORT
                  && b.obligation().recipient().equals(Recipient.party(VICTIM)))).isEmpty();
        }),
        row("JK 5143-18-2.1: answering the referral question does not meet the information duty", () -> {
          ComplaintCase c = answered(report(), ConsentState.REFUSED, "2026-03-06T11:00:00Z");
          assertThat(SE.assess(c, t("2026-03-07T10:00:00Z")).breaches()
              .filter(b -> b.obligation().recipient().equals(Recipient.party(VICTIM)))
              .map(b -> b.obligation().kind())).contains(ObligationKind.INFORM_ABOUT_VICTIM_SUPPORT)
              .doesNotContain(ObligationKind.ASK_VICTIM_SUPPORT_CONSENT);
        }),
        row("brottsofferjouren.se: after a no nothing is passed on, and weeks later there is still no breach of a referral", () -> {
          ComplaintCase c = answered(report(), ConsentState.REFUSED, "2026-03-06T11:00:00Z");
          assertThat(SE.assess(c, t("2026-04-30T10:00:00Z")).obligations()
              .filter(o -> o.kind() == ObligationKind.REFER_TO_VICTIM_SUPPORT)).isEmpty();
        }),
        row("brottsofferjouren.se: a yes taken back before the referral owes no referral", () -> {
          ComplaintCase c = answered(answered(report(), ConsentState.GIVEN, "2026-03-06T11:00:00Z"),
              ConsentState.WITHDRAWN, "2026-03-07T11:00:00Z");
          assertThat(SE.assess(c, t("2026-04-30T10:00:00Z")).obligations()
              .filter(o -> o.kind() == ObligationKind.REFER_TO_VICTIM_SUPPORT)).isEmpty();
        }),
        row("brottsofferjouren.se: after a yes on Friday the contact is passed on within 2 working days (Tuesday),"
            + " owed to the victim while no organisation is named", () ->
            Boundaries.dueOn(SE, answered(report(), ConsentState.GIVEN, "2026-03-06T11:00:00Z"),
                ObligationKind.REFER_TO_VICTIM_SUPPORT, Recipient.party(VICTIM), t("2026-03-10T22:59:59.999999999Z"))),
        row("JK 5143-18-2.1: a referral to the local jour the victim chose meets the duty (the choice is impartial)", () -> {
          ComplaintCase c = step(answered(report(), ConsentState.GIVEN, "2026-03-06T11:00:00Z"),
              x -> x.referToVictimSupport(VICTIM, LOCAL_JOUR, Stamp.of(t("2026-03-09T10:00:00Z"), ACTOR)));
          Obligation refer = SE.assess(c, t("2026-03-20T10:00:00Z")).obligations()
              .find(o -> o.kind() == ObligationKind.REFER_TO_VICTIM_SUPPORT).get();
          assertThat(refer.recipient()).isEqualTo(Recipient.body(LOCAL_JOUR));
          assertThat(refer.satisfiedAt()).contains(t("2026-03-09T10:00:00Z"));
        }),
        row("the organisation is a parameter, never hard-coded: a region may name its own", () -> {
          RulePack region = SwedenRules.pack(SwedenRules.Parameters.defaults().withVictimSupportOrganisation(Option.some(TJEJJOUR)));
          Boundaries.dueOn(region, answered(report(), ConsentState.GIVEN, "2026-03-06T11:00:00Z"),
              ObligationKind.REFER_TO_VICTIM_SUPPORT, Recipient.body(TJEJJOUR), t("2026-03-10T22:59:59.999999999Z"));
        }),
        row("polisen.se (SU): after the prosecutor's decision the employer's disciplinary function is told within"
            + " 5 working days (Friday 3 April to Friday 10 April, Stockholm UTC+2)", () ->
            Boundaries.dueOn(SE, prosecutorDecided(), ObligationKind.DISCIPLINARY_NOTICE,
                Recipient.body(SwedenRules.PERSONALANSVARSNAMNDEN), t("2026-04-10T21:59:59.999999999Z"))),
        row("polisen.se (SU): before the prosecutor decides, nothing is owed to the employer", () ->
            assertThat(SE.assess(report(), t("2026-06-01T10:00:00Z")).obligations()
                .filter(o -> o.kind() == ObligationKind.DISCIPLINARY_NOTICE)).isEmpty()),
        row("aklagare.se (SÅK): the prosecutor decides SU's investigation; the receiving station may not", () -> {
          ComplaintCase c = step(report(), x -> x.refer(SwedenRules.SU, Stamp.of(t("2026-03-06T11:00:00Z"), ACTOR)));
          ComplaintCase investigated = step(c, x -> x.openInvestigation(InvestigationMode.INDEPENDENT, SwedenRules.SU,
              Stamp.of(t("2026-03-07T10:00:00Z"), ACTOR)));
          assertThat(refusal(SE, investigated, new CaseEvent.AllegationDecided(A1, Outcome.of("NO_PROSECUTION"), STATION,
              Stamp.of(t("2026-04-03T10:00:00Z"), ACTOR, "skäl")))).isEqualTo("decision.notOwnBody");
        }),
        row("SU's mandate: whether a death without crime suspicion goes to SU is a parameter", () -> {
          ComplaintCase death = spec(SwedenRules.JURISDICTION, Track.CONDUCT_COMPLAINT, STATION)
              .flags(SeriousnessFlag.DEATH).receivedAt("2026-03-06T10:00:00Z");
          assertThat(SE.assess(death, t("2026-03-06T12:00:00Z")).escalations().map(Escalation::rule))
              .containsExactly("escalation.deathOrSeriousInjury");
          RulePack without = SwedenRules.pack(SwedenRules.Parameters.defaults()
              .withDeathWithoutSuspicion(SwedenRules.DeathWithoutSuspicion.NOT_ESCALATED));
          assertThat(without.assess(death, t("2026-03-06T12:00:00Z")).escalations()).isEmpty();
        }),
        row("aklagare.se: the live-fire escalation can be removed from the pack like any other", () -> {
          ComplaintCase shot = spec(SwedenRules.JURISDICTION, Track.CONDUCT_COMPLAINT, STATION)
              .flags(SeriousnessFlag.FIREARM_DISCHARGE).receivedAt("2026-03-06T10:00:00Z");
          assertThat(SE.assess(shot, t("2026-03-06T12:00:00Z")).escalations()).hasSize(1);
          assertThat(SE.withoutEscalation("escalation.firearmDischarge").assess(shot, t("2026-03-06T12:00:00Z"))
              .escalations()).isEmpty();
        }),

        row("polisen.se (Särskilda utredningar): after the prosecutor's decision the employer decides the employment-law"
            + " measures; neither SÅK nor SU nor JO imposes one", () -> {
          ComplaintCase c = prosecutorDecided();
          for (Body b : List.of(SwedenRules.SAK, SwedenRules.SU, SwedenRules.JO)) {
            assertThat(refusal(SE, c, measure(SUBJECT, MeasureKind.WARNING, b, "2026-04-10T10:00:00Z")))
                .as(b.value()).isEqualTo("measure.notOwnBody");
          }
          assertThat(SE.execute(c, measure(SUBJECT, MeasureKind.WARNING, SwedenRules.PERSONALANSVARSNAMNDEN,
              "2026-04-10T10:00:00Z")).isRight()).isTrue();
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
