package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.ACTOR;
import static org.oversight.complaint.rules.Fixtures.assess;
import static org.oversight.complaint.rules.Fixtures.register;
import static org.oversight.complaint.rules.Fixtures.spec;
import static org.oversight.complaint.rules.Fixtures.step;
import static org.oversight.complaint.rules.Fixtures.t;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.EscalationTrigger;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Labels;
import org.oversight.complaint.rules.Messages;
import org.oversight.complaint.rules.RulePack;

/**
 * What a caseworker reads of each escalation the shipped packs find: what triggered it, typed (the flags,
 * the track, the subject's rank, the matter from the same incident), the body, the deadline and the legal
 * basis, in every language; and the refusal of local handling that names the pending escalation.
 */
class EscalationTextsTest {

  static final String RECEIVED = "2026-06-01T09:00:00Z";
  static final Instant AT = t("2026-06-01T10:00:00Z");
  static final Locale NB = Locale.forLanguageTag("nb");
  static final Locale DA = Locale.forLanguageTag("da");
  static final Locale SV = Locale.forLanguageTag("sv");

  record Found(RulePack pack, Escalation escalation) {}

  static Seq<Found> found(RulePack pack, ComplaintCase c) {
    return pack.assess(c, AT).escalations().map(e -> new Found(pack, e));
  }

  /** A case of the E&amp;W pack linked as the same incident as EW-2026-40, recording the other matter's flags. */
  static ComplaintCase linkedToASeriousInjury() {
    ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA")).receivedAt(RECEIVED);
    return step(c, x -> x.linkRelatedCase(RelatedCase.sameIncident(OTHER, List.of(SeriousnessFlag.SERIOUS_INJURY)),
        Stamp.of(t("2026-06-01T09:30:00Z"), ACTOR)));
  }

  static final CaseId OTHER = CaseId.of("EW-2026-40");

  /** One case per escalation rule and trigger kind of the shipped packs. */
  static Seq<Found> everyKind() {
    RulePack no = NorwayRules.pack();
    RulePack dk = DenmarkRules.pack();
    RulePack se = SwedenRules.pack();
    RulePack ew = EnglandWalesRules.pack();
    Body oslo = Body.of("NO-OSLO-PD");
    ComplaintCase seriousOther = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA"))
        .id(OTHER.value()).flags(SeriousnessFlag.SERIOUS_SEXUAL_OFFENCE).receivedAt(RECEIVED);
    ComplaintCase linkedWithoutFlags = step(
        spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA")).receivedAt(RECEIVED),
        x -> x.linkRelatedCase(new RelatedCase(OTHER, Relation.SAME_INCIDENT), Stamp.of(t("2026-06-01T09:30:00Z"), ACTOR)));
    return found(no, spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, oslo)
            .flags(SeriousnessFlag.SERIOUS_INJURY).receivedAt(RECEIVED))
        .appendAll(found(no, spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, oslo).receivedAt(RECEIVED)))
        .appendAll(found(no, spec(NorwayRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, oslo).noComplainant()
            .receivedAt(RECEIVED)))
        .appendAll(found(dk, spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("DK-POLITIKREDS"))
            .receivedAt(RECEIVED)))
        .appendAll(found(dk, spec(DenmarkRules.JURISDICTION, Track.CRIMINAL_REPORT, Body.of("DK-POLITIKREDS"))
            .flags(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE, SeriousnessFlag.DEATH).receivedAt(RECEIVED)))
        .appendAll(found(dk, spec(DenmarkRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, Body.of("DK-POLITIKREDS"))
            .noComplainant().receivedAt(RECEIVED)))
        .appendAll(found(se, spec(SwedenRules.JURISDICTION, Track.CRIMINAL_REPORT, Body.of("SE-SU"))
            .flags(SeriousnessFlag.FIREARM_DISCHARGE).receivedAt(RECEIVED)))
        .appendAll(found(se, spec(SwedenRules.JURISDICTION, Track.CRIMINAL_REPORT, Body.of("SE-POLISEN"))
            .receivedAt(RECEIVED)))
        .appendAll(found(ew, spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA"))
            .flags(SeriousnessFlag.SERIOUS_ASSAULT).receivedAt(RECEIVED)))
        .appendAll(found(ew, spec(EnglandWalesRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, Body.of("EW-AA"))
            .noComplainant().receivedAt(RECEIVED)))
        .appendAll(found(ew, spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA"))
            .subjectKind(SubjectKind.CHIEF_OFFICER).flags(SeriousnessFlag.POSSIBLE_DISCIPLINARY).receivedAt(RECEIVED)))
        .appendAll(found(ew, linkedToASeriousInjury()))
        .appendAll(ew.assess(linkedWithoutFlags, List.of(seriousOther), AT).escalations().map(e -> new Found(ew, e)));
  }

  static String kind(Escalation e) {
    return e.trigger().getClass().getSimpleName();
  }

  @Test
  void eachPackTypesTheTriggersItsLawUses() {
    assertThat(everyKind().map(f -> f.pack().name() + " " + f.escalation().rule() + " " + kind(f.escalation()))
        .distinct()).containsExactlyInAnyOrder(
        "NO escalation.deathOrSeriousInjury OnFlags", "NO escalation.criminalSuspicion OnTrack",
        "NO escalation.deathOrSeriousInjury OnTrack",
        "DK escalation.forwardToAuthority OnTrack", "DK escalation.deathOrSeriousInjury OnFlags",
        "DK escalation.criminalSuspicion OnFlags", "DK escalation.deathOrSeriousInjury OnTrack",
        "SE escalation.criminalSuspicion OnTrack", "SE escalation.firearmDischarge OnFlags",
        "GB-EAW escalation.mandatoryReferral OnFlags", "GB-EAW escalation.deathOrSeriousInjury OnTrack",
        "GB-EAW escalation.chiefOfficer OnSubject", "GB-EAW escalation.sameIncident SameIncident");
  }

  @Test
  void everyEscalationOfTheShippedPacksNamesItsTriggerTheBodyTheDeadlineAndTheLegalBasisInEveryLanguage() {
    for (Found f : everyKind()) {
      Escalation e = f.escalation();
      for (Locale locale : Messages.supportedLocales()) {
        String text = e.message(locale, f.pack().zone());
        assertThat(text).as("%s %s", e, locale)
            .contains(Labels.standard().label(e.to(), locale), e.legalBasis().citation(),
                Messages.date(e.dueDate(f.pack().zone()), locale))
            .doesNotContain("()", "{", "}");
        for (String detail : details(e.trigger(), locale)) {
          assertThat(text).as("%s %s", e, locale).contains(detail);
        }
      }
    }
  }

  /** What a text must hold of a trigger: its track, rank or other case, and its flags. */
  static Seq<String> details(EscalationTrigger trigger, Locale locale) {
    Labels labels = Labels.standard();
    Seq<String> own = trigger instanceof EscalationTrigger.OnTrack t ? List.of(labels.label(t.track(), locale))
        : trigger instanceof EscalationTrigger.OnSubject s ? List.of(labels.label(s.subjectKind(), locale))
        : trigger instanceof EscalationTrigger.SameIncident i ? List.of(i.other().value())
        : List.empty();
    return own.appendAll(trigger.flags().map(flag -> labels.label(flag, locale)));
  }

  /**
   * Straffeprosessloven § 67 (6) gives Spesialenheten the cases where police staff may have committed a
   * crime in service: a serious injury sends a conduct complaint there by its flag, a criminal report by
   * its track.
   */
  @Test
  void norwaySendsASeriousInjuryByItsFlagAndACriminalReportByItsTrack() {
    Escalation injury = NorwayRules.pack().assess(spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT,
        Body.of("NO-OSLO-PD")).flags(SeriousnessFlag.SERIOUS_INJURY).receivedAt(RECEIVED), AT).escalations().single();
    assertThat(injury.trigger()).isEqualTo(new EscalationTrigger.OnFlags(List.of(SeriousnessFlag.SERIOUS_INJURY)));
    assertThat(injury.message(NB, NorwayRules.ZONE)).isEqualTo("Saken gjelder alvorlig skade, derfor må den sendes til"
        + " Spesialenheten for politisaker innen 1. juni 2026 (" + NorwayRules.SPESIALENHETEN_MANDATE + ").");
    ComplaintCase report = spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, Body.of("NO-OSLO-PD")).receivedAt(RECEIVED);
    Escalation e = NorwayRules.pack().assess(report, AT).escalations().single();
    assertThat(e.trigger()).isEqualTo(new EscalationTrigger.OnTrack(Track.CRIMINAL_REPORT));
    assertThat(e.triggers()).isEmpty();
    assertThat(e.message(Locale.ENGLISH, NorwayRules.ZONE)).isEqualTo("The case is on the criminal report track, so it"
        + " must go to the Norwegian Bureau for the Investigation of Police Affairs (Spesialenheten for politisaker),"
        + " which investigates possible crimes by police staff, by 1 June 2026 (" + NorwayRules.SPESIALENHETEN_MANDATE
        + ").");
    assertThat(e.message(NB, NorwayRules.ZONE)).startsWith("Saken er registrert som "
        + Labels.standard().label(Track.CRIMINAL_REPORT, NB) + ", derfor må den sendes til Spesialenheten for"
        + " politisaker, som etterforsker mulige straffbare handlinger av ansatte i politiet, innen ");
  }

  /**
   * Retsplejeloven kap. 93 b and 93 c: a complaint about police conduct is forwarded to Den Uafhængige
   * Politiklagemyndighed at once, by its track; § 1020 a sends a death there by its flag.
   */
  @Test
  void denmarkForwardsAConductComplaintByItsTrackAndADeathByItsFlag() {
    ComplaintCase conduct = spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("DK-POLITIKREDS"))
        .receivedAt(RECEIVED);
    Escalation forward = DenmarkRules.pack().assess(conduct, AT).escalations().single();
    assertThat(forward.rule()).isEqualTo("escalation.forwardToAuthority");
    assertThat(forward.trigger()).isEqualTo(new EscalationTrigger.OnTrack(Track.CONDUCT_COMPLAINT));
    assertThat(forward.message(DA, DenmarkRules.ZONE)).startsWith("Sagen er registreret som "
        + Labels.standard().label(Track.CONDUCT_COMPLAINT, DA) + ", derfor skal den straks sendes videre til "
        + Labels.standard().label(DenmarkRules.DUP, DA) + ", senest 1. juni 2026 (");
    ComplaintCase death = spec(DenmarkRules.JURISDICTION, Track.CRIMINAL_REPORT, Body.of("DK-POLITIKREDS"))
        .flags(SeriousnessFlag.DEATH).receivedAt(RECEIVED);
    assertThat(DenmarkRules.pack().assess(death, AT).escalations().map(Escalation::trigger))
        .contains(new EscalationTrigger.OnFlags(List.of(SeriousnessFlag.DEATH)));
  }

  /**
   * Särskilda åklagarkammaren always opens a preliminary investigation when police discharge a firearm
   * (by the flag); a criminal report against police staff goes to Särskilda utredningar (by its track).
   */
  @Test
  void swedenSendsAFirearmDischargeByItsFlagAndACriminalReportByItsTrack() {
    Seq<Escalation> found = SwedenRules.pack().assess(spec(SwedenRules.JURISDICTION, Track.CRIMINAL_REPORT,
        Body.of("SE-POLISEN")).flags(SeriousnessFlag.FIREARM_DISCHARGE).receivedAt(RECEIVED), AT).escalations();
    assertThat(found.map(e -> e.rule() + " " + e.trigger())).containsExactlyInAnyOrder(
        "escalation.criminalSuspicion " + new EscalationTrigger.OnTrack(Track.CRIMINAL_REPORT),
        "escalation.firearmDischarge " + new EscalationTrigger.OnFlags(List.of(SeriousnessFlag.FIREARM_DISCHARGE)));
    Escalation firearm = found.find(e -> e.rule().equals("escalation.firearmDischarge")).get();
    assertThat(firearm.message(SV, SwedenRules.ZONE)).startsWith("Ärendet gäller "
        + Labels.standard().label(SeriousnessFlag.FIREARM_DISCHARGE, SV) + ": förundersökning inleds alltid, och ärendet"
        + " ska till ");
  }

  /**
   * Police Reform Act 2002 Sch. 3 para 4(1) and SI 2020/2 reg 4(1): a complaint is referred to the IOPC
   * for its allegations (a serious assault), for its track (death or serious injury), for the rank of the
   * person complained about (a chief officer whose conduct may justify disciplinary proceedings), or
   * because it comes from the same incident as a matter that must be referred.
   */
  @Test
  void englandAndWalesReferForTheAllegationsTheTrackTheChiefOfficerAndTheSameIncident() {
    RulePack ew = EnglandWalesRules.pack();
    Escalation assault = ew.assess(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA"))
        .flags(SeriousnessFlag.SERIOUS_ASSAULT).receivedAt(RECEIVED), AT).escalations().single();
    assertThat(assault.trigger()).isEqualTo(new EscalationTrigger.OnFlags(List.of(SeriousnessFlag.SERIOUS_ASSAULT)));
    Escalation dsi = ew.assess(spec(EnglandWalesRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, Body.of("EW-AA"))
        .noComplainant().receivedAt(RECEIVED), AT).escalations().single();
    assertThat(dsi.trigger()).isEqualTo(new EscalationTrigger.OnTrack(Track.DEATH_OR_SERIOUS_INJURY));
    ComplaintCase chief = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA"))
        .subjectKind(SubjectKind.CHIEF_OFFICER).flags(SeriousnessFlag.POSSIBLE_DISCIPLINARY).receivedAt(RECEIVED);
    Escalation e = ew.assess(chief, AT).escalations().single();
    assertThat(e.trigger()).isEqualTo(new EscalationTrigger.OnSubject(SubjectKind.CHIEF_OFFICER,
        List.of(SeriousnessFlag.POSSIBLE_DISCIPLINARY)));
    assertThat(e.triggers()).containsExactly(SeriousnessFlag.POSSIBLE_DISCIPLINARY);
    assertThat(e.message(Locale.ENGLISH, EnglandWalesRules.ZONE)).isEqualTo("The complaint is about the chief officer"
        + " (possible disciplinary matter), so it must be referred to the Independent Office for Police Conduct by "
        + Messages.date(e.dueDate(EnglandWalesRules.ZONE), Locale.ENGLISH) + " (" + e.legalBasis() + ").");
    assertThat(e.message(DA, EnglandWalesRules.ZONE)).startsWith("Klagen angår en politidirektør (");
    Escalation same = ew.assess(linkedToASeriousInjury(), AT).escalations().single();
    assertThat(same.trigger()).isEqualTo(new EscalationTrigger.SameIncident(OTHER, List.of(SeriousnessFlag.SERIOUS_INJURY)));
    assertThat(same.message(Locale.ENGLISH, EnglandWalesRules.ZONE)).startsWith("The case comes from the same incident"
        + " as case EW-2026-40 (serious injury), which must be referred, so this case must go to the Independent Office"
        + " for Police Conduct too, by ");
  }

  /**
   * SI 2020/2 reg 4(1): a same-incident complaint the caller passes in is judged by its own escalation,
   * whose trigger this case's escalation names with the other case.
   */
  @Test
  void aRelatedCasePassedInNamesItselfAndTheFlagsThatSendItToTheIopc() {
    ComplaintCase other = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA"))
        .id(OTHER.value()).flags(SeriousnessFlag.SERIOUS_SEXUAL_OFFENCE).receivedAt(RECEIVED);
    ComplaintCase c = step(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA"))
        .receivedAt(RECEIVED), x -> x.linkRelatedCase(new RelatedCase(OTHER, Relation.SAME_INCIDENT),
            Stamp.of(t("2026-06-01T09:30:00Z"), ACTOR)));
    Escalation e = EnglandWalesRules.pack().assess(c, List.of(other), AT).escalations().single();
    assertThat(e.trigger()).isEqualTo(new EscalationTrigger.SameIncident(OTHER,
        List.of(SeriousnessFlag.SERIOUS_SEXUAL_OFFENCE)));
  }

  /**
   * Straffeprosessloven § 67 (6): while the referral to Spesialenheten is pending, a local investigation
   * is refused, and the refusal says which referral: why, to whom and by when, in every language.
   */
  @Test
  void theRefusalOfLocalHandlingNamesThePendingEscalationInEveryLanguage() {
    Body oslo = Body.of("NO-OSLO-PD");
    ComplaintCase received = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, oslo)
        .flags(SeriousnessFlag.SERIOUS_INJURY).receivedAt(RECEIVED);
    ComplaintCase c = assess(register(received, t("2026-06-01T09:01:00Z")), Track.CONDUCT_COMPLAINT, oslo,
        t("2026-06-01T09:02:00Z"));
    RulePack no = NorwayRules.pack();
    Escalation owed = no.assess(c, AT).escalations().single();
    Rejection.RuleRefused refused = (Rejection.RuleRefused) no.whyRefused(c, CommandType.OPEN_INVESTIGATION, AT).get();
    assertThat(refused.rule()).isEqualTo("escalation.pending");
    assertThat(refused.pending()).contains(owed.pending());
    assertThat(Messages.explain(refused, Locale.ENGLISH, no.zone())).isEqualTo("\"open an investigation\" refused: the"
        + " case must first be referred to the Norwegian Bureau for the Investigation of Police Affairs (Spesialenheten"
        + " for politisaker) by 1 June 2026, and may not be handled locally until then. The case concerns serious injury ("
        + NorwayRules.SPESIALENHETEN_MANDATE + ").");
    for (Locale locale : Messages.supportedLocales()) {
      assertThat(Messages.explain(refused, locale, no.zone())).as("%s", locale)
          .contains(Labels.standard().label(CommandType.OPEN_INVESTIGATION, locale),
              Labels.standard().label(NorwayRules.SPESIALENHETEN, locale),
              Labels.standard().label(SeriousnessFlag.SERIOUS_INJURY, locale),
              Messages.date(owed.dueDate(no.zone()), locale), NorwayRules.SPESIALENHETEN_MANDATE.citation());
    }
  }
}
