package org.oversight.complaint.json3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.PatternFlag;
import org.oversight.complaint.rules.Refusal;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.wire.contract.JsonUnderTest;
import org.oversight.complaint.wire.contract.RulesAndViewsContract;
import org.oversight.complaint.wire.samples.GoldenFiles;
import org.oversight.complaint.wire.samples.RuleSamples;
import org.oversight.complaint.wire.samples.Samples;

/** Rule-pack results and audience views written by the Jackson 3 module, pinned by the shared golden files. */
class RulesAndViewsTest extends RulesAndViewsContract {

  @Override
  protected JsonUnderTest json() {
    return JsonUnderTest.of(ComplaintJson.standard());
  }

  private final ComplaintJson json = Golden.PRETTY;
  private final ObjectMapper mapper = json.mapper();

  private <T> void golden(String name, T value, TypeReference<T> type) throws Exception {
    String text = Golden.prettyWriter(json.mapper()).writeValueAsString(value) + "\n";
    GoldenFiles.assertText(name, text);
    assertThat(mapper.<T>readValue(text, type)).isEqualTo(value);
  }

  @Test
  void aRuleResultThatIsNotOneIsATypedErrorNamingWhere() {
    ComplaintJsonException assessment = catchThrowableOfType(ComplaintJsonException.class,
        () -> json.readAssessment("{\"schemaVersion\":1,\"caseId\":\"NO-1\"}".getBytes(StandardCharsets.UTF_8)));
    assertThat(assessment.pointer().toString()).isEqualTo("/pack");
    ComplaintJsonException trailing = catchThrowableOfType(ComplaintJsonException.class,
        () -> json.readRefusal((GoldenFiles.read("rules/Refusal.json") + " {}").getBytes(StandardCharsets.UTF_8)));
    assertThat(trailing.problem()).isEqualTo("content after the document");
  }


  @Test
  void assessment() throws Exception {
    golden("rules/Assessment.json", RuleSamples.assessment(), new TypeReference<Assessment>() {});
  }

  @Test
  void refusal() throws Exception {
    golden("rules/Refusal.json", Refusal.of("NO.informal-excluded", LegalBasis.of("PRA 2002 Sch. 3 para. 6"), "Not for informal"),
        new TypeReference<Refusal>() {});
  }

  @Test
  void patternFlag() throws Exception {
    golden("rules/PatternFlag.json", new PatternFlag(PatternFlag.Kind.SAME_SUBJECT, "NO-4711",
        Vector.of(CaseId.of("NO-1"), CaseId.of("NO-2")), Samples.t(0), Samples.t(100)), new TypeReference<PatternFlag>() {});
  }

  @Test
  void disclosurePolicy() throws Exception {
    golden("rules/DisclosurePolicy.NO-district.json", NorwayRules.districtDisclosure(NorwayRules.OutcomeDisclosure.WITHHELD),
        new TypeReference<DisclosurePolicy>() {});
  }
}
