package org.oversight.complaint.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.rules.overview.Overview;

class OverviewExampleTest {

  @TempDir
  Path dir;

  private String run(Path chart) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OverviewExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), chart);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void prints_the_publishable_table_of_the_generated_year_and_writes_the_chart() throws IOException {
    Path chart = dir.resolve("chart.svg");
    String out = run(chart);

    assertThat(out).contains("# Conduct complaints to DK-DUP").contains("Generated data (710 complaints)")
        .contains("| category |").contains("CONDUCT.FORCE").contains("CONDUCT.LANGUAGE").contains("CONDUCT.OTHER")
        .contains("upheldSharePercent").contains("Early warning (internal");
    // Nothing that names a person reaches the printed report or the chart.
    String svg = Files.readString(chart, StandardCharsets.UTF_8);
    for (String text : List.of(out, svg)) {
      assertThat(text).doesNotContain("Complainant ").doesNotContain("DK-1").doesNotContain("dup-2026-");
    }
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n")
        .contains(">CONDUCT.FORCE<").contains("complaints (left scale)");
    assertThat(svg.split("<rect ", -1)).hasSize(1 + 3 * 2 + 2);   // two bars per category, two legend keys
  }

  @Test
  void the_upheld_share_is_the_danish_definition_over_the_generated_year() {
    Overview overview = OverviewExample.run(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), dir.resolve("c.svg"));
    long criticism = 0;
    long decided = 0;
    int open = 0;
    for (ComplaintCase c : OverviewExample.YEAR) {
      assertThat(ComplaintCase.replay(c.history()).get()).isEqualTo(c);
      Outcome outcome = c.allegations().head().decision().map(d -> d.outcome()).getOrNull();
      if (outcome != null && List.of("CRITICISM", "REGRETTABLE", "NO_CRITICISM").contains(outcome.value())) {
        decided++;
        criticism += outcome.value().equals("CRITICISM") ? 1 : 0;
      }
      open += c.isOpen() ? 1 : 0;
    }
    assertThat(overview.cases()).isEqualTo(710);
    assertThat(overview.decidedCases()).isEqualTo(decided);
    assertThat(overview.upheldCases()).isEqualTo(criticism);
    assertThat(overview.upheldSharePercent().get().setScale(1, RoundingMode.HALF_UP))
        .isEqualTo(BigDecimal.valueOf(criticism * 100.0 / decided).setScale(1, RoundingMode.HALF_UP));
    assertThat(overview.openAtEnd()).isEqualTo(open).isPositive();
  }

  @Test
  void the_generated_year_has_every_path_and_is_the_same_for_the_same_seed() {
    java.util.Set<CaseStatus> seen = java.util.EnumSet.noneOf(CaseStatus.class);
    OverviewExample.YEAR.forEach(c -> seen.add(c.status()));
    assertThat(seen).contains(CaseStatus.REJECTED, CaseStatus.WITHDRAWN, CaseStatus.CLOSED, CaseStatus.INVESTIGATION);
    assertThat(List.ofAll(GeneratedYear.of(2026, 20, 7))).isEqualTo(List.ofAll(GeneratedYear.of(2026, 20, 7)));
    assertThat(List.ofAll(GeneratedYear.of(2026, 20, 7))).isNotEqualTo(List.ofAll(GeneratedYear.of(2026, 20, 8)));
    assertThatThrownBy(() -> GeneratedYear.of(2011, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeneratedYear.of(2026, -1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chart_text_is_escaped() {
    assertThat(BarChart.escape("a<b & \"c\">")).isEqualTo("a&lt;b &amp; &quot;c&quot;&gt;");
  }
}
