package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.rules.Fixtures.*;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.StatementOfReasons;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;

/** Integrators build their own pack, override one rule, or add one, in a few lines. */
class CustomPackTest {

  static final Body UNIT = Body.of("NO-OSLO-KLAGE");
  static final LegalBasis ROUTINE = LegalBasis.of("Oslo politidistrikt, intern klagerutine");
  static final Body OSLO = Body.of("NO-OSLO-PD");

  /** A conduct complaint to the Oslo district, registered, assessed and investigated by it. */
  static ComplaintCase investigated(String receivedAt) {
    return spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, OSLO).investigatedAt(receivedAt);
  }

  /** A district's internal complaint unit: its own deadlines, outcome stays internal, serious cases to Spesialenheten. */
  static RulePack internalUnit() {
    EnumSet<Track> conduct = EnumSet.of(Track.CONDUCT_COMPLAINT);
    return RulePack.builder("NO-OSLO-INTERNAL", NorwayRules.JURISDICTION, NorwayRules.ZONE)
        .escalation(List.of(EscalationRule.onFlags("escalation.deathOrSeriousInjury",
            EnumSet.of(SeriousnessFlag.DEATH, SeriousnessFlag.SERIOUS_INJURY), EnumSet.noneOf(Track.class),
            NorwayRules.SPESIALENHETEN, DeadlinePeriod.days(0), NorwayRules.SPESIALENHETEN_MANDATE)))
        .registration(RegistrationRule.of(RegistrationRequirements.DEFAULT, ROUTINE))
        .feedback(List.of(FeedbackRule.acknowledgement(conduct, Addressee.complainants(),
            DeadlinePeriod.workingDays(2), ROUTINE)))
        .outcomeNotice(OutcomeNoticeRule.forTracks(conduct,
            new OutcomeNotice(List.of(Addressee.complainants()), DeadlinePeriod.days(3),
            OutcomeNotice.Reasons.NOT_REQUIRED, ROUTINE)))
        .disclosure(NorwayRules.districtDisclosure(NorwayRules.OutcomeDisclosure.WITHHELD))
        .warningLead(Duration.ofDays(1))
        .build();
  }

  @Test
  void aDistrictBuildsItsOwnPack() {
    RulePack pack = internalUnit();
    ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, UNIT).receivedAt("2026-02-06T10:00:00Z");
    Assessment a = pack.assess(c, t("2026-02-10T10:00:00Z"));
    assertThat(a.pack()).isEqualTo("NO-OSLO-INTERNAL");
    assertThat(a.obligations().single().due()).isEqualTo(t("2026-02-10T22:59:59.999999999Z"));
    assertThat(a.warnings().map(Warning::key)).containsExactly("warning.deadlineApproaching");
    assertThat(pack.disclosure().allows(Audience.COMPLAINANT, Disclosable.OUTCOMES)).isFalse();
    assertThat(pack.assess(spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, UNIT).flags(SeriousnessFlag.DEATH)
        .receivedAt("2026-02-06T10:00:00Z"), t("2026-02-06T11:00:00Z")).escalations()).hasSize(1);
    assertThat(pack.informalResolution().refusals(c).map(Refusal::rule)).containsExactly("informal.notAvailable");
    assertThat(pack.toString()).contains("NO-OSLO-INTERNAL", "NO", "Europe/Oslo");
  }

  @Test
  void aRuleCountsDaysInTheZoneOfThePackThatEvaluatesIt() {
    FeedbackRule sameDay = FeedbackRule.acknowledgement(EnumSet.of(Track.CONDUCT_COMPLAINT), Addressee.complainants(),
        DeadlinePeriod.days(0), ROUTINE);
    RulePack oslo = RulePack.builder("OSLO", NorwayRules.JURISDICTION, NorwayRules.ZONE).feedback(List.of(sameDay)).build();
    RulePack utc = RulePack.builder("UTC", NorwayRules.JURISDICTION, ZoneId.of("UTC")).feedback(List.of(sameDay)).build();
    ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, UNIT).receivedAt("2026-02-06T10:00:00Z");
    assertThat(oslo.assess(c, t("2026-02-06T11:00:00Z")).obligations().single().due())
        .isEqualTo(t("2026-02-06T22:59:59.999999999Z"));
    assertThat(utc.assess(c, t("2026-02-06T11:00:00Z")).obligations().single().due())
        .isEqualTo(t("2026-02-06T23:59:59.999999999Z"));
  }

  @Test
  void aShippedPackWithOneRuleOverridden() {
    RulePack noAppeal = NorwayRules.pack().withName("NO-NO-APPEAL").withReview(ReviewRule.none());
    ComplaintCase c = decideAll(investigated("2026-02-01T10:00:00Z"), "CRITICISABLE",
        OSLO, t("2026-02-10T10:00:00Z"));
    CaseEvent withoutRoute = new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.none(),
        Option.some(StatementOfReasons.of("because")), Stamp.of(t("2026-02-11T10:00:00Z"), ACTOR));
    assertThat(NorwayRules.pack().execute(c, withoutRoute).isLeft()).isTrue();
    assertThat(noAppeal.execute(c, withoutRoute).isRight()).isTrue();
    assertThat(noAppeal.name()).isEqualTo("NO-NO-APPEAL");
    assertThat(noAppeal.escalation()).hasSize(NorwayRules.pack().escalation().size());
  }

  @Test
  void aShippedPackWithOneRuleAdded() {
    CommandRule noSilentClose = (complaint, proposed) ->
        proposed.command() == CommandType.CLOSE && !complaint.notifications().exists(n -> n.kind() == NotificationKind.OUTCOME)
            ? Option.some(Refusal.of("local.closeWithoutNotice", ROUTINE, "a case is closed only after the outcome notice"))
            : Option.none();
    FeedbackRule subjectTold = FeedbackRule.acknowledgement(EnumSet.of(Track.CONDUCT_COMPLAINT), Addressee.subjects(),
        DeadlinePeriod.days(7), ROUTINE);
    RulePack pack = NorwayRules.pack().plusCommandRule(noSilentClose).plusFeedbackRule(subjectTold);

    ComplaintCase c = step(investigated("2026-02-01T10:00:00Z"), x -> x.referForAdministrativeReview(
        OSLO, Stamp.of(t("2026-02-02T10:00:00Z"), ACTOR)));
    Either<Rejection, Transition> close = pack.execute(c, new CaseEvent.Closed(Stamp.of(t("2026-02-03T10:00:00Z"), ACTOR)));
    assertThat(((Rejection.RuleRefused) close.getLeft()).rule()).isEqualTo("local.closeWithoutNotice");
    assertThat(Messages.explain(close.getLeft(), Locale.forLanguageTag("nb")))
        .isEqualTo("a case is closed only after the outcome notice (" + ROUTINE + ")");
    assertThat(NorwayRules.pack().execute(c, new CaseEvent.Closed(Stamp.of(t("2026-02-03T10:00:00Z"), ACTOR))).isRight()).isTrue();
    assertThat(pack.assess(c, t("2026-02-03T10:00:00Z")).obligations().map(Obligation::recipient)).contains(TO_SUBJECT);
  }

  @Test
  void everySlotCanBeReplaced() {
    RulePack base = NorwayRules.pack();
    TimeLimitRule limit = TimeLimitRule.of(DeadlinePeriod.calendarMonths(3), EnumSet.of(Track.CONDUCT_COMPLAINT),
        Waivability.NOT_WAIVABLE, ROUTINE);
    RulePack changed = base.withTimeLimit(limit)
        .withRegistration(RegistrationRule.of(RegistrationRequirements.NONE, ROUTINE))
        .withRouting(base.routing().with(Track.DISPOSITION_COMPLAINT, new Route(UNIT, ROUTINE)))
        .withInformalResolution(InformalResolutionRule.of(EnumSet.of(Track.CONDUCT_COMPLAINT),
            EnumSet.of(SeriousnessFlag.DEATH), InformalResolutionRule.Consent.NOT_REQUIRED,
            InformalResolutionRule.Insistence.NOT_ALLOWED, ROUTINE))
        .withOutcomeNotice(OutcomeNoticeRule.none())
        .withVictimSupport(VictimSupportRule.none())
        .withPattern(PatternRule.none())
        .withOutcomes(base.outcomes().withUpheld(List.of("CRITICISABLE", "UNFORTUNATE_NOT_CRITICISABLE"),
            List.of("CRITICISABLE", "UNFORTUNATE_NOT_CRITICISABLE", "NOT_CRITICISABLE")))
        .withDisclosure(DisclosurePolicy.internalOnly())
        .plusEscalationRule((complaint, related, zone) -> List.empty());
    assertThat(changed.timeLimit()).isSameAs(limit);
    assertThat(changed.routing().route(Track.DISPOSITION_COMPLAINT).get().body()).isEqualTo(UNIT);
    assertThat(changed.routing().route(Track.CONDUCT_COMPLAINT).get().body()).isEqualTo(OSLO);
    assertThat(changed.outcomes().isUpheld(org.oversight.complaint.core.Outcome.of("UNFORTUNATE_NOT_CRITICISABLE")))
        .isTrue();
    assertThat(changed.escalation()).hasSize(3);
    assertThat(changed.feedback()).isEqualTo(base.feedback());
    assertThat(changed.commandRules()).isEqualTo(base.commandRules());
    assertThat(changed.outcomeNotice().notice(investigated("2026-02-01T10:00:00Z"))).isEmpty();
    assertThat(changed.victimSupport()).isNotNull();
    assertThat(changed.pattern().detect(List.empty(), changed.zone())).isEmpty();
    assertThat(changed.disclosure()).isEqualTo(DisclosurePolicy.internalOnly());
    assertThat(changed.jurisdiction()).isEqualTo(NorwayRules.JURISDICTION);
    assertThat(changed.zone()).isEqualTo(NorwayRules.ZONE);
    assertThat(changed.warningLead()).isEqualTo(Duration.ofDays(7));
    ComplaintCase old = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, UNIT).incidentAt("2025-01-01T10:00:00Z")
        .receivedAt("2026-02-01T10:00:00Z");
    assertThat(changed.refusals(old, new CaseEvent.TimeLimitWaived(Option.none(), Stamp.of(t("2026-02-01T11:00:00Z"), ACTOR)))
        .map(Fixtures::ruleOf)).containsExactly("timeLimit.notWaivable");
  }

  @Test
  void anEmptyPackAllowsWhatTheCoreAllowsExceptInformalHandling() {
    RulePack empty = RulePack.builder("EMPTY", NorwayRules.JURISDICTION, NorwayRules.ZONE).build();
    ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, UNIT).flags(SeriousnessFlag.DEATH)
        .receivedAt("2026-02-01T10:00:00Z");
    Assessment a = empty.assess(c, t("2026-02-02T10:00:00Z"));
    assertThat(a.escalations()).isEmpty();
    assertThat(a.obligations()).isEmpty();
    assertThat(a.isCompliant()).isTrue();
    assertThat(a.timeLimit()).isEqualTo(TimeLimitCheck.NOT_APPLICABLE);
    assertThat(empty.outcomes().codes()).isEmpty();
    assertThat(empty.execute(c, new CaseEvent.Closed(Stamp.of(t("2026-02-02T10:00:00Z"), ACTOR))).getLeft())
        .isInstanceOf(Rejection.IllegalTransition.class);
    ComplaintCase assessed = assess(register(c, t("2026-02-01T11:00:00Z")), Track.CONDUCT_COMPLAINT, UNIT,
        t("2026-02-01T12:00:00Z"));
    assertThat(empty.refusals(assessed, new CaseEvent.InformalResolutionStarted(Stamp.of(t("2026-02-02T10:00:00Z"), ACTOR)))
        .map(Fixtures::ruleOf)).containsExactly("informal.notAvailable");
    assertThat(empty.execute(assessed, new CaseEvent.AllegationDecided(A1, org.oversight.complaint.core.Outcome.of("ANY"),
        UNIT, Stamp.of(t("2026-02-02T10:00:00Z"), ACTOR))).get().complaint().status()).isEqualTo(CaseStatus.DECIDED);
    assertThat(empty.execute(c, new CaseEvent.AllegationDecided(A1, org.oversight.complaint.core.Outcome.of("ANY"),
        UNIT, Stamp.of(t("2026-02-02T10:00:00Z"), ACTOR))).getLeft()).isInstanceOf(Rejection.IllegalTransition.class);
  }

  @Test
  void aCaseIsUnknownBeforeItsReceipt() {
    ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, UNIT).receivedAt("2026-02-01T10:00:00Z");
    Assessment a = NorwayRules.pack().assess(c, t("2026-01-01T10:00:00Z"));
    assertThat(a.obligations()).isEmpty();
    assertThat(a.caseId()).isEqualTo(c.id());
    assertThat(a.at()).isEqualTo(t("2026-01-01T10:00:00Z"));
  }

  @Test
  void withReplacesAndPlusAppends() {
    RulePack no = NorwayRules.pack();
    EscalationRule extra = (c, related, zone) -> List.empty();
    assertThat(no.plusEscalationRule(extra).escalation()).isEqualTo(no.escalation().append(extra));
    assertThat(no.withEscalation(List.of(extra)).escalation()).containsExactly(extra);
    CommandRule none = (c, event) -> Option.none();
    assertThat(no.plusCommandRule(none).commandRules()).isEqualTo(no.commandRules().append(none));
    assertThat(no.withCommandRules(List.empty()).commandRules()).isEmpty();
    assertThat(no.withFeedback(List.empty()).feedback()).isEmpty();
    assertThat(no.withZone(ZoneId.of("UTC")).zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(no.withWarningLead(Duration.ZERO).warningLead()).isEqualTo(Duration.ZERO);
    RulePack renamed = no.withName("NO-2");
    assertThat(renamed.name()).isEqualTo("NO-2");
    assertThat(renamed.escalation()).isEqualTo(no.escalation());
    assertThat(no.name()).isEqualTo("NO");
  }

  @Test
  void aPackIsAValue() {
    RulePack no = NorwayRules.pack();
    assertThat(no.toBuilder().build()).isEqualTo(no).hasSameHashCodeAs(no);
    assertThat(no.withName("NO-2")).isNotEqualTo(no);
    assertThat(no.withName("NO-2").withName("NO")).isEqualTo(no);
    assertThat(no.toString()).isEqualTo("RulePack[NO, " + no.jurisdiction() + ", Europe/Oslo]");
  }

  @Test
  void copiesRejectBadInput() {
    RulePack no = NorwayRules.pack();
    assertThatThrownBy(() -> no.withName(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> no.withWarningLead(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> no.withEscalation(List.of((EscalationRule) null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> no.plusFeedbackRule(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("rule is null");
    assertThatThrownBy(() -> no.withReview(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void builderRejectsBadInput() {
    assertThatThrownBy(() -> RulePack.builder(" ", NorwayRules.JURISDICTION, NorwayRules.ZONE).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RulePack.builder("X", NorwayRules.JURISDICTION, NorwayRules.ZONE)
        .warningLead(Duration.ofDays(-1)).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RulePack.builder("X", NorwayRules.JURISDICTION, NorwayRules.ZONE).timeLimit(null))
        .isInstanceOf(NullPointerException.class).hasMessage("timeLimit");
    assertThatThrownBy(() -> NorwayRules.pack().assess(null, t("2026-01-01T00:00:00Z")))
        .isInstanceOf(NullPointerException.class).hasMessage("complaint is null");
    assertThatThrownBy(() -> NorwayRules.pack().execute(null, new CaseEvent.Closed(Stamp.of(t("2026-01-01T00:00:00Z"), ACTOR))))
        .isInstanceOf(NullPointerException.class).hasMessage("complaint is null");
  }

  @Test
  void reviewRulesCompose() {
    ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, UNIT).receivedAt("2026-02-01T10:00:00Z");
    ReviewRule a = ReviewRule.of(EnumSet.of(Track.CRIMINAL_REPORT), ReviewRule.Occasion.OUTCOME, UNIT,
        DeadlinePeriod.days(1), ROUTINE);
    ReviewRule b = ReviewRule.of(EnumSet.of(Track.CONDUCT_COMPLAINT), ReviewRule.Occasion.OUTCOME, NorwayRules.POD,
        DeadlinePeriod.days(2), ROUTINE);
    assertThat(ReviewRule.firstOf(a, b).route(c, ReviewRule.Occasion.OUTCOME, t("2026-02-01T10:00:00Z"),
        NorwayRules.ZONE).map(ReviewRoute::body)).contains(NorwayRules.POD);
    assertThat(ReviewRule.firstOf(a, b).route(c, ReviewRule.Occasion.REJECTION, t("2026-02-01T10:00:00Z"),
        NorwayRules.ZONE)).isEmpty();
    assertThat(ReviewRule.firstOf().route(c, ReviewRule.Occasion.OUTCOME, t("2026-02-01T10:00:00Z"), NorwayRules.ZONE))
        .isEmpty();
  }
}
