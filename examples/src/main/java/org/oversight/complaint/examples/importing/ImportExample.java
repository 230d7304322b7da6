package org.oversight.complaint.examples.importing;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.oversight.complaint.importing.CcrbImport;
import org.oversight.complaint.importing.ChicagoImport;
import org.oversight.complaint.importing.ImportRun;
import org.oversight.complaint.importing.ImportSummary;
import org.oversight.complaint.importing.PhiladelphiaImport;
import org.oversight.complaint.rules.overview.Cell;
import org.oversight.complaint.rules.overview.OverviewCollector;
import org.oversight.complaint.rules.overview.OverviewMarkdown;
import org.oversight.complaint.rules.overview.PublicMeasure;
import org.oversight.complaint.rules.overview.PublicOverview;
import org.oversight.complaint.rules.overview.PublicTable;
import org.oversight.complaint.rules.overview.ReportingPeriod;
import org.oversight.complaint.rules.vocabulary.Vocabularies;

/**
 * One command from a published file to the published tables: imports an export as its publisher
 * publishes it (unsorted, text as downloaded) and prints what came of every row, then the overview of
 * all the imported complaints as it may be published (small counts suppressed): complaints,
 * allegations and decisions, the upheld share per allegation and per complaint, decisions by
 * category × outcome, and every table of the public overview as Markdown.
 *
 * <pre>
 * mvn -q -Pdemo -DskipTests verify -Ddemo.main=org.oversight.complaint.examples.importing.ImportExample \
 *     -Dexec.args="ccrb allegations_202007271729.csv"
 * mvn -q -Pdemo -DskipTests verify -Ddemo.main=org.oversight.complaint.examples.importing.ImportExample \
 *     -Dexec.args="philadelphia complaints_against_police.csv complaints.against.police.findings.csv"
 * mvn -q -Pdemo -DskipTests verify -Ddemo.main=org.oversight.complaint.examples.importing.ImportExample \
 *     -Dexec.args="chicago complaints-complaints.csv complaints-accused.csv --threshold 10"
 * </pre>
 *
 * <p>Run on its own JVM with C1 only, which suits one pass over a file (the README gives the class path):
 * {@code java -Xmx64m -XX:TieredStopAtLevel=1 -cp … ImportExample ccrb allegations_202007271729.csv}.
 *
 * <p>The overview is the import's own ({@code CcrbImport.overview(period)} and its siblings): the
 * vocabulary's reading of "upheld", the publisher's time zone, and no day figures where the export
 * dates no decision. {@code --threshold n} publishes with another threshold than
 * {@value PublicOverview#DEFAULT_THRESHOLD} (1 suppresses nothing: for checking, not for publishing).
 *
 * <p>Keep the real files outside the repository: the CCRB file names officers, and ProPublica's terms
 * do not allow redistributing it.
 *
 * @since 0.1
 */
public final class ImportExample {
  /** How many errors and how many warnings are listed one by one. */
  static final int SHOWN = 20;

  static final String USAGE = "usage: ccrb <allegations.csv> | philadelphia <complaints.csv> <findings.csv>"
      + " | chicago <complaints.csv> <accused.csv>, then optionally --threshold <n>";

  /** The publishers this program reads, with the files each publishes. */
  enum Publisher {
    CCRB("ccrb", 1),
    PHILADELPHIA("philadelphia", 2),
    CHICAGO("chicago", 2);

    private final String argument;
    private final int files;

    Publisher(String argument, int files) {
      this.argument = argument;
      this.files = files;
    }

    static Option<Publisher> parse(String argument) {
      return Vector.of(values()).find(p -> p.argument.equals(argument));
    }

    String title() {
      return switch (this) {
        case CCRB -> Vocabularies.nycCcrb().title();
        case PHILADELPHIA -> Vocabularies.philadelphia().title();
        case CHICAGO -> Vocabularies.chicagoCpdp().title();
      };
    }

    /** Starts the import of the files (named as given) and an empty overview of all time for its cases. */
    Tuple2<ImportRun, OverviewCollector> start(Seq<String> names, Seq<Reader> files) {
      ReportingPeriod all = ReportingPeriod.allTime();
      return switch (this) {
        case CCRB -> Tuple.of(CcrbImport.standard().read(names.get(0), files.get(0)),
            CcrbImport.standard().overview(all));
        case PHILADELPHIA -> Tuple.of(PhiladelphiaImport.standard().read(names.get(0), files.get(0), names.get(1),
            files.get(1)), PhiladelphiaImport.standard().overview(all));
        case CHICAGO -> Tuple.of(ChicagoImport.standard().read(names.get(0), files.get(0), names.get(1),
            files.get(1)), ChicagoImport.standard().overview(all));
      };
    }
  }

  /** What the command line asks for. */
  record Request(Publisher publisher, Seq<String> files, int threshold) {
    static Option<Request> parse(Seq<String> args) {
      Option<Publisher> publisher = args.headOption().flatMap(Publisher::parse);
      if (publisher.isEmpty()) {
        return Option.none();
      }
      Seq<String> rest = args.tail();
      int threshold = PublicOverview.DEFAULT_THRESHOLD;
      int at = rest.indexOf("--threshold");
      if (at >= 0) {
        Option<Integer> given = rest.drop(at + 1).headOption().flatMap(v -> Try.of(() -> Integer.parseInt(v)).toOption())
            .filter(n -> n >= 1);
        if (given.isEmpty()) {
          return Option.none();
        }
        threshold = given.get();
        rest = rest.removeAt(at).removeAt(at);
      }
      return rest.size() == publisher.get().files ? Option.some(new Request(publisher.get(), rest, threshold))
          : Option.none();
    }
  }

  private ImportExample() {}

  /**
   * Imports the files named by the arguments and prints the report to standard output; exits with
   * status 2 if the arguments are not understood or a file cannot be read.
   *
   * @param args the publisher, its files, optionally {@code --threshold n}; see {@link #USAGE}
   */
  public static void main(String[] args) {
    if (!run(args, System.out)) {
      System.exit(2);
    }
  }

  /**
   * Imports the files named by the arguments and prints the report.
   *
   * @param args the publisher ({@code ccrb}, {@code philadelphia} or {@code chicago}), its files, and
   *     optionally {@code --threshold n}; not null
   * @param out where to print, not null
   * @return false if the arguments are not understood or a file cannot be read (the usage or the reason is
   *     printed)
   */
  public static boolean run(String[] args, PrintStream out) {
    Objects.requireNonNull(out, "out is null");
    Option<Request> request = Request.parse(Vector.of(Objects.requireNonNull(args, "args is null")));
    if (request.isEmpty()) {
      out.println(USAGE);
      return false;
    }
    try {
      report(request.get(), out);
      return true;
    } catch (NoSuchFileException e) {
      out.println("cannot read " + e.getFile() + ": no such file");
    } catch (IOException e) {
      out.println("cannot read " + e.getMessage());
    } catch (UncheckedIOException e) {
      // The import names the file; the cause says what went wrong.
      out.println(e.getMessage() + (e.getCause() instanceof CharacterCodingException ? ": the file is not UTF-8 text"
          : ": " + e.getCause()));
    }
    return false;
  }

  private static void report(Request request, PrintStream out) throws IOException {
    Vector<Reader> files = Vector.empty();
    try {
      for (String file : request.files()) {
        files = files.append(Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8));
      }
      Tuple2<ImportRun, OverviewCollector> started = request.publisher().start(request.files(), files);
      try (ImportRun run = started._1) {
        OverviewCollector overview = started._2;
        ImportSummary summary = run.drain(overview::add);
        out.println("# " + request.publisher().title());
        out.println();
        printSummary(request.files(), summary, out);
        out.println();
        printOverview(overview.result().publish(request.threshold()), out);
      }
    } finally {
      for (Reader file : files) {
        file.close();
      }
    }
  }

  static void printSummary(Seq<String> files, ImportSummary summary, PrintStream out) {
    out.println("## Import of " + files.mkString(" and "));
    out.println();
    out.println("rows: " + summary.rows() + " (" + summary.rowsImported() + " imported, " + summary.rowsRefused()
        + " refused)");
    // A refusal is a complaint refused with its rows, or a row of no complaint.
    out.println("complaints kept: " + summary.cases() + ", of them " + summary.incomplete() + " incomplete; refused: "
        + summary.refused());
    out.println("errors: " + summary.errors().size() + byKind(summary.errorsByKind()));
    out.println("warnings: " + summary.warnings().size() + byKind(summary.warningsByKind()));
    list("errors", summary.errors(), out);
    list("warnings", summary.warnings(), out);
  }

  private static String byKind(SortedMap<? extends Enum<?>, Long> counts) {
    return counts.isEmpty() ? "" : counts.map(e -> e._1.name() + " " + e._2).mkString(" (", ", ", ")");
  }

  private static void list(String what, Seq<?> items, PrintStream out) {
    if (items.isEmpty()) {
      return;
    }
    out.println(items.size() > SHOWN ? "the first " + SHOWN + " " + what + ":" : what + ":");
    items.take(SHOWN).forEach(e -> out.println("  " + e));
    if (items.size() > SHOWN) {
      out.println("  ... and " + (items.size() - SHOWN) + " more");
    }
  }

  static void printOverview(PublicOverview published, PrintStream out) {
    out.println("## Published overview, "
        + (published.period().equals(ReportingPeriod.allTime()) ? "all time" : published.period().toString())
        + (published.threshold() == 1 ? " (nothing suppressed)"
            : " (counts from 1 to " + (published.threshold() - 1) + " suppressed)"));
    out.println();
    out.println("complaints: " + total(published, "statusAtEnd") + ", allegations: " + total(published, "category")
        + ", decisions: " + total(published, "outcome"));
    out.println("upheld share per allegation: " + share(published, "upheldAllegationSharePercent", "upheldAllegations"));
    out.println("upheld share per complaint: " + share(published, "upheldSharePercent", "upheld"));
    out.println("days from receipt to decision: median " + measure(published, "medianDaysToDecision").display()
        + ", 90th percentile " + measure(published, "p90DaysToDecision").display());
    out.println();
    out.println("### Decisions by category × outcome");
    out.println();
    crossTable(published).forEach(out::println);
    out.println();
    out.println("### Every published table");
    out.println();
    out.print(OverviewMarkdown.write(published));
  }

  private static String total(PublicOverview published, String table) {
    return published.table(table).get().total().display();
  }

  private static PublicMeasure measure(PublicOverview published, String name) {
    return published.measures().find(m -> m.name().equals(name)).get();
  }

  private static String share(PublicOverview published, String measure, String table) {
    Map<String, String> counts = published.table(table).get().rows().toMap(r -> r.label(), r -> r.count().display());
    PublicMeasure percent = measure(published, measure);
    return percent.display() + (percent.value().isDefined() ? " %" : "") + " (upheld " + counts.get("upheld").get()
        + ", not upheld " + counts.get("notUpheld").get() + ")";
  }

  /**
   * The {@code categoryOutcome} table as a grid, in Markdown: the dimension with fewer values across,
   * a combination that does not occur as 0, and the {@code outcome} table's counts as the line of all
   * categories (every decision has a category).
   */
  static Seq<String> crossTable(PublicOverview published) {
    Seq<Tuple2<Tuple2<String, String>, Cell>> cells = published.table("categoryOutcome").get().rows().map(r -> {
      int at = r.label().indexOf(" / ");
      return Tuple.of(Tuple.of(r.label().substring(0, at), r.label().substring(at + 3)), r.count());
    });
    Map<Tuple2<String, String>, Cell> byKey = cells.toMap(c -> c);
    Seq<String> categories = cells.map(c -> c._1._1).distinct().sorted();
    Seq<String> outcomes = cells.map(c -> c._1._2).distinct().sorted();
    PublicTable outcomeTable = published.table("outcome").get();
    Map<String, String> allCategories = outcomeTable.rows().toMap(r -> r.label(), r -> r.count().display());
    boolean outcomesAcross = outcomes.size() <= categories.size();
    Seq<String> down = outcomesAcross ? categories : outcomes;
    Seq<String> across = outcomesAcross ? outcomes : categories;
    if (cells.isEmpty()) {
      return Vector.of("(no decisions)");
    }
    Seq<String> header = Vector.of(outcomesAcross ? "category \\ outcome" : "outcome \\ category").appendAll(across)
        .appendAll(outcomesAcross ? Vector.empty() : Vector.of("all categories"));
    Seq<Seq<String>> body = down.map(row -> {
      Seq<String> line = Vector.of(row).appendAll(across.map(column -> byKey.get(outcomesAcross
          ? Tuple.of(row, column) : Tuple.of(column, row)).map(Cell::display).getOrElse("0")));
      return outcomesAcross ? line : line.append(allCategories.get(row).getOrElse("0"));
    });
    Seq<Seq<String>> lines = Vector.<Seq<String>>of(header).appendAll(body).appendAll(outcomesAcross
        ? Vector.of(Vector.of("all categories").appendAll(across.map(o -> allCategories.get(o).getOrElse("0"))))
        : Vector.empty());
    Seq<Integer> widths = Vector.range(0, lines.head().size()).map(i -> lines.map(l -> l.get(i).length()).max().get());
    // Labels left-aligned, counts right-aligned.
    Seq<String> text = lines.map(l -> l.zipWithIndex().map(v -> String.format(
        v._2 == 0 ? "%-" + widths.get(0) + "s" : "%" + widths.get(v._2) + "s", v._1)).mkString("| ", " | ", " |"));
    String rule = widths.zipWithIndex().map(w -> w._2 == 0 ? "-".repeat(w._1 + 2) : "-".repeat(w._1 + 1) + ":")
        .mkString("|", "|", "|");
    return text.take(1).append(rule).appendAll(text.drop(1));
  }
}
