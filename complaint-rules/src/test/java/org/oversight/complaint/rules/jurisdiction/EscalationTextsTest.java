package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.spec;
import static org.oversight.complaint.rules.Fixtures.t;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Labels;
import org.oversight.complaint.rules.Messages;
import org.oversight.complaint.rules.RulePack;

/**
 * What a caseworker reads of each escalation the shipped packs find: what triggered it (the flags, the
 * track, the subject's rank, the matter from the same incident), the body, the deadline and the legal basis,
 * in every language.
 */
class EscalationTextsTest {

  static final String RECEIVED = "2026-06-01T09:00:00Z";
  static final Instant AT = t("2026-06-01T10:00:00Z");
  static final Locale NB = Locale.forLanguageTag("nb");

  record Found(RulePack pack, Escalation escalation) {}

  static Seq<Found> found(RulePack pack, ComplaintCase c) {
    return pack.assess(c, AT).escalations().map(e -> new Found(pack, e));
  }

  /** One case per escalation rule of the shipped packs, triggered by flags, by the track or by a condition. */
  static Seq<Found> everyKind() {
    RulePack no = NorwayRules.pack();
    RulePack dk = DenmarkRules.pack();
    RulePack se = SwedenRules.pack();
    RulePack ew = EnglandWalesRules.pack();
    Body oslo = Body.of("NO-OSLO-PD");
    return found(no, spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, oslo)
            .flags(SeriousnessFlag.SERIOUS_INJURY).receivedAt(RECEIVED))
        .appendAll(found(no, spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, oslo).receivedAt(RECEIVED)))
        .appendAll(found(no, spec(NorwayRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, oslo).noComplainant()
            .receivedAt(RECEIVED)))
        .appendAll(found(dk, spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("DK-POLITIKREDS"))
            .receivedAt(RECEIVED)))
        .appendAll(found(dk, spec(DenmarkRules.JURISDICTION, Track.CRIMINAL_REPORT, Body.of("DK-POLITIKREDS"))
            .flags(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE, SeriousnessFlag.DEATH).receivedAt(RECEIVED)))
        .appendAll(found(se, spec(SwedenRules.JURISDICTION, Track.CRIMINAL_REPORT, Body.of("SE-SU"))
            .flags(SeriousnessFlag.FIREARM_DISCHARGE).receivedAt(RECEIVED)))
        .appendAll(found(ew, spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA"))
            .flags(SeriousnessFlag.SERIOUS_ASSAULT).receivedAt(RECEIVED)))
        .appendAll(found(ew, spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA"))
            .subjectKind(SubjectKind.CHIEF_OFFICER).flags(SeriousnessFlag.POSSIBLE_DISCIPLINARY).receivedAt(RECEIVED)));
  }

  @Test
  void everyEscalationOfTheShippedPacksNamesItsTriggersTheBodyTheDeadlineAndTheLegalBasisInEveryLanguage() {
    Seq<Found> all = everyKind();
    assertThat(all.map(f -> f.pack().name() + " " + f.escalation().rule()).distinct()).containsExactlyInAnyOrder(
        "NO escalation.deathOrSeriousInjury", "NO escalation.criminalSuspicion", "DK escalation.forwardToAuthority",
        "DK escalation.deathOrSeriousInjury", "DK escalation.criminalSuspicion", "SE escalation.criminalSuspicion",
        "SE escalation.firearmDischarge", "GB-EAW escalation.mandatoryReferral", "GB-EAW escalation.chiefOfficer");
    for (Found f : all) {
      Escalation e = f.escalation();
      for (Locale locale : Messages.supportedLocales()) {
        String text = e.message(locale, f.pack().zone());
        assertThat(text).as("%s %s", e, locale)
            .contains(Labels.standard().label(e.to(), locale), e.legalBasis().citation(),
                Messages.date(e.dueDate(f.pack().zone()), locale))
            .doesNotContain("()");
        for (SeriousnessFlag flag : e.triggers()) {
          assertThat(text).as("%s %s", e, locale).contains(Labels.standard().label(flag, locale));
        }
      }
    }
  }

  @Test
  void anEscalationWithoutFlagsNamesTheTrackOrTheRankThatTriggeredIt() {
    ComplaintCase report = spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, Body.of("NO-OSLO-PD")).receivedAt(RECEIVED);
    Escalation e = NorwayRules.pack().assess(report, AT).escalations().single();
    assertThat(e.triggers()).isEmpty();
    assertThat(e.message(Locale.ENGLISH, NorwayRules.ZONE)).isEqualTo("A criminal report against police staff: the case"
        + " must go to the Norwegian Bureau for the Investigation of Police Affairs (Spesialenheten for politisaker) by"
        + " 1 June 2026 (" + NorwayRules.SPESIALENHETEN_MANDATE + ").");
    assertThat(e.message(NB, NorwayRules.ZONE)).startsWith("En anmeldelse mot ansatt i politiet: saken må sendes til ");
  }

  @Test
  void aChiefOfficerReferralNamesTheRankAndTheConductAlleged() {
    ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("EW-AA"))
        .subjectKind(SubjectKind.CHIEF_OFFICER).flags(SeriousnessFlag.POSSIBLE_DISCIPLINARY).receivedAt(RECEIVED);
    Escalation e = EnglandWalesRules.pack().assess(c, AT).escalations().single();
    assertThat(e.triggers()).containsExactly(SeriousnessFlag.POSSIBLE_DISCIPLINARY);
    assertThat(e.message(Locale.ENGLISH, EnglandWalesRules.ZONE)).startsWith("A complaint about a chief officer that may"
        + " justify criminal or disciplinary proceedings (possible disciplinary matter) must be referred to the"
        + " Independent Office for Police Conduct by ");
    assertThat(List.of(e.message(Locale.forLanguageTag("da"), EnglandWalesRules.ZONE))).allMatch(
        text -> text.contains("politidirektør") && text.contains(e.legalBasis().citation()));
  }
}
