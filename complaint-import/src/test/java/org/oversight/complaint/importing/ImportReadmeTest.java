package org.oversight.complaint.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.importing.PhiladelphiaImportTest.resource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;

/** Runs the README's import snippet on the synthetic files. */
class ImportReadmeTest {

  @Test
  void the_readme_import_snippet_runs() {
    Reader complaints = resource("philadelphia-bad-complaints.csv");
    Reader findings = resource("philadelphia-bad-findings.csv");
    Reader allegations = resource("ccrb-allegations.csv");
    List<ComplaintCase> cases = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    // readme: import
    try (ImportRun run = PhiladelphiaImport.standard().read("complaints.csv", complaints, "findings.csv", findings)) {
      ImportSummary summary = run.drain(cases::add);      // the files as published, in any order
      for (ImportError e : summary.errors()) {
        out.println(e);  // complaints.csv line 3, column date_received, value "2022-13-01": BAD_VALUE: not a date (yyyy-MM-dd)
      }
      long everyRow = summary.rowsImported() + summary.rowsRefused();                  // 12: 8 complaints, 4 findings
    }
    try (ImportRun ccrb = CcrbImport.standard().partitions(1).read("allegations.csv", allegations)) {
      Imported first = ccrb.next();                                  // Kept(case CCRB-901, no errors, 3 rows)
      ComplaintCase c = ((Imported.Kept) first).complaint();
      ComplaintCase replayed = ComplaintCase.replay(c.history()).get();                 // equals c
    }
    // readme: end

    assertThat(cases).hasSize(3);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(
        "complaints.csv line 3, column date_received, value \"2022-13-01\": BAD_VALUE: not a date (yyyy-MM-dd)\n");
    try (ImportRun run = PhiladelphiaImport.standard().read("complaints.csv", resource("philadelphia-bad-complaints.csv"),
        "findings.csv", resource("philadelphia-bad-findings.csv"))) {
      ImportSummary summary = run.drain(c -> { });
      assertThat(summary.rowsImported() + summary.rowsRefused()).isEqualTo(12);
    }
    try (ImportRun ccrb = CcrbImport.standard().partitions(1).read("allegations.csv", resource("ccrb-allegations.csv"))) {
      Imported.Kept kept = (Imported.Kept) ccrb.next();
      assertThat(kept.errors()).isEmpty();
      assertThat(kept.rowsImported()).isEqualTo(3);
      ComplaintCase first = kept.complaint();
      assertThat(first.id().value()).isEqualTo("CCRB-901");
      assertThat(ComplaintCase.replay(first.history()).get()).isEqualTo(first);
    }
  }
}
