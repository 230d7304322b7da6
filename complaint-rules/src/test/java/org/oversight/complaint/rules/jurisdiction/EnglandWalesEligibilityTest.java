package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;
import static org.oversight.complaint.rules.jurisdiction.NorwayRulesTest.refusal;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.StatementForm;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Boundaries;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.Warning;

/**
 * Eligibility under the E&amp;W pack, checked whenever it matters: the 2020 regime, who may complain,
 * same-incident referral, informal handling at every step; each scenario names its provision.
 */
class EnglandWalesEligibilityTest {

  static final RulePack EW = EnglandWalesRules.pack();
  static final Body AA = Body.of("EW-AA");
  static final Recipient TO_IOPC = Recipient.body(EnglandWalesRules.IOPC);
  static final CaseId OTHER = CaseId.of("EW-2026-40");

  static ComplaintCase assessed() {
    ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).receivedAt("2026-03-01T10:00:00Z");
    return assess(register(c, t("2026-03-01T11:00:00Z")), Track.CONDUCT_COMPLAINT, AA, t("2026-03-01T12:00:00Z"));
  }

  static ComplaintCase informal() {
    return step(assessed(), x -> x.startInformalResolution(Stamp.of(t("2026-03-02T09:00:00Z"), ACTOR)));
  }

  static ComplaintCase linked(ComplaintCase c, RelatedCase link) {
    return step(c, x -> x.linkRelatedCase(link, Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR)));
  }

  static CaseEvent finish(String at) {
    return new CaseEvent.AllegationDecided(A1, Outcome.of("SERVICE_ACCEPTABLE"), AA,
        Stamp.of(t(at), ACTOR, "explained and apologised"));
  }

  /** The keys of the warnings the pack's assessment gives at an instant. */
  static Seq<String> warnings(ComplaintCase c, String at) {
    return EW.assess(c, t(at)).warnings().map(Warning::key);
  }

  /**
   * SI 2020/2 reg 1: the 2020 regime applies to matters from 1 February 2020; the assessment of an
   * earlier one warns that this pack does not handle it, on the last instant of 31 January but not on
   * 1 February (London, GMT).
   */
  @ParameterizedTest(name = "lodged {0}: warned {1}")
  @CsvSource({
      "2020-01-30T12:00:00Z, true",
      "2020-01-31T23:59:59.999999999Z, true",
      "2020-02-01T00:00:00Z, false"})
  void aMatterFromBeforeThe2020RegimeIsWarnedAbout(String lodgedAt, boolean warned) {
    ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).incidentAt("2020-01-20T10:00:00Z")
        .lodgedAt(lodgedAt).receivedAt("2020-02-03T10:00:00Z");
    assertThat(warnings(c, "2020-02-03T11:00:00Z").contains("warning.regime.notInForce")).isEqualTo(warned);
    assertThat(EW.allowedCommands(c, t("2020-02-03T11:00:00Z")).contains(CommandType.REGISTER)).isEqualTo(!warned);
    if (warned) {
      assertThat(EW.whyRefused(c, CommandType.REGISTER, t("2020-02-03T11:00:00Z")).map(r -> ruleOf(r)))
          .contains("regime.notInForce");
      assertThat(EW.assess(c, t("2020-02-03T11:00:00Z")).warnings().find(w -> w.key().equals("warning.regime.notInForce"))
          .get().message(java.util.Locale.ENGLISH, EW.zone())).contains("before this complaints regime applies from"
          + " 1 February 2020");
    }
  }

  /**
   * SI 2020/2 reg 4(1): a complaint from the same incident as a matter that must be referred (here a
   * serious injury, recorded on the link) must be referred too, by the end of the day after the link
   * (3 March 2026, GMT), and is overdue one instant later.
   */
  @ParameterizedTest(name = "assessed {0}: breached {1}")
  @CsvSource({
      "2026-03-03T12:00:00Z, false",
      "2026-03-03T23:59:59.999999999Z, false",
      "2026-03-04T00:00:00Z, true"})
  void aLinkRecordingASeriousInjuryOfTheSameIncidentRequiresReferral(String at, boolean breached) {
    ComplaintCase c = linked(assessed(), RelatedCase.sameIncident(OTHER, List.of(SeriousnessFlag.SERIOUS_INJURY)));
    Escalation e = EW.assess(c, t(at)).escalations().single();
    assertThat(e.rule()).isEqualTo("escalation.sameIncident");
    assertThat(e.triggers()).containsExactly(SeriousnessFlag.SERIOUS_INJURY);
    assertThat(e.due()).isEqualTo(t("2026-03-03T23:59:59.999999999Z"));
    assertThat(EW.assess(c, t(at)).breaches().exists(b -> b.obligation().kind() == ObligationKind.REFER))
        .isEqualTo(breached);
  }

  /** A conduct complaint by C1 on behalf of the victim V1, received on 1 March 2026. */
  static ComplaintCase onBehalf() {
    return spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).standing(Standing.ON_BEHALF).victim()
        .receivedAt("2026-03-01T10:00:00Z");
  }

  static CaseEvent registration(String at) {
    return DenmarkRulesTest.registration(t(at));
  }

  static ComplaintCase permission(ComplaintCase c, ConsentState state, StatementForm form, String at) {
    return step(c, x -> x.recordConsent(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF, state, form, Stamp.of(t(at), ACTOR)));
  }

  static CaseEvent rejectedAsRepeat(String at) {
    return new CaseEvent.Rejected(RejectionGround.REPEAT_COMPLAINT, io.vavr.control.Option.none(),
        Stamp.of(t(at), ACTOR, "same as EW-2025-7"));
  }

  static CaseEvent withdrawalBy(PartyId by, String at) {
    return new CaseEvent.Withdrawn(io.vavr.control.Option.some(by), io.vavr.control.Option.some(StatementForm.SIGNED_WRITTEN),
        Stamp.of(t(at), ACTOR, "withdraws"));
  }

  static CaseEvent withdrawal(StatementForm form, String at) {
    return new CaseEvent.Withdrawn(io.vavr.control.Option.some(COMPLAINANT), io.vavr.control.Option.some(form),
        Stamp.of(t(at), ACTOR, "withdraws"));
  }

  /**
   * SI 2020/2 reg 39 (its terms a parameter): a withdrawal made orally on Monday 2 March 2026 is recorded,
   * and the complainant is asked to confirm it in writing within 5 working days, by the end of Monday 9
   * March (London, GMT); the request is overdue one instant later, although the case is withdrawn.
   */
  @org.junit.jupiter.api.Test
  void anOralWithdrawalIsConfirmedInWritingWithinFiveWorkingDays() {
    ComplaintCase c = ok(EW.execute(assessed(), withdrawal(StatementForm.ORAL, "2026-03-02T10:00:00Z")));
    assertThat(c.status()).isEqualTo(org.oversight.complaint.core.CaseStatus.WITHDRAWN);
    Boundaries.dueOn(EW, c, ObligationKind.CONFIRM_WITHDRAWAL, TO_COMPLAINANT, t("2026-03-09T23:59:59.999999999Z"));
    ComplaintCase asked = sent(c, org.oversight.complaint.core.NotificationKind.WITHDRAWAL_CONFIRMATION, TO_COMPLAINANT,
        t("2026-03-04T10:00:00Z"));
    assertThat(EW.assess(asked, t("2026-03-20T10:00:00Z")).breaches()).isEmpty();
  }

  /**
   * SI 2020/2 reg 38: the IOPC must be told that a complaint referred to it was withdrawn, within 5 working
   * days (Friday 5 June to the end of Friday 12 June 2026, BST), and the notice is overdue one instant
   * later, although the case is withdrawn.
   */
  @org.junit.jupiter.api.Test
  void theIopcIsToldOfAReferredComplaintsWithdrawalAfterTheCaseEnded() {
    ComplaintCase c = step(assessed(), x -> x.refer(EnglandWalesRules.IOPC, EnglandWalesRules.REFERRAL,
        Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR)));
    c = ok(EW.execute(c, withdrawal(StatementForm.SIGNED_WRITTEN, "2026-06-05T10:00:00Z")));
    Boundaries.dueOn(EW, c, ObligationKind.WITHDRAWAL_NOTICE, TO_IOPC, t("2026-06-12T22:59:59.999999999Z"));
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("SI 2020/2 reg 38: a withdrawal by signed notification is recorded and owes no written confirmation", () -> {
          ComplaintCase c = ok(EW.execute(assessed(), withdrawal(StatementForm.SIGNED_WRITTEN, "2026-03-02T10:00:00Z")));
          assertThat(EW.assess(c, t("2026-03-20T10:00:00Z")).obligations().map(o -> o.kind()))
              .doesNotContain(ObligationKind.CONFIRM_WITHDRAWAL);
        }),
        row("SI 2020/2 reg 38: the complainant's solicitor, recorded as a representative acting for them, may"
            + " withdraw the complaint; the victim's representative, a witness or the officer may not", () -> {
          PartyId solicitor = PartyId.of("R1");
          PartyId victimsAgent = PartyId.of("R2");
          PartyId witness = PartyId.of("W1");
          ComplaintCase c = assessed();
          c = step(c, x -> x.addParty(Party.person(solicitor, org.oversight.complaint.core.PartyRole.REPRESENTATIVE,
              "Ms Ahmed, solicitor").withActsFor(COMPLAINANT), Stamp.of(t("2026-03-02T09:00:00Z"), ACTOR)));
          c = step(c, x -> x.addParty(Party.person(VICTIM, org.oversight.complaint.core.PartyRole.VICTIM),
              Stamp.of(t("2026-03-02T09:00:00Z"), ACTOR)));
          c = step(c, x -> x.addParty(Party.person(victimsAgent, org.oversight.complaint.core.PartyRole.REPRESENTATIVE)
              .withActsFor(VICTIM), Stamp.of(t("2026-03-02T09:00:00Z"), ACTOR)));
          c = step(c, x -> x.addParty(Party.person(witness, org.oversight.complaint.core.PartyRole.WITNESS),
              Stamp.of(t("2026-03-02T09:00:00Z"), ACTOR)));
          for (PartyId notTheirs : List.of(victimsAgent, witness, SUBJECT)) {
            assertThat(refusal(EW, c, withdrawalBy(notTheirs, "2026-03-02T10:00:00Z"))).as(notTheirs.value())
                .isEqualTo("withdrawal.notByComplainant");
          }
          assertThat(ok(EW.execute(c, withdrawalBy(solicitor, "2026-03-02T10:00:00Z"))).status())
              .isEqualTo(org.oversight.complaint.core.CaseStatus.WITHDRAWN);
          assertThat(ok(EW.execute(c, withdrawalBy(COMPLAINANT, "2026-03-02T10:00:00Z"))).status())
              .isEqualTo(org.oversight.complaint.core.CaseStatus.WITHDRAWN);
        }),
        row("SI 2020/2 regs 38-39: a withdrawal must record how it was made", () -> {
          ComplaintCase c = assessed();
          assertThat(refusal(EW, c, new CaseEvent.Withdrawn(io.vavr.control.Option.some(COMPLAINANT),
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR)))).isEqualTo("withdrawal.formMissing");
          assertThat(EW.allowedCommands(c, t("2026-03-02T10:00:00Z"))).contains(CommandType.WITHDRAW);
        }),
        row("SI 2020/2 reg 38, with reg 39's terms as a parameter: a pack that takes only signed notifications refuses"
            + " a withdrawal in an unsigned e-mail", () -> {
          RulePack signedOnly = EnglandWalesRules.pack(EnglandWalesRules.Parameters.defaults()
              .withUnsignedWithdrawal(EnglandWalesRules.UnsignedWithdrawal.REFUSED));
          assertThat(refusal(signedOnly, assessed(), withdrawal(StatementForm.WRITTEN, "2026-03-02T10:00:00Z")))
              .isEqualTo("withdrawal.formNotAccepted");
          assertThat(signedOnly.execute(assessed(), withdrawal(StatementForm.SIGNED_WRITTEN, "2026-03-02T10:00:00Z"))
              .isRight()).isTrue();
        }),
        row("SI 2020/2 reg 6: a complaint is rejected as a repeat only when linked to the earlier complaint it repeats"
            + " with no fresh indication and no fresh evidence; the link is flagged as no duty to investigate", () -> {
          ComplaintCase c = assessed();
          assertThat(refusal(EW, c, rejectedAsRepeat("2026-03-02T10:00:00Z"))).isEqualTo("repeat.notARepeat");
          ComplaintCase repeat = linked(c, new RelatedCase(CaseId.of("EW-2025-7"), Relation.REPEATS));
          assertThat(warnings(repeat, "2026-03-02T11:00:00Z")).contains("warning.repeat.noDutyToInvestigate");
          assertThat(EW.execute(repeat, rejectedAsRepeat("2026-03-02T11:00:00Z")).isRight()).isTrue();
        }),
        row("SI 2020/2 reg 6: a fresh indication or fresh evidence, linked later, makes it no repeat", () -> {
          ComplaintCase repeat = linked(assessed(), new RelatedCase(CaseId.of("EW-2025-7"), Relation.REPEATS));
          ComplaintCase fresh = step(repeat, x -> x.linkRelatedCase(new RelatedCase(CaseId.of("EW-2025-7"),
              Relation.REPEATS_WITH_FRESH_EVIDENCE), Stamp.of(t("2026-03-02T11:00:00Z"), ACTOR, "new CCTV")));
          assertThat(refusal(EW, fresh, rejectedAsRepeat("2026-03-02T12:00:00Z"))).isEqualTo("repeat.notARepeat");
          assertThat(warnings(fresh, "2026-03-02T12:00:00Z")).doesNotContain("warning.repeat.noDutyToInvestigate");
        }),
        row("SI 2020/2 reg 6: a repeat removes the duty to investigate, not the power: it may still be investigated", () -> {
          ComplaintCase repeat = linked(assessed(), new RelatedCase(CaseId.of("EW-2025-7"), Relation.REPEATS));
          assertThat(EW.allowedCommands(repeat, t("2026-03-02T11:00:00Z"))).contains(CommandType.OPEN_INVESTIGATION);
        }),
        row("PRA 2002 s. 12: a complaint on someone's behalf is neither registered nor warned away until their written"
            + " permission is on record; a permission given orally is not written", () -> {
          ComplaintCase c = onBehalf();
          assertThat(refusal(EW, c, registration("2026-03-01T11:00:00Z"))).isEqualTo("standing.writtenPermissionMissing");
          assertThat(warnings(c, "2026-03-01T11:00:00Z")).contains("warning.standing.writtenPermissionMissing");
          ComplaintCase oral = permission(c, ConsentState.GIVEN, StatementForm.ORAL, "2026-03-01T10:30:00Z");
          assertThat(refusal(EW, oral, registration("2026-03-01T11:00:00Z"))).isEqualTo("standing.writtenPermissionMissing");
          ComplaintCase written = permission(oral, ConsentState.GIVEN, StatementForm.WRITTEN, "2026-03-01T10:45:00Z");
          assertThat(EW.execute(written, registration("2026-03-01T11:00:00Z")).isRight()).isTrue();
          assertThat(warnings(written, "2026-03-01T11:00:00Z")).doesNotContain("warning.standing.writtenPermissionMissing");
        }),
        row("PRA 2002 s. 12: a written permission withdrawn during handling stops the handling until a new one is on"
            + " record", () -> {
          ComplaintCase c = assess(register(permission(onBehalf(), ConsentState.GIVEN, StatementForm.SIGNED_WRITTEN,
              "2026-03-01T10:30:00Z"), t("2026-03-01T11:00:00Z")), Track.CONDUCT_COMPLAINT, AA, t("2026-03-01T12:00:00Z"));
          assertThat(EW.execute(c, finish("2026-03-02T10:00:00Z")).isRight()).isTrue();
          ComplaintCase withdrawn = permission(c, ConsentState.WITHDRAWN, StatementForm.WRITTEN, "2026-03-01T13:00:00Z");
          assertThat(refusal(EW, withdrawn, finish("2026-03-02T10:00:00Z"))).isEqualTo("standing.writtenPermissionMissing");
          assertThat(EW.allowedCommands(withdrawn, t("2026-03-02T10:00:00Z")))
              .doesNotContain(CommandType.DECIDE_ALLEGATION, CommandType.OPEN_INVESTIGATION)
              .contains(CommandType.WITHDRAW, CommandType.RECORD_CONSENT);
        }),
        row("PRA 2002 s. 12: the written permission is that of the person the complainant acts for: the next of kin's"
            + " does not do for a complaint made for the victim, the victim's does", () -> {
          ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).standing(Standing.ON_BEHALF)
              .victim().kin().actsFor(VICTIM).receivedAt("2026-03-01T10:00:00Z");
          ComplaintCase kinAgrees = step(c, x -> x.recordConsent(KIN, ConsentPurpose.COMPLAINT_ON_BEHALF,
              ConsentState.GIVEN, StatementForm.WRITTEN, Stamp.of(t("2026-03-01T10:30:00Z"), ACTOR)));
          assertThat(refusal(EW, kinAgrees, registration("2026-03-01T11:00:00Z")))
              .isEqualTo("standing.writtenPermissionMissing");
          assertThat(EW.assess(kinAgrees, t("2026-03-01T11:00:00Z")).warnings()).contains(new Warning(
              "warning.standing.writtenPermissionMissing", List.of("C1", EnglandWalesRules.STANDING.citation())));
          ComplaintCase victimAgrees = permission(kinAgrees, ConsentState.GIVEN, StatementForm.SIGNED_WRITTEN,
              "2026-03-01T10:45:00Z");
          assertThat(EW.execute(victimAgrees, registration("2026-03-01T11:00:00Z")).isRight()).isTrue();
        }),
        row("PRA 2002 s. 12: each complainant acting for someone needs the permission of the person they act for; a"
            + " second one, for the next of kin, stops the handling until the next of kin's is on record", () -> {
          ComplaintCase c = assess(register(permission(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA)
              .standing(Standing.ON_BEHALF).victim().kin().actsFor(VICTIM).receivedAt("2026-03-01T10:00:00Z"),
              ConsentState.GIVEN, StatementForm.WRITTEN, "2026-03-01T10:30:00Z"), t("2026-03-01T11:00:00Z")),
              Track.CONDUCT_COMPLAINT, AA, t("2026-03-01T12:00:00Z"));
          ComplaintCase second = step(c, x -> x.addParty(Party.complainant(PartyId.of("C2"), "Solicitor",
              Standing.ON_BEHALF).withActsFor(KIN), Stamp.of(t("2026-03-01T13:00:00Z"), ACTOR)));
          assertThat(refusal(EW, second, finish("2026-03-02T10:00:00Z"))).isEqualTo("standing.writtenPermissionMissing");
          assertThat(EW.assess(second, t("2026-03-02T10:00:00Z")).warnings()).contains(new Warning(
              "warning.standing.writtenPermissionMissing", List.of("C2", EnglandWalesRules.STANDING.citation())));
          ComplaintCase both = step(second, x -> x.recordConsent(KIN, ConsentPurpose.COMPLAINT_ON_BEHALF,
              ConsentState.GIVEN, StatementForm.WRITTEN, Stamp.of(t("2026-03-01T14:00:00Z"), ACTOR)));
          assertThat(EW.execute(both, finish("2026-03-02T10:00:00Z")).isRight()).isTrue();
        }),
        row("PRA 2002 s. 12: for a complainant whose link to the person they act for is not recorded (a case written"
            + " before links), any other party's written permission counts", () -> {
          ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).standing(Standing.ON_BEHALF)
              .victim().kin().receivedAt("2026-03-01T10:00:00Z");
          ComplaintCase kinAgrees = step(c, x -> x.recordConsent(KIN, ConsentPurpose.COMPLAINT_ON_BEHALF,
              ConsentState.GIVEN, StatementForm.WRITTEN, Stamp.of(t("2026-03-01T10:30:00Z"), ACTOR)));
          assertThat(EW.execute(kinAgrees, registration("2026-03-01T11:00:00Z")).isRight()).isTrue();
        }),
        row("PRA 2002 s. 12: a parent or guardian of a child complains without written permission", () ->
            assertThat(EW.execute(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA)
                .standing(Standing.PARENT_OF_CHILD).victim().receivedAt("2026-03-01T10:00:00Z"),
                registration("2026-03-01T11:00:00Z")).isRight()).isTrue()),
        row("PRA 2002 s. 12(1A)-(1B): a conduct complaint from someone neither affected, nor a witness, nor acting for"
            + " them is registered but not handled, and may be rejected as not eligible", () -> {
          ComplaintCase c = assess(register(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA)
              .standing(Standing.ANY_PERSON).receivedAt("2026-03-01T10:00:00Z"), t("2026-03-01T11:00:00Z")),
              Track.CONDUCT_COMPLAINT, AA, t("2026-03-01T12:00:00Z"));
          assertThat(EW.whyRefused(c, CommandType.OPEN_INVESTIGATION, t("2026-03-02T10:00:00Z")).map(r -> ruleOf(r)))
              .contains("standing.notEligible");
          assertThat(refusal(EW, c, new CaseEvent.InformalResolutionStarted(Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR))))
              .isEqualTo("standing.notEligible");
          assertThat(warnings(c, "2026-03-02T10:00:00Z")).contains("warning.standing.notEligible");
          assertThat(EW.execute(c, new CaseEvent.Rejected(RejectionGround.NOT_ELIGIBLE, io.vavr.control.Option.none(),
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR))).isRight()).isTrue();
        }),
        row("PRA 2002 s. 12(1A)-(1B): a witness may complain about an officer's conduct, but a complaint about the"
            + " service needs someone adversely affected", () -> {
          ComplaintCase conduct = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA)
              .standing(Standing.WITNESS).receivedAt("2026-03-01T10:00:00Z");
          assertThat(warnings(conduct, "2026-03-01T11:00:00Z")).doesNotContain("warning.standing.notEligible");
          ComplaintCase service = spec(EnglandWalesRules.JURISDICTION, Track.SERVICE_COMPLAINT, AA)
              .standing(Standing.WITNESS).receivedAt("2026-03-01T10:00:00Z");
          assertThat(warnings(service, "2026-03-01T11:00:00Z")).contains("warning.standing.notEligible");
        }),
        row("SI 2020/2 reg 4(1): the same-incident referral is due by the end of the next day and met by referring to"
            + " the IOPC", () -> {
          ComplaintCase c = linked(assessed(), RelatedCase.sameIncident(OTHER, List.of(SeriousnessFlag.SERIOUS_ASSAULT)));
          Boundaries.dueOn(EW, c, ObligationKind.REFER, TO_IOPC, t("2026-03-03T23:59:59.999999999Z"));
          ComplaintCase referred = step(c, x -> x.refer(EnglandWalesRules.IOPC, EnglandWalesRules.REFERRAL,
              Stamp.of(t("2026-03-03T09:00:00Z"), ACTOR)));
          assertThat(EW.assess(referred, t("2026-03-05T10:00:00Z")).pendingEscalations()).isEmpty();
        }),
        row("SI 2020/2 reg 4(1) and Sch. 3 para 2(6A): a same-incident matter that must be referred, linked during"
            + " informal handling, stops the informal finish", () -> {
          ComplaintCase c = informal();
          assertThat(EW.execute(c, finish("2026-03-03T10:00:00Z")).isRight()).isTrue();
          ComplaintCase l = linked(c, RelatedCase.sameIncident(OTHER, List.of(SeriousnessFlag.DEATH)));
          assertThat(refusal(EW, l, finish("2026-03-03T10:00:00Z"))).isEqualTo("escalation.pending");
          assertThat(EW.allowedCommands(l, t("2026-03-03T10:00:00Z")))
              .doesNotContain(CommandType.DECIDE_ALLEGATION).contains(CommandType.REFER, CommandType.FALL_BACK_TO_FORMAL);
        }),
        row("SI 2020/2 reg 4(1): a same-incident matter that need only be recorded (a possible disciplinary matter)"
            + " does not require referral, and informal handling may finish", () -> {
          ComplaintCase l = linked(informal(), RelatedCase.sameIncident(OTHER, List.of(SeriousnessFlag.POSSIBLE_DISCIPLINARY)));
          assertThat(EW.assess(l, t("2026-03-03T10:00:00Z")).escalations()).isEmpty();
          assertThat(EW.execute(l, finish("2026-03-03T10:00:00Z")).isRight()).isTrue();
        }),
        row("SI 2020/2 reg 4(1): a linked case the caller passes in is judged by its own allegations, not by the flags"
            + " the link recorded", () -> {
          ComplaintCase other = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).id(OTHER.value())
              .receivedAt("2026-03-01T08:00:00Z");
          ComplaintCase c = linked(assessed(), RelatedCase.sameIncident(OTHER, List.of(SeriousnessFlag.SERIOUS_INJURY)));
          assertThat(EW.assess(c, List.of(other), t("2026-03-03T10:00:00Z")).escalations()).isEmpty();
          ComplaintCase serious = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).id(OTHER.value())
              .flags(SeriousnessFlag.SERIOUS_SEXUAL_OFFENCE).receivedAt("2026-03-01T08:00:00Z");
          assertThat(EW.assess(c, List.of(serious), t("2026-03-03T10:00:00Z")).escalations().single().triggers())
              .containsExactly(SeriousnessFlag.SERIOUS_SEXUAL_OFFENCE);
        }),
        row("SI 2020/2 reg 4(1): a link to another kind of related case records no flags and requires nothing", () -> {
          ComplaintCase l = linked(assessed(), new RelatedCase(OTHER, Relation.SAME_SUBJECT));
          assertThat(EW.assess(l, t("2026-03-03T10:00:00Z")).escalations()).isEmpty();
        }),
        row("Sch. 3 para 2(6)(a): a complainant who asks for formal handling during informal handling is warned about"
            + " until the case returns to formal handling", () -> {
          ComplaintCase insists = step(informal(), x -> x.recordConsent(COMPLAINANT, ConsentPurpose.INFORMAL_RESOLUTION,
              ConsentState.REFUSED, Stamp.of(t("2026-03-02T12:00:00Z"), ACTOR, "wants it recorded")));
          assertThat(warnings(insists, "2026-03-02T13:00:00Z")).contains("warning.informal.complainantInsists");
          assertThat(refusal(EW, insists, finish("2026-03-02T13:00:00Z"))).isEqualTo("informal.complainantInsists");
          ComplaintCase formal = step(insists, x -> x.fallBackToFormal(Stamp.of(t("2026-03-02T14:00:00Z"), ACTOR)));
          assertThat(warnings(formal, "2026-03-02T15:00:00Z")).noneMatch(k -> k.startsWith("warning.informal."));
        }),
        row("Sch. 3 para 2(6A): an allegation added during informal handling that makes Schedule 3 handling mandatory"
            + " is warned about and stops the informal finish", () -> {
          ComplaintCase c = step(informal(), x -> x.addAllegation(org.oversight.complaint.core.Allegation.of(
              org.oversight.complaint.core.AllegationId.of("A2"), org.oversight.complaint.core.CategoryCode.of("CONDUCT"),
              "kicked", List.of(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE), List.of(SUBJECT)),
              Stamp.of(t("2026-03-02T12:00:00Z"), ACTOR)));
          assertThat(warnings(c, "2026-03-02T13:00:00Z")).contains("warning.informal.excludedFlag");
          assertThat(refusal(EW, c, finish("2026-03-02T13:00:00Z"))).isEqualTo("informal.excludedFlag");
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
