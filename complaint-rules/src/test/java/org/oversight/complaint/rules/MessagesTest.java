package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.EscalationTrigger;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;

/** The four bundles: complete, loaded from inside the module, chosen by locale without default-locale leaks. */
class MessagesTest {

  static Properties file(String name) throws IOException {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages_nb.properties", "messages_da.properties", "messages_sv.properties"})
  void everyKeyExistsInEveryLanguage(String name) throws IOException {
    Properties english = file("messages.properties");
    Properties other = file(name);
    assertThat(TreeSet.ofAll(other.stringPropertyNames())).isEqualTo(TreeSet.ofAll(english.stringPropertyNames()));
    for (String key : english.stringPropertyNames()) {
      assertThat(other.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
    }
  }

  @Test
  void everyKeyTheRulesUseIsInTheBundles() {
    Seq<String> used = List.of(ObligationKind.values()).flatMap(k -> List.of(k.messageKey(), "breach." + Messages.camel(k.name())))
        .appendAll(List.of("escalation.deathOrSeriousInjury", "escalation.criminalSuspicion",
            "escalation.forwardToAuthority", "escalation.firearmDischarge", "escalation.mandatoryReferral",
            "escalation.chiefOfficer", "escalation.sameIncident", "escalation", "trigger.onFlags", "trigger.onTrack",
            "trigger.onSubject", "trigger.sameIncident", "trigger.onCondition", "warning.deadlineApproaching",
            "warning.timeLimit.startUnknown", "warning.timeLimit.expired", "warning.timeLimit.undetermined",
            "warning.timeLimit.screening", "warning.pattern.sameSubject",
            "warning.pattern.sameComplainant", "breach.foreclosed.refer", "breach.foreclosed.askVictimSupportConsent",
            "breach.foreclosed.referToVictimSupport", "warning.regime.notInForce", "warning.informal.ineligible",
            "warning.informal.excludedFlag", "warning.informal.complainantInsists", "warning.informal.consentMissing",
            "warning.standing.notEligible", "warning.standing.writtenPermissionMissing",
            "warning.repeat.noDutyToInvestigate", "warning.screening.anonymous", "warning.measure.notOwnBody",
            "warning.measure.directedProceedings"))
        .appendAll(List.of("timeLimit.notExpired", "timeLimit.notWaivable", "regime.notInForce", "registration.missingDetails",
            "routing.wrongBody", "informal.notAvailable", "informal.wrongTrack", "informal.excludedFlag",
            "informal.complainantInsists", "informal.consentMissing", "outcome.reasonsMissing",
            "outcome.recipientMissing", "outcome.unknown", "review.notAvailable", "review.routeMissing",
            "review.routeMismatch", "escalation.pending", "obligation.foreclosed", "decision.notOwnBody", "measure.notOwnBody", "measure.directedProceedings",
            "standing.notEligible", "standing.writtenPermissionMissing", "repeat.notARepeat", "withdrawal.formMissing",
            "withdrawal.formNotAccepted", "withdrawal.notByComplainant", "administrativeReview.wrongBody").map(r -> "rejection." + r))
        .appendAll(List.of(Rejection.class.getPermittedSubclasses()).filter(c -> c != Rejection.RuleRefused.class)
            .map(c -> "rejection.core." + c.getSimpleName()))
        .append("unit.days");
    assertThat(Messages.keys()).containsAll(used);
    assertThat(Messages.keys().size()).isEqualTo(used.distinct().size());
  }

  @Test
  void theLocaleChoosesTheLanguageAndNeverTheJvmDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("da"));
      assertThat(Messages.format("warning.timeLimit.startUnknown", Locale.ENGLISH)).startsWith("The incident time");
      assertThat(Messages.format("warning.timeLimit.startUnknown", Locale.FRENCH)).startsWith("The incident time");
      assertThat(Messages.format("warning.timeLimit.startUnknown", Locale.forLanguageTag("nb"))).startsWith("Tidspunktet for hendelsen");
      assertThat(Messages.format("warning.timeLimit.startUnknown", Locale.forLanguageTag("no"))).startsWith("Tidspunktet for hendelsen");
      assertThat(Messages.format("warning.timeLimit.startUnknown", Locale.forLanguageTag("nn-NO"))).startsWith("Tidspunktet for hendelsen");
      assertThat(Messages.format("warning.timeLimit.startUnknown", Locale.forLanguageTag("da-DK"))).startsWith("Tidspunktet for hændelsen");
      assertThat(Messages.format("warning.timeLimit.startUnknown", Locale.forLanguageTag("sv-FI"))).startsWith("Tidpunkten för händelsen");
    } finally {
      Locale.setDefault(before);
    }
    assertThat(Messages.supportedLocales().map(Locale::getLanguage)).containsExactly("en", "nb", "da", "sv");
    assertThatThrownBy(() -> Messages.format("no.such.key", Locale.ENGLISH)).isInstanceOf(MissingResourceException.class);
    assertThat(Messages.formatOr("no.such.key", Locale.ENGLISH, "fallback")).isEqualTo("fallback");
  }

  private static final Locale NB = Locale.forLanguageTag("nb");
  private static final Locale DA = Locale.forLanguageTag("da");
  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @Test
  void aRefusedEventOfAHistoryIsExplainedWithItsPositionAndItsCause() {
    Rejection cause = new Rejection.OutOfOrder(org.oversight.complaint.core.CaseStatus.ASSESSED, CommandType.CLOSE,
        Instant.parse("2026-02-02T10:00:00Z"), Instant.parse("2026-02-01T10:00:00Z"));
    Rejection refused = new Rejection.EventRefused(7, cause);
    assertThat(Messages.explain(refused, Locale.forLanguageTag("da")))
        .isEqualTo("Hændelse 7 i historikken blev afvist: " + Messages.explain(cause, Locale.forLanguageTag("da")));
    assertThat(Messages.explain(refused, Locale.ENGLISH)).startsWith("Event 7 of the history was refused: \"close\" refused");
  }

  @Test
  void messagesFillInTheirArgumentsAsPeopleReadThem() {
    Instant due = Instant.parse("2026-02-28T22:59:59.999999999Z");   // end of 28 February in Copenhagen
    LegalBasis basis = LegalBasis.of("retsplejeloven § 1019 n");
    Obligation o = new Obligation("r", ObligationKind.DELAY_NOTICE, Recipient.party(PartyId.of("C1")), due.minusSeconds(5),
        due, CommandType.RECORD_NOTIFICATION, Option.none(), Option.none(), basis);
    assertThat(o.message(DA, ZoneId.of("Europe/Copenhagen")))
        .isEqualTo("Orienter C1 om sagens stade og hvornår en afgørelse kan forventes, senest 28. februar 2026 ("
            + basis + ").");
    assertThat(o.message(DA)).contains("senest 28. februar 2026 (");
    assertThat(o.message(Locale.ENGLISH, ZoneOffset.ofHours(2))).contains("by 1 March 2026 (");
    assertThat(new Breach(o, due.plusSeconds(1)).message(Locale.ENGLISH, OSLO))
        .isEqualTo("Overdue by 1 day: C1 should have been told the state of the case by 28 February 2026 (" + basis + ").");
    assertThat(new Breach(o, due.plus(Duration.ofDays(1))).message(Locale.ENGLISH, OSLO)).startsWith("Overdue by 1 day: ");
    assertThat(new Breach(o, due.plus(Duration.ofDays(12))).message(Locale.ENGLISH, OSLO)).startsWith("Overdue by 12 days: ");
    assertThat(new Breach(o, due.plus(Duration.ofDays(1))).message(NB, OSLO)).startsWith("Forsinket med 1 dag: ");
    assertThat(new Breach(o, due.plus(Duration.ofDays(12))).message(NB, OSLO)).startsWith("Forsinket med 12 dager: ");
    assertThat(new Breach(o, due.plus(Duration.ofDays(12))).message(DA, OSLO)).startsWith("Forsinket med 12 dage: ");
    assertThat(new Breach(o, due.plus(Duration.ofDays(12))).message(SV, OSLO)).startsWith("Försenat med 12 dagar: ");
    Escalation e = new Escalation("escalation.mandatoryReferral", Body.of("EW-IOPC"),
        new EscalationTrigger.OnFlags(List.of(SeriousnessFlag.SERIOUS_ASSAULT)), basis, due.minusSeconds(5), due,
        Option.none());
    assertThat(e.message(Locale.ENGLISH, ZoneId.of("Europe/London"))).isEqualTo("The case concerns serious assault, "
        + "which requires referral to the Independent Office for Police Conduct by 28 February 2026 (" + basis + ").");
    assertThat(e.dueDate(ZoneId.of("Europe/London"))).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(e.asObligation().message(SV)).startsWith("Hänvisa ärendet till Independent Office for Police Conduct");
    Refusal r = Refusal.of("informal.excludedFlag", basis, "flags DEATH");
    assertThat(r.message(CommandType.START_INFORMAL_RESOLUTION, Locale.ENGLISH)).isEqualTo(
        "\"start informal resolution\" refused: the allegations are too serious for informal handling (" + basis + ").");
    assertThat(new Refusal("informal.notAvailable", Option.none(), "x").message(CommandType.START_INFORMAL_RESOLUTION,
        Locale.ENGLISH)).endsWith("(-).");
    assertThat(Messages.explain(r.toRejection(CaseStatus.ASSESSED, CommandType.START_INFORMAL_RESOLUTION), NB))
        .isEqualTo("«starte uformell behandling» avvist: påstandene er for alvorlige for uformell behandling (" + basis + ").");
    assertThat(new Warning("warning.timeLimit.expired", List.of("2026-01-01T22:59:59.999999999Z")).message(Locale.ENGLISH, OSLO))
        .contains("filing deadline 1 January 2026");
    assertThat(new Warning("warning.deadlineApproaching", List.of("obligation.acknowledge", "P1", due.toString()))
        .message(Locale.ENGLISH, OSLO))
        .isEqualTo("Deadline approaching: the acknowledgement of receipt to P1 is due by 28 February 2026.");
    assertThat(Messages.format("rejection.outcome.unknown", Locale.ENGLISH, "X", "Y"))
        .isEqualTo("\"X\" refused: the outcome is not in this jurisdiction's taxonomy (Y).");
  }

  @Test
  void datesAndDaysAreWrittenPerLanguage() {
    LocalDate date = LocalDate.of(2026, 4, 2);
    assertThat(Messages.supportedLocales().map(l -> Messages.date(date, l)))
        .containsExactly("2 April 2026", "2. april 2026", "2. april 2026", "2 april 2026");
    assertThat(Messages.supportedLocales().map(l -> Messages.days(1, l)))
        .containsExactly("1 day", "1 dag", "1 dag", "1 dag");
    assertThat(Messages.supportedLocales().map(l -> Messages.days(12, l)))
        .containsExactly("12 days", "12 dager", "12 dage", "12 dagar");
  }

  /**
   * Every kind of rejection, obligation, breach, escalation and warning, rendered in every language,
   * holds each of its arguments as a person reads it.
   */
  @Test
  void everyKindInEveryLanguageHoldsEveryArgument() {
    Instant due = Instant.parse("2026-04-02T21:59:59.999999999Z");
    LegalBasis basis = LegalBasis.of("straffeprosessloven § 67 (6)");
    Recipient party = Recipient.party(PartyId.of("P7"));
    Recipient body = Recipient.body(Body.of("NO-SPESIALENHETEN"));
    for (Locale locale : Messages.supportedLocales()) {
      String date = Messages.date(LocalDate.of(2026, 4, 2), locale);
      String spesialenheten = Labels.standard().label(Body.of("NO-SPESIALENHETEN"), locale);
      for (ObligationKind kind : ObligationKind.values()) {
        for (Recipient to : List.of(party, body)) {
          String name = to == party ? "P7" : spesialenheten;
          CommandType by = kind == ObligationKind.REFER ? CommandType.REFER : CommandType.RECORD_NOTIFICATION;
          Obligation o = new Obligation("r", kind, to, due.minusSeconds(60), due, by, Option.none(), Option.none(), basis);
          assertThat(o.message(locale, OSLO)).as("%s %s", kind, locale).contains(name, date, basis.citation());
          Breach overdue = new Breach(o, due.plus(Duration.ofDays(12)));
          assertThat(overdue.message(locale, OSLO)).as("breach %s %s", kind, locale)
              .contains(name, date, basis.citation(), Messages.days(12, locale));
          if (Messages.bundle(locale).containsKey("breach.foreclosed." + Messages.camel(kind.name()))) {
            assertThat(new Breach(o, due.minusSeconds(1), Breach.Cause.FORECLOSED).message(locale, OSLO))
                .as("foreclosed %s %s", kind, locale).contains(name, date, basis.citation());
          }
        }
      }
      for (String rule : Messages.keys().filter(k -> k.startsWith("escalation.")).toList().append("escalation.local.own")) {
        for (EscalationTrigger trigger : triggers()) {
          Escalation e = new Escalation(rule, Body.of("NO-SPESIALENHETEN"), trigger, basis, due.minusSeconds(60), due,
              Option.none());
          String text = e.message(locale, OSLO);
          assertThat(text).as("%s %s %s", rule, trigger, locale).contains(spesialenheten, date, basis.citation())
              .doesNotContain("()", "{", "}");
          triggerDetails(trigger, locale).forEach(d -> assertThat(text).as("%s %s %s", rule, trigger, locale).contains(d));
        }
      }
      String window = Messages.date(LocalDate.of(2026, 1, 5), locale);
      for (String kind : List.of("sameSubject", "sameComplainant")) {
        String text = new Warning("warning.pattern." + kind,
            List.of("3", "OSL-1, OSL-2, OSL-3", "2026-01-05T10:00:00Z", due.toString())).message(locale, OSLO);
        assertThat(text).as("%s %s", kind, locale).contains("3 ", "OSL-1, OSL-2, OSL-3", window, date);
      }
      assertThat(new Warning("warning.timeLimit.expired", List.of(due.toString())).message(locale, OSLO)).contains(date);
      assertThat(new Warning("warning.deadlineApproaching", List.of("obligation.delayNotice", "P7", due.toString()))
          .message(locale, OSLO)).contains(Labels.standard().label(ObligationKind.DELAY_NOTICE, locale), "P7", date);
      assertThat(new Warning("warning.timeLimit.startUnknown", List.empty()).message(locale, OSLO)).isNotBlank();
      assertThat(new Warning("warning.regime.notInForce", List.of("2026-01-05T10:00:00Z", due.toString(),
          basis.citation())).message(locale, OSLO)).contains(window, date, basis.citation());
      assertThat(new Warning("warning.standing.notEligible", List.of(basis.citation())).message(locale, OSLO))
          .contains(basis.citation());
      assertThat(new Warning("warning.standing.writtenPermissionMissing", List.of("C7", basis.citation()))
          .message(locale, OSLO)).contains("C7", basis.citation());
      assertThat(new Warning("warning.repeat.noDutyToInvestigate", List.of("EW-9", basis.citation()))
          .message(locale, OSLO)).contains("EW-9", basis.citation());
      assertThat(new Warning("warning.screening.anonymous", List.of(basis.citation())).message(locale, OSLO))
          .contains(basis.citation());
      for (String key : Messages.keys().filter(k -> k.startsWith("warning.informal."))) {
        assertThat(new Warning(key, List.of(basis.citation())).message(locale, OSLO)).as("%s %s", key, locale)
            .contains(basis.citation());
      }
      for (Rejection r : coreRejections()) {
        String text = Messages.explain(r, locale, OSLO);
        assertThat(text).as("%s %s", r, locale)
            .contains(Labels.standard().label(r.command(), locale), Labels.standard().label(r.state(), locale));
        for (Object detail : Messages.details(r)) {
          assertThat(text).as("%s %s", r, locale).contains(shown(detail, locale));
        }
      }
      for (String key : Messages.keys().filter(k -> k.startsWith("rejection.") && !k.startsWith("rejection.core."))) {
        Rejection refused = Refusal.of(key.substring("rejection.".length()), basis, "why")
            .toRejection(CaseStatus.ASSESSED, CommandType.CLOSE);
        assertThat(Messages.explain(refused, locale)).as("%s %s", key, locale)
            .contains(Labels.standard().label(CommandType.CLOSE, locale), basis.citation())
            .doesNotContain("{", "}");
      }
      for (EscalationTrigger trigger : triggers()) {
        Escalation pending = new Escalation("escalation.deathOrSeriousInjury", Body.of("NO-SPESIALENHETEN"), trigger,
            basis, due.minusSeconds(60), due, Option.none());
        Refusal refusal = Refusal.escalationPending(pending, "why");
        String text = Messages.explain(refusal.toRejection(CaseStatus.ASSESSED, CommandType.CLOSE), locale, OSLO);
        String message = refusal.message(CommandType.CLOSE, locale);
        for (String rendered : List.of(text, message)) {
          assertThat(rendered).as("pending %s %s", trigger, locale)
              .contains(Labels.standard().label(CommandType.CLOSE, locale), basis.citation(), spesialenheten)
              .doesNotContain("{", "}", "()");
          triggerDetails(trigger, locale).forEach(d -> assertThat(rendered).as("pending %s %s", trigger, locale).contains(d));
        }
        assertThat(text).contains(date);
        assertThat(message).contains(Messages.date(LocalDate.of(2026, 4, 2), locale));
      }
    }
  }

  /** One trigger of every kind, with and without flags. */
  private static Seq<EscalationTrigger> triggers() {
    return List.of(new EscalationTrigger.OnFlags(List.of(SeriousnessFlag.SERIOUS_INJURY)),
        new EscalationTrigger.OnFlags(List.of(SeriousnessFlag.DEATH, SeriousnessFlag.IN_CUSTODY)),
        new EscalationTrigger.OnTrack(Track.DEATH_OR_SERIOUS_INJURY),
        new EscalationTrigger.OnTrack(Track.CRIMINAL_REPORT),
        new EscalationTrigger.OnSubject(SubjectKind.CHIEF_OFFICER, List.of(SeriousnessFlag.POSSIBLE_DISCIPLINARY)),
        new EscalationTrigger.OnSubject(SubjectKind.CHIEF_OFFICER, List.empty()),
        new EscalationTrigger.SameIncident(CaseId.of("EW-2026-9"), List.of(SeriousnessFlag.DEATH)),
        new EscalationTrigger.SameIncident(CaseId.of("EW-2026-9"), List.empty()),
        new EscalationTrigger.OnCondition(List.of(SeriousnessFlag.FIREARM_DISCHARGE)),
        new EscalationTrigger.OnCondition(List.empty()));
  }

  /** What a text must hold of a trigger: its flags, and its track, rank or other case. */
  private static Seq<String> triggerDetails(EscalationTrigger trigger, Locale locale) {
    Seq<String> own = trigger instanceof EscalationTrigger.OnTrack t ? List.of(Labels.standard().label(t.track(), locale))
        : trigger instanceof EscalationTrigger.OnSubject s ? List.of(Labels.standard().label(s.subjectKind(), locale))
        : trigger instanceof EscalationTrigger.SameIncident i ? List.of(i.other().value())
        : List.empty();
    return own.appendAll(trigger.flags().map(f -> Labels.standard().label(f, locale)));
  }

  private static String shown(Object detail, Locale locale) {
    if (detail instanceof Instant) {
      return Messages.date(((Instant) detail).atZone(OSLO).toLocalDate(), locale);
    } else if (detail instanceof java.time.ZonedDateTime) {
      return Messages.date(((java.time.ZonedDateTime) detail).withZoneSameInstant(OSLO).toLocalDate(), locale);
    } else if (detail instanceof Iterable) {
      return List.ofAll((Iterable<?>) detail).map(d -> shown(d, locale)).mkString(", ");
    }
    return Labels.standard().labelOf(detail, locale);
  }

  private static Seq<Rejection> coreRejections() {
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    return List.of(
        new Rejection.IllegalTransition(CaseStatus.CLOSED, CommandType.DECIDE_ALLEGATION,
            io.vavr.collection.HashSet.of(CommandType.REOPEN)),
        new Rejection.IllegalTransition(CaseStatus.CLOSED, CommandType.DECIDE_ALLEGATION, io.vavr.collection.HashSet.empty()),
        new Rejection.MissingDetails(CaseStatus.RECEIVED, CommandType.REGISTER,
            List.of(RequiredDetail.SUBJECT, RequiredDetail.INCIDENT_TIME)),
        new Rejection.UnknownParty(CaseStatus.RECEIVED, CommandType.WITHDRAW, PartyId.of("X9")),
        new Rejection.UnknownAllegation(CaseStatus.INVESTIGATION, CommandType.DECIDE_ALLEGATION, AllegationId.of("A9")),
        new Rejection.Duplicate(CaseStatus.RECEIVED, CommandType.ADD_PARTY, "P4"),
        new Rejection.WrongRole(CaseStatus.ASSESSED, CommandType.REQUEST_REVIEW, PartyId.of("P2"),
            org.oversight.complaint.core.PartyRole.COMPLAINANT, org.oversight.complaint.core.PartyRole.WITNESS),
        new Rejection.AlreadyDecided(CaseStatus.INVESTIGATION, CommandType.DECIDE_ALLEGATION, AllegationId.of("A8")),
        new Rejection.ConsentMissing(CaseStatus.RECEIVED, CommandType.REFER_TO_VICTIM_SUPPORT, PartyId.of("V3"),
            ConsentPurpose.VICTIM_SUPPORT_REFERRAL),
        new Rejection.ReviewNotAvailable(CaseStatus.REJECTED, CommandType.REQUEST_REVIEW),
        new Rejection.ReviewOutOfTime(CaseStatus.REVIEW_WINDOW_OPEN, CommandType.REQUEST_REVIEW, at,
            at.plus(Duration.ofDays(3)), Option.some(LegalBasis.of("forvaltningsloven § 29"))),
        new Rejection.OutOfOrder(CaseStatus.RECEIVED, CommandType.CLOSE, at, at.minus(Duration.ofDays(40))),
        new Rejection.InvalidHistory(CaseStatus.RECEIVED, CommandType.CLOSE, 4, "the first event is not a receipt"),
        new Rejection.AheadOfClock(CaseStatus.ASSESSED, CommandType.CLOSE, at.plus(Duration.ofDays(400)),
            at.plus(Duration.ofDays(1))),
        new Rejection.EventRefused(5, new Rejection.UnknownParty(CaseStatus.RECEIVED, CommandType.WITHDRAW,
            PartyId.of("X7"))));
  }

  @Test
  void coreRejectionsAreTranslated() {
    for (Rejection r : coreRejections()) {
      assertThat(Messages.bundle(Locale.ENGLISH).containsKey("rejection.core." + r.getClass().getSimpleName())).isTrue();
    }
    assertThat(List.of(Rejection.class.getPermittedSubclasses()).filter(c -> c != Rejection.RuleRefused.class))
        .allMatch(c -> coreRejections().exists(c::isInstance));
    assertThat(Messages.explain(coreRejections().head(), SV))
        .isEqualTo("\"avgöra en anmärkning\" är inte tillåtet när ärendet är avslutad; tillåtet: återuppta.");
    assertThat(Messages.explain(coreRejections().get(1), Locale.ENGLISH))
        .isEqualTo("\"decide an allegation\" is not allowed while the case is closed; allowed: -.");
  }

  @Test
  void camelCase() {
    assertThat(Messages.camel("DELAY_NOTICE")).isEqualTo("delayNotice");
    assertThat(Messages.camel("REFER")).isEqualTo("refer");
    assertThat(Messages.describe(Recipient.body(Body.of("DK-DUP")))).isEqualTo("DK-DUP");
    assertThat(Messages.bundle(Locale.forLanguageTag("da")).getLocale().getLanguage()).isEqualTo("da");
  }
}
