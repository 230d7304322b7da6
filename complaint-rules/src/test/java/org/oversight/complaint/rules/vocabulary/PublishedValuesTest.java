package org.oversight.complaint.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every value that occurs in the categorical columns of the published files (the list in
 * {@code published-values.txt}, values only) maps in the shipped vocabulary, except the values the
 * vocabulary documents as deliberately unmapped.
 */
class PublishedValuesTest {

  /** A spreadsheet's error value in two rows of Philadelphia's findings file: no finding to read. */
  private static final Set<String> UNMAPPED = HashSet.of("PHILADELPHIA | investigative_findings | #VALUE!");

  private static Vector<String[]> published() throws IOException {
    try (InputStream in = PublishedValuesTest.class.getResourceAsStream("published-values.txt")) {
      return Vector.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split(" \\| ", 3));
    }
  }

  private static Vocabulary named(String name) {
    return Vocabularies.all().find(v -> v.name().equals(name)).getOrElseThrow(
        () -> new AssertionError("no shipped vocabulary " + name));
  }

  @Test
  void every_published_value_maps_or_is_documented_as_unmapped() throws IOException {
    Vector<String> unmapped = published()
        .filter(v -> named(v[0]).lookup(v[1], v[2]).isLeft())
        .map(v -> String.join(" | ", v));

    assertThat(unmapped).containsExactlyInAnyOrderElementsOf(UNMAPPED);
  }

  @Test
  void the_list_covers_the_columns_the_imports_read() throws IOException {
    assertThat(published().map(v -> v[0] + " | " + v[1]).distinct()).containsExactlyInAnyOrder(
        "PHILADELPHIA | general_cap_classification", "PHILADELPHIA | investigative_findings",
        "CHICAGO-CPDP | final_finding", "CHICAGO-CPDP | recc_finding", "CHICAGO-CPDP | complaint_code",
        "CHICAGO-CPDP | current_status", "NYC-CCRB | fado_type", "NYC-CCRB | board_disposition");
    assertThat(published()).hasSize(243 + 32);
  }

  @Test
  void the_chicago_spellings_of_the_published_file_are_read_like_cpdp_codes() {
    Vocabulary chicago = Vocabularies.chicagoCpdp();

    assertThat(chicago.finding("final_finding", "NAF").get()).isInstanceOfSatisfying(Term.OutcomeTerm.class,
        t -> assertThat(t.outcome().value()).isEqualTo("NO_AFFIDAVIT"));
    assertThat(chicago.finding("final_finding", "DIS").get()).isInstanceOfSatisfying(Term.OutcomeTerm.class,
        t -> assertThat(t.outcome().value()).isEqualTo("DISCHARGED"));
    assertThat(chicago.category("complaint_code", "05A").get().value()).isEqualTo("USE_OF_FORCE");
    assertThat(chicago.category("complaint_code", "10X").get().value()).isEqualTo("UNKNOWN");
  }
}
