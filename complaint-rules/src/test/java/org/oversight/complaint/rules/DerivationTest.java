package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;

import io.vavr.collection.List;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.EnglandWalesRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.rules.jurisdiction.SwedenRules;

/** Instants derived from later events: flags added, parties added, tracks reassessed. */
class DerivationTest {

  static final Body AA = Body.of("EW-AA");

  static ComplaintCase withAllegation(ComplaintCase c, String id, SeriousnessFlag flag, String at) {
    return step(c, x -> x.addAllegation(Allegation.of(AllegationId.of(id), CategoryCode.of("CONDUCT"), "later",
        List.of(flag), List.of(SUBJECT)), Stamp.of(t(at), ACTOR)));
  }

  @Test
  void aFlagAddedLaterTriggersFromItsAddition() {
    ComplaintCase c = spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DenmarkRules.DUP)
        .receivedAt("2026-02-01T10:00:00Z");
    c = withAllegation(c, "A2", SeriousnessFlag.SERIOUS_INJURY, "2026-02-05T10:00:00Z");
    Escalation e = DenmarkRules.pack().assess(c, t("2026-02-06T10:00:00Z")).escalations()
        .find(x -> x.rule().equals("escalation.deathOrSeriousInjury")).get();
    assertThat(e.triggeredAt()).isEqualTo(t("2026-02-05T10:00:00Z"));
    assertThat(e.triggers()).containsExactly(SeriousnessFlag.SERIOUS_INJURY);
    assertThat(DenmarkRules.pack().assess(c, t("2026-02-04T10:00:00Z")).escalations().map(Escalation::rule))
        .doesNotContain("escalation.deathOrSeriousInjury");
  }

  @Test
  void aChiefOfficerMatterTriggersWhenTheConditionFirstHolds() {
    ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA)
        .subjectKind(SubjectKind.CHIEF_OFFICER).receivedAt("2026-02-01T10:00:00Z");
    c = sent(register(c, t("2026-02-02T10:00:00Z")), org.oversight.complaint.core.NotificationKind.OTHER,
        TO_COMPLAINANT, t("2026-02-03T10:00:00Z"));
    c = withAllegation(c, "A2", SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE, "2026-02-04T10:00:00Z");
    c = sent(c, org.oversight.complaint.core.NotificationKind.OTHER, TO_COMPLAINANT, t("2026-02-05T10:00:00Z"));
    Escalation e = EnglandWalesRules.pack().assess(c, t("2026-02-06T10:00:00Z")).escalations().single();
    assertThat(e.rule()).isEqualTo("escalation.chiefOfficer");
    assertThat(e.triggeredAt()).isEqualTo(t("2026-02-04T10:00:00Z"));
    assertThat(e.due()).isEqualTo(t("2026-02-05T23:59:59.999999999Z"));
    ComplaintCase decided = decideAll(investigate(assess(c, Track.CONDUCT_COMPLAINT, AA, t("2026-02-07T10:00:00Z")), AA,
        t("2026-02-08T10:00:00Z")), "SERVICE_ACCEPTABLE", AA, t("2026-02-09T10:00:00Z"));
    assertThat(EnglandWalesRules.pack().reviewRoute(decided, ReviewRule.Occasion.OUTCOME, t("2026-02-10T10:00:00Z"))
        .get().body()).isEqualTo(EnglandWalesRules.IOPC);
  }

  @Test
  void aTrackAssessedLaterTriggersFromTheAssessment() {
    Body station = Body.of("SE-POLISEN");
    ComplaintCase c = spec(SwedenRules.JURISDICTION, Track.CONDUCT_COMPLAINT, station).receivedAt("2026-02-01T10:00:00Z");
    c = assess(register(c, t("2026-02-01T11:00:00Z")), Track.CRIMINAL_REPORT, SwedenRules.SU, t("2026-02-03T10:00:00Z"));
    Escalation e = SwedenRules.pack().assess(c, t("2026-02-04T10:00:00Z")).escalations().single();
    assertThat(e.triggeredAt()).isEqualTo(t("2026-02-03T10:00:00Z"));
    assertThat(e.satisfiedAt()).contains(t("2026-02-03T10:00:00Z"));
    ComplaintCase back = assess(c, Track.CONDUCT_COMPLAINT, SwedenRules.JO, t("2026-02-05T10:00:00Z"));
    assertThat(SwedenRules.pack().assess(back, t("2026-02-06T10:00:00Z")).escalations()).isEmpty();
    ComplaintCase again = assess(back, Track.CRIMINAL_REPORT, SwedenRules.SU, t("2026-02-07T10:00:00Z"));
    assertThat(SwedenRules.pack().assess(again, t("2026-02-08T10:00:00Z")).escalations().single().triggeredAt())
        .isEqualTo(t("2026-02-07T10:00:00Z"));
  }

  @Test
  void aVictimAddedLaterIsAskedFromTheirAddition() {
    ComplaintCase c = spec(SwedenRules.JURISDICTION, Track.CRIMINAL_REPORT, Body.of("SE-POLISEN")).noComplainant()
        .receivedAt("2026-02-02T10:00:00Z");
    c = step(c, x -> x.addParty(Party.person(PartyId.of("V9"), PartyRole.VICTIM, "Later"),
        Stamp.of(t("2026-02-04T10:00:00Z"), ACTOR)));
    Obligation ask = SwedenRules.pack().assess(c, t("2026-02-04T12:00:00Z")).obligations()
        .filter(o -> o.kind() == ObligationKind.ASK_VICTIM_SUPPORT_CONSENT).single();
    assertThat(ask.recipient()).isEqualTo(Recipient.party(PartyId.of("V9")));
    assertThat(ask.triggeredAt()).isEqualTo(t("2026-02-04T10:00:00Z"));
    ComplaintCase answered = step(c, x -> x.recordConsent(PartyId.of("V9"), ConsentPurpose.VICTIM_SUPPORT_REFERRAL,
        ConsentState.GIVEN, Stamp.of(t("2026-02-04T13:00:00Z"), ACTOR)));
    answered = step(answered, x -> x.referToVictimSupport(PartyId.of("V9"), SwedenRules.BROTTSOFFERJOUREN,
        Stamp.of(t("2026-02-04T14:00:00Z"), ACTOR)));
    answered = step(answered, x -> x.recordConsent(PartyId.of("V9"), ConsentPurpose.VICTIM_SUPPORT_REFERRAL,
        ConsentState.GIVEN, Stamp.of(t("2026-02-05T10:00:00Z"), ACTOR, "asked again")));
    Assessment a = SwedenRules.pack().assess(answered, t("2026-02-12T10:00:00Z"));
    assertThat(a.obligations().find(o -> o.kind() == ObligationKind.ASK_VICTIM_SUPPORT_CONSENT).get().satisfiedAt())
        .contains(t("2026-02-04T13:00:00Z"));
    Obligation refer = a.obligations().find(o -> o.kind() == ObligationKind.REFER_TO_VICTIM_SUPPORT).get();
    assertThat(refer.triggeredAt()).isEqualTo(t("2026-02-05T10:00:00Z"));
    assertThat(refer.isSatisfied()).isFalse();
    assertThat(a.isCompliant()).isFalse();
    assertThat(a.pending().filter(o -> o.kind() != ObligationKind.REFER
        && o.kind() != ObligationKind.INFORM_ABOUT_VICTIM_SUPPORT)).containsExactly(refer);
  }

  @Test
  void severalRelatedCasesFromTheSameIncidentGiveOneEscalationPerBody() {
    ComplaintCase d1 = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).id("d1")
        .flags(SeriousnessFlag.DEATH).receivedAt("2026-06-01T09:00:00Z");
    ComplaintCase d2 = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).id("d2")
        .flags(SeriousnessFlag.SERIOUS_ASSAULT).receivedAt("2026-06-01T09:30:00Z");
    ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).id("c")
        .receivedAt("2026-06-02T09:00:00Z");
    c = step(c, x -> x.linkRelatedCase(new RelatedCase(CaseId.of("d1"), Relation.SAME_INCIDENT),
        Stamp.of(t("2026-06-02T10:00:00Z"), ACTOR)));
    ComplaintCase linked = step(c, x -> x.linkRelatedCase(new RelatedCase(CaseId.of("d2"), Relation.SAME_INCIDENT),
        Stamp.of(t("2026-06-02T11:00:00Z"), ACTOR)));
    Assessment a = EnglandWalesRules.pack().assess(linked, List.of(d1, d2, linked), t("2026-06-02T12:00:00Z"));
    assertThat(a.escalations().map(Escalation::rule)).containsExactly("escalation.sameIncident");
    assertThat(a.escalations().single().triggeredAt()).isEqualTo(t("2026-06-02T10:00:00Z"));
    assertThat(a.pendingEscalations()).hasSize(1);
    assertThat(EnglandWalesRules.pack().assess(linked, List.of(d1), t("2026-06-02T09:30:00Z")).escalations()).isEmpty();
  }

  @Test
  void theOutcomeNoticeFollowsTheLatestDecisionAfterAReopening() {
    Body oslo = CustomPackTest.OSLO;
    ComplaintCase c = decideAll(CustomPackTest.investigated("2026-02-01T10:00:00Z"), "CRITICISABLE", oslo,
        t("2026-02-10T10:00:00Z"));
    c = step(c, x -> x.notifyOutcome(List.of(TO_COMPLAINANT), Stamp.of(t("2026-02-11T10:00:00Z"), ACTOR, "because")));
    c = step(c, x -> x.close(Stamp.of(t("2026-02-12T10:00:00Z"), ACTOR)));
    c = step(c, x -> x.reopen(Stamp.of(t("2026-03-01T10:00:00Z"), ACTOR, "new evidence")));
    c = decideAll(investigate(c, oslo, t("2026-03-02T10:00:00Z")), "NOT_CRITICISABLE", oslo, t("2026-03-03T10:00:00Z"));
    Obligation o = NorwayRules.pack().assess(c, t("2026-03-04T10:00:00Z")).obligations()
        .find(x -> x.kind() == ObligationKind.OUTCOME_NOTICE).get();
    assertThat(o.triggeredAt()).isEqualTo(t("2026-03-03T10:00:00Z"));
    assertThat(o.isSatisfied()).isFalse();
  }

  @Test
  void informalRulesWithoutConsentOrInsistingAllowWhatTheFlagsAllow() {
    InformalResolutionRule lenient = InformalResolutionRule.of(EnumSet.of(Track.CONDUCT_COMPLAINT),
        EnumSet.noneOf(SeriousnessFlag.class), InformalResolutionRule.Consent.NOT_REQUIRED,
        InformalResolutionRule.Insistence.NOT_ALLOWED, EnglandWalesRules.RECORDING);
    ComplaintCase refused = step(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA)
        .receivedAt("2026-06-01T09:00:00Z"), x -> x.recordConsent(COMPLAINANT, ConsentPurpose.INFORMAL_RESOLUTION,
        ConsentState.REFUSED, Stamp.of(t("2026-06-01T10:00:00Z"), ACTOR)));
    assertThat(lenient.refusals(refused)).isEmpty();
    InformalResolutionRule consent = InformalResolutionRule.of(EnumSet.of(Track.CONDUCT_COMPLAINT),
        EnumSet.noneOf(SeriousnessFlag.class), InformalResolutionRule.Consent.REQUIRED,
        InformalResolutionRule.Insistence.NOT_ALLOWED, EnglandWalesRules.RECORDING);
    assertThat(consent.refusals(refused).map(Refusal::rule)).containsExactly("informal.consentMissing");
    ComplaintCase noComplainant = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).noComplainant()
        .receivedAt("2026-06-01T09:00:00Z");
    assertThat(consent.refusals(noComplainant).map(Refusal::rule)).containsExactly("informal.consentMissing");
  }
}
