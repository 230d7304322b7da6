package org.oversight.complaint.rules.jurisdiction;

import static org.oversight.complaint.core.SeriousnessFlag.ABUSE_OF_POSITION_SEXUAL;
import static org.oversight.complaint.core.SeriousnessFlag.DEATH;
import static org.oversight.complaint.core.SeriousnessFlag.DISCRIMINATION_AGGRAVATED;
import static org.oversight.complaint.core.SeriousnessFlag.ECHR_ART2_ART3;
import static org.oversight.complaint.core.SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE;
import static org.oversight.complaint.core.SeriousnessFlag.POSSIBLE_DISCIPLINARY;
import static org.oversight.complaint.core.SeriousnessFlag.RELEVANT_OFFENCE;
import static org.oversight.complaint.core.SeriousnessFlag.SERIOUS_ASSAULT;
import static org.oversight.complaint.core.SeriousnessFlag.SERIOUS_CORRUPTION;
import static org.oversight.complaint.core.SeriousnessFlag.SERIOUS_INJURY;
import static org.oversight.complaint.core.SeriousnessFlag.SERIOUS_SEXUAL_OFFENCE;
import static org.oversight.complaint.core.Track.CONDUCT_COMPLAINT;
import static org.oversight.complaint.core.Track.CRIMINAL_REPORT;
import static org.oversight.complaint.core.Track.DEATH_OR_SERIOUS_INJURY;
import static org.oversight.complaint.core.Track.RECORDABLE_CONDUCT_MATTER;
import static org.oversight.complaint.core.Track.SERVICE_COMPLAINT;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.function.Function;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.ReferralKind;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.StatementForm;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.WrongBodyTime;
import org.oversight.complaint.rules.Addressee;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.CommandRule;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.DelaySchedule;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.EligibilityRule;
import org.oversight.complaint.rules.EscalationRule;
import org.oversight.complaint.rules.FeedbackRule;
import org.oversight.complaint.rules.InformalResolutionRule;
import org.oversight.complaint.rules.MeasureRule;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.OnBehalfPermission;
import org.oversight.complaint.rules.OutcomeNotice;
import org.oversight.complaint.rules.OutcomeNoticeRule;
import org.oversight.complaint.rules.OutcomeTaxonomy;
import org.oversight.complaint.rules.PatternRule;
import org.oversight.complaint.rules.RegistrationRule;
import org.oversight.complaint.rules.ReviewRule;
import org.oversight.complaint.rules.Route;
import org.oversight.complaint.rules.RoutingRule;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.TimeLimitRule;
import org.oversight.complaint.rules.Waivability;
import org.oversight.complaint.rules.WarningThreshold;

/**
 * England and Wales' rules (Police Reform Act 2002 Part 2 and Schedule 3, SI 2020/2): the
 * appropriate authority (AA) records complaints, and must record (handle under Schedule 3) the serious
 * ones; mandatory referral to the IOPC of the reg 4(1) list, of death or serious injury (DSI) matters
 * and of complaints from the same incident; a report to the local policing body and the IOPC when an
 * investigation takes more than 12 months, then every 6 months (reg 13); an outcome letter naming the
 * review body, with 28 days for a review starting the day after it (reg 29(2)); no review of directed
 * or independent investigations or of handling outside Schedule 3; withdrawal of a referred complaint
 * reported to the IOPC, which may continue it (reg 38); the outcome told to interested persons, such as the
 * bereaved family, and to a victim seriously injured as the alleged result of the conduct, on every track
 * (PRA s. 21(2)), within the outcome letter's period. The pack applies to matters lodged from
 * {@link #REGIME_START}; it refuses to register, assess, refer or handle an earlier one, and its
 * assessment warns about it. Who may complain is checked (PRA s. 12): a complaint with no eligible
 * complainant is not handled but may be rejected as not eligible, and one made on someone's behalf is
 * neither registered nor handled until their written permission is on record. A repeat complaint with
 * nothing fresh is flagged and may be rejected as one (reg 6), only when linked to the complaint it repeats.
 * A withdrawal is made by the complainant or a representative acting for them, and records its form: a
 * signed notification (reg 38), or otherwise, when the complainant is asked to confirm it in writing (reg 39,
 * a parameter). Only the appropriate authority imposes a
 * disciplinary or management measure (the local policing body for a measure about the chief officer, PRA
 * s. 29(1)); the IOPC does not, but on a case it oversees it may direct disciplinary proceedings, after which
 * a measure about that officer that brings none is refused (Sch. 3 para 27).
 *
 * <p>Values that no statute or published practice confirms are {@link Parameters} with documented defaults.
 *
 * <p>This class is a static factory and cannot be instantiated.
 *
 * @since 0.1
 */
public final class EnglandWalesRules {

  /** The jurisdiction code (ISO 3166-2 GB-EAW). */
  public static final JurisdictionCode JURISDICTION = JurisdictionCode.of("GB-EAW");
  /** The zone for day arithmetic. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");
  /** The Independent Office for Police Conduct. */
  public static final Body IOPC = Body.of("EW-IOPC");

  /** The definition of a complaint. */
  public static final LegalBasis COMPLAINT = LegalBasis.of("Police Reform Act 2002 s. 12(1)");
  /** Who may complain: the person affected, a witness, or someone acting on their behalf with written permission. */
  public static final LegalBasis STANDING = LegalBasis.of("Police Reform Act 2002 s. 12(1A)-(1B)");
  /** Initial handling, recording and handling outside Schedule 3. */
  public static final LegalBasis RECORDING = LegalBasis.of("Police Reform Act 2002 Sch. 3 para 2(6)-(6C)");
  /**
   * Mandatory referral of a complaint of a description the regulations specify (the reg 4(1) list, a chief
   * officer, the same incident): para 4(1)(b); death or serious injury is para 4(1)(a), {@link #DSI}.
   */
  public static final LegalBasis REFERRAL = LegalBasis.of("Police Reform Act 2002 Sch. 3 para 4(1)(b); SI 2020/2 reg 4(1)");
  /**
   * Mandatory referral of a recordable conduct matter (no complaint): para 13(1), the matters of reg 7(1)
   * (track {@link Track#RECORDABLE_CONDUCT_MATTER}).
   */
  public static final LegalBasis CONDUCT_MATTER_REFERRAL = LegalBasis.of(
      "Police Reform Act 2002 Sch. 3 para 13(1); SI 2020/2 reg 7(1)");
  /** A complaint alleging death or serious injury (para 4(1)(a)), and DSI matters (Part 2A: record, preserve, refer). */
  public static final LegalBasis DSI = LegalBasis.of("Police Reform Act 2002 Sch. 3 paras 4(1)(a), 14A-14C");
  /** The 12-month report. */
  public static final LegalBasis TWELVE_MONTHS = LegalBasis.of("SI 2020/2 reg 13");
  /** Keeping the complainant informed. */
  public static final LegalBasis KEEP_INFORMED = LegalBasis.of("Police Reform Act 2002 ss. 20-21; SI 2020/2 regs 33-34");
  /**
   * A person who has suffered serious injury as the alleged result of the conduct is an interested person,
   * kept informed and told the outcome.
   */
  public static final LegalBasis INJURED_PERSON = LegalBasis.of(
      "Police Reform Act 2002 s. 21(2)(c) (a person seriously injured as the alleged result of the conduct)");

  /** Interested persons (such as the bereaved family) are kept informed and told the outcome. */
  public static final LegalBasis INTERESTED_PERSONS = LegalBasis.of(
      "Police Reform Act 2002 s. 21 (duty to keep interested persons informed, including of the outcome)");
  /**
   * The review of a complaint's outcome: of one handled otherwise than by investigation (para 6A) or
   * investigated locally (para 25), within 28 days (reg 29(2)).
   */
  public static final LegalBasis REVIEW = LegalBasis.of("SI 2020/2 reg 29(2); Police Reform Act 2002 Sch. 3 paras 6A, 25");
  /** Repeat complaints: no duty to investigate one with no fresh indication and no fresh evidence. */
  public static final LegalBasis REPEAT = LegalBasis.of("SI 2020/2 reg 6");
  /** Withdrawal. */
  public static final LegalBasis WITHDRAWAL = LegalBasis.of("SI 2020/2 reg 38");
  /** The form of a withdrawal: a signed notification (reg 38), or otherwise (reg 39). */
  public static final LegalBasis WITHDRAWAL_FORM = LegalBasis.of("SI 2020/2 regs 38-39");
  /** A withdrawal without a signed notification. */
  public static final LegalBasis UNSIGNED_WITHDRAWAL = LegalBasis.of("SI 2020/2 reg 39");
  /** The 2020 regime's start: it applies to complaints and matters coming to attention from 1 February 2020. */
  public static final LegalBasis REGIME = LegalBasis.of(
      "SI 2020/2 reg 1 (in force 1 February 2020); earlier matters under SI 2012/62");
  /** The first day of the 2020 regime, in {@link #ZONE}. */
  public static final LocalDate REGIME_START = LocalDate.of(2020, 2, 1);
  /** The appropriate authority: the chief officer, or the local policing body for a complaint about the chief officer. */
  public static final LegalBasis APPROPRIATE_AUTHORITY = LegalBasis.of("Police Reform Act 2002 s. 29(1) (appropriate authority)");
  /** Obtaining and preserving evidence in a DSI matter. */
  /**
   * The IOPC may direct the appropriate authority to bring disciplinary proceedings, which it must then bring;
   * it imposes no measure itself.
   */
  public static final LegalBasis DIRECTED_PROCEEDINGS = LegalBasis.of(
      "Police Reform Act 2002 Sch. 3 para 27 (IOPC recommendations and directions to bring disciplinary proceedings)");
  public static final LegalBasis PRESERVE_EVIDENCE = LegalBasis.of("Police Reform Act 2002 Sch. 3 para 14B");
  /** Outcome categories and statistics. */
  public static final LegalBasis IOPC_DATA = LegalBasis.of(
      "IOPC Guidance on capturing data about police complaints (2020); IOPC statistics 2022/23");

  /** Flags that make a complaint one the IOPC must be referred (reg 4(1)), apart from death and serious injury. */
  static final EnumSet<SeriousnessFlag> REFERRAL_LIST = EnumSet.of(SERIOUS_ASSAULT, SERIOUS_SEXUAL_OFFENCE,
      SERIOUS_CORRUPTION, ABUSE_OF_POSITION_SEXUAL, DISCRIMINATION_AGGRAVATED, RELEVANT_OFFENCE);
  /**
   * Flags of another matter that, recorded on a same-incident link, make this complaint one the IOPC must
   * be referred (reg 4(1)): the referral list and death or serious injury.
   */
  static final EnumSet<SeriousnessFlag> SAME_INCIDENT_REFERRAL = EnumSet.of(DEATH, SERIOUS_INJURY, SERIOUS_ASSAULT,
      SERIOUS_SEXUAL_OFFENCE, SERIOUS_CORRUPTION, ABUSE_OF_POSITION_SEXUAL, DISCRIMINATION_AGGRAVATED, RELEVANT_OFFENCE);
  /**
   * Flags that, alleged against a chief officer, require referral (reg 4(1)): conduct that may justify
   * criminal or disciplinary proceedings, or a possible breach of ECHR Art. 2 or 3.
   */
  static final EnumSet<SeriousnessFlag> CHIEF_OFFICER_REFERRAL = EnumSet.of(POSSIBLE_CRIMINAL_OFFENCE,
      POSSIBLE_DISCIPLINARY, ECHR_ART2_ART3);
  /** Flags that make Schedule 3 handling mandatory (para 2(6A)). */
  static final EnumSet<SeriousnessFlag> MUST_RECORD = EnumSet.of(DEATH, SERIOUS_INJURY, POSSIBLE_CRIMINAL_OFFENCE,
      POSSIBLE_DISCIPLINARY, ECHR_ART2_ART3, SERIOUS_ASSAULT, SERIOUS_SEXUAL_OFFENCE, SERIOUS_CORRUPTION,
      ABUSE_OF_POSITION_SEXUAL, DISCRIMINATION_AGGRAVATED, RELEVANT_OFFENCE);
  /**
   * Standings that make a complainant eligible where the complaint is not about a person's conduct: someone
   * adversely affected, or acting on their behalf (PRA s. 12(1A)-(1B)).
   */
  static final EnumSet<Standing> ELIGIBLE_FOR_SERVICE = EnumSet.of(Standing.DIRECTLY_AFFECTED,
      Standing.ADVERSELY_AFFECTED, Standing.ON_BEHALF, Standing.PARENT_OF_CHILD);
  /** Standings that make a conduct complainant eligible (PRA s. 12(1A)-(1B)). */
  static final EnumSet<Standing> ELIGIBLE = EnumSet.of(Standing.DIRECTLY_AFFECTED, Standing.ADVERSELY_AFFECTED,
      Standing.WITNESS, Standing.ON_BEHALF, Standing.PARENT_OF_CHILD);

  private EnglandWalesRules() {}

  /**
   * The parameters of the E&amp;W pack whose values no statute or published practice confirms.
   *
   * @param appropriateAuthority the force's appropriate authority (PSD); default {@code EW-AA}, not null
   * @param localPolicingBody the local policing body (PCC), the usual review body; default {@code EW-LPB}, not null
   * @param referralWithin the referral deadline; sources: "end of the day after it becomes clear" UNCONFIRMED; default 1 day, to the end of the next day, not null
   * @param firstContactWithin the period to contact the complainant and seek their views; sources: 5 working days is a published average, not a statutory target; default 5 working days, not null
   * @param complainantUpdateEvery the period of progress updates to the complainant; sources: "at least every 28 days" UNCONFIRMED; default none (not encoded), not null
   * @param filingLimit a filing limit; sources: none found for 2020 (12 months pre-2020) UNCONFIRMED; default none, not null
   * @param withdrawalNoticeWithin the period to tell the IOPC of a withdrawal; sources: none; default 5 working days, not null
   * @param outcomeNoticeWithin the period to send the outcome letter after the decision, to the complainant and to interested persons; sources: none; default 14 days, not null
   * @param pattern how many cases about the same subject or from the same complainant, within which window, make a pattern; default 3 within 12 calendar months, not null
   * @param evidencePreservationWithin the period to record the steps taken to obtain and preserve evidence in a DSI matter; sources: para 14B gives no day count; default the same day, not null
   * @param unsignedWithdrawal what becomes of a withdrawal made without a signed notification; sources: reg 39 covers such withdrawals, its terms UNCONFIRMED; default {@link UnsignedWithdrawal#CONFIRMED_IN_WRITING}, not null
   * @param withdrawalConfirmationWithin the period to ask for written confirmation of such a withdrawal; sources: none; default 5 working days, not null
   */
  public record Parameters(
      Body appropriateAuthority,
      Body localPolicingBody,
      DeadlinePeriod referralWithin,
      DeadlinePeriod firstContactWithin,
      Option<DeadlinePeriod> complainantUpdateEvery,
      Option<DeadlinePeriod> filingLimit,
      DeadlinePeriod withdrawalNoticeWithin,
      DeadlinePeriod outcomeNoticeWithin,
      WarningThreshold pattern,
      DeadlinePeriod evidencePreservationWithin,
      UnsignedWithdrawal unsignedWithdrawal,
      DeadlinePeriod withdrawalConfirmationWithin) {

    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Parameters {
      Objects.requireNonNull(appropriateAuthority, "appropriateAuthority is null");
      Objects.requireNonNull(localPolicingBody, "localPolicingBody is null");
      Objects.requireNonNull(referralWithin, "referralWithin is null");
      Objects.requireNonNull(firstContactWithin, "firstContactWithin is null");
      Objects.requireNonNull(complainantUpdateEvery, "complainantUpdateEvery is null");
      Objects.requireNonNull(filingLimit, "filingLimit is null");
      Objects.requireNonNull(withdrawalNoticeWithin, "withdrawalNoticeWithin is null");
      Objects.requireNonNull(outcomeNoticeWithin, "outcomeNoticeWithin is null");
      Objects.requireNonNull(pattern, "pattern is null");
      Objects.requireNonNull(evidencePreservationWithin, "evidencePreservationWithin is null");
      Objects.requireNonNull(unsignedWithdrawal, "unsignedWithdrawal is null");
      Objects.requireNonNull(withdrawalConfirmationWithin, "withdrawalConfirmationWithin is null");
    }

    /**
     * Returns the documented defaults.
     *
     * @return the defaults, never null
     */
    public static Parameters defaults() {
      return new Parameters(Body.of("EW-AA"), Body.of("EW-LPB"), DeadlinePeriod.days(1),
          DeadlinePeriod.workingDays(5), Option.none(), Option.none(), DeadlinePeriod.workingDays(5),
          DeadlinePeriod.days(14), WarningThreshold.of(3, DeadlinePeriod.calendarMonths(12)),
          DeadlinePeriod.days(0), UnsignedWithdrawal.CONFIRMED_IN_WRITING, DeadlinePeriod.workingDays(5));
    }

    /**
     * Returns a copy with complainant updates.
     *
     * @param every the period, none for none, not null
     * @return the new parameters, never null
     */
    public Parameters withComplainantUpdateEvery(Option<DeadlinePeriod> every) {
      return new Parameters(appropriateAuthority, localPolicingBody, referralWithin, firstContactWithin, every,
          filingLimit, withdrawalNoticeWithin, outcomeNoticeWithin, pattern,
          evidencePreservationWithin, unsignedWithdrawal, withdrawalConfirmationWithin);
    }

    /**
     * Returns a copy with a filing limit.
     *
     * @param limit the limit, none for none, not null
     * @return the new parameters, never null
     */
    public Parameters withFilingLimit(Option<DeadlinePeriod> limit) {
      return new Parameters(appropriateAuthority, localPolicingBody, referralWithin, firstContactWithin,
          complainantUpdateEvery, limit, withdrawalNoticeWithin, outcomeNoticeWithin, pattern,
          evidencePreservationWithin, unsignedWithdrawal, withdrawalConfirmationWithin);
    }

    /**
     * Returns a copy that treats a withdrawal without a signed notification otherwise.
     *
     * @param value {@link UnsignedWithdrawal#REFUSED} to accept only signed notifications, not null
     * @return the new parameters, never null
     * @since 0.1
     */
    public Parameters withUnsignedWithdrawal(UnsignedWithdrawal value) {
      return new Parameters(appropriateAuthority, localPolicingBody, referralWithin, firstContactWithin,
          complainantUpdateEvery, filingLimit, withdrawalNoticeWithin, outcomeNoticeWithin, pattern,
          evidencePreservationWithin, value, withdrawalConfirmationWithin);
    }
  }

  /**
   * What becomes of a withdrawal made without a signed notification (orally, or in an unsigned letter or
   * e-mail). SI 2020/2 reg 38 takes a signed notification by the complainant or their solicitor or agent;
   * reg 39 covers withdrawals without one, in terms no source here confirms.
   *
   * @since 0.1
   */
  public enum UnsignedWithdrawal {
    /** The withdrawal is recorded, and the complainant is asked to confirm it in writing. */
    CONFIRMED_IN_WRITING,
    /** Only a signed notification withdraws the complaint; any other withdrawal is refused. */
    REFUSED
  }

  /**
   * Returns the pack with the default parameters.
   *
   * @return the pack, never null
   */
  public static RulePack pack() {
    return pack(Parameters.defaults());
  }

  /**
   * Returns the pack.
   *
   * @param p the parameters, not null
   * @return the pack, never null
   * @throws NullPointerException if p is null
   */
  public static RulePack pack(Parameters p) {
    Objects.requireNonNull(p, "p is null");
    EnumSet<Track> complaints = EnumSet.of(CONDUCT_COMPLAINT, SERVICE_COMPLAINT);
    Seq<EscalationRule> referrals = complaintsAndConductMatters(DSI, basis -> EscalationRule.onFlags(
            "escalation.deathOrSeriousInjury", EnumSet.of(DEATH, SERIOUS_INJURY), EnumSet.of(DEATH_OR_SERIOUS_INJURY),
            IOPC, p.referralWithin(), basis))
        .appendAll(complaintsAndConductMatters(REFERRAL, basis -> EscalationRule.onFlags(
            "escalation.mandatoryReferral", REFERRAL_LIST, EnumSet.noneOf(Track.class), IOPC, p.referralWithin(), basis)))
        .appendAll(complaintsAndConductMatters(REFERRAL, basis -> EscalationRule.onSubject(
            "escalation.chiefOfficer", SubjectKind.CHIEF_OFFICER, CHIEF_OFFICER_REFERRAL, IOPC, p.referralWithin(),
            basis)));
    EscalationRule direct = EscalationRule.allOf(referrals);
    Route aa = new Route(p.appropriateAuthority(), RECORDING);
    Seq<FeedbackRule> feedback = List.of(
        FeedbackRule.acknowledgement(complaints, Addressee.complainants(), p.firstContactWithin(), RECORDING),
        FeedbackRule.delayNotices(DelaySchedule.builder()
            .rule("feedback.twelveMonthReport")
            .obligation(ObligationKind.OVERSIGHT_REPORT)
            .tracks(EnumSet.allOf(Track.class))
            .start(DelaySchedule.StartPoint.RECEIPT_IF_INVESTIGATED)
            .first(DeadlinePeriod.calendarMonths(12))
            .repeat(Option.some(DeadlinePeriod.calendarMonths(6)))
            .to(Addressee.body(p.localPolicingBody()),
                Addressee.whenInvestigated(EnumSet.of(InvestigationMode.LOCAL), Addressee.body(IOPC)),
                Addressee.whenInvestigated(EnumSet.of(InvestigationMode.DIRECTED, InvestigationMode.INDEPENDENT),
                    Addressee.body(p.appropriateAuthority())))
            .kind(NotificationKind.OVERSIGHT_REPORT)
            .legalBasis(TWELVE_MONTHS)
            .build()),
        FeedbackRule.withdrawalNotice(IOPC, p.withdrawalNoticeWithin(), WITHDRAWAL),
        FeedbackRule.withdrawalConfirmation(p.withdrawalConfirmationWithin(), UNSIGNED_WITHDRAWAL),
        FeedbackRule.noticeAfter("feedback.preserveEvidence", ObligationKind.PRESERVE_EVIDENCE,
            EnumSet.of(DEATH_OR_SERIOUS_INJURY), CaseEvent.ComplaintReceived.class,
            Addressee.body(p.appropriateAuthority()), p.evidencePreservationWithin(),
            NotificationKind.EVIDENCE_PRESERVATION, PRESERVE_EVIDENCE),
        FeedbackRule.outcomeNotice("outcome.interestedPersons", EnumSet.allOf(Track.class),
            Addressee.role(PartyRole.INTERESTED_PERSON), p.outcomeNoticeWithin(), INTERESTED_PERSONS),
        FeedbackRule.outcomeNotice("outcome.injuredPerson", EnumSet.allOf(Track.class),
            Addressee.whenFlagged(EnumSet.of(SERIOUS_INJURY), Addressee.role(PartyRole.VICTIM)),
            p.outcomeNoticeWithin(), INJURED_PERSON));
    if (p.complainantUpdateEvery().isDefined()) {
      DeadlinePeriod every = p.complainantUpdateEvery().get();
      feedback = feedback.append(FeedbackRule.delayNotices(DelaySchedule.builder()
          .rule("feedback.progressUpdate")
          .tracks(complaints)
          .first(every)
          .repeat(Option.some(every))
          .to(Addressee.complainants())
          .kind(NotificationKind.PROGRESS_UPDATE)
          .legalBasis(KEEP_INFORMED)
          .build()));
    }
    return RulePack.builder("GB-EAW", JURISDICTION, ZONE)
        .escalation(referrals.append(
            EscalationRule.sameIncident("escalation.sameIncident", direct, SAME_INCIDENT_REFERRAL, IOPC,
                p.referralWithin(), REFERRAL)))
        .timeLimit(p.filingLimit()
            .map(l -> TimeLimitRule.of(l, complaints, Waivability.WAIVABLE,
                LegalBasis.of("SI 2012/62 reg 15(3)(b) (pre-2020)")))
            .getOrElse(TimeLimitRule.none()))
        .registration(RegistrationRule.of(RegistrationRequirements.of(RequiredDetail.DESCRIPTION), COMPLAINT))
        .routing(RoutingRule.byTrack(HashMap.of(
            CONDUCT_COMPLAINT, aa, SERVICE_COMPLAINT, aa, CRIMINAL_REPORT, aa,
            DEATH_OR_SERIOUS_INJURY, aa, RECORDABLE_CONDUCT_MATTER, aa))
            .whenCase(EnumSet.of(CONDUCT_COMPLAINT, CRIMINAL_REPORT, RECORDABLE_CONDUCT_MATTER),
                EnglandWalesRules::aboutChiefOfficer, new Route(p.localPolicingBody(), APPROPRIATE_AUTHORITY)))
        .informalResolution(InformalResolutionRule.of(complaints, MUST_RECORD,
            InformalResolutionRule.Consent.NOT_REQUIRED, InformalResolutionRule.Insistence.ALLOWED, RECORDING))
        .feedback(feedback)
        .eligibility(List.of(
            EligibilityRule.lodgedFrom("regime.notInForce", REGIME_START, BRINGS_INTO_HANDLING, REGIME),
            EligibilityRule.standing(EnumSet.of(CONDUCT_COMPLAINT), ELIGIBLE, HANDLING, STANDING),
            EligibilityRule.standing(EnumSet.of(SERVICE_COMPLAINT), ELIGIBLE_FOR_SERVICE, HANDLING, STANDING),
            EligibilityRule.repeatComplaint(REPEAT))
            .appendAll(OnBehalfPermission.WRITTEN.rules(complaints, STANDING)))
        .commandRules(List.of(CommandRule.ownDecisionsOnly(HashMap.empty(), APPROPRIATE_AUTHORITY),
            CommandRule.repeatComplaints(REPEAT),
            CommandRule.withdrawnByComplainant(WITHDRAWAL),
            CommandRule.withdrawalForms(p.unsignedWithdrawal() == UnsignedWithdrawal.REFUSED
                ? EnumSet.of(StatementForm.SIGNED_WRITTEN) : EnumSet.allOf(StatementForm.class), WITHDRAWAL_FORM)))
        .measures(MeasureRule.directedBy(IOPC, EnglandWalesRules::iopcOversees,
            MeasureRule.bySubject(EnumSet.of(SubjectKind.CHIEF_OFFICER),
                MeasureRule.imposedBy(java.util.Set.of(p.localPolicingBody()), APPROPRIATE_AUTHORITY),
                MeasureRule.imposedBy(java.util.Set.of(p.appropriateAuthority()), APPROPRIATE_AUTHORITY)),
            DIRECTED_PROCEEDINGS))
        .outcomeNotice(OutcomeNoticeRule.forTracks(complaints,
            new OutcomeNotice(List.of(Addressee.complainants()), p.outcomeNoticeWithin(),
                OutcomeNotice.Reasons.NOT_REQUIRED, KEEP_INFORMED)))
        .review(reviewRule(p.localPolicingBody()))
        .pattern(PatternRule.repeated(p.pattern()))
        .outcomes(OutcomeTaxonomy.of(
            List.of("SERVICE_ACCEPTABLE", "SERVICE_NOT_ACCEPTABLE", "UNABLE_TO_DETERMINE", "NFA",
                "CASE_TO_ANSWER_MISCONDUCT", "CASE_TO_ANSWER_GROSS_MISCONDUCT", "NO_CASE_TO_ANSWER", "RPRP"),
            List.of("SERVICE_NOT_ACCEPTABLE"),
            List.of("SERVICE_ACCEPTABLE", "SERVICE_NOT_ACCEPTABLE", "UNABLE_TO_DETERMINE"),
            IOPC_DATA))
        .disclosure(disclosure())
        .build();
  }

  /**
   * Returns the E&amp;W disclosure policy: the complainant is told the outcome with reasons and the review
   * route, the referrals, and the action taken ({@link Disclosable#MEASURES}: the complainant is kept
   * properly informed of the outcome including any action taken, Police Reform Act 2002 s. 20, SI 2020/2
   * regs 33-34); the subject is told the outcome and the measures concerning them; the public sees status
   * and outcome statistics; the complainant never sees other parties' personal data. Interested persons
   * ({@link Audience#INTERESTED_PERSON}, such as the bereaved family) are kept properly informed as a
   * complainant is (Police Reform Act 2002 s. 21): progress, the allegations, findings with reasons and the
   * action taken; not the review route, which only a complainant has (SI 2020/2 reg 29), nor the
   * notifications sent to others.
   *
   * @return the policy, never null
   */
  public static DisclosurePolicy disclosure() {
    return DisclosurePolicy.internalOnly()
        .allowing(Audience.COMPLAINANT, Disclosable.STATUS, Disclosable.INCIDENT, Disclosable.ALLEGATIONS,
            Disclosable.OUTCOMES, Disclosable.REASONS, Disclosable.MEASURES, Disclosable.REVIEW_ROUTE,
            Disclosable.COMPLAINANT_IDENTITY, Disclosable.NOTIFICATIONS, Disclosable.REFERRALS)
        .allowing(Audience.SUBJECT, Disclosable.STATUS, Disclosable.INCIDENT, Disclosable.ALLEGATIONS,
            Disclosable.OUTCOMES, Disclosable.REASONS, Disclosable.MEASURES, Disclosable.SUBJECT_IDENTITY,
            Disclosable.NOTIFICATIONS)
        .allowing(Audience.PUBLIC, Disclosable.STATUS, Disclosable.OUTCOMES)
        .allowing(Audience.INTERESTED_PERSON, Disclosable.STATUS, Disclosable.INCIDENT, Disclosable.ALLEGATIONS,
            Disclosable.OUTCOMES, Disclosable.REASONS, Disclosable.MEASURES);
  }

  /**
   * The review rule (reg 29, Sch. 3 paras 6A and 25): for a recorded complaint handled by local investigation
   * or otherwise than by investigation, told as an outcome; none for directed or independent
   * investigations, for handling outside Schedule 3 (informal handling never followed by a fall-back
   * to formal handling), or when no complainant is eligible. The IOPC reviews when the complaint was
   * referred to it, concerns a chief officer, or alleges conduct that could justify criminal or
   * disciplinary proceedings or an Art. 2/3 breach (or any referral-list flag); otherwise the local
   * policing body. The window is 28 days starting with the day after the outcome is told (reg 29(2));
   * time an application spends with a body other than the review body is left out (reg 29(3)).
   *
   * @param localPolicingBody the local policing body, not null
   * @return the rule, never null
   */
  public static ReviewRule reviewRule(Body localPolicingBody) {
    Objects.requireNonNull(localPolicingBody, "localPolicingBody is null");
    return (complaint, occasion, toldAt, zone) -> {
      if (occasion != ReviewRule.Occasion.OUTCOME
          || !EnumSet.of(CONDUCT_COMPLAINT, SERVICE_COMPLAINT).contains(complaint.track())
          || complaint.investigation().exists(i -> i.mode() != InvestigationMode.LOCAL)
          || outsideSchedule3(complaint)
          || !eligibleComplainant(complaint)) {
        return Option.none();
      }
      Body body = iopcReviews(complaint) ? IOPC : localPolicingBody;
      return Option.some(ReviewRoute.of(body, DeadlinePeriod.days(28).deadline(toldAt, zone), REVIEW)
          .withWrongBodyTime(WrongBodyTime.EXCLUDED));
    };
  }

  /** The commands that handle a complaint; an ineligible one may still be registered, assessed and rejected. */
  private static final EnumSet<CommandType> HANDLING = EnumSet.of(CommandType.START_INFORMAL_RESOLUTION,
      CommandType.OPEN_INVESTIGATION, CommandType.DECIDE_ALLEGATION);

  /** Officers whose complaints the IOPC reviews (PRA 2002 s. 29: above the rank of chief superintendent). */
  private static final EnumSet<SubjectKind> SENIOR_RANKS = EnumSet.of(SubjectKind.CHIEF_OFFICER,
      SubjectKind.SENIOR_OFFICER);

  /** The commands that bring a matter into handling under the pack. */
  private static final EnumSet<CommandType> BRINGS_INTO_HANDLING = EnumSet.of(CommandType.REGISTER,
      CommandType.ASSESS, CommandType.REFER, CommandType.START_INFORMAL_RESOLUTION, CommandType.OPEN_INVESTIGATION);

  static boolean aboutChiefOfficer(ComplaintCase c) {
    return c.parties(PartyRole.SUBJECT).exists(s -> s.subjectKind().contains(SubjectKind.CHIEF_OFFICER));
  }

  /**
   * A referral rule twice: for complaints under its own basis, and for recordable conduct matters under
   * para 13(1) and reg 7(1), which refer conduct matters on the same grounds as para 4 refers complaints.
   */
  private static Seq<EscalationRule> complaintsAndConductMatters(LegalBasis forComplaints,
      Function<LegalBasis, EscalationRule> rule) {
    return List.of(rule.apply(forComplaints).unless(EnglandWalesRules::conductMatter),
        rule.apply(CONDUCT_MATTER_REFERRAL).unless(c -> !conductMatter(c)));
  }

  /**
   * Whether the IOPC oversees the case, and so may direct disciplinary proceedings on it (Sch. 3 para 27): it
   * was referred to the IOPC, investigated by it or under its direction, or reviewed by it.
   */
  static boolean iopcOversees(ComplaintCase c) {
    return c.referrals().exists(r -> r.kind() == ReferralKind.OVERSIGHT && r.to().equals(IOPC))
        || c.investigation().exists(i -> i.mode() == InvestigationMode.DIRECTED || i.mode() == InvestigationMode.INDEPENDENT)
        || c.reviews().exists(r -> r.body().equals(IOPC));
  }

  static boolean conductMatter(ComplaintCase c) {
    return c.track() == RECORDABLE_CONDUCT_MATTER;
  }

  static boolean outsideSchedule3(ComplaintCase c) {
    Seq<CaseEvent> h = c.history();
    int informal = h.lastIndexWhere(e -> e instanceof CaseEvent.InformalResolutionStarted);
    int formal = h.lastIndexWhere(e -> e instanceof CaseEvent.FellBackToFormal);
    return informal >= 0 && formal < informal;
  }

  static boolean eligibleComplainant(ComplaintCase c) {
    Seq<Party> complainants = c.parties(PartyRole.COMPLAINANT);
    return complainants.exists(p -> p.standing().isEmpty() || ELIGIBLE.contains(p.standing().get()));
  }

  /**
   * Whether the IOPC is the relevant review body (Sch. 3 para 6A; IOPC statutory guidance 2020): the
   * matter was referred to it, concerns a senior officer (the chief officer or another officer above chief
   * superintendent), or could justify criminal or disciplinary proceedings or engages Articles 2 or 3.
   */
  static boolean iopcReviews(ComplaintCase c) {
    return c.referrals().exists(r -> r.kind() == ReferralKind.OVERSIGHT && r.to().equals(IOPC))
        || c.parties(PartyRole.SUBJECT).exists(s -> s.subjectKind().exists(SENIOR_RANKS::contains))
        || c.hasFlag(POSSIBLE_CRIMINAL_OFFENCE) || c.hasFlag(POSSIBLE_DISCIPLINARY) || c.hasFlag(ECHR_ART2_ART3)
        || REFERRAL_LIST.stream().anyMatch(c::hasFlag) || c.hasFlag(DEATH) || c.hasFlag(SERIOUS_INJURY);
  }
}
