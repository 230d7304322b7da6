package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.DutyStatus;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.StatementForm;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.EnglandWalesRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.rules.jurisdiction.SwedenRules;

/** The label bundles: every code a person sees has a label in all four languages; integrators can override. */
class LabelsTest {

  private static final Seq<RulePack> PACKS =
      List.of(NorwayRules.pack(), DenmarkRules.pack(), SwedenRules.pack(), EnglandWalesRules.pack());

  /** Bodies the packs name: their public constants and their default local bodies. */
  private static Seq<Body> shippedBodies() {
    Seq<Body> constants = List.of(NorwayRules.class, DenmarkRules.class, SwedenRules.class, EnglandWalesRules.class)
        .flatMap(c -> List.of(c.getFields()))
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == Body.class)
        .map(LabelsTest::value);
    return constants.appendAll(List.of("NO-OSLO-PD", "DK-POLITIKREDS", "EW-AA", "EW-LPB").map(Body::of));
  }

  private static Body value(Field f) {
    try {
      return (Body) f.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** Every key a shipped code needs. */
  private static Seq<String> needed() {
    return List.of(CaseStatus.values()).map(v -> "status." + v.name())
        .appendAll(List.of(CommandType.values()).map(v -> "command." + v.name()))
        .appendAll(List.of(Track.values()).map(v -> "track." + v.name()))
        .appendAll(List.of(NotificationKind.values()).map(v -> "notification." + v.name()))
        .appendAll(List.of(Disclosable.values()).map(v -> "disclosable." + v.name()))
        .appendAll(List.of(ObligationKind.values()).map(v -> "obligation." + v.name()))
        .appendAll(List.of(PartyRole.values()).map(v -> "role." + v.name()))
        .appendAll(List.of(RejectionGround.values()).map(v -> "ground." + v.name()))
        .appendAll(List.of(SeriousnessFlag.values()).map(v -> "flag." + v.name()))
        .appendAll(List.of(RequiredDetail.values()).map(v -> "detail." + v.name()))
        .appendAll(List.of(ConsentPurpose.values()).map(v -> "consent." + v.name()))
        .appendAll(List.of(StatementForm.values()).map(v -> "form." + v.name()))
        .appendAll(List.of(DutyStatus.values()).map(v -> "duty." + v.name()))
        .appendAll(List.of(MeasureKind.values()).map(v -> "measure." + v.name()))
        .appendAll(List.of(SubjectKind.values()).map(v -> "subject." + v.name()))
        .appendAll(PACKS.flatMap(p -> p.outcomes().codes()).map(o -> "outcome." + o.value()))
        .appendAll(shippedBodies().map(b -> "body." + b.value()));
  }

  @Test
  void everyShippedCodeHasALabel() {
    assertThat(Labels.keys()).containsAll(needed());
  }

  @ParameterizedTest
  @ValueSource(strings = {"labels_nb.properties", "labels_da.properties", "labels_sv.properties"})
  void everyLabelExistsInEveryLanguage(String name) throws IOException {
    Properties english = MessagesTest.file("labels.properties");
    Properties other = MessagesTest.file(name);
    assertThat(TreeSet.ofAll(other.stringPropertyNames())).isEqualTo(TreeSet.ofAll(english.stringPropertyNames()));
    for (String key : english.stringPropertyNames()) {
      assertThat(other.getProperty(key)).as(key).isNotBlank();
    }
  }

  @Test
  void labelsReadAsWordsNotCodes() {
    for (Locale locale : Messages.supportedLocales()) {
      for (String key : Labels.keys()) {
        String label = Labels.standard().find(key, locale).get();
        assertThat(label).as("%s in %s", key, locale).doesNotMatch(".*\\b[A-Z]+_[A-Z_]+\\b.*");
      }
    }
  }

  @Test
  void packsNameTheirBodies() {
    Locale da = Locale.forLanguageTag("da");
    Locale nb = Locale.forLanguageTag("nb");
    assertThat(Labels.standard().label(DenmarkRules.DUP, da)).isEqualTo("Den Uafhængige Politiklagemyndighed");
    assertThat(Labels.standard().label(NorwayRules.POD, nb)).isEqualTo("Politidirektoratet");
    assertThat(NorwayRules.pack().bodyName(NorwayRules.SPESIALENHETEN, nb)).isEqualTo("Spesialenheten for politisaker");
    assertThat(Labels.standard().label(CaseStatus.CLOSED, nb)).isEqualTo("avsluttet");
    assertThat(Labels.standard().label(Outcome.of("NO_PROSECUTION"), Locale.ENGLISH)).isEqualTo("no prosecution");
    assertThat(Labels.standard().label(CategoryCode.of("CONDUCT.RUDENESS"), Locale.ENGLISH)).isEqualTo("rude behaviour");
    assertThat(Labels.standard().label(CategoryCode.of("LOCAL.SOMETHING_ELSE"), Locale.ENGLISH))
        .isEqualTo("local something else");
    assertThat(Labels.standard().label(Body.of("XX-UNKNOWN"), Locale.FRENCH)).isEqualTo("xx unknown");
  }

  @Test
  void integratorsOverrideALabelForOneLanguage() {
    Locale nb = Locale.forLanguageTag("nb");
    Labels labels = Labels.standard()
        .with(nb, "body.NO-OSLO-PD", "Oslo politidistrikt, klageenheten")
        .with(Locale.ENGLISH, "category.LOCAL.NOISE", "noise");
    assertThat(labels.label(Body.of("NO-OSLO-PD"), nb)).isEqualTo("Oslo politidistrikt, klageenheten");
    assertThat(labels.label(Body.of("NO-OSLO-PD"), Locale.forLanguageTag("no-NO"))).isEqualTo("Oslo politidistrikt, klageenheten");
    assertThat(labels.label(Body.of("NO-OSLO-PD"), Locale.ENGLISH)).isEqualTo("Oslo police district");
    assertThat(labels.label(CategoryCode.of("LOCAL.NOISE"), Locale.ENGLISH)).isEqualTo("noise");
    assertThat(labels.labelOf(CategoryCode.of("LOCAL.NOISE"), Locale.FRENCH)).isEqualTo("noise");
    assertThat(Labels.standard().label(Body.of("NO-OSLO-PD"), nb)).isEqualTo("Oslo politidistrikt");
    assertThatThrownBy(() -> labels.with(nb, " ", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> labels.with(nb, "status.CLOSED", "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void labelOfCoversEveryLabelledType() {
    Locale sv = Locale.forLanguageTag("sv");
    Labels l = Labels.standard();
    assertThat(List.<Object>of(CaseStatus.CLOSED, CommandType.CLOSE, Track.CRIMINAL_REPORT, CategoryCode.of("USE_OF_FORCE"),
        Outcome.of("FINE"), SwedenRules.JO, NotificationKind.OUTCOME, Disclosable.REASONS, ObligationKind.REFER,
        PartyRole.VICTIM, RejectionGround.UNFOUNDED, SeriousnessFlag.DEATH, RequiredDetail.SUBJECT,
        ConsentPurpose.INFORMAL_RESOLUTION, MeasureKind.WARNING, SubjectKind.CHIEF_OFFICER).map(v -> l.labelOf(v, sv)))
        .containsExactly("avslutad", "avsluta", "anmälan om brott", "våldsanvändning", "böter", "Justitieombudsmannen",
            "beslut", "skälen", "överlämnande", "målsägande", "ogrundad", "dödsfall", "vem det gäller", "informell hantering",
            "varning", "polischef");
    assertThat(l.labelOf("P1", sv)).isEqualTo("P1");
  }
}
