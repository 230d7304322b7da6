package org.oversight.complaint.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.overview.OverviewCollector;
import org.oversight.complaint.rules.overview.PublicMeasure;
import org.oversight.complaint.rules.overview.PublicOverview;
import org.oversight.complaint.rules.overview.ReportingPeriod;
import org.oversight.complaint.wire.samples.GoldenFiles;
import org.oversight.complaint.wire.samples.OverviewSamples;

/** The published complaints overview as JSON, pinned by a golden file. */
class OverviewJsonTest {

  @Test
  void thePublicOverviewHasAGoldenJsonDocument() throws Exception {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    String text = Golden.PRETTY.mapper().writer(new DefaultPrettyPrinter().withObjectIndenter(indenter)
        .withArrayIndenter(indenter)).writeValueAsString(OverviewSamples.published()) + "\n";
    GoldenFiles.assertText("overview/PublicOverview.DK-2020.json", text);
  }

  @Test
  void cellsAreCountsOrMarkedSuppressedAndNoPersonalDataIsWritten() throws Exception {
    PublicOverview published = OverviewSamples.published();
    // readme: overview-json
    ObjectMapper mapper = JsonMapper.builder().addModule(new ComplaintModule()).build();
    String json = mapper.writeValueAsString(published);   // the public view: suppressed cells stay suppressed
    // readme: end
    JsonNode tree = mapper.readTree(json);
    assertThat(tree.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(tree.get("threshold").asInt()).isEqualTo(5);
    JsonNode handling = tree.get("tables").get(3);
    assertThat(handling.get("name").asText()).isEqualTo("handling");
    // Zero is not a small count: it is written as a count.
    assertThat(handling.get("rows").get(0).toString()).isEqualTo("{\"label\":\"informal\",\"count\":0}");
    assertThat(handling.get("total").toString()).isEqualTo("{\"count\":20}");
    JsonNode status = tree.get("tables").get(4);
    assertThat(status.get("rows").get(0).toString())
        .isEqualTo("{\"label\":\"open\",\"suppressed\":\"COMPLEMENTARY\",\"display\":\"x\"}");
    assertThat(status.get("rows").get(1).toString())
        .isEqualTo("{\"label\":\"closed\",\"suppressed\":\"SMALL\",\"display\":\"<5\"}");
    assertThat(tree.get("measures").get(0).toString()).isEqualTo("{\"name\":\"upheldSharePercent\",\"value\":45.5}");
    assertThat(json).doesNotContain("Complainant").doesNotContain("SN-").doesNotContain("DK-2020-");
    assertThat(new ObjectMapper().findAndRegisterModules().writeValueAsString(OverviewSamples.published())).isEqualTo(json);
  }

  @Test
  void aFigureWithoutAValueSaysWhyAndWhatAReaderSeesInstead() throws Exception {
    PublicOverview nothing = OverviewCollector.summarise(List.empty(), DenmarkRules.pack(),
        ReportingPeriod.year(2020, DenmarkRules.ZONE)).publish();

    JsonNode measures = new ObjectMapper().findAndRegisterModules().readTree(
        new ObjectMapper().findAndRegisterModules().writeValueAsString(nothing)).get("measures");

    assertThat(measures).isNotEmpty();
    for (JsonNode measure : measures) {
      PublicMeasure expected = nothing.measures().find(m -> m.name().equals(measure.get("name").asText())).get();
      assertThat(measure.has("value")).isFalse();
      assertThat(measure.get("absent").asText()).isEqualTo(expected.absence().get().name());
      assertThat(measure.get("display").asText()).isEqualTo(expected.display());
    }
    assertThat(measures.get(0).toString())
        .isEqualTo("{\"name\":\"upheldSharePercent\",\"absent\":\"NOTHING_DECIDED\",\"display\":\"none\"}");
  }
}
