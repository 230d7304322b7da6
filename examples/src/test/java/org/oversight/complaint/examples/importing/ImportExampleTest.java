package org.oversight.complaint.examples.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command from a published file to the published tables, run on complaint-import's invented test files
 * (the published columns and defects: rows unsorted, C1 characters, {@code #VALUE!}, line breaks in
 * values, unknown codes; complaint-import/src/test/resources/importing).
 */
class ImportExampleTest {

  /** complaint-import's invented files, read where they are (the tests run in the examples directory). */
  static String invented(String name) {
    return Path.of(System.getProperty("basedir", ".")).resolve("../complaint-import/src/test/resources/importing")
        .resolve(name).normalize().toString();
  }

  @TempDir
  Path dir;

  private static Report run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean ok = ImportExample.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Report(ok, bytes.toString(StandardCharsets.UTF_8));
  }

  private record Report(boolean ok, String text) {}

  @Test
  void prints_the_ccrb_tables_of_an_allegations_file() {
    Report report = run("ccrb", invented("ccrb-allegations.csv"), "--threshold", "1");

    assertThat(report.ok()).isTrue();
    assertThat(report.text()).startsWith("# NYC Civilian Complaint Review Board (fado_type, board_disposition)\n")
        .contains("rows: 4 (4 imported, 0 refused)\n",
            "complaints kept: 2, of them 0 incomplete; refused: 0\n",
            "errors: 0\n",
            "warnings: 0\n",
            "## Published overview, all time (nothing suppressed)\n",
            "complaints: 2, allegations: 4, decisions: 4\n",
            "upheld share per allegation: 50.0 % (upheld 2, not upheld 2)\n",
            "upheld share per complaint: 100.0 % (upheld 2, not upheld 0)\n",
            // Month precision: March to November 2019 and December 2019 to February 2020.
            "days from receipt to decision: median 62, 90th percentile 245\n",
            "| casesByCategory | FORCE | 1 |\n")
        .contains(String.join("\n",
            "| category \\ outcome | SUBSTANTIATED_CHARGES | SUBSTANTIATED_COMMAND_DISCIPLINE_A | UNABLE_TO_DETERMINE | WITHIN_GUIDELINES |",
            "|--------------------|----------------------:|-----------------------------------:|--------------------:|------------------:|",
            "| ABUSE_OF_AUTHORITY |                     0 |                                  0 |                   0 |                 1 |",
            "| DISCOURTESY        |                     0 |                                  0 |                   1 |                 0 |",
            "| FORCE              |                     1 |                                  0 |                   0 |                 0 |",
            "| OFFENSIVE_LANGUAGE |                     0 |                                  1 |                   0 |                 0 |",
            "| all categories     |                     1 |                                  1 |                   1 |                 1 |"));
  }

  @Test
  void publishes_small_counts_suppressed_by_default() {
    Report report = run("ccrb", invented("ccrb-allegations.csv"));

    assertThat(report.text()).contains("## Published overview, all time (counts from 1 to 4 suppressed)\n",
        "complaints: <5, allegations: <5, decisions: <5\n",
        "upheld share per allegation: x (upheld <5, not upheld <5)\n",
        "days from receipt to decision: median too few, 90th percentile too few\n",
        "| FORCE              |                    <5 |                                  0 |                   0 |                 0 |")
        .doesNotContain("| 1 |");
  }

  @Test
  void counts_the_refused_rows_of_a_ccrb_file_by_kind_and_lists_them() {
    Report report = run("ccrb", invented("ccrb-bad-allegations.csv"));

    assertThat(report.text()).contains("rows: 12 (5 imported, 7 refused)\n",
        "complaints kept: 5, of them 1 incomplete; refused: 6\n",
        "errors: 7 (MALFORMED_CSV 1, MISSING_VALUE 1, BAD_VALUE 3, UNKNOWN_TERM 2)\n",
        "ccrb-bad-allegations.csv line 3, column fado_type, value \"Fraud\": UNKNOWN_TERM: ",
        "ccrb-bad-allegations.csv line 10: MALFORMED_CSV: Too many entries");
  }

  @Test
  void prints_the_philadelphia_tables_with_the_repairs_and_the_refused_finding() {
    Report report = run("philadelphia", invented("philadelphia-published-complaints.csv"),
        invented("philadelphia-published-findings.csv"), "--threshold", "1");

    assertThat(report.text()).contains("rows: 7 (6 imported, 1 refused)\n",
        "complaints kept: 3, of them 1 incomplete; refused: 0\n",
        "errors: 1 (UNKNOWN_TERM 1)\n",
        "warnings: 1 (REPAIRED_TEXT 1)\n",
        "philadelphia-published-findings.csv line 5, column investigative_findings, value \"#VALUE!\": UNKNOWN_TERM",
        "philadelphia-published-complaints.csv line 2, column summary: REPAIRED_TEXT: U+0091 as \u2018, U+0092 as \u2019",
        "complaints: 3, allegations: 3, decisions: 2\n",
        "upheld share per allegation: 50.0 % (upheld 1, not upheld 1)\n",
        // The export dates no decision: the day figures are not in the data, which is not the same as withheld.
        "days from receipt to decision: median not recorded, 90th percentile not recorded\n",
        String.join("\n",
            "| category \\ outcome    | NOT_SUSTAINED | SUSTAINED |",
            "|-----------------------|--------------:|----------:|",
            "| PHYSICAL_ABUSE        |             1 |         0 |",
            "| USE_OF_FORCE_INTERNAL |             0 |         1 |",
            "| all categories        |             1 |         1 |"));
  }

  @Test
  void prints_the_chicago_tables_with_outcomes_down_when_there_are_fewer_categories() {
    Report report = run("chicago", invented("chicago-complaints.csv"), invented("chicago-accused.csv"),
        "--threshold", "1");

    assertThat(report.text()).contains("rows: 12 (10 imported, 2 refused)\n",
        "complaints kept: 4, of them 1 incomplete; refused: 1\n",
        "errors: 2 (UNKNOWN_TERM 1, ORPHAN_ROW 1)\n",
        "warnings: 1 (FINDING_WITHOUT_DATE 1)\n",
        "days from receipt to decision: median 395, 90th percentile 617\n",
        String.join("\n",
            "| outcome \\ category | UNCATEGORISED | UNKNOWN | USE_OF_FORCE | all categories |",
            "|--------------------|--------------:|--------:|-------------:|---------------:|",
            "| DISCHARGED         |             1 |       0 |            0 |              1 |",
            "| NOT_SUSTAINED      |             0 |       0 |            1 |              1 |",
            "| NO_AFFIDAVIT       |             0 |       1 |            0 |              1 |",
            "| SUSTAINED          |             0 |       0 |            1 |              1 |"));
  }

  @Test
  void prints_the_usage_for_arguments_it_does_not_understand() {
    for (String[] args : new String[][] {{}, {"boston", "a.csv"}, {"chicago", "a.csv"}, {"ccrb", "a.csv", "b.csv"},
        {"ccrb", "a.csv", "--threshold"}, {"ccrb", "a.csv", "--threshold", "0"}}) {
      Report report = run(args);
      assertThat(report.ok()).isFalse();
      assertThat(report.text()).startsWith("usage: ccrb <allegations.csv> | philadelphia ");
    }
  }

  @Test
  void says_which_file_it_cannot_read() throws IOException {
    Path missing = dir.resolve("missing.csv");
    assertThat(run("ccrb", missing.toString()).text()).isEqualTo("cannot read " + missing + ": no such file\n");

    Path latin1 = Files.write(dir.resolve("latin1.csv"), "complaint_id,allegation\n1,caf\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    Report report = run("ccrb", latin1.toString());
    assertThat(report.ok()).isFalse();
    assertThat(report.text()).isEqualTo("cannot read " + latin1 + ": the file is not UTF-8 text\n");
  }
}
