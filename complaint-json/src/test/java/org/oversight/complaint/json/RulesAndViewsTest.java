package org.oversight.complaint.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.Breach;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.PatternFlag;
import org.oversight.complaint.rules.Refusal;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.Warning;
import org.oversight.complaint.rules.jurisdiction.EnglandWalesRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.rules.jurisdiction.SwedenRules;
import org.oversight.complaint.wire.contract.JsonUnderTest;
import org.oversight.complaint.wire.contract.RulesAndViewsContract;
import org.oversight.complaint.wire.samples.GoldenFiles;
import org.oversight.complaint.wire.samples.RuleSamples;
import org.oversight.complaint.wire.samples.Samples;
import org.oversight.complaint.wire.AudienceView;

/** Rule-pack results and audience views, pinned by golden files. */
class RulesAndViewsTest extends RulesAndViewsContract {

  @Override
  protected JsonUnderTest json() {
    return JsonUnderTest.of(ComplaintJson.standard());
  }


  private final ComplaintJson json = Golden.PRETTY;
  private final ObjectMapper mapper = json.mapper();
  private final ComplaintCase norway = Samples.scenarios().get("no-investigated-review-refused").get();

  private <T> void golden(String name, T value, TypeReference<T> type) throws Exception {
    String text = json.mapper().writerWithDefaultPrettyPrinter()
        .with(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withObjectIndenter(
            new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")).withArrayIndenter(
            new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")))
        .writeValueAsString(value) + "\n";
    GoldenFiles.assertText(name, text);
    assertThat(mapper.<T>readValue(text, type)).isEqualTo(value);
  }

  @Test
  void aRuleResultThatIsNotOneIsATypedErrorNamingWhere() {
    ComplaintJsonException assessment = catchThrowableOfType(ComplaintJsonException.class,
        () -> json.readAssessment("{\"schemaVersion\":1,\"caseId\":\"NO-1\"}".getBytes(StandardCharsets.UTF_8)));
    assertThat(assessment.pointer().toString()).isEqualTo("/pack");
    assertThat(assessment.getMessage()).contains("pack");
    ComplaintJsonException flag = catchThrowableOfType(ComplaintJsonException.class,
        () -> json.readPatternFlag("[1e400]".getBytes(StandardCharsets.UTF_8)));
    assertThat(flag).isNotNull();
    ComplaintJsonException trailing = catchThrowableOfType(ComplaintJsonException.class,
        () -> json.readRefusal((GoldenFiles.read("rules/Refusal.json") + " {}").getBytes(StandardCharsets.UTF_8)));
    assertThat(trailing.problem()).isEqualTo("content after the document");
  }

  private static byte[] bytes(String golden) {
    return GoldenFiles.read(golden).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aForeclosedBreachKeepsItsCause() throws Exception {
    Breach foreclosed = new Breach(RuleSamples.obligation(Option.none()), Samples.t(201), Breach.Cause.FORECLOSED);
    String text = json.mapper().writeValueAsString(foreclosed);
    assertThat(text).contains("\"cause\":\"FORECLOSED\"");
    assertThat(mapper.readValue(text, Breach.class)).isEqualTo(foreclosed);
    assertThat(json.mapper().writeValueAsString(new Breach(RuleSamples.obligation(Option.none()), Samples.t(24 * 30))))
        .doesNotContain("cause");
  }

  @Test
  void aMissedObligationKeepsWhenTheCaseMovedOnAndAnOldDocumentReadsAsPending() throws Exception {
    Obligation missed = RuleSamples.obligation(Option.none()).endedAt(Samples.t(24 * 40));
    String text = json.mapper().writeValueAsString(missed);
    assertThat(text).contains("\"endedAt\":");
    assertThat(mapper.readValue(text, Obligation.class)).isEqualTo(missed);
    assertThat(mapper.readValue(text, Obligation.class).status()).isEqualTo(Obligation.Status.MISSED);
    String old = json.mapper().writeValueAsString(RuleSamples.obligation(Option.none()));
    assertThat(old).doesNotContain("endedAt");
    assertThat(mapper.readValue(old, Obligation.class).status()).isEqualTo(Obligation.Status.PENDING);
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

  @Test
  void aPolicyWritesTheInterestedPersonsOnlyWhenTheyAreToldSomethingAndReadsThemBack() throws Exception {
    for (DisclosurePolicy told : List.of(EnglandWalesRules.disclosure(), SwedenRules.disclosure())) {
      byte[] bytes = mapper.writeValueAsBytes(told);
      assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"INTERESTED_PERSON\":[");
      assertThat(json.readDisclosurePolicy(bytes)).isEqualTo(told);
    }
    assertThat(mapper.writeValueAsString(NorwayRules.districtDisclosure(NorwayRules.OutcomeDisclosure.WITHHELD)))
        .doesNotContain("INTERESTED_PERSON");
  }

  @Test
  void aRealAssessmentRoundTrips() throws Exception {
    RulePack pack = NorwayRules.pack();
    for (ComplaintCase c : Samples.scenarios().values()) {
      Assessment a = pack.assess(c, c.lastEventAt().plusSeconds(86_400L * 90));
      assertThat(mapper.readValue(mapper.writeValueAsBytes(a), Assessment.class)).isEqualTo(a);
    }
  }

  @Test
  void badRuleValuesAreOurError() {
    ComplaintJsonException e = catchThrowableOfType(ComplaintJsonException.class, () -> mapper.readValue(
        "{\"key\":\"pattern\",\"args\":[]}", Warning.class));
    assertThat(e.pointer()).hasToString("");
    assertThat(e.getCause()).hasMessageContaining("key must start with 'warning.'");
    ComplaintJsonException policy = catchThrowableOfType(ComplaintJsonException.class, () -> mapper.readValue(
        "{\"PUBLIC\":[\"STATUS\",\"GOSSIP\"]}", DisclosurePolicy.class));
    assertThat(policy.pointer()).hasToString("/PUBLIC/1");
  }

  @Test
  void theComplainantDoesNotSeeOtherPartiesOrTheMeasuresUnderTheNorwayDistrictPack() {
    String text = GoldenFiles.utf8(json.writeView(norway, new AudienceView(Audience.COMPLAINANT,
        NorwayRules.districtDisclosure(NorwayRules.OutcomeDisclosure.WITHHELD), Option.some(Samples.COMPLAINANT))));
    assertThat(text).contains("Kari \\\"K\\\" Nordmann", "kari@example.no");
    assertThat(text).doesNotContain("Ola Vitne", "+47 900", "NO-4711", "Oslo sentrum patrulje");
    assertThat(text).doesNotContain("NOT_UPHELD", "\"decision\"", "\"outcome\"", "Henlagt");
    String withOutcome = GoldenFiles.utf8(json.writeView(norway, new AudienceView(Audience.COMPLAINANT,
        NorwayRules.districtDisclosure(NorwayRules.OutcomeDisclosure.DISCLOSED), Option.some(Samples.COMPLAINANT))));
    assertThat(withOutcome).contains("NOT_UPHELD", "Henlagt: intet straffbart forhold").doesNotContain("Ola Vitne");
  }

  @Test
  void evenAPolicyThatAllowsEverythingKeepsOtherPartiesFromComplainantsAndSubjectsAndEveryoneFromThePublic() {
    DisclosurePolicy all = DisclosurePolicy.internalOnly()
        .allowing(Audience.COMPLAINANT, Disclosable.values())
        .allowing(Audience.PUBLIC, Disclosable.values())
        .allowing(Audience.SUBJECT, Disclosable.values());
    String complainant = GoldenFiles.utf8(json.writeView(norway, AudienceView.of(all, Audience.COMPLAINANT).forViewer(Samples.COMPLAINANT)));
    assertThat(complainant).contains("kari@example.no").doesNotContain("Ola Vitne", "NO-4711");
    String anonymous = GoldenFiles.utf8(json.writeView(norway, AudienceView.of(all, Audience.COMPLAINANT)));
    assertThat(anonymous).doesNotContain("kari@example.no", "Ola Vitne");
    String pub = GoldenFiles.utf8(json.writeView(norway, AudienceView.of(all, Audience.PUBLIC)));
    assertThat(pub).doesNotContain("Kari", "Ola Vitne", "NO-4711", "\"parties\"", "caseworker:7");
    String subject = GoldenFiles.utf8(json.writeView(norway, AudienceView.of(all, Audience.SUBJECT).forViewer(Samples.OFFICER)));
    // a subject sees their own identity, never the complainant's or a witness's
    assertThat(subject).contains("NO-4711").doesNotContain("Ola Vitne", "Kari", "caseworker:7");
  }

  @Test
  void nothingDisclosedMeansNothingWritten() throws Exception {
    String text = GoldenFiles.utf8(ComplaintJson.standard().writeView(norway,
        AudienceView.of(DisclosurePolicy.internalOnly(), Audience.PUBLIC)));
    assertThat(text).as("not even the case id").isEqualTo("{\"schemaVersion\":1,\"view\":\"PUBLIC\"}");
    JsonNode pub = new ObjectMapper().readTree(ComplaintJson.standard().writeView(norway,
        AudienceView.of(DisclosurePolicy.internalOnly().allowing(Audience.PUBLIC, Disclosable.OUTCOMES), Audience.PUBLIC)));
    assertThat(pub.get("outcomes").get(0).get("category").asText()).isEqualTo("FORCE");
    assertThat(pub.get("outcomes").get(0).has("reason")).isFalse();
  }

}
