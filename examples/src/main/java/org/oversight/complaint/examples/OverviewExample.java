package org.oversight.complaint.examples;

import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.overview.Cell;
import org.oversight.complaint.rules.overview.EarlyWarning;
import org.oversight.complaint.rules.overview.EarlyWarningRules;
import org.oversight.complaint.rules.overview.Overview;
import org.oversight.complaint.rules.overview.OverviewCollector;
import org.oversight.complaint.rules.overview.OverviewMarkdown;
import org.oversight.complaint.rules.overview.PublicMeasure;
import org.oversight.complaint.rules.overview.PublicOverview;
import org.oversight.complaint.rules.overview.ReportingPeriod;

/**
 * The oversight overview (Danish plan "Nærhed og tryghed", initiative 2.2.6): a generated year of
 * Danish conduct complaints summarised in one pass, printed as the publishable Markdown table
 * (small counts suppressed), with the supervisor's early-warning list counted (it names officers,
 * so it is internal and not printed), and a bar chart of complaints and the upheld share ("medhold")
 * by category written as SVG.
 *
 * <p>Run it with {@code mvn -q -Pdemo -DskipTests verify
 * -Ddemo.main=org.oversight.complaint.examples.OverviewExample}; the chart goes to
 * {@code target/overview-by-category.svg} under the working directory, or to the path given as the
 * first argument.
 */
public final class OverviewExample {

  /** The year generated: its size is that of a real year of the Danish authority (its 2020 annual report). */
  static final GeneratedYear YEAR = GeneratedYear.of(2026, 710, 2026);

  private OverviewExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally, where to write the SVG chart
   */
  public static void main(String[] args) {
    Path chart = Path.of(args.length > 0 ? args[0] : "target/overview-by-category.svg");
    run(System.out, chart);
  }

  /**
   * Summarises the generated year, prints the report and writes the chart.
   *
   * @param out where the report goes, not null
   * @param chart where the SVG chart goes, not null
   * @return the overview of the whole year, never null
   * @throws UncheckedIOException if the chart cannot be written
   */
  static Overview run(PrintStream out, Path chart) {
    Objects.requireNonNull(out, "out is null");
    Objects.requireNonNull(chart, "chart is null");
    RulePack pack = DenmarkRules.pack();
    ReportingPeriod period = ReportingPeriod.year(YEAR.year(), DenmarkRules.ZONE);

    // One pass: the whole year, and one collector per category for the chart.
    OverviewCollector all = OverviewCollector.of(pack, period);
    TreeMap<CategoryCode, OverviewCollector> byCategory = TreeMap.empty();
    for (CategoryCode category : GeneratedYear.CATEGORIES) {
      byCategory = byCategory.put(category, OverviewCollector.of(pack, period));
    }
    for (ComplaintCase c : YEAR) {
      all.add(c);
      byCategory.get(c.allegations().head().category()).get().add(c);
    }
    Overview overview = all.result();
    PublicOverview published = overview.publish();

    out.println("# Conduct complaints to " + DenmarkRules.DUP + " received in " + YEAR.year()
        + " (" + DenmarkRules.ZONE + ")");
    out.println();
    out.println("Generated data (" + overview.cases() + " complaints), Danish rule pack: upheld (medhold) = "
        + "criticism / investigated and decided. Counts below " + published.threshold() + " are shown as <"
        + published.threshold() + ".");
    out.println();
    out.print(OverviewMarkdown.write(published));

    Seq<EarlyWarning> warnings = EarlyWarningRules.defaults(DenmarkRules.ZONE).scan(YEAR);
    out.println();
    out.println("Early warning (internal, for a supervisor, not a verdict): " + warnings.size()
        + " officer(s) or complainant pattern(s) to look at; not printed here because they name people.");

    Seq<BarChart.Bar> bars = byCategory.toVector().map(e -> {
      PublicOverview p = e._2.result().publish();
      Cell complaints = p.table("track").map(t -> t.total()).getOrElseThrow(() ->
          new IllegalStateException("bug: an overview without its track table"));
      Option<BigDecimal> share = p.measures().find(m -> m.name().equals("upheldSharePercent"))
          .flatMap(PublicMeasure::value);
      return new BarChart.Bar(e._1.value(), complaints, share);
    });
    String svg = BarChart.svg("Complaints and upheld share by category, " + YEAR.year() + " (generated)",
        Vector.ofAll(bars));
    try {
      Path parent = chart.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(chart, svg, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the chart to " + chart, e);
    }
    out.println();
    out.println("Chart written to " + chart.toAbsolutePath());
    return overview;
  }
}
