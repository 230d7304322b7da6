package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.rules.Fixtures.*;

import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Measure;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;

/** The measure rules and the outcome notice to further recipients, on their own. */
class MeasureRuleTest {

  static final LegalBasis BASIS = LegalBasis.of("a rule");
  static final JurisdictionCode XX = JurisdictionCode.of("XX");
  static final Body EMPLOYER = Body.of("XX-EMPLOYER");
  static final Body BOARD = Body.of("XX-BOARD");
  static final Body OVERSIGHT = Body.of("XX-OVERSIGHT");

  static Measure measure(Body by) {
    return new Measure(SUBJECT, Option.none(), MeasureKind.WARNING, by, t("2026-03-02T10:00:00Z"));
  }

  static ComplaintCase about(SubjectKind kind) {
    return spec(XX, Track.CONDUCT_COMPLAINT, OVERSIGHT).subjectKind(kind).receivedAt("2026-03-02T10:00:00Z");
  }

  @Test
  void anyBodyMayRecordAMeasureUnderThePackThatSetsNoRule() {
    assertThat(MeasureRule.any().check(about(SubjectKind.OFFICER), measure(OVERSIGHT))).isEmpty();
    assertThat(RulePack.builder("X", XX, ZoneId.of("UTC")).build().measures().check(about(SubjectKind.OFFICER),
        measure(OVERSIGHT))).isEmpty();
  }

  @Test
  void onlyTheNamedBodiesImposeAMeasureAndTheRefusalNamesTheLegalBasis() {
    MeasureRule rule = MeasureRule.imposedBy(Set.of(EMPLOYER, BOARD), BASIS);
    assertThat(rule.check(about(SubjectKind.OFFICER), measure(EMPLOYER))).isEmpty();
    assertThat(rule.check(about(SubjectKind.OFFICER), measure(BOARD))).isEmpty();
    Refusal r = rule.check(about(SubjectKind.OFFICER), measure(OVERSIGHT)).get();
    assertThat(r.rule()).isEqualTo("measure.notOwnBody");
    assertThat(r.legalBasis()).contains(BASIS);
    assertThat(r.explanation()).contains("XX-OVERSIGHT", "WARNING", "S1", "XX-BOARD or XX-EMPLOYER");
    assertThatThrownBy(() -> MeasureRule.imposedBy(Set.of(), BASIS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bodies must not be empty");
    assertThatThrownBy(() -> MeasureRule.imposedBy(null, BASIS)).hasMessage("bodies is null");
    assertThatThrownBy(() -> MeasureRule.imposedBy(Set.of(EMPLOYER), null)).hasMessage("legalBasis is null");
    java.util.Set<Body> withNull = new java.util.HashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> MeasureRule.imposedBy(withNull, BASIS)).hasMessage("body is null");
  }

  @Test
  void theSubjectsKindChoosesTheRule() {
    MeasureRule rule = MeasureRule.bySubject(EnumSet.of(SubjectKind.CHIEF_OFFICER),
        MeasureRule.imposedBy(Set.of(BOARD), BASIS), MeasureRule.imposedBy(Set.of(EMPLOYER), BASIS));
    assertThat(rule.check(about(SubjectKind.CHIEF_OFFICER), measure(BOARD))).isEmpty();
    assertThat(rule.check(about(SubjectKind.CHIEF_OFFICER), measure(EMPLOYER))).isNotEmpty();
    assertThat(rule.check(about(SubjectKind.OFFICER), measure(EMPLOYER))).isEmpty();
    assertThat(rule.check(about(SubjectKind.OFFICER), measure(BOARD))).isNotEmpty();
    assertThatThrownBy(() -> MeasureRule.bySubject(EnumSet.of(SubjectKind.OFFICER), null, MeasureRule.any()))
        .hasMessage("then is null");
    assertThatThrownBy(() -> MeasureRule.bySubject(EnumSet.of(SubjectKind.OFFICER), MeasureRule.any(), null))
        .hasMessage("otherwise is null");
  }

  @Test
  void anOverseerMayOnlyDirectProceedingsOnACaseItOverseesAndADirectionMustBeFollowed() {
    MeasureRule rule = MeasureRule.directedBy(BOARD, c -> c.track() == Track.CONDUCT_COMPLAINT,
        MeasureRule.imposedBy(Set.of(EMPLOYER), BASIS), LegalBasis.of("directions"));
    ComplaintCase c = about(SubjectKind.OFFICER);
    Measure direction = new Measure(SUBJECT, Option.none(), MeasureKind.DISCIPLINARY_PROCEEDINGS, BOARD,
        t("2026-03-02T10:00:00Z"));
    assertThat(rule.check(c, direction)).isEmpty();
    assertThat(rule.check(c, measure(BOARD)).get().explanation()).contains("XX-BOARD may only direct", "WARNING", "S1");
    assertThat(rule.check(c, measure(BOARD)).get().legalBasis()).contains(LegalBasis.of("directions"));
    ComplaintCase service = spec(XX, Track.SERVICE_COMPLAINT, OVERSIGHT).receivedAt("2026-03-02T10:00:00Z");
    assertThat(rule.check(service, direction).map(Refusal::rule)).contains("measure.notOwnBody");
    assertThat(rule.check(c, measure(OVERSIGHT)).get().legalBasis()).contains(BASIS);
    Measure none = new Measure(SUBJECT, Option.none(), MeasureKind.NO_MEASURE, EMPLOYER, t("2026-03-03T10:00:00Z"));
    assertThat(rule.check(c, none)).isEmpty();
    ComplaintCase directed = ok(c.recordMeasure(SUBJECT, MeasureKind.DISCIPLINARY_PROCEEDINGS, BOARD,
        org.oversight.complaint.core.Stamp.of(t("2026-03-02T11:00:00Z"), ACTOR)));
    Refusal refused = rule.check(directed, none).get();
    assertThat(refused.rule()).isEqualTo("measure.directedProceedings");
    assertThat(refused.explanation()).contains("XX-BOARD directed DISCIPLINARY_PROCEEDINGS about S1", "NO_MEASURE");
    assertThat(rule.check(directed, measure(EMPLOYER))).isEmpty();
    assertThat(rule.check(directed, new Measure(PartyId.of("S2"), Option.none(), MeasureKind.NO_MEASURE, EMPLOYER,
        t("2026-03-03T10:00:00Z")))).isEmpty();
    assertThatThrownBy(() -> MeasureRule.directedBy(null, c2 -> true, MeasureRule.any(), BASIS))
        .hasMessage("overseer is null");
    assertThatThrownBy(() -> MeasureRule.directedBy(BOARD, null, MeasureRule.any(), BASIS))
        .hasMessage("oversees is null");
    assertThatThrownBy(() -> MeasureRule.directedBy(BOARD, c2 -> true, null, BASIS)).hasMessage("otherwise is null");
    assertThatThrownBy(() -> MeasureRule.directedBy(BOARD, c2 -> true, MeasureRule.any(), null))
        .hasMessage("legalBasis is null");
  }

  @Test
  void aPackCanTakeAnotherMeasureRule() {
    RulePack strict = RulePack.builder("X", XX, ZoneId.of("UTC")).build()
        .withMeasures(MeasureRule.imposedBy(Set.of(EMPLOYER), BASIS));
    assertThat(strict.measures().check(about(SubjectKind.OFFICER), measure(OVERSIGHT))).isNotEmpty();
    assertThat(strict.withMeasures(MeasureRule.any()).measures().check(about(SubjectKind.OFFICER), measure(OVERSIGHT)))
        .isEmpty();
  }

  @Test
  void anOutcomeNoticeToFurtherRecipientsIsOwedOnceTheCaseIsDecidedOnItsTracksOnly() {
    FeedbackRule rule = FeedbackRule.outcomeNotice("outcome.kin", EnumSet.of(Track.CONDUCT_COMPLAINT),
        Addressee.role(PartyRole.INTERESTED_PERSON), DeadlinePeriod.days(14), BASIS);
    ZoneId utc = ZoneId.of("UTC");
    ComplaintCase open = spec(XX, Track.CONDUCT_COMPLAINT, OVERSIGHT).kin().investigatedAt("2026-02-01T10:00:00Z");
    assertThat(rule.obligations(open, t("2026-06-01T10:00:00Z"), utc)).isEmpty();
    ComplaintCase decided = decideAll(open, "X", OVERSIGHT, t("2026-03-02T10:00:00Z"));
    Obligation o = rule.obligations(decided, t("2026-03-03T10:00:00Z"), utc).single();
    assertThat(o.rule()).isEqualTo("outcome.kin");
    assertThat(o.kind()).isEqualTo(ObligationKind.OUTCOME_NOTICE);
    assertThat(o.recipient()).isEqualTo(Recipient.party(KIN));
    assertThat(o.due()).isEqualTo(t("2026-03-16T23:59:59.999999999Z"));
    assertThat(o.legalBasis()).isEqualTo(BASIS);
    ComplaintCase told = sent(decided, NotificationKind.OUTCOME, Recipient.party(KIN), t("2026-03-04T10:00:00Z"));
    assertThat(rule.obligations(told, t("2026-03-05T10:00:00Z"), utc).single().satisfiedAt())
        .contains(t("2026-03-04T10:00:00Z"));
    ComplaintCase service = decideAll(spec(XX, Track.SERVICE_COMPLAINT, OVERSIGHT).kin()
        .investigatedAt("2026-02-01T10:00:00Z"), "X", OVERSIGHT, t("2026-03-02T10:00:00Z"));
    assertThat(rule.obligations(service, t("2026-03-03T10:00:00Z"), utc)).isEmpty();
    assertThatThrownBy(() -> FeedbackRule.outcomeNotice(" ", EnumSet.of(Track.CONDUCT_COMPLAINT),
        Addressee.complainants(), DeadlinePeriod.days(1), BASIS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeedbackRule.outcomeNotice(null, EnumSet.of(Track.CONDUCT_COMPLAINT),
        Addressee.complainants(), DeadlinePeriod.days(1), BASIS)).hasMessage("rule is null");
    assertThatThrownBy(() -> FeedbackRule.outcomeNotice("r", EnumSet.of(Track.CONDUCT_COMPLAINT), null,
        DeadlinePeriod.days(1), BASIS)).hasMessage("to is null");
    assertThatThrownBy(() -> FeedbackRule.outcomeNotice("r", EnumSet.of(Track.CONDUCT_COMPLAINT),
        Addressee.complainants(), null, BASIS)).hasMessage("within is null");
    assertThatThrownBy(() -> FeedbackRule.outcomeNotice("r", EnumSet.of(Track.CONDUCT_COMPLAINT),
        Addressee.complainants(), DeadlinePeriod.days(1), null)).hasMessage("legalBasis is null");
  }
}
