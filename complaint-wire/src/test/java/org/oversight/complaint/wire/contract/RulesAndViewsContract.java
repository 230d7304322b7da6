package org.oversight.complaint.wire.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.EscalationTrigger;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.PatternFlag;
import org.oversight.complaint.rules.Refusal;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.EnglandWalesRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.wire.AudienceView;
import org.oversight.complaint.wire.samples.GoldenFiles;
import org.oversight.complaint.wire.samples.RuleSamples;
import org.oversight.complaint.wire.samples.Samples;

/**
 * Rule-pack results read by their typed readers, and audience views written to the golden files' bytes,
 * by either Jackson module. Each module's {@code RulesAndViewsTest} extends this with its
 * {@link JsonUnderTest}.
 */
public abstract class RulesAndViewsContract {

  private final ComplaintCase norway = Samples.scenarios().get("no-investigated-review-refused").get();

  /**
   * Returns the module under test with its standard configuration.
   *
   * @return the module
   */
  protected abstract JsonUnderTest json();

  private static byte[] bytes(String golden) {
    return GoldenFiles.read(golden).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyRuleResultHasATypedReaderThatReadsItsGoldenFile() throws Exception {
    JsonUnderTest json = json();
    assertThat(json.<Assessment>read("readAssessment", bytes("rules/Assessment.json")))
        .isEqualTo(RuleSamples.assessment());
    assertThat(json.<Refusal>read("readRefusal", bytes("rules/Refusal.json")).rule()).isEqualTo("NO.informal-excluded");
    assertThat(json.<PatternFlag>read("readPatternFlag", bytes("rules/PatternFlag.json")).identity()).isEqualTo("NO-4711");
    assertThat(json.<DisclosurePolicy>read("readDisclosurePolicy", bytes("rules/DisclosurePolicy.NO-district.json")))
        .isEqualTo(NorwayRules.districtDisclosure(NorwayRules.OutcomeDisclosure.WITHHELD));
    Obligation obligation = RuleSamples.obligation(Option.some(Samples.t(201)));
    assertThat(json.<Obligation>read("readObligation", json.writeValue(obligation))).isEqualTo(obligation);
  }

  @Test
  void anEscalationWrittenBeforeTriggersWereTypedReadsAsTriggeredByItsFlagsOrByACondition() throws Exception {
    String old = GoldenFiles.read("rules/Assessment.json").replaceAll("(?s)\n      \"trigger\" : \\{.*?\n      },", "");
    assertThat(old).doesNotContain("\"trigger\"").contains("\"triggers\"");
    Assessment read = json().read("readAssessment", old.getBytes(StandardCharsets.UTF_8));
    assertThat(read.escalations().map(Escalation::trigger)).containsExactly(
        new EscalationTrigger.OnFlags(List.of(SeriousnessFlag.SERIOUS_INJURY)),
        new EscalationTrigger.OnCondition(List.empty()),
        new EscalationTrigger.OnFlags(List.of(SeriousnessFlag.POSSIBLE_DISCIPLINARY)),
        new EscalationTrigger.OnFlags(List.of(SeriousnessFlag.DEATH)),
        new EscalationTrigger.OnCondition(List.empty()));
    assertThat(read.escalations().map(Escalation::triggers))
        .isEqualTo(RuleSamples.assessment().escalations().map(Escalation::triggers));
  }

  @Test
  void anEscalationWhoseFlagsDifferFromItsTriggerIsAnErrorAtItsTriggers() {
    String bad = GoldenFiles.read("rules/Assessment.json")
        .replaceFirst("\"triggers\" : \\[\\s*\"SERIOUS_INJURY\"\\s*\\]", "\"triggers\" : [ ]");
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> json().read("readAssessment", bad.getBytes(StandardCharsets.UTF_8)));
    assertThat(json().reported(thrown).get().pointer()).isEqualTo("/escalations/0/triggers");
    assertThat(json().reported(thrown).get().problem()).contains("differ from the trigger's flags");
  }

  @Test
  void aRefusalAndARejectionNamingAPendingEscalationRoundTrip() throws Exception {
    Escalation owed = RuleSamples.escalations().get(2);
    Refusal refusal = Refusal.escalationPending(owed, "refer to the IOPC first");
    assertThat(json().<Refusal>read("readRefusal", json().writeValue(refusal))).isEqualTo(refusal);
    Rejection rejection = refusal.toRejection(CaseStatus.ASSESSED, CommandType.DECIDE_ALLEGATION);
    assertThat(json().<Rejection>read("readRejection", json().writeValue(rejection))).isEqualTo(rejection);
    for (Escalation e : RuleSamples.escalations()) {
      Rejection pending = Refusal.escalationPending(e, "x").toRejection(CaseStatus.ASSESSED, CommandType.CLOSE);
      assertThat(json().<Rejection>read("readRejection", json().writeValue(pending))).isEqualTo(pending);
    }
  }

  private Stream<DynamicTest> views(String file, ComplaintCase complaint, List<AudienceView> views, String... absent) {
    JsonUnderTest pretty = json().pretty();
    return views.toJavaStream().map(v -> DynamicTest.dynamicTest(v.audience().name(), () -> {
      String text = GoldenFiles.utf8(pretty.writeView(complaint, v)) + "\n";
      GoldenFiles.assertText("views/" + file + "." + v.audience().name().toLowerCase(Locale.ROOT) + ".json", text);
      assertThat(text).doesNotContain("null");
      for (String personal : absent) {
        assertThat(text).doesNotContain(personal);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> norwayDistrictViews() {
    RulePack pack = NorwayRules.pack();
    return views("no-investigated-review-refused", norway, List.of(AudienceView.of(pack, Audience.INTERNAL),
        AudienceView.of(pack, Audience.COMPLAINANT).forViewer(Samples.COMPLAINANT),
        AudienceView.of(pack, Audience.SUBJECT).forViewer(Samples.OFFICER),
        AudienceView.of(pack, Audience.PUBLIC)));
  }

  @TestFactory
  Stream<DynamicTest> englandWalesViewsWithTheActionTaken() {
    RulePack pack = EnglandWalesRules.pack();
    ComplaintCase gb = Samples.actionTaken();
    assertThat(GoldenFiles.read("views/gb-action-taken.complainant.json")).contains("\"measures\"");
    assertThat(GoldenFiles.read("views/gb-action-taken.subject.json")).contains("\"measures\"");
    return views("gb-action-taken", gb, List.of(AudienceView.of(pack, Audience.COMPLAINANT).forViewer(PartyId.of("C1")),
        AudienceView.of(pack, Audience.SUBJECT).forViewer(PartyId.of("O2"))), "PC 4411");
  }

  @Test
  void viewersAreChecked() {
    AudienceView view = AudienceView.of(NorwayRules.pack(), Audience.COMPLAINANT).forViewer(Samples.WITNESS);
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> json().writeView(norway, view)))
        .hasMessage("viewer P3 is not a COMPLAINANT of case NO-2026-17");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> AudienceView.of(NorwayRules.pack(), Audience.PUBLIC).forViewer(PartyId.of("P1"))))
        .hasMessage("a PUBLIC view has no viewing party");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> json().writeView(norway, AudienceView.of(NorwayRules.pack(), Audience.SUBJECT).forViewer(Samples.COMPLAINANT))))
        .hasMessage("viewer P1 is not a SUBJECT of case NO-2026-17");
  }
}
