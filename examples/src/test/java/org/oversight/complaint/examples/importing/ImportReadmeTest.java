package org.oversight.complaint.examples.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.examples.importing.PhiladelphiaImportTest.resource;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
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
      ImportSummary summary = run.drain(cases::add);      // one complaint in memory at a time
      for (ImportError e : summary.errors()) {
        out.println(e);  // complaints.csv line 3, column date_received, value "2022-13-01": BAD_VALUE: not a date (yyyy-MM-dd)
      }
    }
    try (ImportRun ccrb = CcrbImport.standard().read("allegations.csv", allegations)) {   // sorted by complaint_id
      Either<Seq<ImportError>, ComplaintCase> first = ccrb.next();                          // Right(case CCRB-901)
      ComplaintCase replayed = ComplaintCase.replay(first.get().history()).get();           // equals first.get()
    }
    // readme: end

    assertThat(cases).hasSize(2);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith(
        "complaints.csv line 3, column date_received, value \"2022-13-01\": BAD_VALUE: not a date (yyyy-MM-dd)\n");
    try (ImportRun ccrb = CcrbImport.standard().read("allegations.csv", resource("ccrb-allegations.csv"))) {
      ComplaintCase first = ccrb.next().get();
      assertThat(first.id().value()).isEqualTo("CCRB-901");
      assertThat(ComplaintCase.replay(first.history()).get()).isEqualTo(first);
    }
  }
}
