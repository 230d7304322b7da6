package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.rules.Fixtures.*;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.StatementForm;
import org.oversight.complaint.core.Track;

/** The eligibility rules and the rules beside them, on their own: what each factory finds, refuses and owes. */
class EligibilityRuleTest {

  static final LegalBasis BASIS = LegalBasis.of("a rule");
  static final ZoneId UTC = ZoneId.of("UTC");
  static final JurisdictionCode XX = JurisdictionCode.of("XX");
  static final Body BODY = Body.of("XX-BODY");

  static ComplaintCase conduct(Standing standing) {
    return spec(XX, Track.CONDUCT_COMPLAINT, BODY).standing(standing).receivedAt("2026-03-02T10:00:00Z");
  }

  @Test
  void anIneligibilityIsARefusalOfItsCommandsAndAWarning() {
    Ineligibility i = Ineligibility.refusing("x.y", BASIS, "why", List.of("a"), EnumSet.of(CommandType.REGISTER));
    assertThat(i.refuses(CommandType.REGISTER)).isTrue();
    assertThat(i.refuses(CommandType.ASSESS)).isFalse();
    assertThat(i.refusal()).isEqualTo(Refusal.of("x.y", BASIS, "why"));
    assertThat(i.warning()).isEqualTo(new Warning("warning.x.y", List.of("a")));
    Ineligibility flag = Ineligibility.flag("x.z", BASIS, "why", List.empty());
    assertThat(flag.refused()).isEmpty();
    assertThat(flag.legalBasis()).contains(BASIS);
    assertThat(Ineligibility.refusing("x.y", BASIS, "why", List.empty(), EnumSet.noneOf(CommandType.class)).refused())
        .isEmpty();
    assertThatThrownBy(() -> Ineligibility.flag(" ", BASIS, "why", List.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule");
    assertThatThrownBy(() -> Ineligibility.flag("x", null, "why", List.empty())).hasMessage("legalBasis is null");
    assertThatThrownBy(() -> new Ineligibility("x", Option.none(), "why", List.of((String) null), TreeSet.empty()))
        .hasMessage("arg is null");
    assertThatThrownBy(() -> Ineligibility.refusing("x", BASIS, "why", List.empty(), null)).hasMessage("refused is null");
  }

  @Test
  void theStandingRuleFindsNothingOffItsTracksWithoutComplainantsOrWithOneEligibleComplainant() {
    EligibilityRule rule = EligibilityRule.standing(EnumSet.of(Track.CONDUCT_COMPLAINT), EnumSet.of(Standing.WITNESS),
        EnumSet.of(CommandType.OPEN_INVESTIGATION), BASIS);
    assertThat(rule.check(conduct(Standing.WITNESS), UTC)).isEmpty();
    assertThat(rule.check(conduct(Standing.ANY_PERSON), UTC).single().rule()).isEqualTo("standing.notEligible");
    assertThat(rule.check(spec(XX, Track.SERVICE_COMPLAINT, BODY).standing(Standing.ANY_PERSON)
        .receivedAt("2026-03-02T10:00:00Z"), UTC)).isEmpty();
    assertThat(rule.check(spec(XX, Track.CONDUCT_COMPLAINT, BODY).noComplainant().receivedAt("2026-03-02T10:00:00Z"), UTC))
        .isEmpty();
    assertThat(rule.check(spec(XX, Track.CONDUCT_COMPLAINT, BODY).anonymous().receivedAt("2026-03-02T10:00:00Z"), UTC))
        .as("a standing not yet assessed counts as eligible").isEmpty();
    EligibilityRule nobody = EligibilityRule.standing(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), BASIS);
    assertThat(nobody.check(conduct(Standing.ANY_PERSON), UTC)).isEmpty();
    EligibilityRule everyTrackNoStanding = EligibilityRule.standing(EnumSet.allOf(Track.class), java.util.Set.of(),
        java.util.Set.of(), BASIS);
    assertThat(everyTrackNoStanding.check(conduct(Standing.WITNESS), UTC).single().refused()).isEmpty();
    assertThatThrownBy(() -> EligibilityRule.standing(EnumSet.noneOf(Track.class), EnumSet.noneOf(Standing.class),
        EnumSet.noneOf(CommandType.class), null)).hasMessage("legalBasis is null");
  }

  @Test
  void writtenPermissionIsTheLatestWrittenYesOfAnotherParty() {
    EligibilityRule rule = EligibilityRule.writtenPermission(EnumSet.of(Track.CONDUCT_COMPLAINT),
        EnumSet.of(CommandType.REGISTER), BASIS);
    ComplaintCase c = spec(XX, Track.CONDUCT_COMPLAINT, BODY).standing(Standing.ON_BEHALF).victim()
        .receivedAt("2026-03-02T10:00:00Z");
    Ineligibility missing = rule.check(c, UTC).single();
    assertThat(missing.args()).containsExactly("C1", BASIS.citation());
    assertThat(missing.refused()).containsExactly(CommandType.REGISTER);
    ComplaintCase ownYes = step(c, x -> x.recordConsent(COMPLAINANT,
        org.oversight.complaint.core.ConsentPurpose.COMPLAINT_ON_BEHALF, org.oversight.complaint.core.ConsentState.GIVEN,
        StatementForm.WRITTEN, Stamp.of(t("2026-03-02T11:00:00Z"), ACTOR)));
    assertThat(rule.check(ownYes, UTC)).as("the complainant's own consent is no permission").hasSize(1);
    ComplaintCase refused = step(c, x -> x.recordConsent(VICTIM,
        org.oversight.complaint.core.ConsentPurpose.COMPLAINT_ON_BEHALF, org.oversight.complaint.core.ConsentState.REFUSED,
        StatementForm.WRITTEN, Stamp.of(t("2026-03-02T11:00:00Z"), ACTOR)));
    assertThat(rule.check(refused, UTC)).hasSize(1);
    ComplaintCase given = step(c, x -> x.recordConsent(VICTIM,
        org.oversight.complaint.core.ConsentPurpose.COMPLAINT_ON_BEHALF, org.oversight.complaint.core.ConsentState.GIVEN,
        StatementForm.SIGNED_WRITTEN, Stamp.of(t("2026-03-02T11:00:00Z"), ACTOR)));
    assertThat(rule.check(given, UTC)).isEmpty();
    assertThat(rule.check(conduct(Standing.DIRECTLY_AFFECTED), UTC)).isEmpty();
    assertThat(EligibilityRule.writtenPermission(java.util.Set.of(), java.util.Set.of(), BASIS).check(c, UTC)).isEmpty();
    assertThat(EligibilityRule.writtenPermission(EnumSet.of(Track.CONDUCT_COMPLAINT), java.util.Set.of(), BASIS)
        .check(c, UTC).single().refused()).isEmpty();
  }

  @Test
  void aRegimeRefusesMattersLodgedBeforeItsFirstDayInThePacksZone() {
    EligibilityRule rule = EligibilityRule.lodgedFrom("regime.x", LocalDate.of(2026, 3, 2), EnumSet.of(CommandType.ASSESS),
        BASIS);
    ComplaintCase c = conduct(Standing.WITNESS);
    assertThat(rule.check(c, UTC)).isEmpty();
    Ineligibility before = rule.check(c, ZoneId.of("Pacific/Pago_Pago")).single();
    assertThat(before.warning().args()).containsExactly("2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z",
        BASIS.citation());
    assertThat(EligibilityRule.lodgedFrom("regime.x", LocalDate.of(2027, 1, 1), java.util.Set.of(), BASIS)
        .check(c, UTC).single().refused()).isEmpty();
  }

  @Test
  void aRepeatIsTheLatestRepeatLinkToAnotherCase() {
    EligibilityRule flag = EligibilityRule.repeatComplaint(BASIS);
    CommandRule rejection = CommandRule.repeatComplaints(BASIS);
    CaseEvent.Rejected asRepeat = new CaseEvent.Rejected(RejectionGround.REPEAT_COMPLAINT, Option.none(),
        Stamp.of(t("2026-03-05T10:00:00Z"), ACTOR));
    ComplaintCase c = conduct(Standing.WITNESS);
    assertThat(flag.check(c, UTC)).isEmpty();
    assertThat(rejection.check(c, asRepeat).map(Refusal::rule)).contains("repeat.notARepeat");
    ComplaintCase two = step(step(c, x -> x.linkRelatedCase(new RelatedCase(CaseId.of("E-1"), Relation.REPEATS),
        Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR))), x -> x.linkRelatedCase(new RelatedCase(CaseId.of("E-2"),
        Relation.REPEATS), Stamp.of(t("2026-03-03T11:00:00Z"), ACTOR)));
    assertThat(flag.check(two, UTC).single().args()).containsExactly("E-1, E-2", BASIS.citation());
    assertThat(rejection.check(two, asRepeat)).isEmpty();
    assertThat(rejection.check(two, new CaseEvent.Rejected(RejectionGround.UNFOUNDED, Option.none(),
        Stamp.of(t("2026-03-05T10:00:00Z"), ACTOR)))).isEmpty();
    ComplaintCase oneFresh = step(two, x -> x.linkRelatedCase(new RelatedCase(CaseId.of("E-1"),
        Relation.REPEATS_WITH_FRESH_EVIDENCE), Stamp.of(t("2026-03-04T10:00:00Z"), ACTOR)));
    assertThat(flag.check(oneFresh, UTC).single().args()).containsExactly("E-2", BASIS.citation());
  }

  @Test
  void anonymousScreeningFlagsOnlyWhenEveryComplainantLacksAName() {
    EligibilityRule rule = EligibilityRule.anonymousScreening(EnumSet.of(Track.CONDUCT_COMPLAINT), BASIS);
    ComplaintCase anonymous = spec(XX, Track.CONDUCT_COMPLAINT, BODY).anonymous().receivedAt("2026-03-02T10:00:00Z");
    assertThat(rule.check(anonymous, UTC).single().refused()).isEmpty();
    assertThat(rule.check(conduct(Standing.WITNESS), UTC)).isEmpty();
    assertThat(rule.check(spec(XX, Track.CONDUCT_COMPLAINT, BODY).noComplainant().receivedAt("2026-03-02T10:00:00Z"),
        UTC)).isEmpty();
    assertThat(EligibilityRule.anonymousScreening(java.util.Set.of(), BASIS).check(anonymous, UTC)).isEmpty();
  }

  @Test
  void aPacksEligibilityRulesAreReplacedOrAddedToLikeItsOtherRules() {
    RulePack pack = RulePack.builder("XX", XX, UTC).build();
    assertThat(pack.eligibility()).isEmpty();
    EligibilityRule rule = EligibilityRule.anonymousScreening(EnumSet.of(Track.CONDUCT_COMPLAINT), BASIS);
    assertThat(pack.plusEligibilityRule(rule).eligibility()).containsExactly(rule);
    assertThat(pack.plusEligibilityRule(rule).withEligibility(List.empty()).eligibility()).isEmpty();
    assertThatThrownBy(() -> pack.plusEligibilityRule(null)).hasMessage("rule is null");
    assertThatThrownBy(() -> pack.withEligibility(List.of((EligibilityRule) null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void withdrawalFormsRefuseAMissingFormAndAFormNotAccepted() {
    CommandRule rule = CommandRule.withdrawalForms(EnumSet.of(StatementForm.SIGNED_WRITTEN), BASIS);
    ComplaintCase c = conduct(Standing.WITNESS);
    assertThat(rule.check(c, new CaseEvent.Withdrawn(Option.none(), Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR)))
        .map(Refusal::rule)).contains("withdrawal.formMissing");
    assertThat(rule.check(c, new CaseEvent.Withdrawn(Option.none(), Option.some(StatementForm.ORAL),
        Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR))).map(Refusal::rule)).contains("withdrawal.formNotAccepted");
    assertThat(rule.check(c, new CaseEvent.Withdrawn(Option.none(), Option.some(StatementForm.SIGNED_WRITTEN),
        Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR)))).isEmpty();
    assertThat(rule.check(c, new CaseEvent.Closed(Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR)))).isEmpty();
    assertThat(CommandRule.withdrawalForms(java.util.Set.of(), BASIS).check(c,
        new CaseEvent.Withdrawn(Option.none(), Option.some(StatementForm.SIGNED_WRITTEN),
            Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR))).map(Refusal::rule)).contains("withdrawal.formNotAccepted");
  }

  @Test
  void anUnsignedWithdrawalWithoutANamedPartyIsConfirmedByEveryComplainant() {
    FeedbackRule rule = FeedbackRule.withdrawalConfirmation(DeadlinePeriod.days(2), BASIS);
    ComplaintCase c = conduct(Standing.WITNESS);
    assertThat(rule.obligations(c, t("2026-03-04T10:00:00Z"), UTC)).isEmpty();
    ComplaintCase withdrawn = step(c, x -> x.execute(new CaseEvent.Withdrawn(Option.none(),
        Option.some(StatementForm.WRITTEN), Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR))));
    Obligation o = rule.obligations(withdrawn, t("2026-03-04T10:00:00Z"), UTC).single();
    assertThat(o.recipient()).isEqualTo(TO_COMPLAINANT);
    assertThat(o.due()).isEqualTo(t("2026-03-05T23:59:59.999999999Z"));
    ComplaintCase unrecorded = step(c, x -> x.withdraw(COMPLAINANT, Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR)));
    assertThat(rule.obligations(unrecorded, t("2026-03-04T10:00:00Z"), UTC)).isEmpty();
  }

  @Test
  void missingDetailsAreOwedOnlyAfterRegistrationAndWhileMissingOrAskedFor() {
    FeedbackRule rule = FeedbackRule.missingDetails(EnumSet.of(Track.CONDUCT_COMPLAINT),
        RegistrationRequirements.of(RequiredDetail.INCIDENT_PLACE, RequiredDetail.COMPLAINANT_CONTACT),
        Addressee.complainants(), DeadlinePeriod.days(3), BASIS);
    ComplaintCase received = conduct(Standing.WITNESS);
    assertThat(rule.obligations(received, t("2026-03-04T10:00:00Z"), UTC)).isEmpty();
    ComplaintCase registered = register(received, t("2026-03-03T11:00:00Z"));
    Obligation o = rule.obligations(registered, t("2026-03-04T10:00:00Z"), UTC).single();
    assertThat(o.kind()).isEqualTo(ObligationKind.REQUEST_DETAILS);
    assertThat(o.triggeredAt()).as("counted from the registration, not the receipt").isEqualTo(t("2026-03-03T11:00:00Z"));
    assertThat(o.due()).isEqualTo(t("2026-03-06T23:59:59.999999999Z"));
    assertThat(FeedbackRule.missingDetails(java.util.Set.of(), RegistrationRequirements.DEFAULT,
        Addressee.complainants(), DeadlinePeriod.days(3), BASIS).obligations(registered, t("2026-03-04T10:00:00Z"), UTC))
        .isEmpty();
    assertThat(FeedbackRule.missingDetails(EnumSet.of(Track.CONDUCT_COMPLAINT), RegistrationRequirements.NONE,
        Addressee.complainants(), DeadlinePeriod.days(3), BASIS).obligations(registered, t("2026-03-04T10:00:00Z"), UTC))
        .as("nothing missing, nothing asked").isEmpty();
    ComplaintCase asked = sent(registered, org.oversight.complaint.core.NotificationKind.DETAILS_REQUEST, TO_COMPLAINANT,
        t("2026-03-03T12:00:00Z"));
    assertThat(FeedbackRule.missingDetails(EnumSet.of(Track.CONDUCT_COMPLAINT), RegistrationRequirements.NONE,
        Addressee.complainants(), DeadlinePeriod.days(3), BASIS).obligations(asked, t("2026-03-04T10:00:00Z"), UTC)
        .single().isSatisfied()).as("a request sent is kept, met").isTrue();
  }

  @Test
  void aRecordedSameIncidentLinkRequiresReferralUnlessTheLinkedCaseIsPassedIn() {
    EscalationRule source = EscalationRule.onFlags("escalation.x", EnumSet.of(SeriousnessFlag.DEATH),
        EnumSet.noneOf(Track.class), BODY, DeadlinePeriod.days(1), BASIS);
    EscalationRule rule = EscalationRule.sameIncident("escalation.same", source, EnumSet.of(SeriousnessFlag.DEATH), BODY,
        DeadlinePeriod.days(1), BASIS);
    ComplaintCase c = conduct(Standing.WITNESS);
    assertThat(rule.escalations(c, List.empty(), UTC)).isEmpty();
    ComplaintCase linked = step(c, x -> x.linkRelatedCase(RelatedCase.sameIncident(CaseId.of("C-9"),
        List.of(SeriousnessFlag.DEATH, SeriousnessFlag.POSSIBLE_DISCIPLINARY)), Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR)));
    ComplaintCase unrelatedCase = spec(XX, Track.CONDUCT_COMPLAINT, BODY).id("C-8").receivedAt("2026-03-01T10:00:00Z");
    Escalation e = rule.escalations(linked, List.of(unrelatedCase), UTC).single();
    assertThat(e.triggers()).containsExactly(SeriousnessFlag.DEATH);
    assertThat(e.triggeredAt()).isEqualTo(t("2026-03-03T10:00:00Z"));
    ComplaintCase linkedCase = spec(XX, Track.CONDUCT_COMPLAINT, BODY).id("C-9").receivedAt("2026-03-01T10:00:00Z");
    assertThat(rule.escalations(linked, List.of(linkedCase), UTC)).isEmpty();
    assertThat(EscalationRule.sameIncident("escalation.same", source, java.util.Set.of(), BODY, DeadlinePeriod.days(1),
        BASIS).escalations(linked, List.empty(), UTC)).isEmpty();
  }

  @Test
  void aWithdrawnCaseStillOwesWhatItsWithdrawalGaveRiseToAndNothingElse() {
    RulePack ew = org.oversight.complaint.rules.jurisdiction.EnglandWalesRules.pack();
    ComplaintCase c = spec(org.oversight.complaint.rules.jurisdiction.EnglandWalesRules.JURISDICTION,
        Track.CONDUCT_COMPLAINT, Body.of("EW-AA")).receivedAt("2026-03-02T10:00:00Z");
    ComplaintCase withdrawn = step(c, x -> x.withdraw(COMPLAINANT, StatementForm.ORAL,
        Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR)));
    Assessment a = ew.assess(withdrawn, t("2026-03-04T10:00:00Z"));
    assertThat(a.obligations().find(o -> o.kind() == ObligationKind.CONFIRM_WITHDRAWAL).get().status())
        .isEqualTo(Obligation.Status.PENDING);
    assertThat(a.obligations().find(o -> o.kind() == ObligationKind.ACKNOWLEDGE).get().status())
        .isNotEqualTo(Obligation.Status.PENDING);
    ComplaintCase discontinued = step(step(step(withdrawn, x -> x.reopen(Stamp.of(t("2026-03-04T10:00:00Z"), ACTOR))),
        x -> x.openInvestigation(org.oversight.complaint.core.InvestigationMode.LOCAL, Body.of("EW-AA"),
            Stamp.of(t("2026-03-04T11:00:00Z"), ACTOR))), x -> x.discontinue(Stamp.of(t("2026-03-04T12:00:00Z"), ACTOR)));
    assertThat(ew.assess(discontinued, t("2026-03-05T10:00:00Z")).obligations()
        .find(o -> o.kind() == ObligationKind.CONFIRM_WITHDRAWAL).get().status()).isNotEqualTo(Obligation.Status.PENDING);
  }

  @Test
  void anEscalationRuleUnlessAConditionFindsNothingWhileTheConditionHolds() {
    EscalationRule flagged = EscalationRule.onFlags("escalation.x", EnumSet.of(SeriousnessFlag.SERIOUS_INJURY),
        EnumSet.noneOf(Track.class), BODY, DeadlinePeriod.days(1), BASIS);
    EscalationRule plain = (c, related, zone) -> flagged.escalations(c, related, zone);
    ComplaintCase injured = spec(XX, Track.CONDUCT_COMPLAINT, BODY).flags(SeriousnessFlag.SERIOUS_INJURY)
        .receivedAt("2026-03-02T10:00:00Z");
    for (EscalationRule rule : List.of(flagged, plain)) {
      assertThat(rule.unless(c -> true).escalations(injured, List.empty(), UTC)).isEmpty();
      assertThat(rule.unless(c -> false).escalations(injured, List.empty(), UTC)).hasSize(1);
    }
    assertThatThrownBy(() -> flagged.unless(null)).hasMessage("condition is null");
  }
}
