package org.oversight.complaint.examples.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Decision;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.rules.OutcomeTaxonomy;
import org.oversight.complaint.rules.vocabulary.Vocabularies;
import org.oversight.complaint.rules.vocabulary.Vocabulary;
import org.oversight.complaint.importing.CcrbImport;
import org.oversight.complaint.importing.ImportRun;
import org.oversight.complaint.importing.ImportSummary;
import org.oversight.complaint.importing.PhiladelphiaImport;

/**
 * Imports an export from local files and prints what came of it: cases by status, decided
 * allegations by outcome, the upheld share by the vocabulary's counting, and the errors.
 *
 * <pre>
 * mvn -q -Pdemo -DskipTests verify -Ddemo.main=org.oversight.complaint.examples.importing.ImportExample \
 *     -Dexec.args="philadelphia complaints.csv findings.csv"
 * mvn -q -Pdemo -DskipTests verify -Ddemo.main=org.oversight.complaint.examples.importing.ImportExample \
 *     -Dexec.args="ccrb allegations-sorted.csv"
 * </pre>
 *
 * <p>Keep the real files outside the repository: the CCRB file names officers, and ProPublica's terms
 * do not allow redistributing it.
 *
 * @since 0.1
 */
public final class ImportExample {
  private static final int SHOWN_ERRORS = 20;

  private ImportExample() {}

  /**
   * Runs the import named by the arguments and prints the report to standard output.
   *
   * @param args {@code philadelphia <complaints.csv> <findings.csv>} or {@code ccrb <allegations.csv>}
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (!run(args, System.out)) {
      System.exit(2);
    }
  }

  /**
   * Runs the import named by the arguments and prints the report.
   *
   * @param args {@code philadelphia <complaints.csv> <findings.csv>} or {@code ccrb <allegations.csv>}, not null
   * @param out where to print, not null
   * @return false if the arguments are not understood (the usage is printed)
   * @throws IOException if a file cannot be read
   */
  public static boolean run(String[] args, PrintStream out) throws IOException {
    if (args.length == 3 && args[0].equals("philadelphia")) {
      try (Reader complaints = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
          Reader findings = Files.newBufferedReader(Path.of(args[2]), StandardCharsets.UTF_8);
          ImportRun run = PhiladelphiaImport.standard().read(args[1], complaints, args[2], findings)) {
        report(run, Vocabularies.philadelphia(), out);
      }
      return true;
    }
    if (args.length == 2 && args[0].equals("ccrb")) {
      try (Reader allegations = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
          ImportRun run = CcrbImport.standard().read(args[1], allegations)) {
        report(run, Vocabularies.nycCcrb(), out);
      }
      return true;
    }
    out.println("usage: philadelphia <complaints.csv> <findings.csv> | ccrb <allegations.csv>");
    return false;
  }

  private static void report(ImportRun run, Vocabulary vocabulary, PrintStream out) {
    OutcomeTaxonomy taxonomy = vocabulary.taxonomy(LegalBasis.of(vocabulary.title()));
    // Running totals only: the cases themselves are not kept, so memory does not grow with the file.
    long[] upheld = {0};
    long[] denominator = {0};
    java.util.Map<String, Long> statuses = new java.util.TreeMap<>();
    java.util.Map<String, Long> outcomes = new java.util.TreeMap<>();
    ImportSummary summary = run.drain((ComplaintCase c) -> {
      statuses.merge(c.status().name(), 1L, Long::sum);
      for (Decision d : c.decisions()) {
        outcomes.merge(d.outcome().value(), 1L, Long::sum);
        upheld[0] += taxonomy.isUpheld(d.outcome()) ? 1 : 0;
        denominator[0] += taxonomy.countsInDenominator(d.outcome()) ? 1 : 0;
      }
    });
    out.println(vocabulary.title());
    out.println("cases imported: " + summary.cases() + " (" + summary.incomplete() + " incomplete), refused: "
        + summary.refused() + "; rows imported: " + summary.rowsImported() + ", refused: " + summary.rowsRefused()
        + ", repaired: " + summary.warnings().size());
    out.println("cases by status:");
    statuses.forEach((k, v) -> out.println("  " + k + ": " + v));
    out.println("decided allegations by outcome:");
    outcomes.forEach((k, v) -> out.println("  " + k + ": " + v));
    out.println("upheld: " + upheld[0] + " of " + denominator[0] + " decided on the merits"
        + (denominator[0] == 0 ? "" : String.format(Locale.ROOT, " (%.1f %%)", 100.0 * upheld[0] / denominator[0])));
    if (!summary.isClean()) {
      out.println("errors (" + summary.errors().size() + "):");
      summary.errors().take(SHOWN_ERRORS).forEach(e -> out.println("  " + e));
      if (summary.errors().size() > SHOWN_ERRORS) {
        out.println("  ... and " + (summary.errors().size() - SHOWN_ERRORS) + " more");
      }
    }
  }
}
