package org.oversight.complaint.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.importing.PhiladelphiaImportTest.all;
import static org.oversight.complaint.importing.PhiladelphiaImportTest.cases;
import static org.oversight.complaint.importing.PhiladelphiaImportTest.resource;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.importing.ImportError.Kind;

/**
 * Philadelphia's files in the shape the city publishes them: unsorted, Windows-1252 quotes stored as C1
 * control characters, a summary over two lines, a category that occurs once and a {@code #VALUE!} row.
 */
class PublishedShapeTest {

  private static Seq<Imported> published() {
    return all(PhiladelphiaImport.standard().read("complaints.csv", resource("philadelphia-published-complaints.csv"),
        "findings.csv", resource("philadelphia-published-findings.csv")));
  }

  @Test
  void every_complaint_is_kept() {
    assertThat(cases(published()).map(c -> c.id().value()))
        .containsExactlyInAnyOrder("PHL-23-0001", "PHL-23-0002", "PHL-23-0003");
  }

  @Test
  void c1_characters_are_repaired_to_what_they_stood_for_and_reported_with_line_and_column() {
    Seq<Imported> results = published();
    ComplaintCase quoted = cases(results).find(c -> c.id().value().equals("PHL-23-0003")).get();

    assertThat(quoted.incident().description()).isEqualTo("Invented: the officer said \u2018wait\u2019 and left\u2026");
    assertThat(results.flatMap(Imported::warnings).map(Object::toString)).containsExactly(
        "complaints.csv line 2, column summary: REPAIRED_TEXT: U+0091 as \u2018, U+0092 as \u2019, U+0085 as \u2026");
  }

  @Test
  void a_value_row_refuses_that_finding_only_and_lines_point_into_the_published_file() {
    Seq<Imported> results = published();
    Imported.Kept twoLines = (Imported.Kept) results.find(r -> r instanceof Imported.Kept k
        && k.complaint().id().value().equals("PHL-23-0001")).get();

    assertThat(twoLines.complaint().incident().description()).isEqualTo("Invented: two lines,\nwith a comma");
    assertThat(twoLines.complaint().allegations()).hasSize(1);
    assertThat(twoLines.complaint().decisions().map(d -> d.outcome().value())).containsExactly("NOT_SUSTAINED");
    assertThat(twoLines.errors().map(e -> List.of(e.source(), e.line(), e.column().get(), e.value().get(), e.kind())))
        .containsExactly(List.of("findings.csv", 5L, "investigative_findings", "#VALUE!", Kind.UNKNOWN_TERM));
    assertThat(twoLines.isComplete()).isFalse();
    // The complaint after the two-line summary starts on line 5 of the complaints file.
    assertThat(cases(results).find(c -> c.id().value().equals("PHL-23-0002")).get().history().head().reason())
        .isEqualTo("imported from complaints.csv line 5");
  }
}
