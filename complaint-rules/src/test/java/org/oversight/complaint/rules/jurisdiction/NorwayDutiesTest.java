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
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Boundaries;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.ReviewRule;
import org.oversight.complaint.rules.OnBehalfPermission;
import org.oversight.complaint.rules.RulePack;

/** Routing, the appeal's way to POD and the deciding body under the Norwegian pack (DOMAIN §2). */
class NorwayDutiesTest {

  static final RulePack NO = NorwayRules.pack();
  static final Body OSLO = Body.of("NO-OSLO-PD");
  static final Recipient TO_POD = Recipient.body(NorwayRules.POD);

  /** A conduct complaint answered on 2 March 2026; the complainant appeals on 9 March. */
  static ComplaintCase appealed() {
    ComplaintCase c = decideAll(spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, OSLO)
        .investigatedAt("2026-02-01T10:00:00Z"), "NOT_CRITICISABLE", OSLO, t("2026-03-01T10:00:00Z"));
    ReviewRoute route = NO.reviewRoute(c, ReviewRule.Occasion.OUTCOME, t("2026-03-02T10:00:00Z")).get();
    c = step(c, x -> x.notifyOutcome(List.of(TO_COMPLAINANT), route, Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR, "begrunnelse")));
    return step(c, x -> x.requestReview(COMPLAINANT, Stamp.of(t("2026-03-09T10:00:00Z"), ACTOR)));
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("strpl § 59 a: a complaint about a prosecution decision goes to the prosecuting authority, not the district", () -> {
          ComplaintCase c = register(spec(NorwayRules.JURISDICTION, Track.DISPOSITION_COMPLAINT, OSLO)
              .receivedAt("2026-02-01T10:00:00Z"), t("2026-02-01T11:00:00Z"));
          assertThat(refusal(NO, c, new CaseEvent.Assessed(Track.DISPOSITION_COMPLAINT, OSLO,
              Stamp.of(t("2026-02-02T10:00:00Z"), ACTOR)))).isEqualTo("routing.wrongBody");
          assertThat(NO.execute(c, new CaseEvent.Assessed(Track.DISPOSITION_COMPLAINT, NorwayRules.PATALEMYNDIGHETEN,
              Stamp.of(t("2026-02-02T10:00:00Z"), ACTOR))).isRight()).isTrue();
        }),
        row("politiet.no: the district passes the appeal with its case file to POD within 14 days of the request"
            + " (23 March, Oslo UTC+1)", () ->
            Boundaries.dueOn(NO, appealed(), ObligationKind.FORWARD_APPEAL, TO_POD, t("2026-03-23T22:59:59.999999999Z"))),
        row("politiet.no: passing the file to POD, recorded as a forwarding notice, meets the duty", () -> {
          ComplaintCase c = sent(appealed(), NotificationKind.FORWARDING_NOTICE, TO_POD, t("2026-03-20T10:00:00Z"));
          assertThat(NO.assess(c, t("2026-04-30T10:00:00Z")).breaches()).isEmpty();
          assertThat(NO.assess(c, t("2026-04-30T10:00:00Z")).obligations()
              .find(o -> o.kind() == ObligationKind.FORWARD_APPEAL).get().satisfiedAt()).contains(t("2026-03-20T10:00:00Z"));
        }),
        row("politiet.no: before an appeal nothing is owed to POD", () -> {
          ComplaintCase c = decideAll(spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, OSLO)
              .investigatedAt("2026-02-01T10:00:00Z"), "NOT_CRITICISABLE", OSLO, t("2026-03-01T10:00:00Z"));
          assertThat(NO.assess(c, t("2026-06-01T10:00:00Z")).obligations()
              .filter(o -> o.kind() == ObligationKind.FORWARD_APPEAL)).isEmpty();
        }),
        row("the appeal-forwarding period is a parameter", () -> {
          RulePack slow = NorwayRules.pack(new NorwayRules.Parameters(OSLO, DeadlinePeriod.weeks(3), Option.none(),
              DeadlinePeriod.days(0), DeadlinePeriod.days(14), NorwayRules.OutcomeDisclosure.WITHHELD,
              NorwayRules.Parameters.defaults().pattern(), DeadlinePeriod.days(30), DeadlinePeriod.workingDays(5),
              NorwayRules.Parameters.defaults().eligibleStandings(), NorwayRules.POD, OnBehalfPermission.NOT_REQUIRED));
          Boundaries.dueOn(slow, appealed(), ObligationKind.FORWARD_APPEAL, TO_POD, t("2026-04-08T21:59:59.999999999Z"));
        }),
        row("Instruks 2005: the politimester decides a conduct complaint; Spesialenheten may not record it", () -> {
          ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, OSLO).investigatedAt("2026-02-01T10:00:00Z");
          assertThat(refusal(NO, c, new CaseEvent.AllegationDecided(A1, Outcome.of("CRITICISABLE"), NorwayRules.SPESIALENHETEN,
              Stamp.of(t("2026-03-01T10:00:00Z"), ACTOR, "grunner")))).isEqualTo("decision.notOwnBody");
        }),
        row("påtaleinstruksen kap. 34: after a transfer for administrativ vurdering the politimester decides, not Spesialenheten", () -> {
          ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, NorwayRules.SPESIALENHETEN)
              .investigatedAt("2026-02-01T10:00:00Z");
          c = step(c, x -> x.referForAdministrativeReview(OSLO, Stamp.of(t("2026-03-01T10:00:00Z"), ACTOR)));
          assertThat(refusal(NO, c, new CaseEvent.AllegationDecided(A1, Outcome.of("CRITICISABLE"), NorwayRules.SPESIALENHETEN,
              Stamp.of(t("2026-04-01T10:00:00Z"), ACTOR, "grunner")))).isEqualTo("decision.notOwnBody");
          assertThat(NO.execute(c, new CaseEvent.AllegationDecided(A1, Outcome.of("CRITICISABLE"), OSLO,
              Stamp.of(t("2026-04-01T10:00:00Z"), ACTOR, "grunner"))).isRight()).isTrue();
        }),

        row("påtaleinstruksen kap. 34: Spesialenheten decides prosecution, never a personnel measure; after the transfer"
            + " for administrativ vurdering the politimester imposes it", () -> {
          ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, NorwayRules.SPESIALENHETEN)
              .investigatedAt("2026-02-01T10:00:00Z");
          assertThat(refusal(NO, c, measure(SUBJECT, MeasureKind.WARNING, NorwayRules.SPESIALENHETEN,
              "2026-03-01T10:00:00Z"))).isEqualTo("measure.notOwnBody");
          c = step(c, x -> x.referForAdministrativeReview(OSLO, Stamp.of(t("2026-03-01T10:00:00Z"), ACTOR)));
          assertThat(NO.execute(c, measure(SUBJECT, MeasureKind.WARNING, OSLO, "2026-04-01T10:00:00Z")).isRight()).isTrue();
        }),
        row("Instruks 2005: POD re-assesses an appeal but does not impose the district's personnel measures", () -> {
          ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, OSLO).investigatedAt("2026-02-01T10:00:00Z");
          Rejection r = NO.execute(c, measure(SUBJECT, MeasureKind.OTHER_SANCTION, NorwayRules.POD,
              "2026-03-01T10:00:00Z")).getLeft();
          assertThat(((Rejection.RuleRefused) r).legalBasis()).contains(NorwayRules.PERSONNEL_MEASURES);
        }),
        row("påtaleinstruksen kap. 34: a case about the politimester goes for administrativ vurdering to the employer"
            + " side above them (POD by default), not to the district they lead; a case about an officer to the district",
            () -> {
          ComplaintCase chief = spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, NorwayRules.SPESIALENHETEN)
              .subjectKind(SubjectKind.CHIEF_OFFICER).investigatedAt("2026-02-01T10:00:00Z");
          assertThat(refusal(NO, chief, new CaseEvent.ReferredForAdministrativeReview(OSLO,
              Stamp.of(t("2026-03-01T10:00:00Z"), ACTOR)))).isEqualTo("administrativeReview.wrongBody");
          ComplaintCase atPod = ok(NO.execute(chief, new CaseEvent.ReferredForAdministrativeReview(NorwayRules.POD,
              Stamp.of(t("2026-03-01T10:00:00Z"), ACTOR))));
          assertThat(NO.execute(atPod, measure(SUBJECT, MeasureKind.WARNING, NorwayRules.POD, "2026-04-01T10:00:00Z"))
              .isRight()).isTrue();
          ComplaintCase officer = spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, NorwayRules.SPESIALENHETEN)
              .investigatedAt("2026-02-01T10:00:00Z");
          Rejection r = NO.execute(officer, new CaseEvent.ReferredForAdministrativeReview(NorwayRules.POD,
              Stamp.of(t("2026-03-01T10:00:00Z"), ACTOR))).getLeft();
          assertThat(((Rejection.RuleRefused) r).rule()).isEqualTo("administrativeReview.wrongBody");
          assertThat(((Rejection.RuleRefused) r).explanation()).contains("to NO-OSLO-PD,");
        }),
        row("Instruks 2005 and the politimester's employer as a parameter: a personnel measure about the politimester is"
            + " the employer side's above them, never the district's they lead", () -> {
          ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, OSLO)
              .subjectKind(SubjectKind.CHIEF_OFFICER).investigatedAt("2026-02-01T10:00:00Z");
          assertThat(refusal(NO, c, measure(SUBJECT, MeasureKind.WARNING, OSLO, "2026-03-01T10:00:00Z")))
              .isEqualTo("measure.notOwnBody");
          assertThat(NO.execute(c, measure(SUBJECT, MeasureKind.WARNING, NorwayRules.POD, "2026-03-01T10:00:00Z"))
              .isRight()).isTrue();
          RulePack ministry = NorwayRules.pack(NorwayRules.Parameters.defaults()
              .withChiefOfficerEmployer(Body.of("NO-JD")));
          assertThat(ministry.execute(c, measure(SUBJECT, MeasureKind.WARNING, Body.of("NO-JD"), "2026-03-01T10:00:00Z"))
              .isRight()).isTrue();
          assertThat(refusal(ministry, c, measure(SUBJECT, MeasureKind.WARNING, NorwayRules.POD, "2026-03-01T10:00:00Z")))
              .isEqualTo("measure.notOwnBody");
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
