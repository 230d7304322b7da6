package org.oversight.complaint.rules.jurisdiction;

import static org.oversight.complaint.core.SeriousnessFlag.DEATH;
import static org.oversight.complaint.core.SeriousnessFlag.FIREARM_DISCHARGE;
import static org.oversight.complaint.core.SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE;
import static org.oversight.complaint.core.SeriousnessFlag.SERIOUS_INJURY;
import static org.oversight.complaint.core.Track.CONDUCT_COMPLAINT;
import static org.oversight.complaint.core.Track.CRIMINAL_REPORT;
import static org.oversight.complaint.core.Track.DEATH_OR_SERIOUS_INJURY;
import static org.oversight.complaint.core.Track.SERVICE_COMPLAINT;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.rules.Addressee;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.CommandRule;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.EligibilityRule;
import org.oversight.complaint.rules.EscalationRule;
import org.oversight.complaint.rules.FeedbackRule;
import org.oversight.complaint.rules.InformalResolutionRule;
import org.oversight.complaint.rules.MeasureRule;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.OnBehalfPermission;
import org.oversight.complaint.rules.OutcomeTaxonomy;
import org.oversight.complaint.rules.PatternRule;
import org.oversight.complaint.rules.RegistrationRule;
import org.oversight.complaint.rules.ReviewRule;
import org.oversight.complaint.rules.Route;
import org.oversight.complaint.rules.RoutingRule;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.TimeLimitRule;
import org.oversight.complaint.rules.VictimSupportRule;
import org.oversight.complaint.rules.WarningThreshold;

/**
 * Sweden's rules (each rule names its legal basis): every report or suspicion of a crime by a police employee goes to the
 * Department for Special Investigations (SU), under prosecutors of Särskilda åklagarkammaren (SÅK),
 * who decide on the preliminary investigation; live fire always gives a preliminary investigation;
 * complaints about treatment go to the Parliamentary Ombudsmen (JO), who normally do not investigate
 * matters older than two years (a screening flag) nor, as a rule, anonymous complaints (a screening flag too,
 * never a refusal to register), and whose decisions cannot be appealed; victims are asked whether they
 * want contact with victim support and referred only after a yes.
 *
 * <p>Values that no statute or published practice confirms are {@link Parameters} with documented defaults.
 *
 * <p>This class is a static factory and cannot be instantiated.
 *
 * @since 0.1
 */
public final class SwedenRules {

  /** The jurisdiction code. */
  public static final JurisdictionCode JURISDICTION = JurisdictionCode.of("SE");
  /** The zone for day arithmetic. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  /** Avdelningen för särskilda utredningar. */
  public static final Body SU = Body.of("SE-SU");
  /** Särskilda åklagarkammaren. */
  public static final Body SAK = Body.of("SE-SAK");
  /** Justitieombudsmannen. */
  public static final Body JO = Body.of("SE-JO");
  /** The employer's disciplinary function (Polismyndighetens personalansvarsnämnd; name UNCONFIRMED). */
  public static final Body PERSONALANSVARSNAMNDEN = Body.of("SE-PERSONALANSVARSNAMNDEN");
  /** Brottsofferjourernas riksförbund, one victim-support organisation among others (the choice must be impartial). */
  public static final Body BROTTSOFFERJOUREN = Body.of("SE-BROTTSOFFERJOUREN");

  /** SU's mandate. */
  public static final LegalBasis SU_MANDATE = LegalBasis.of("polisen.se: Särskilda utredningar (SU)");
  /** SÅK's mandate and live fire. */
  public static final LegalBasis SAK_MANDATE = LegalBasis.of(
      "aklagare.se: Särskilda åklagarkammaren (förundersökning alltid vid verkanseld)");
  /** JO's two-year practice and no appeal. */
  public static final LegalBasis JO_PRACTICE = LegalBasis.of("jo.se: Alla anmälningar utreds inte (två år)");
  /** Anyone, of any age, citizenship or residence, may complain to JO. */
  public static final LegalBasis JO_STANDING = LegalBasis.of(
      "jo.se (vem som helst kan anmäla, oavsett ålder, medborgarskap eller hemvist)");
  /** JO generally does not investigate anonymous complaints. */
  public static final LegalBasis JO_ANONYMOUS = LegalBasis.of(
      "jo.se: Alla anmälningar utreds inte; blaljus.nu 2023 (anonyma anmälningar utreds i regel inte)");
  /** Victim-support referral with consent. */
  public static final LegalBasis VICTIM_SUPPORT = LegalBasis.of(
      "brottsofferjouren.se 2023-09-21 (ärendeförmedling med samtycke); JK 5143-18-2.1");
  /**
   * The employer is informed after the prosecutor's decision and decides the employment-law measures; SU,
   * SÅK and JO impose none.
   */
  public static final LegalBasis DISCIPLINARY_FOLLOW_UP = LegalBasis.of(
      "polisen.se: Särskilda utredningar (efter åklagarens beslut informeras Polismyndigheten för arbetsrättslig prövning)");
  /** Who decides: SÅK's prosecutors decide on SU's investigations; JO decides complaints to JO. */
  public static final LegalBasis DECIDING_BODY = LegalBasis.of(
      "aklagare.se: Särskilda åklagarkammaren (åklagaren är förundersökningsledare); jo.se");
  /** The outcome statistics. */
  public static final LegalBasis JO_OUTCOMES = LegalBasis.of("jo.se; blaljus.nu 2023 (kritik, allvarlig kritik)");

  private SwedenRules() {}

  /**
   * The parameters of the Swedish pack whose values no statute or published practice confirms.
   *
   * @param referralWithin the period to bring a crime suspicion to SU or SÅK; sources: no day count; default the same day, not null
   * @param askWithin the period to ask a victim about victim support; sources: "when someone reports"; default the same day, not null
   * @param referWithin the period to pass the contact on after a yes; sources: none; default 2 working days, not null
   * @param prosecutorReview the review of a prosecutor's decision in the prosecutor hierarchy; sources: UNCONFIRMED; default none (not encoded), not null
   * @param pattern how many cases about the same subject or from the same complainant, within which window, make a pattern; default 3 within 12 calendar months, not null
   * @param informWithin the period to inform a victim about the victim-support organisations; sources: "when someone reports"; default the same day, not null
   * @param victimSupportOrganisation the organisation a referral goes to unless the case names another; sources: the choice must be impartial (JK 5143-18-2.1); default none (the case chooses), not null
   * @param deathWithoutSuspicion whether a death or serious injury without a crime suspicion goes to SU; sources: SU's mandate covers crime suspicions only, practice UNCONFIRMED; default {@link DeathWithoutSuspicion#ESCALATED}, not null
   * @param disciplinaryFunction the employer's disciplinary function told of the prosecutor's decision; sources: name UNCONFIRMED; default {@link SwedenRules#PERSONALANSVARSNAMNDEN}, not null
   * @param disciplinaryNoticeWithin the period to tell it after the prosecutor's decision; sources: none; default 5 working days, not null
   * @param onBehalfPermission whether a complaint on someone's behalf needs their written permission before it is registered or handled; sources: none in the sources this pack follows; default {@link OnBehalfPermission#NOT_REQUIRED}, not null
   */
  public record Parameters(
      DeadlinePeriod referralWithin,
      DeadlinePeriod askWithin,
      DeadlinePeriod referWithin,
      Option<ReviewRule> prosecutorReview,
      WarningThreshold pattern,
      DeadlinePeriod informWithin,
      Option<Body> victimSupportOrganisation,
      DeathWithoutSuspicion deathWithoutSuspicion,
      Body disciplinaryFunction,
      DeadlinePeriod disciplinaryNoticeWithin,
      OnBehalfPermission onBehalfPermission) {

    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Parameters {
      Objects.requireNonNull(referralWithin, "referralWithin is null");
      Objects.requireNonNull(askWithin, "askWithin is null");
      Objects.requireNonNull(referWithin, "referWithin is null");
      Objects.requireNonNull(prosecutorReview, "prosecutorReview is null");
      Objects.requireNonNull(pattern, "pattern is null");
      Objects.requireNonNull(informWithin, "informWithin is null");
      Objects.requireNonNull(victimSupportOrganisation, "victimSupportOrganisation is null");
      Objects.requireNonNull(deathWithoutSuspicion, "deathWithoutSuspicion is null");
      Objects.requireNonNull(disciplinaryFunction, "disciplinaryFunction is null");
      Objects.requireNonNull(disciplinaryNoticeWithin, "disciplinaryNoticeWithin is null");
      Objects.requireNonNull(onBehalfPermission, "onBehalfPermission is null");
    }

    /**
     * Returns the documented defaults.
     *
     * @return the defaults, never null
     */
    public static Parameters defaults() {
      return new Parameters(DeadlinePeriod.days(0), DeadlinePeriod.days(0), DeadlinePeriod.workingDays(2),
          Option.none(), WarningThreshold.of(3, DeadlinePeriod.calendarMonths(12)), DeadlinePeriod.days(0),
          Option.none(), DeathWithoutSuspicion.ESCALATED, PERSONALANSVARSNAMNDEN, DeadlinePeriod.workingDays(5),
          OnBehalfPermission.NOT_REQUIRED);
    }

    /**
     * Returns a copy with a prosecutor-hierarchy review.
     *
     * @param review the review rule, none for none, not null
     * @return the new parameters, never null
     */
    public Parameters withProsecutorReview(Option<ReviewRule> review) {
      return new Parameters(referralWithin, askWithin, referWithin, review, pattern, informWithin,
          victimSupportOrganisation, deathWithoutSuspicion, disciplinaryFunction, disciplinaryNoticeWithin,
          onBehalfPermission);
    }

    /**
     * Returns a copy with an organisation that victim-support referrals go to unless the case names another.
     *
     * @param organisation the organisation, none to let the case choose, not null
     * @return the new parameters, never null
     */
    public Parameters withVictimSupportOrganisation(Option<Body> organisation) {
      return new Parameters(referralWithin, askWithin, referWithin, prosecutorReview, pattern, informWithin,
          organisation, deathWithoutSuspicion, disciplinaryFunction, disciplinaryNoticeWithin, onBehalfPermission);
    }

    /**
     * Returns a copy that escalates a death or serious injury without a crime suspicion to SU or not.
     *
     * @param value {@link DeathWithoutSuspicion#NOT_ESCALATED} to leave it out, not null
     * @return the new parameters, never null
     */
    public Parameters withDeathWithoutSuspicion(DeathWithoutSuspicion value) {
      return new Parameters(referralWithin, askWithin, referWithin, prosecutorReview, pattern, informWithin,
          victimSupportOrganisation, value, disciplinaryFunction, disciplinaryNoticeWithin, onBehalfPermission);
    }

    /**
     * Returns a copy that does or does not ask for the written permission of the person a complaint is made for.
     *
     * @param permission {@link OnBehalfPermission#WRITTEN} to ask for it, not null
     * @return the new parameters, never null
     * @since 0.1
     */
    public Parameters withOnBehalfPermission(OnBehalfPermission permission) {
      return new Parameters(referralWithin, askWithin, referWithin, prosecutorReview, pattern, informWithin,
          victimSupportOrganisation, deathWithoutSuspicion, disciplinaryFunction, disciplinaryNoticeWithin,
          permission);
    }
  }

  /**
   * Whether a death or serious injury in police custody or from police action, with no suspicion of
   * a crime, must go to SU. SU's mandate is crime suspicions against employees; whether such deaths
   * are nevertheless handed to SU is practice that no source here confirms.
   */
  public enum DeathWithoutSuspicion {
    /** The case goes to SU as if a crime were suspected ({@code escalation.deathOrSeriousInjury}). */
    ESCALATED,
    /** Only a crime suspicion, or live fire, escalates; the death itself does not. */
    NOT_ESCALATED
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
    EnumSet<org.oversight.complaint.core.Track> jo = EnumSet.of(CONDUCT_COMPLAINT, SERVICE_COMPLAINT);
    Seq<EscalationRule> escalation = List.of(
        EscalationRule.onFlags("escalation.criminalSuspicion", EnumSet.of(POSSIBLE_CRIMINAL_OFFENCE),
            EnumSet.of(CRIMINAL_REPORT), SU, p.referralWithin(), SU_MANDATE),
        EscalationRule.onFlags("escalation.firearmDischarge", EnumSet.of(FIREARM_DISCHARGE),
            EnumSet.noneOf(org.oversight.complaint.core.Track.class), SAK, p.referralWithin(), SAK_MANDATE));
    if (p.deathWithoutSuspicion() == DeathWithoutSuspicion.ESCALATED) {
      escalation = escalation.prepend(EscalationRule.onFlags("escalation.deathOrSeriousInjury",
          EnumSet.of(DEATH, SERIOUS_INJURY), EnumSet.of(DEATH_OR_SERIOUS_INJURY), SU, p.referralWithin(), SU_MANDATE));
    }
    return RulePack.builder("SE", JURISDICTION, ZONE)
        .escalation(escalation)
        .timeLimit(TimeLimitRule.screening(DeadlinePeriod.calendarMonths(24), jo, JO_PRACTICE))
        .registration(RegistrationRule.of(RegistrationRequirements.of(RequiredDetail.DESCRIPTION), JO_PRACTICE))
        .routing(RoutingRule.byTrack(HashMap.of(
            CRIMINAL_REPORT, new Route(SU, SU_MANDATE),
            DEATH_OR_SERIOUS_INJURY, new Route(SU, SU_MANDATE),
            CONDUCT_COMPLAINT, new Route(JO, JO_PRACTICE),
            SERVICE_COMPLAINT, new Route(JO, JO_PRACTICE))))
        .informalResolution(InformalResolutionRule.notAvailable(SU_MANDATE))
        .eligibility(List.of(
            EligibilityRule.standing(jo, EnumSet.allOf(Standing.class), EnumSet.of(CommandType.OPEN_INVESTIGATION,
                CommandType.DECIDE_ALLEGATION), JO_STANDING),
            EligibilityRule.anonymousScreening(jo, JO_ANONYMOUS))
            .appendAll(p.onBehalfPermission().rules(jo, JO_STANDING)))
        .review(p.prosecutorReview().getOrElse(ReviewRule.none()))
        .victimSupport(VictimSupportRule.informAskAndRefer(EnumSet.of(CRIMINAL_REPORT, DEATH_OR_SERIOUS_INJURY),
            p.victimSupportOrganisation(), p.informWithin(), p.askWithin(), p.referWithin(), VICTIM_SUPPORT))
        .feedback(List.of(FeedbackRule.noticeAfter("feedback.disciplinaryNotice", ObligationKind.DISCIPLINARY_NOTICE,
            EnumSet.of(CRIMINAL_REPORT), CaseEvent.AllegationDecided.class, Addressee.body(p.disciplinaryFunction()),
            p.disciplinaryNoticeWithin(), NotificationKind.DISCIPLINARY_NOTICE, DISCIPLINARY_FOLLOW_UP)))
        .commandRules(List.of(CommandRule.ownDecisionsOnly(
            HashMap.of(CRIMINAL_REPORT, SAK, DEATH_OR_SERIOUS_INJURY, SAK), DECIDING_BODY)))
        .measures(MeasureRule.imposedBy(java.util.Set.of(p.disciplinaryFunction()), DISCIPLINARY_FOLLOW_UP))
        .pattern(PatternRule.repeated(p.pattern()))
        .outcomes(OutcomeTaxonomy.of(
            List.of("CRITICISM", "SERIOUS_CRITICISM", "NO_CRITICISM", "NOT_INVESTIGATED",
                "DISMISSED", "NO_PROSECUTION", "FINE", "CONDITIONAL_WAIVER", "INDICTMENT", "CORPORATE_PENALTY"),
            List.of("CRITICISM", "SERIOUS_CRITICISM"),
            List.of("CRITICISM", "SERIOUS_CRITICISM", "NO_CRITICISM"),
            JO_OUTCOMES))
        .disclosure(disclosure())
        .build();
  }

  /**
   * Returns the Swedish disclosure policy: a complaint to JO becomes a public document, so the public
   * may see the incident, allegations, outcomes and reasons (not identities); the complainant also
   * sees the referrals made for them; the complainant never sees other parties' personal data. The
   * employment-law measures the employer decides after the prosecutor's decision (polisen.se: Särskilda
   * utredningar) are told to the employee concerned; no source gives them to the complainant, so
   * {@link Disclosable#MEASURES} is withheld from the complainant and the public. A victim or another
   * interested person ({@link Audience#INTERESTED_PERSON}) is told the state of the case and the
   * prosecutor's decisions with their grounds (förundersökningskungörelsen 13 a-d, from a secondary source),
   * nothing more.
   *
   * @return the policy, never null
   */
  public static DisclosurePolicy disclosure() {
    return DisclosurePolicy.internalOnly()
        .allowing(Audience.COMPLAINANT, Disclosable.STATUS, Disclosable.INCIDENT, Disclosable.ALLEGATIONS,
            Disclosable.OUTCOMES, Disclosable.REASONS, Disclosable.REVIEW_ROUTE, Disclosable.COMPLAINANT_IDENTITY,
            Disclosable.NOTIFICATIONS, Disclosable.REFERRALS)
        .allowing(Audience.SUBJECT, Disclosable.STATUS, Disclosable.INCIDENT, Disclosable.ALLEGATIONS,
            Disclosable.OUTCOMES, Disclosable.REASONS, Disclosable.MEASURES, Disclosable.SUBJECT_IDENTITY)
        .allowing(Audience.PUBLIC, Disclosable.STATUS, Disclosable.INCIDENT, Disclosable.ALLEGATIONS,
            Disclosable.OUTCOMES, Disclosable.REASONS)
        .allowing(Audience.INTERESTED_PERSON, Disclosable.STATUS)
        .allowingDecisionsOf(Audience.INTERESTED_PERSON, SAK);
  }
}
