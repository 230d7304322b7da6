package org.oversight.complaint.examples.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The import example program, run on the synthetic files. */
class ImportExampleTest {

  private static String file(String name) throws URISyntaxException {
    return Path.of(ImportExampleTest.class.getResource("/importing/" + name).toURI()).toString();
  }

  private static String run(String... args) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImportExample.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void reports_the_philadelphia_import() throws Exception {
    String report = run("philadelphia", file("philadelphia-complaints.csv"), file("philadelphia-findings.csv"));

    assertThat(report).contains("cases imported: 4, complaints or rows with errors: 0",
        "  CLOSED: 2", "  INVESTIGATION: 1", "  ASSESSED: 1",
        "  NOT_APPLICABLE: 1", "  NOT_SUSTAINED: 2", "  SUSTAINED: 1",
        "upheld: 1 of 3 decided on the merits (33.3 %)");
    assertThat(report).doesNotContain("errors (");
  }

  @Test
  void reports_the_ccrb_import_with_its_errors() throws Exception {
    String report = run("ccrb", file("ccrb-bad-allegations.csv"));

    assertThat(report).contains("cases imported: 2, complaints or rows with errors: 8", "errors (8):",
        "ccrb-bad-allegations.csv line 3, column fado_type, value \"Fraud\": UNKNOWN_TERM: ");
  }

  @Test
  void prints_the_usage_for_arguments_it_does_not_understand() throws Exception {
    assertThat(run("chicago")).startsWith("usage: philadelphia <complaints.csv> <findings.csv> | ccrb <allegations.csv>");
  }
}
