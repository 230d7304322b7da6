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
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Boundaries;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Fixtures;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.OnBehalfPermission;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.Warning;

/** Routing facts, notices to every recipient and the deciding body under the Danish pack (DOMAIN §1). */
class DenmarkDutiesTest {

  static final RulePack DK = DenmarkRules.pack();
  static final Body DUP = DenmarkRules.DUP;
  static final Body DISTRICT = Body.of("DK-POLITIKREDS");

  /** A § 1020 a, stk. 2 investigation of a serious injury, with next of kin and the injured person, decided by DUP on 2 March 2026. */
  static ComplaintCase decidedInjury() {
    return decided(SeriousnessFlag.SERIOUS_INJURY);
  }

  static ComplaintCase decided(SeriousnessFlag flag) {
    ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, DUP).victim().kin().flags(flag)
        .investigatedAt("2026-02-01T04:22:00Z");
    return decideAll(c, "DISMISSED", DUP, t("2026-03-02T10:00:00Z"));
  }

  static ComplaintCase informalConduct() {
    ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DUP).receivedAt("2026-02-01T10:00:00Z");
    c = assess(register(c, t("2026-02-01T11:00:00Z")), Track.CONDUCT_COMPLAINT, DUP, t("2026-02-02T10:00:00Z"));
    c = step(c, x -> x.recordConsent(COMPLAINANT, ConsentPurpose.INFORMAL_RESOLUTION, ConsentState.GIVEN,
        Stamp.of(t("2026-02-02T12:00:00Z"), ACTOR)));
    return step(c, x -> x.startInformalResolution(Stamp.of(t("2026-02-03T10:00:00Z"), ACTOR)));
  }

  static CaseEvent decision(Body by, String at) {
    return new CaseEvent.AllegationDecided(A1, Outcome.of("NO_CRITICISM"), by, Stamp.of(t(at), ACTOR, "reasons"));
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("§ 1020 a, stk. 2 and § 1020 f: the decision in a serious-injury investigation goes to the next of kin and"
            + " the injured person as well as any complainant, within 14 days (16 March, Copenhagen UTC+1)", () -> {
          ComplaintCase c = decidedInjury();
          for (Recipient r : List.of(TO_COMPLAINANT, Recipient.party(KIN), Recipient.party(VICTIM))) {
            Boundaries.dueOn(DK, c, ObligationKind.OUTCOME_NOTICE, r, t("2026-03-16T22:59:59.999999999Z"));
          }
          assertThat(DK.assess(c, t("2026-03-03T10:00:00Z")).obligations()
              .filter(o -> o.kind() == ObligationKind.OUTCOME_NOTICE).map(Obligation::legalBasis).distinct())
              .containsExactly(DenmarkRules.DEATH_OR_INJURY_NOTICE);
        }),
        row("§ 1020 f: in a death investigation the next of kin are told, not the person who died", () ->
            assertThat(DK.assess(decided(SeriousnessFlag.DEATH), t("2026-03-03T10:00:00Z")).obligations()
                .filter(o -> o.kind() == ObligationKind.OUTCOME_NOTICE).map(Obligation::recipient))
                .containsExactly(TO_COMPLAINANT, Recipient.party(KIN))),
        row("§ 1020 f: an outcome notice that leaves out the next of kin is refused", () -> {
          ComplaintCase c = decidedInjury();
          assertThat(refusal(DK, c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT, Recipient.party(VICTIM)),
              Option.none(), Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR, "afgørelse")))).isEqualTo("outcome.recipientMissing");
          ComplaintCase told = ok(DK.execute(c, new CaseEvent.OutcomeNotified(
              List.of(TO_COMPLAINANT, Recipient.party(VICTIM), Recipient.party(KIN)), Option.none(),
              Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR, "afgørelse"))));
          assertThat(DK.assess(told, t("2026-04-01T10:00:00Z")).breaches()).isEmpty();
        }),
        row("kap. 93 b: a conduct decision still goes to the complainant only", () -> {
          ComplaintCase c = decideAll(spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DUP).kin()
              .investigatedAt("2026-02-01T10:00:00Z"), "CRITICISM", DUP, t("2026-03-02T10:00:00Z"));
          assertThat(DK.assess(c, t("2026-03-03T10:00:00Z")).obligations()
              .filter(o -> o.kind() == ObligationKind.OUTCOME_NOTICE).map(Obligation::recipient))
              .containsExactly(TO_COMPLAINANT);
        }),
        row("§ 1019 n: DUP decides a conduct complaint; the police district may not record the decision", () -> {
          ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DUP).investigatedAt("2026-02-01T10:00:00Z");
          assertThat(refusal(DK, c, decision(DISTRICT, "2026-03-01T10:00:00Z"))).isEqualTo("decision.notOwnBody");
          assertThat(DK.execute(c, decision(DUP, "2026-03-01T10:00:00Z")).isRight()).isTrue();
        }),
        row("§ 1020 f: after DUP's redegørelse only the statsadvokat decides", () -> {
          ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.CRIMINAL_REPORT, DUP).investigatedAt("2026-02-01T10:00:00Z");
          c = step(c, x -> x.referForProsecutionDecision(DenmarkRules.STATSADVOKATEN, Stamp.of(t("2026-04-01T10:00:00Z"), ACTOR)));
          assertThat(refusal(DK, c, decision(DUP, "2026-05-01T10:00:00Z"))).isEqualTo("decision.notOwnBody");
          assertThat(DK.execute(c, new CaseEvent.AllegationDecided(A1, Outcome.of("DISMISSED"), DenmarkRules.STATSADVOKATEN,
              Stamp.of(t("2026-05-01T10:00:00Z"), ACTOR, "påtaleopgivelse"))).isRight()).isTrue();
        }),
        row("§ 1019 k: a notitssag ends only while the complainant still consents; a withdrawn consent stops the informal finish", () -> {
          ComplaintCase c = informalConduct();
          assertThat(DK.allowedCommands(c, t("2026-02-04T10:00:00Z"))).contains(CommandType.DECIDE_ALLEGATION);
          ComplaintCase withdrawn = step(c, x -> x.recordConsent(COMPLAINANT, ConsentPurpose.INFORMAL_RESOLUTION,
              ConsentState.WITHDRAWN, Stamp.of(t("2026-02-04T10:00:00Z"), ACTOR)));
          assertThat(refusal(DK, withdrawn, new CaseEvent.AllegationDecided(A1, Outcome.of("NOTITS_CLOSED"), DUP,
              Stamp.of(t("2026-02-05T10:00:00Z"), ACTOR, "samtale")))).isEqualTo("informal.complainantInsists");
          assertThat(DK.allowedCommands(withdrawn, t("2026-02-05T10:00:00Z")))
              .doesNotContain(CommandType.DECIDE_ALLEGATION).contains(CommandType.FALL_BACK_TO_FORMAL);
        }),
        row("§ 1019 k: a serious-injury allegation added during a notitssag stops its informal finish", () -> {
          ComplaintCase c = step(informalConduct(), x -> x.addAllegation(Allegation.of(
              AllegationId.of("A2"), CategoryCode.of("FORCE"),
              "injured at arrest", List.of(SeriousnessFlag.SERIOUS_INJURY), List.of(SUBJECT)),
              Stamp.of(t("2026-02-04T10:00:00Z"), ACTOR)));
          assertThat(DK.refusals(c, new CaseEvent.AllegationDecided(A1, Outcome.of("NOTITS_CLOSED"), DUP,
              Stamp.of(t("2026-02-05T10:00:00Z"), ACTOR, "samtale"))).map(Fixtures::ruleOf))
              .contains("informal.excludedFlag");
        }),
        row("kap. 93 b: the forwarding duty can be removed from the pack for a body that receives only at DUP", () -> {
          ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DISTRICT).receivedAt("2026-02-01T10:00:00Z");
          assertThat(DK.assess(c, t("2026-02-01T12:00:00Z")).escalations().map(Escalation::rule))
              .containsExactly("escalation.forwardToAuthority");
          RulePack without = DK.withoutEscalation("escalation.forwardToAuthority");
          assertThat(without.assess(c, t("2026-02-01T12:00:00Z")).escalations()).isEmpty();
          assertThat(without.escalation()).hasSize(DK.escalation().size());
        }),

        row("politi.dk (politipersonalets adfærd): DUP decides the conduct complaint, Rigspolitiet whether to bring"
            + " disciplinary proceedings; DUP may not record a warning to the officer", () -> {
          ComplaintCase c = decideAll(spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DUP)
              .investigatedAt("2026-02-01T10:00:00Z"), "CRITICISM", DUP, t("2026-03-02T10:00:00Z"));
          assertThat(refusal(DK, c, measure(SUBJECT, MeasureKind.WARNING, DUP, "2026-03-03T10:00:00Z")))
              .isEqualTo("measure.notOwnBody");
          assertThat(DK.execute(c, measure(SUBJECT, MeasureKind.WARNING, DenmarkRules.RIGSPOLITIET,
              "2026-03-03T10:00:00Z")).isRight()).isTrue();
          assertThat(DK.execute(c, measure(SUBJECT, MeasureKind.MANAGEMENT_ACTION, DISTRICT, "2026-03-03T10:00:00Z"))
              .isRight()).isTrue();
        }),
        row("retsplejeloven § 1020 f: the statsadvokat decides prosecution, not disciplinary measures; the refusal names"
            + " its legal basis", () -> {
          ComplaintCase c = decideAll(spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DUP)
              .investigatedAt("2026-02-01T10:00:00Z"), "CRITICISM", DUP, t("2026-03-02T10:00:00Z"));
          Rejection r = DK.execute(c, measure(SUBJECT, MeasureKind.DISMISSAL, DenmarkRules.STATSADVOKATEN,
              "2026-03-03T10:00:00Z")).getLeft();
          assertThat(((Rejection.RuleRefused) r).legalBasis()).contains(DenmarkRules.DISCIPLINARY);
        }),
        row("a measure recorded by DUP outside the pack (an imported log) is reported by the assessment", () -> {
          ComplaintCase c = decideAll(spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DUP)
              .investigatedAt("2026-02-01T10:00:00Z"), "CRITICISM", DUP, t("2026-03-02T10:00:00Z"));
          ComplaintCase imported = c.apply(measure(SUBJECT, MeasureKind.WARNING, DUP, "2026-03-03T10:00:00Z")).get();
          assertThat(DK.assess(imported, t("2026-03-04T10:00:00Z")).warnings().map(Warning::key))
              .contains("warning.measure.notOwnBody");
          assertThat(DK.assess(c, t("2026-03-04T10:00:00Z")).warnings().map(Warning::key))
              .doesNotContain("warning.measure.notOwnBody");
        }),
        row("the disciplinary authority is a parameter (whether and how DUP refers for discipline is not confirmed)", () -> {
          Body employer = Body.of("DK-JUSTITSMINISTERIET");
          RulePack other = DenmarkRules.pack(new DenmarkRules.Parameters(DISTRICT, DeadlinePeriod.workingDays(5),
              DeadlinePeriod.days(0), Option.none(), Option.none(), DeadlinePeriod.days(14),
              DenmarkRules.Parameters.defaults().registration(), DenmarkRules.Parameters.defaults().pattern(), employer,
              DenmarkRules.Parameters.defaults().eligibleStandings(), OnBehalfPermission.NOT_REQUIRED));
          ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DUP).investigatedAt("2026-02-01T10:00:00Z");
          assertThat(other.execute(c, measure(SUBJECT, MeasureKind.WARNING, employer, "2026-03-03T10:00:00Z")).isRight())
              .isTrue();
          assertThat(refusal(other, c, measure(SUBJECT, MeasureKind.WARNING, DenmarkRules.RIGSPOLITIET,
              "2026-03-03T10:00:00Z"))).isEqualTo("measure.notOwnBody");
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
