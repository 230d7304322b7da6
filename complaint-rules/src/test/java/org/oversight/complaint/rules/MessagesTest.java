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
import java.time.Instant;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.SeriousnessFlag;

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
            "escalation.chiefOfficer", "escalation.sameIncident", "warning.deadlineApproaching",
            "warning.timeLimit.startUnknown", "warning.timeLimit.expired", "warning.pattern.sameSubject",
            "warning.pattern.sameComplainant", "breach.foreclosed.refer", "breach.foreclosed.askVictimSupportConsent",
            "breach.foreclosed.referToVictimSupport"))
        .appendAll(List.of("timeLimit.expired", "timeLimit.notWaivable", "registration.missingDetails",
            "routing.wrongBody", "informal.notAvailable", "informal.wrongTrack", "informal.excludedFlag",
            "informal.complainantInsists", "informal.consentMissing", "outcome.reasonsMissing",
            "outcome.recipientMissing", "outcome.unknown", "review.notAvailable", "review.routeMissing",
            "review.routeMismatch", "escalation.pending", "obligation.foreclosed", "decision.notOwnBody").map(r -> "rejection." + r))
        .appendAll(List.of(Rejection.class.getPermittedSubclasses()).filter(c -> c != Rejection.RuleRefused.class)
            .map(c -> "rejection.core." + c.getSimpleName()));
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

  @Test
  void messagesFillInTheirArguments() {
    Instant due = Instant.parse("2026-02-28T22:59:59.999999999Z");
    LegalBasis basis = LegalBasis.of("retsplejeloven § 1019 n");
    Obligation o = new Obligation("r", ObligationKind.DELAY_NOTICE, Recipient.party(PartyId.of("C1")), due.minusSeconds(5),
        due, CommandType.RECORD_NOTIFICATION, Option.none(), Option.none(), basis);
    assertThat(o.message(Locale.forLanguageTag("da")))
        .isEqualTo("Orienter C1 om sagens stade og hvornår en afgørelse kan forventes, senest 2026-02-28 22:59 UTC ("
            + basis + ").");
    assertThat(o.message(Locale.forLanguageTag("da"), java.time.ZoneId.of("Europe/Copenhagen")))
        .contains("senest 2026-02-28 23:59 Europe/Copenhagen (");
    assertThat(new Breach(o, due.plusSeconds(1)).message(Locale.ENGLISH))
        .isEqualTo("Overdue: C1 should have been told the state of the case by 2026-02-28 22:59 UTC (" + basis + ").");
    assertThat(new Breach(o, due.plusSeconds(1)).message(Locale.ENGLISH, java.time.ZoneId.of("Europe/Oslo")))
        .contains("by 2026-02-28 23:59 Europe/Oslo (");
    Escalation e = new Escalation("escalation.mandatoryReferral", Body.of("EW-IOPC"),
        List.of(SeriousnessFlag.SERIOUS_ASSAULT), basis, due.minusSeconds(5), due, Option.none());
    assertThat(e.message(Locale.ENGLISH)).isEqualTo(
        "The allegations (SERIOUS_ASSAULT) require referral to EW-IOPC by 2026-02-28 22:59 UTC (" + basis + ").");
    assertThat(e.message(Locale.ENGLISH, java.time.ZoneId.of("Europe/London")))
        .contains("by 2026-02-28 22:59 Europe/London (");
    assertThat(Messages.formatIn("breach.delayNotice", Locale.ENGLISH, java.time.ZoneOffset.ofHours(2), "C1", due, basis))
        .contains("by 2026-03-01 00:59 +02:00 (");
    assertThat(e.asObligation().message(Locale.forLanguageTag("sv"))).startsWith("Hänvisa ärendet till EW-IOPC");
    Refusal r = Refusal.of("informal.excludedFlag", basis, "flags DEATH");
    assertThat(r.message(CommandType.START_INFORMAL_RESOLUTION, Locale.ENGLISH)).isEqualTo(
        "START_INFORMAL_RESOLUTION refused: the allegations are too serious for informal handling (" + basis + ").");
    assertThat(new Refusal("informal.notAvailable", Option.none(), "x").message(CommandType.START_INFORMAL_RESOLUTION,
        Locale.ENGLISH)).endsWith("(-).");
    assertThat(Messages.explain(r.toRejection(CaseStatus.ASSESSED, CommandType.START_INFORMAL_RESOLUTION),
        Locale.forLanguageTag("nb"))).isEqualTo(
        "START_INFORMAL_RESOLUTION avvist: påstandene er for alvorlige for uformell behandling (" + basis + ").");
    assertThat(new Warning("warning.timeLimit.expired", List.of("2026-01-01")).message(Locale.ENGLISH))
        .contains("filing deadline 2026-01-01");
    assertThat(Messages.format("rejection.outcome.unknown", Locale.ENGLISH, "X", "Y"))
        .isEqualTo("X refused: the outcome is not in this jurisdiction's taxonomy (Y).");
  }

  @Test
  void coreRejectionsAreTranslated() {
    Seq<Rejection> all = List.of(
        new Rejection.IllegalTransition(CaseStatus.CLOSED, CommandType.DECIDE_ALLEGATION, io.vavr.collection.HashSet.empty()),
        new Rejection.MissingDetails(CaseStatus.RECEIVED, CommandType.REGISTER, List.of(RequiredDetail.SUBJECT)),
        new Rejection.UnknownParty(CaseStatus.RECEIVED, CommandType.WITHDRAW, PartyId.of("X")),
        new Rejection.UnknownAllegation(CaseStatus.INVESTIGATION, CommandType.DECIDE_ALLEGATION, AllegationId.of("A")),
        new Rejection.Duplicate(CaseStatus.RECEIVED, CommandType.ADD_PARTY, "P"),
        new Rejection.AlreadyDecided(CaseStatus.INVESTIGATION, CommandType.DECIDE_ALLEGATION, AllegationId.of("A")),
        new Rejection.ConsentMissing(CaseStatus.RECEIVED, CommandType.REFER_TO_VICTIM_SUPPORT, PartyId.of("V"),
            ConsentPurpose.VICTIM_SUPPORT_REFERRAL),
        new Rejection.ReviewNotAvailable(CaseStatus.REJECTED, CommandType.REQUEST_REVIEW),
        new Rejection.OutOfOrder(CaseStatus.RECEIVED, CommandType.CLOSE, Instant.EPOCH, Instant.EPOCH));
    for (Rejection r : all) {
      for (Locale l : Messages.supportedLocales()) {
        assertThat(Messages.explain(r, l)).startsWith(r.command().name()).contains(r.state().name());
      }
    }
    assertThat(Messages.explain(all.head(), Locale.forLanguageTag("sv")))
        .isEqualTo("DECIDE_ALLEGATION är inte tillåtet i tillståndet CLOSED.");
  }

  @Test
  void camelCase() {
    assertThat(Messages.camel("DELAY_NOTICE")).isEqualTo("delayNotice");
    assertThat(Messages.camel("REFER")).isEqualTo("refer");
    assertThat(Messages.describe(Recipient.body(Body.of("DK-DUP")))).isEqualTo("DK-DUP");
    assertThat(Messages.bundle(Locale.forLanguageTag("da")).getLocale().getLanguage()).isEqualTo("da");
  }
}
