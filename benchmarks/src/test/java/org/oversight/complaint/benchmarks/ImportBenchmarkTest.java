package org.oversight.complaint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.complaint.importing.CcrbImport;
import org.oversight.complaint.importing.ImportRun;
import org.oversight.complaint.importing.ImportSummary;
import org.oversight.complaint.rules.overview.PublicOverview;

/** The import benchmark's generated file has the published size and shape, and every row imports. */
class ImportBenchmarkTest {

  @TempDir
  Path dir;

  @Test
  void theGeneratedFileHasThePublishedRowsAndComplaintsAndImportsWithoutErrors() throws IOException {
    Path file = dir.resolve("ccrb.csv");
    ImportBenchmark.ccrbShapedFile(file, ImportBenchmark.ROWS, ImportBenchmark.COMPLAINTS, 2020);

    try (ImportRun run = CcrbImport.standard().read("ccrb.csv", Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      ImportSummary summary = run.drain(c -> { });
      assertThat(summary.rowsImported()).isEqualTo(ImportBenchmark.ROWS);
      assertThat(summary.cases()).isEqualTo(ImportBenchmark.COMPLAINTS);
      assertThat(summary.isClean()).isTrue();
    }
    PublicOverview published = ImportBenchmark.importAndOverview(file);
    assertThat(published.table("statusAtEnd").get().total().display()).isEqualTo("12056");
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(1)).startsWith("\"10000\",\"Placeholder\"");
  }

  @Test
  void theBaselineReadsEveryRow() throws IOException {
    ImportBenchmark benchmark = new ImportBenchmark();
    benchmark.setUp();
    try {
      assertThat(benchmark.baselineReadRows()).isEqualTo(ImportBenchmark.ROWS);
      assertThat(benchmark.baselineReadTokens()).isEqualTo(27L * ImportBenchmark.ROWS);
      assertThat(benchmark.importOnly().rows()).isEqualTo(ImportBenchmark.ROWS);
    } finally {
      benchmark.tearDown();
    }
  }
}
