package org.oversight.complaint.rules.jurisdiction;

import static org.oversight.complaint.core.SeriousnessFlag.DEATH;
import static org.oversight.complaint.core.SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE;
import static org.oversight.complaint.core.SeriousnessFlag.SERIOUS_INJURY;
import static org.oversight.complaint.core.Track.CONDUCT_COMPLAINT;
import static org.oversight.complaint.core.Track.CRIMINAL_REPORT;
import static org.oversight.complaint.core.Track.DEATH_OR_SERIOUS_INJURY;
import static org.oversight.complaint.core.Track.DISPOSITION_COMPLAINT;
import static org.oversight.complaint.core.Track.SERVICE_COMPLAINT;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;
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
import org.oversight.complaint.rules.OutcomeTaxonomy;
import org.oversight.complaint.rules.PatternRule;
import org.oversight.complaint.rules.RegistrationRule;
import org.oversight.complaint.rules.ReviewRule;
import org.oversight.complaint.rules.Route;
import org.oversight.complaint.rules.RoutingRule;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.TimeLimitRule;
import org.oversight.complaint.rules.WarningThreshold;

/**
 * Norway's rules (straffeprosessloven § 67, påtaleinstruksen kapittel 34; each rule names its legal basis): conduct complaints handled by the police district's politimester with
 * a reasoned answer, a delay notice when processing takes longer than 1 month, and an appeal to the
 * Police Directorate (POD), whose decision is final; criminal reports and every death or serious
 * injury go to Spesialenheten for politisaker, whose decisions are appealed to Riksadvokaten. Personnel
 * measures are the employer side's: the district's politimester, also after Spesialenheten transfers a case
 * for administrativ vurdering, and for a case about a politimester the employer side above them (POD by
 * default, a parameter); a transfer elsewhere is refused.
 *
 * <p>Values that no statute or published practice confirms are {@link Parameters} with documented defaults.
 *
 * <p>This class is a static factory and cannot be instantiated.
 *
 * @since 0.1
 */
public final class NorwayRules {

  /** The jurisdiction code. */
  public static final JurisdictionCode JURISDICTION = JurisdictionCode.of("NO");
  /** The zone for day arithmetic. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
  /** Politidirektoratet, the appeal body for conduct complaints. */
  public static final Body POD = Body.of("NO-POD");
  /** Spesialenheten for politisaker. */
  public static final Body SPESIALENHETEN = Body.of("NO-SPESIALENHETEN");
  /** Riksadvokaten, the appeal body over Spesialenheten. */
  public static final Body RIKSADVOKATEN = Body.of("NO-RIKSADVOKATEN");

  /** The prosecuting authority (police prosecutor, statsadvokat, Riksadvokaten), which hears complaints about its decisions. */
  public static final Body PATALEMYNDIGHETEN = Body.of("NO-PATALEMYNDIGHETEN");

  /** Complaints about investigation and prosecution decisions go up the prosecuting authority. */
  public static final LegalBasis STRPL_59A = LegalBasis.of("straffeprosessloven § 59 a (klage over påtalevedtak)");
  /** The district passes an appeal with the case file to POD. */
  public static final LegalBasis APPEAL_FORWARDING = LegalBasis.of(
      "politiet.no: Klage på ansatte i politiet (politidistriktet sender klagen med saksdokumentene til POD)");
  /** Who decides: the politimester decides a conduct complaint, Spesialenheten its own cases. */
  public static final LegalBasis DECIDING_BODY = LegalBasis.of(
      "Instruks 21.11.2005 (politimesteren avgjør klagen); straffeprosessloven § 67 (6) (Spesialenheten)");
  /** The 2005 instruction on complaints about criticisable conduct (politiloven § 29); current version UNCONFIRMED. */
  public static final LegalBasis INSTRUKS = LegalBasis.of(
      "Instruks for behandling av henvendelser om kritikkverdige forhold utført i tjeneste i politi- og lensmannsetaten"
          + " (21.11.2005, politiloven § 29)");
  /** The national complaint page: 1-month processing time, reasoned answer, appeal to POD. */
  public static final LegalBasis POLITIET_KLAGE = LegalBasis.of(
      "politiet.no: Klage på ansatte i politiet (behandlingstid 1 måned; begrunnet svar; klage til POD)");
  /** Spesialenheten's mandate. */
  public static final LegalBasis SPESIALENHETEN_MANDATE = LegalBasis.of(
      "straffeprosessloven § 67 (6); påtaleinstruksen kap. 34; Riksadvokaten rundskriv 3/2006");
  /** Spesialenheten investigates criminal acts in service; one committed off duty is an ordinary criminal case for the police. */
  public static final LegalBasis IN_SERVICE = LegalBasis.of(
      "straffeprosessloven § 67 (6) (straffbare handlinger i tjenesten)");
  /** Appeals against Spesialenheten's decisions. */
  public static final LegalBasis RIKSADVOKATEN_APPEAL = LegalBasis.of(
      "straffeprosessloven § 59 a (klage til Riksadvokaten, 3 uker)");
  /**
   * Who imposes personnel measures: the chief of police (politimester) as the officer's employer, also on
   * a case Spesialenheten transfers for administrative assessment (for a chief of police, the employer side
   * above them, a parameter); Spesialenheten decides prosecution only.
   */
  public static final LegalBasis PERSONNEL_MEASURES = LegalBasis.of(
      "Instruks 21.11.2005 (politimesteren avgjør klagen og tiltak); påtaleinstruksen kap. 34 "
          + "(oversendelse til politimesteren for administrativ vurdering)");
  /** Who may complain about conduct or service: no restriction is found (a parameter, since not confirmed). */
  public static final LegalBasis STANDING = LegalBasis.of(
      "Instruks 21.11.2005 (politiloven § 29); politiet.no: Klage på ansatte i politiet (hvem som kan klage)");
  /** The outcome statistics (upheld = kritikkverdig). */
  public static final LegalBasis POD_STATISTICS = LegalBasis.of("POD, Klager på politiet, årsrapport 2021");
  /** The "warned" pattern. */
  public static final LegalBasis PROSJEKT_NOVEMBER = LegalBasis.of("Oslo politidistrikt, Prosjekt November");

  private NorwayRules() {}

  /**
   * What the complainant is told of the outcome of a conduct complaint: the finding and its reasons
   * (the national complaint page, politiet.no: a reasoned answer on whether something was criticisable;
   * the default), or only that the case is finished (a local practice no published source confirms). The
   * measures against the officer stay internal either way, and Spesialenheten's decisions reach the
   * complainant with their grounds either way (straffeprosessloven § 59 a).
   */
  public enum OutcomeDisclosure {
    /** The complainant is told that the case is finished and the appeal route, not the finding; the answer need give no reasons. */
    WITHHELD,
    /** The complainant is told the finding and its reasons, and the answer must give them (the default). */
    DISCLOSED
  }

  /**
   * The parameters of the Norwegian pack whose values no statute or published practice confirms.
   *
   * @param district the district's complaint body; default {@code NO-OSLO-PD} (the Oslo scenario), not null
   * @param podAppealWindow the appeal window to POD, counted from the day the answer was sent; sources: UNCONFIRMED; default 3 weeks (as the criminal appeal), not null
   * @param delayNoticeRepeat whether and how often the delay notice repeats after the first month; sources: not stated; default none (told once), not null
   * @param referralWithin the period to bring a case to Spesialenheten; sources: "rapid call-out", no day count; default the same day, not null
   * @param outcomeNoticeWithin the period to send the answer after the decision; sources: none found; default 14 days, not null
   * @param outcomeToComplainant whether the complainant of a conduct complaint is told the finding with its reasons (politiet.no: a reasoned answer on whether something was criticisable) or only that the case is finished (a local practice, UNCONFIRMED); default {@link OutcomeDisclosure#DISCLOSED}, not null
   * @param pattern how many cases about the same subject or from the same complainant, within which window, make a pattern; default 3 within 12 calendar months, not null
   * @param appealForwardWithin the period for the district to pass an appeal with its case file to POD; sources: none found; default 14 days, not null
   * @param detailsRequestWithin the period to ask the complainant for the time of the incident or who was involved when a registered complaint lacks them; sources: none found; default 5 working days, not null
   * @param eligibleStandings the standings that allow a conduct or service complaint; sources: who may complain is UNCONFIRMED (the national page and the 2005 instruction as reproduced name no restriction); default every standing, not null
   * @param chiefOfficerEmployer the employer side for a subject who is a chief of police (politimester), which imposes the personnel measures and to which Spesialenheten transfers a case about them for administrative assessment; sources: none found in the reference (the politimester cannot act on their own conduct); default {@link #POD}, the politimester's superior, not null
   * @param onBehalfPermission whether a complaint on someone's behalf needs their written permission before it is registered or handled; sources: none in the sources this pack follows; default {@link OnBehalfPermission#NOT_REQUIRED}, not null
   */
  public record Parameters(
      Body district,
      DeadlinePeriod podAppealWindow,
      Option<DeadlinePeriod> delayNoticeRepeat,
      DeadlinePeriod referralWithin,
      DeadlinePeriod outcomeNoticeWithin,
      OutcomeDisclosure outcomeToComplainant,
      WarningThreshold pattern,
      DeadlinePeriod appealForwardWithin,
      DeadlinePeriod detailsRequestWithin,
      Set<Standing> eligibleStandings,
      Body chiefOfficerEmployer,
      OnBehalfPermission onBehalfPermission) {

    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Parameters {
      Objects.requireNonNull(district, "district is null");
      Objects.requireNonNull(podAppealWindow, "podAppealWindow is null");
      Objects.requireNonNull(delayNoticeRepeat, "delayNoticeRepeat is null");
      Objects.requireNonNull(referralWithin, "referralWithin is null");
      Objects.requireNonNull(outcomeNoticeWithin, "outcomeNoticeWithin is null");
      Objects.requireNonNull(outcomeToComplainant, "outcomeToComplainant is null");
      Objects.requireNonNull(pattern, "pattern is null");
      Objects.requireNonNull(appealForwardWithin, "appealForwardWithin is null");
      Objects.requireNonNull(detailsRequestWithin, "detailsRequestWithin is null");
      Objects.requireNonNull(eligibleStandings, "eligibleStandings is null");
      Objects.requireNonNull(chiefOfficerEmployer, "chiefOfficerEmployer is null");
      Objects.requireNonNull(onBehalfPermission, "onBehalfPermission is null");
    }

    /**
     * Returns the documented defaults.
     *
     * @return the defaults, never null
     */
    public static Parameters defaults() {
      return new Parameters(Body.of("NO-OSLO-PD"), DeadlinePeriod.weeks(3), Option.none(), DeadlinePeriod.days(0),
          DeadlinePeriod.days(14), OutcomeDisclosure.DISCLOSED,
          WarningThreshold.of(3, DeadlinePeriod.calendarMonths(12)), DeadlinePeriod.days(14),
          DeadlinePeriod.workingDays(5), HashSet.of(Standing.values()), POD, OnBehalfPermission.NOT_REQUIRED);
    }

    /**
     * Returns a copy for another district.
     *
     * @param body the district's complaint body, not null
     * @return the new parameters, never null
     */
    public Parameters withDistrict(Body body) {
      return new Parameters(body, podAppealWindow, delayNoticeRepeat, referralWithin, outcomeNoticeWithin,
          outcomeToComplainant, pattern, appealForwardWithin, detailsRequestWithin, eligibleStandings,
          chiefOfficerEmployer, onBehalfPermission);
    }

    /**
     * Returns a copy with another POD appeal window.
     *
     * @param window the window, not null
     * @return the new parameters, never null
     */
    public Parameters withPodAppealWindow(DeadlinePeriod window) {
      return new Parameters(district, window, delayNoticeRepeat, referralWithin, outcomeNoticeWithin,
          outcomeToComplainant, pattern, appealForwardWithin, detailsRequestWithin, eligibleStandings,
          chiefOfficerEmployer, onBehalfPermission);
    }

    /**
     * Returns a copy with a repeat of the delay notice.
     *
     * @param repeat the repeat, none for once, not null
     * @return the new parameters, never null
     */
    public Parameters withDelayNoticeRepeat(Option<DeadlinePeriod> repeat) {
      return new Parameters(district, podAppealWindow, repeat, referralWithin, outcomeNoticeWithin,
          outcomeToComplainant, pattern, appealForwardWithin, detailsRequestWithin, eligibleStandings,
          chiefOfficerEmployer, onBehalfPermission);
    }

    /**
     * Returns a copy in which only the given standings allow a conduct or service complaint (who may
     * complain is not confirmed; the default is everyone).
     *
     * @param standings the eligible standings, not null
     * @return the new parameters, never null
     * @since 0.1
     */
    public Parameters withEligibleStandings(Set<Standing> standings) {
      return new Parameters(district, podAppealWindow, delayNoticeRepeat, referralWithin, outcomeNoticeWithin,
          outcomeToComplainant, pattern, appealForwardWithin, detailsRequestWithin, standings,
          chiefOfficerEmployer, onBehalfPermission);
    }

    /**
     * Returns a copy with another employer side for a subject who is a chief of police.
     *
     * @param employer the body, not null
     * @return the new parameters, never null
     * @since 0.1
     */
    public Parameters withChiefOfficerEmployer(Body employer) {
      return new Parameters(district, podAppealWindow, delayNoticeRepeat, referralWithin, outcomeNoticeWithin,
          outcomeToComplainant, pattern, appealForwardWithin, detailsRequestWithin, eligibleStandings, employer,
          onBehalfPermission);
    }

    /**
     * Returns a copy that tells the complainant the finding or not.
     *
     * @param disclosure {@link OutcomeDisclosure#DISCLOSED} to tell the finding and reasons, not null
     * @return the new parameters, never null
     */
    public Parameters withOutcomeToComplainant(OutcomeDisclosure disclosure) {
      return new Parameters(district, podAppealWindow, delayNoticeRepeat, referralWithin, outcomeNoticeWithin,
          disclosure, pattern, appealForwardWithin, detailsRequestWithin, eligibleStandings,
          chiefOfficerEmployer, onBehalfPermission);
    }

    /**
     * Returns a copy that does or does not ask for the written permission of the person a complaint is made for.
     *
     * @param permission {@link OnBehalfPermission#WRITTEN} to ask for it, not null
     * @return the new parameters, never null
     * @since 0.1
     */
    public Parameters withOnBehalfPermission(OnBehalfPermission permission) {
      return new Parameters(district, podAppealWindow, delayNoticeRepeat, referralWithin, outcomeNoticeWithin,
          outcomeToComplainant, pattern, appealForwardWithin, detailsRequestWithin, eligibleStandings,
          chiefOfficerEmployer, permission);
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
    EnumSet<org.oversight.complaint.core.Track> conduct = EnumSet.of(CONDUCT_COMPLAINT, SERVICE_COMPLAINT);
    EnumSet<org.oversight.complaint.core.Track> criminal = EnumSet.of(CRIMINAL_REPORT, DEATH_OR_SERIOUS_INJURY);
    return RulePack.builder("NO", JURISDICTION, ZONE)
        .escalation(List.of(
            EscalationRule.onFlags("escalation.deathOrSeriousInjury", EnumSet.of(DEATH, SERIOUS_INJURY),
                EnumSet.of(DEATH_OR_SERIOUS_INJURY), SPESIALENHETEN, p.referralWithin(), SPESIALENHETEN_MANDATE),
            EscalationRule.onFlags("escalation.criminalSuspicion", EnumSet.of(POSSIBLE_CRIMINAL_OFFENCE),
                EnumSet.of(CRIMINAL_REPORT), SPESIALENHETEN, p.referralWithin(), SPESIALENHETEN_MANDATE)
                .unless(ComplaintCase::isOffDutyOnly)))
        .timeLimit(TimeLimitRule.none())
        .registration(RegistrationRule.of(RegistrationRequirements.of(RequiredDetail.DESCRIPTION), POLITIET_KLAGE))
        .routing(RoutingRule.byTrack(HashMap.of(
            CONDUCT_COMPLAINT, new Route(p.district(), INSTRUKS),
            SERVICE_COMPLAINT, new Route(p.district(), INSTRUKS),
            CRIMINAL_REPORT, new Route(SPESIALENHETEN, SPESIALENHETEN_MANDATE),
            DEATH_OR_SERIOUS_INJURY, new Route(SPESIALENHETEN, SPESIALENHETEN_MANDATE),
            DISPOSITION_COMPLAINT, new Route(PATALEMYNDIGHETEN, STRPL_59A)))
            .whenCase(EnumSet.of(CRIMINAL_REPORT), ComplaintCase::isOffDutyOnly, new Route(p.district(), IN_SERVICE)))
        .informalResolution(InformalResolutionRule.notAvailable(INSTRUKS))
        .feedback(List.of(
            FeedbackRule.delayNotices(DelaySchedule.builder()
                .rule("feedback.delayNotice")
                .tracks(conduct)
                .first(DeadlinePeriod.calendarMonths(1))
                .repeat(p.delayNoticeRepeat())
                .to(Addressee.complainants())
                .legalBasis(POLITIET_KLAGE)
                .build()),
            FeedbackRule.noticeAfter("feedback.appealForwarding", ObligationKind.FORWARD_APPEAL, conduct,
                CaseEvent.ReviewRequested.class, Addressee.body(POD), p.appealForwardWithin(),
                NotificationKind.FORWARDING_NOTICE, APPEAL_FORWARDING),
            FeedbackRule.missingDetails(conduct, RegistrationRequirements.of(RequiredDetail.INCIDENT_TIME,
                RequiredDetail.SUBJECT), Addressee.complainants(), p.detailsRequestWithin(), POLITIET_KLAGE)))
        .eligibility(List.of(EligibilityRule.standing(conduct, p.eligibleStandings().toJavaSet(), HANDLING, STANDING))
            .appendAll(p.onBehalfPermission().rules(conduct, STANDING)))
        .commandRules(List.of(CommandRule.ownDecisionsOnly(HashMap.empty(), DECIDING_BODY),
            CommandRule.administrativeReviewTo(EnumSet.of(SubjectKind.CHIEF_OFFICER), p.chiefOfficerEmployer(),
                p.district(), PERSONNEL_MEASURES)))
        .measures(MeasureRule.bySubject(EnumSet.of(SubjectKind.CHIEF_OFFICER),
            MeasureRule.imposedBy(java.util.Set.of(p.chiefOfficerEmployer()), PERSONNEL_MEASURES),
            MeasureRule.imposedBy(java.util.Set.of(p.district()), PERSONNEL_MEASURES)))
        .outcomeNotice(complaint -> conduct.contains(complaint.track())
            ? Option.some(new OutcomeNotice(List.of(Addressee.complainants()), p.outcomeNoticeWithin(),
                p.outcomeToComplainant() == OutcomeDisclosure.DISCLOSED
                    ? OutcomeNotice.Reasons.REQUIRED : OutcomeNotice.Reasons.NOT_REQUIRED, POLITIET_KLAGE))
            : criminal.contains(complaint.track())
                ? Option.some(new OutcomeNotice(List.of(Addressee.complainants()), p.outcomeNoticeWithin(),
                    OutcomeNotice.Reasons.NOT_REQUIRED, RIKSADVOKATEN_APPEAL))
                : Option.none())
        .review(ReviewRule.firstOf(
            ReviewRule.of(conduct, ReviewRule.Occasion.OUTCOME, POD, p.podAppealWindow(), POLITIET_KLAGE),
            ReviewRule.of(criminal, ReviewRule.Occasion.OUTCOME, RIKSADVOKATEN, DeadlinePeriod.weeks(3),
                RIKSADVOKATEN_APPEAL),
            ReviewRule.of(criminal, ReviewRule.Occasion.REJECTION, RIKSADVOKATEN, DeadlinePeriod.weeks(3),
                RIKSADVOKATEN_APPEAL)))
        .pattern(PatternRule.repeated(p.pattern()))
        .outcomes(OutcomeTaxonomy.of(
            List.of("CRITICISABLE", "UNFORTUNATE_NOT_CRITICISABLE", "NOT_CRITICISABLE", "REJECTED",
                "DISMISSED", "NO_PROSECUTION", "FINE", "CONDITIONAL_WAIVER", "INDICTMENT", "CORPORATE_PENALTY"),
            List.of("CRITICISABLE"),
            List.of("CRITICISABLE", "UNFORTUNATE_NOT_CRITICISABLE", "NOT_CRITICISABLE", "REJECTED"),
            POD_STATISTICS))
        .disclosure(districtDisclosure(p.outcomeToComplainant()))
        .build();
  }

  /** The commands that handle a complaint; one without an eligible complainant may still be registered and rejected. */
  private static final EnumSet<CommandType> HANDLING = EnumSet.of(CommandType.START_INFORMAL_RESOLUTION,
      CommandType.OPEN_INVESTIGATION, CommandType.DECIDE_ALLEGATION);

  /**
   * Returns the district's disclosure policy: the complainant is told the state of the case, the
   * finding with its reasons and the appeal route ({@link OutcomeDisclosure#DISCLOSED}, the national
   * complaint page's reasoned answer), or, with {@link OutcomeDisclosure#WITHHELD}, only that the case is
   * finished and the appeal route; the measures against the officer ({@link Disclosable#MEASURES})
   * are never told to the complainant, whatever the finding's disclosure (internal personnel measures,
   * politiet.no: klage på ansatte i politiet); Spesialenheten's decisions on the case are told to the
   * complainant with their grounds in any case (straffeprosessloven § 59 a: the complainant may appeal
   * them); the subject is told the outcome and the measures concerning them; the public sees status and
   * outcome statistics; the complainant never sees other parties' personal data. Next of kin and other
   * interested persons ({@link Audience#INTERESTED_PERSON}) are told nothing: no source found gives them
   * information on the case (UNCONFIRMED; allow it with {@code pack.withDisclosure}).
   *
   * @param outcomeToComplainant whether the complainant is told the finding and its reasons, not null
   * @return the policy, never null
   * @throws NullPointerException if outcomeToComplainant is null
   */
  public static DisclosurePolicy districtDisclosure(OutcomeDisclosure outcomeToComplainant) {
    Objects.requireNonNull(outcomeToComplainant, "outcomeToComplainant is null");
    DisclosurePolicy p = DisclosurePolicy.internalOnly()
        .allowing(Audience.COMPLAINANT, Disclosable.STATUS, Disclosable.INCIDENT, Disclosable.ALLEGATIONS,
            Disclosable.REVIEW_ROUTE, Disclosable.COMPLAINANT_IDENTITY, Disclosable.NOTIFICATIONS)
        .allowing(Audience.SUBJECT, Disclosable.STATUS, Disclosable.INCIDENT, Disclosable.ALLEGATIONS,
            Disclosable.OUTCOMES, Disclosable.REASONS, Disclosable.MEASURES, Disclosable.SUBJECT_IDENTITY,
            Disclosable.NOTIFICATIONS)
        .allowing(Audience.PUBLIC, Disclosable.STATUS, Disclosable.OUTCOMES)
        // Spesialenheten's prosecution decision, with its grounds, reaches the complainant whatever the
        // district's practice: the complainant may appeal it to Riksadvokaten (strpl § 59 a).
        .allowingDecisionsOf(Audience.COMPLAINANT, SPESIALENHETEN);
    return outcomeToComplainant == OutcomeDisclosure.DISCLOSED
        ? p.allowing(Audience.COMPLAINANT, Disclosable.OUTCOMES, Disclosable.REASONS)
        : p;
  }
}
