package org.oversight.complaint.rules.jurisdiction;

import static org.oversight.complaint.core.SeriousnessFlag.ABUSE_OF_POSITION_SEXUAL;
import static org.oversight.complaint.core.SeriousnessFlag.DEATH;
import static org.oversight.complaint.core.SeriousnessFlag.ECHR_ART2_ART3;
import static org.oversight.complaint.core.SeriousnessFlag.FIREARM_DISCHARGE;
import static org.oversight.complaint.core.SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE;
import static org.oversight.complaint.core.SeriousnessFlag.SERIOUS_ASSAULT;
import static org.oversight.complaint.core.SeriousnessFlag.SERIOUS_CORRUPTION;
import static org.oversight.complaint.core.SeriousnessFlag.SERIOUS_INJURY;
import static org.oversight.complaint.core.SeriousnessFlag.SERIOUS_SEXUAL_OFFENCE;
import static org.oversight.complaint.core.Track.CONDUCT_COMPLAINT;
import static org.oversight.complaint.core.Track.CRIMINAL_REPORT;
import static org.oversight.complaint.core.Track.DEATH_OR_SERIOUS_INJURY;
import static org.oversight.complaint.core.Track.DISPOSITION_COMPLAINT;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.Standing;
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
 * Denmark's rules (retsplejeloven kapitel 93 b and 93 c; each rule names its legal basis): the independent authority Den Uafhængige Politiklagemyndighed (DUP)
 * decides conduct complaints (adfærdsklager, retsplejeloven kap. 93 b) and investigates criminal
 * reports of offences in service (kap. 93 c; one committed off duty goes to the police district) and
 * every death or serious injury after police intervention or in custody
 * (§ 1020 a stk. 2); a 6-month filing limit that DUP may disregard (§ 1019 a stk. 3), a complaint without
 * an incident date being registered and the date asked for with the receipt letter; notitssag only
 * with the complainant's consent (§ 1019 k); delay notices after 6 months (conduct, to complainant
 * and officer) and after 1 year then every 6 months (criminal, § 1020 f); conduct decisions are
 * final; a rejected criminal report may be appealed to the statsadvokat within 4 weeks.
 *
 * <p>Values that no statute or published practice confirms are {@link Parameters} with documented defaults.
 *
 * <p>This class is a static factory and cannot be instantiated.
 *
 * @since 0.1
 */
public final class DenmarkRules {

  /** The jurisdiction code. */
  public static final JurisdictionCode JURISDICTION = JurisdictionCode.of("DK");
  /** The zone for day arithmetic. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
  /** Den Uafhængige Politiklagemyndighed. */
  public static final Body DUP = Body.of("DK-DUP");
  /** The regional public prosecutor. */
  public static final Body STATSADVOKATEN = Body.of("DK-STATSADVOKATEN");
  /** The Director of Public Prosecutions. */
  public static final Body RIGSADVOKATEN = Body.of("DK-RIGSADVOKATEN");
  /** The National Police, the employer side that decides on disciplinary proceedings after DUP's decision. */
  public static final Body RIGSPOLITIET = Body.of("DK-RIGSPOLITIET");

  /** Conduct complaints. */
  public static final LegalBasis KAP_93B = LegalBasis.of("retsplejeloven kap. 93 b");
  /** Criminal cases against police staff. */
  public static final LegalBasis KAP_93C = LegalBasis.of("retsplejeloven kap. 93 c");
  /** The 6-month filing limit. */
  public static final LegalBasis FILING_LIMIT = LegalBasis.of("retsplejeloven § 1019 a, stk. 3");
  /** Notitssagsbehandling. */
  public static final LegalBasis NOTITSSAG = LegalBasis.of("retsplejeloven § 1019 k");
  /** Decision within reasonable time; notice after 6 months. */
  public static final LegalBasis CONDUCT_DELAY = LegalBasis.of(
      "retsplejeloven § 1019 n; politiklagemyndigheden.dk (sagsbehandlingstider)");
  /** Notice in criminal cases after 1 year, then every 6 months. */
  public static final LegalBasis CRIMINAL_DELAY = LegalBasis.of("retsplejeloven § 1020 f");
  /** Mandatory investigation of death or serious injury. */
  public static final LegalBasis DEATH_OR_INJURY = LegalBasis.of("retsplejeloven § 1020 a, stk. 2");
  /** Criminal investigation on reasonable suspicion. */
  public static final LegalBasis CRIMINAL_SUSPICION = LegalBasis.of("retsplejeloven § 1020 a, stk. 1");
  /** DUP investigates criminal offences in service; one committed off duty is an ordinary criminal case for the police. */
  public static final LegalBasis IN_SERVICE = LegalBasis.of(
      "retsplejeloven kap. 93 c, § 1020 a, stk. 1 (strafbart forhold begået i tjenesten)");
  /** Police and prosecution forward complaints to DUP immediately. */
  public static final LegalBasis FORWARDING = LegalBasis.of(
      "retsplejeloven kap. 93 b og 93 c (videresendelse straks til Politiklagemyndigheden)");
  /** Appeal of a rejected criminal report to the statsadvokat, 4 weeks. */
  public static final LegalBasis REJECTION_APPEAL = LegalBasis.of(
      "retsplejeloven kap. 93 c; politiklagemyndigheden.dk (anmeldelse om strafbart forhold: klage inden 4 uger)");
  /** The receipt letter. */
  public static final LegalBasis RECEIPT_LETTER = LegalBasis.of(
      "politiklagemyndigheden.dk (sagsforløb: kvitteringsbrev)");
  /** The statistics and the "medhold" definition. */
  public static final LegalBasis DUP_STATISTICS = LegalBasis.of(
      "Folketinget REU Alm.del 2021-22 spm. 421, bilag (DUP statistik); Nærhed og tryghed 2.2.6");
  /** Who decides: DUP decides conduct complaints; the statsadvokat decides on DUP's report. */
  public static final LegalBasis DECIDING_BODY = LegalBasis.of(
      "retsplejeloven § 1019 n (Politiklagemyndigheden afgør adfærdsklager); § 1020 f (statsadvokatens afgørelse)");
  /** The decision in a mandatory death or injury investigation goes to the next of kin and the injured. */
  public static final LegalBasis DEATH_OR_INJURY_NOTICE = LegalBasis.of(
      "retsplejeloven § 1020 a, stk. 2; § 1020 f (de efterladte og den skadelidte underrettes om afgørelsen)");
  /**
   * Who imposes measures: DUP decides a conduct complaint and the statsadvokat prosecution; the employer side
   * (Rigspolitiet, and the police district as the officer's management) decides disciplinary and management
   * measures.
   */
  public static final LegalBasis DISCIPLINARY = LegalBasis.of(
      "retsplejeloven § 1019 (Politiklagemyndigheden afgør adfærdsklager); politi.dk: Politipersonalets adfærd "
          + "(Rigspolitiet vurderer, om der skal indledes en disciplinærsag)");
  /** Who may make a conduct complaint: chapter 93 b names no restriction (a parameter, since not confirmed). */
  public static final LegalBasis STANDING = LegalBasis.of(
      "retsplejeloven § 1019 a (klage over adfærd; kap. 93 b afgrænser ikke, hvem der kan klage)");
  /** Correct registration so that patterns can be found again. */
  public static final LegalBasis REGISTRATION_PLAN = LegalBasis.of("Nærhed og tryghed (2018), initiativ 2.2.5");

  private DenmarkRules() {}

  /**
   * The parameters of the Danish pack whose values no statute or published practice confirms.
   *
   * @param district the police district that forwards complaints and handles disposition complaints; default {@code DK-POLITIKREDS}, not null
   * @param receiptLetterWithin the period for the receipt letter; sources: no statutory day count; default 5 working days, not null
   * @param forwardWithin the period for "immediately" (forwarding to DUP, notifying a death or injury); default the same day, not null
   * @param conductDelayRepeat whether the 6-month conduct notice repeats; sources: not stated; default none, not null
   * @param rigsadvokatenAppealWindow the appeal window over a statsadvokat's decision; sources: UNCONFIRMED; default none (not encoded), not null
   * @param outcomeNoticeWithin the period to send the decision; sources: none found; default 14 days, not null
   * @param registration the details required at registration; sources: not stated; default a description; a missing incident time (needed for the filing limit) is requested after registration, with the receipt letter, not null
   * @param pattern how many cases about the same subject or from the same complainant, within which window, make a pattern; default 3 within 12 calendar months, not null
   * @param disciplinaryAuthority the employer body that decides disciplinary measures, besides the district; sources: the employer side (Rigspolitiet), whether and how DUP refers for discipline UNCONFIRMED; default {@link DenmarkRules#RIGSPOLITIET}, not null
   * @param eligibleStandings the standings that allow a conduct complaint; sources: who may complain is UNCONFIRMED, kap. 93 b names no restriction; default every standing, not null
   * @param onBehalfPermission whether a complaint on someone's behalf needs their written permission before it is registered or handled; sources: none in the sources this pack follows; default {@link OnBehalfPermission#NOT_REQUIRED}, not null
   */
  public record Parameters(
      Body district,
      DeadlinePeriod receiptLetterWithin,
      DeadlinePeriod forwardWithin,
      Option<DeadlinePeriod> conductDelayRepeat,
      Option<DeadlinePeriod> rigsadvokatenAppealWindow,
      DeadlinePeriod outcomeNoticeWithin,
      RegistrationRequirements registration,
      WarningThreshold pattern,
      Body disciplinaryAuthority,
      Set<Standing> eligibleStandings,
      OnBehalfPermission onBehalfPermission) {

    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Parameters {
      Objects.requireNonNull(district, "district is null");
      Objects.requireNonNull(receiptLetterWithin, "receiptLetterWithin is null");
      Objects.requireNonNull(forwardWithin, "forwardWithin is null");
      Objects.requireNonNull(conductDelayRepeat, "conductDelayRepeat is null");
      Objects.requireNonNull(rigsadvokatenAppealWindow, "rigsadvokatenAppealWindow is null");
      Objects.requireNonNull(outcomeNoticeWithin, "outcomeNoticeWithin is null");
      Objects.requireNonNull(registration, "registration is null");
      Objects.requireNonNull(pattern, "pattern is null");
      Objects.requireNonNull(disciplinaryAuthority, "disciplinaryAuthority is null");
      Objects.requireNonNull(eligibleStandings, "eligibleStandings is null");
      Objects.requireNonNull(onBehalfPermission, "onBehalfPermission is null");
    }

    /**
     * Returns the documented defaults.
     *
     * @return the defaults, never null
     */
    public static Parameters defaults() {
      return new Parameters(Body.of("DK-POLITIKREDS"), DeadlinePeriod.workingDays(5), DeadlinePeriod.days(0),
          Option.none(), Option.none(), DeadlinePeriod.days(14),
          RegistrationRequirements.of(RequiredDetail.DESCRIPTION),
          WarningThreshold.of(3, DeadlinePeriod.calendarMonths(12)), RIGSPOLITIET,
          HashSet.of(Standing.values()), OnBehalfPermission.NOT_REQUIRED);
    }

    /**
     * Returns a copy with an appeal window to Rigsadvokaten.
     *
     * @param window the window, none for no route, not null
     * @return the new parameters, never null
     */
    public Parameters withRigsadvokatenAppealWindow(Option<DeadlinePeriod> window) {
      return new Parameters(district, receiptLetterWithin, forwardWithin, conductDelayRepeat, window,
          outcomeNoticeWithin, registration, pattern, disciplinaryAuthority, eligibleStandings, onBehalfPermission);
    }

    /**
     * Returns a copy with another receipt-letter period.
     *
     * @param within the period, not null
     * @return the new parameters, never null
     */
    public Parameters withReceiptLetterWithin(DeadlinePeriod within) {
      return new Parameters(district, within, forwardWithin, conductDelayRepeat, rigsadvokatenAppealWindow,
          outcomeNoticeWithin, registration, pattern, disciplinaryAuthority, eligibleStandings, onBehalfPermission);
    }

    /**
     * Returns a copy in which only the given standings allow a conduct complaint (who may complain under
     * kap. 93 b is not confirmed; the default is everyone).
     *
     * @param standings the eligible standings, not null
     * @return the new parameters, never null
     * @since 0.1
     */
    public Parameters withEligibleStandings(Set<Standing> standings) {
      return new Parameters(district, receiptLetterWithin, forwardWithin, conductDelayRepeat, rigsadvokatenAppealWindow,
          outcomeNoticeWithin, registration, pattern, disciplinaryAuthority, standings, onBehalfPermission);
    }

    /**
     * Returns a copy that does or does not ask for the written permission of the person a complaint is made for.
     *
     * @param permission {@link OnBehalfPermission#WRITTEN} to ask for it, not null
     * @return the new parameters, never null
     * @since 0.1
     */
    public Parameters withOnBehalfPermission(OnBehalfPermission permission) {
      return new Parameters(district, receiptLetterWithin, forwardWithin, conductDelayRepeat,
          rigsadvokatenAppealWindow, outcomeNoticeWithin, registration, pattern, disciplinaryAuthority,
          eligibleStandings, permission);
    }
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
    EnumSet<org.oversight.complaint.core.Track> conduct = EnumSet.of(CONDUCT_COMPLAINT);
    EnumSet<org.oversight.complaint.core.Track> criminal = EnumSet.of(CRIMINAL_REPORT, DEATH_OR_SERIOUS_INJURY);
    ReviewRule rigsadvokaten = p.rigsadvokatenAppealWindow()
        .map(w -> ReviewRule.of(criminal, ReviewRule.Occasion.OUTCOME, RIGSADVOKATEN, w, KAP_93C))
        .getOrElse(ReviewRule.none());
    return RulePack.builder("DK", JURISDICTION, ZONE)
        .escalation(List.of(
            EscalationRule.onFlags("escalation.deathOrSeriousInjury", EnumSet.of(DEATH, SERIOUS_INJURY),
                EnumSet.of(DEATH_OR_SERIOUS_INJURY), DUP, p.forwardWithin(), DEATH_OR_INJURY),
            EscalationRule.onFlags("escalation.criminalSuspicion", EnumSet.of(POSSIBLE_CRIMINAL_OFFENCE),
                EnumSet.of(CRIMINAL_REPORT), DUP, p.forwardWithin(), CRIMINAL_SUSPICION)
                .unless(ComplaintCase::isOffDutyOnly),
            EscalationRule.onFlags("escalation.forwardToAuthority", EnumSet.noneOf(
                org.oversight.complaint.core.SeriousnessFlag.class), conduct, DUP, p.forwardWithin(), FORWARDING)))
        .timeLimit(TimeLimitRule.of(DeadlinePeriod.calendarMonths(6), conduct, Waivability.WAIVABLE, FILING_LIMIT))
        .registration(RegistrationRule.of(p.registration(), REGISTRATION_PLAN))
        .routing(RoutingRule.byTrack(HashMap.of(
            CONDUCT_COMPLAINT, new Route(DUP, KAP_93B),
            CRIMINAL_REPORT, new Route(DUP, KAP_93C),
            DEATH_OR_SERIOUS_INJURY, new Route(DUP, DEATH_OR_INJURY),
            DISPOSITION_COMPLAINT, new Route(p.district(), KAP_93B)))
            .whenCase(EnumSet.of(CRIMINAL_REPORT), ComplaintCase::isOffDutyOnly, new Route(p.district(), IN_SERVICE)))
        .informalResolution(InformalResolutionRule.of(conduct,
            EnumSet.of(DEATH, SERIOUS_INJURY, POSSIBLE_CRIMINAL_OFFENCE, SERIOUS_ASSAULT, SERIOUS_SEXUAL_OFFENCE,
                SERIOUS_CORRUPTION, ABUSE_OF_POSITION_SEXUAL, FIREARM_DISCHARGE, ECHR_ART2_ART3),
            InformalResolutionRule.Consent.REQUIRED, InformalResolutionRule.Insistence.ALLOWED, NOTITSSAG))
        .feedback(List.of(
            FeedbackRule.acknowledgement(EnumSet.of(CONDUCT_COMPLAINT, CRIMINAL_REPORT),
                Addressee.complainants(), p.receiptLetterWithin(), RECEIPT_LETTER),
            FeedbackRule.delayNotices(DelaySchedule.builder()
                .rule("feedback.delayNotice")
                .tracks(conduct)
                .first(DeadlinePeriod.calendarMonths(6))
                .repeat(p.conductDelayRepeat())
                .to(Addressee.complainants(), Addressee.subjects())
                .legalBasis(CONDUCT_DELAY)
                .build()),
            FeedbackRule.delayNotices(DelaySchedule.builder()
                .rule("feedback.criminalDelayNotice")
                .tracks(EnumSet.of(CRIMINAL_REPORT))
                .first(DeadlinePeriod.calendarMonths(12))
                .repeat(Option.some(DeadlinePeriod.calendarMonths(6)))
                .to(Addressee.complainants(), Addressee.subjects())
                .legalBasis(CRIMINAL_DELAY)
                .build()),
            FeedbackRule.delayNotices(DelaySchedule.builder()
                .rule("feedback.investigationDelayNotice")
                .tracks(EnumSet.of(DEATH_OR_SERIOUS_INJURY))
                .start(DelaySchedule.StartPoint.INVESTIGATION_OPENED)
                .first(DeadlinePeriod.calendarMonths(12))
                .repeat(Option.some(DeadlinePeriod.calendarMonths(6)))
                .to(Addressee.complainants(), Addressee.role(PartyRole.INTERESTED_PERSON), Addressee.subjects())
                .legalBasis(CRIMINAL_DELAY)
                .build()),
            FeedbackRule.missingDetails(conduct, RegistrationRequirements.of(RequiredDetail.INCIDENT_TIME),
                Addressee.complainants(), p.receiptLetterWithin(), FILING_LIMIT)))
        .outcomeNotice(OutcomeNoticeRule.firstOf(
            OutcomeNoticeRule.forTracks(EnumSet.of(CONDUCT_COMPLAINT, CRIMINAL_REPORT),
                new OutcomeNotice(List.of(Addressee.complainants()), p.outcomeNoticeWithin(),
                    OutcomeNotice.Reasons.NOT_REQUIRED, KAP_93B)),
            complaint -> complaint.track() == DEATH_OR_SERIOUS_INJURY
                ? Option.some(deathOrInjuryNotice(complaint.hasFlag(SERIOUS_INJURY), p.outcomeNoticeWithin()))
                : Option.none()))
        .eligibility(List.of(EligibilityRule.standing(conduct, p.eligibleStandings().toJavaSet(), HANDLING, STANDING))
            .appendAll(p.onBehalfPermission().rules(conduct, STANDING)))
        .commandRules(List.of(CommandRule.ownDecisionsOnly(HashMap.empty(), DECIDING_BODY)))
        .measures(MeasureRule.imposedBy(HashSet.of(p.disciplinaryAuthority(), p.district()).toJavaSet(), DISCIPLINARY))
        .review(ReviewRule.firstOf(
            ReviewRule.of(EnumSet.of(CRIMINAL_REPORT), ReviewRule.Occasion.REJECTION, STATSADVOKATEN,
                DeadlinePeriod.weeks(4), REJECTION_APPEAL),
            rigsadvokaten))
        .pattern(PatternRule.repeated(p.pattern()))
        .outcomes(OutcomeTaxonomy.of(
            List.of("CRITICISM", "REGRETTABLE", "NO_CRITICISM", "REJECTED_TIME_BARRED", "REJECTED_UNFOUNDED",
                "WITHDRAWN", "NOTITS_CLOSED", "DISMISSED", "NO_PROSECUTION", "FINE", "CONDITIONAL_WAIVER",
                "INDICTMENT", "CORPORATE_PENALTY"),
            List.of("CRITICISM"),
            List.of("CRITICISM", "REGRETTABLE", "NO_CRITICISM"),
            DUP_STATISTICS))
        .disclosure(disclosure())
        .build();
  }

  /** The commands that handle a complaint; one without an eligible complainant may still be registered and rejected. */
  private static final EnumSet<CommandType> HANDLING = EnumSet.of(CommandType.START_INFORMAL_RESOLUTION,
      CommandType.OPEN_INVESTIGATION, CommandType.DECIDE_ALLEGATION);

  /**
   * The notice of the decision in a § 1020 a, stk. 2 investigation: to any complainant and the next
   * of kin, and, when someone was seriously injured, to the injured person (a victim who died is not
   * addressed; their next of kin are).
   */
  private static OutcomeNotice deathOrInjuryNotice(boolean injured, DeadlinePeriod within) {
    List<Addressee> to = List.of(Addressee.complainants(), Addressee.role(PartyRole.INTERESTED_PERSON));
    return new OutcomeNotice(injured ? to.append(Addressee.role(PartyRole.VICTIM)) : to, within,
        OutcomeNotice.Reasons.NOT_REQUIRED, DEATH_OR_INJURY_NOTICE);
  }

  /**
   * Returns DUP's disclosure policy: the complainant is told the decision with reasons (the decision
   * is final, so no review route for conduct); the officer is told the state of the case, the decision
   * and the measures concerning them; the public sees status and outcome statistics. Disciplinary
   * measures are the employer side's (Rigspolitiet), apart from DUP's decision (retsplejeloven § 1019 n):
   * whether the complainant is told them is not confirmed, so {@link Disclosable#MEASURES} is withheld
   * from the complainant (UNCONFIRMED; allow it with {@code pack.withDisclosure}). The next of kin and the
   * injured person in a death or serious injury investigation ({@link Audience#INTERESTED_PERSON}) are told
   * the state of the case and the decision, what the notices they are owed carry (retsplejeloven § 1020 a,
   * stk. 2 and § 1020 f), and nothing more. The complainant never sees other parties' personal data.
   *
   * @return the policy, never null
   */
  public static DisclosurePolicy disclosure() {
    return DisclosurePolicy.internalOnly()
        .allowing(Audience.COMPLAINANT, Disclosable.STATUS, Disclosable.INCIDENT, Disclosable.ALLEGATIONS,
            Disclosable.OUTCOMES, Disclosable.REASONS, Disclosable.REVIEW_ROUTE, Disclosable.COMPLAINANT_IDENTITY,
            Disclosable.NOTIFICATIONS)
        .allowing(Audience.SUBJECT, Disclosable.STATUS, Disclosable.INCIDENT, Disclosable.ALLEGATIONS,
            Disclosable.OUTCOMES, Disclosable.REASONS, Disclosable.MEASURES, Disclosable.SUBJECT_IDENTITY,
            Disclosable.NOTIFICATIONS)
        .allowing(Audience.PUBLIC, Disclosable.STATUS, Disclosable.OUTCOMES)
        .allowing(Audience.INTERESTED_PERSON, Disclosable.STATUS, Disclosable.OUTCOMES);
  }
}
