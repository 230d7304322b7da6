package org.oversight.complaint.rules.overview;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The publishable view of an {@link Overview}: the same tables with small counts suppressed, and
 * nothing that identifies a person (no names, contacts, service numbers or case ids: the labels are
 * tracks, bodies, units, category and outcome codes and obligation kinds).
 *
 * <p>Two laws hold for every table (a {@link PublicTable} and its total):
 * <ol>
 *   <li><b>no small count is shown</b>: a count below the threshold (default {@value #DEFAULT_THRESHOLD})
 *       is {@link Cell.Small}, shown as {@code "<5"}; so is a total below it;
 *   <li><b>no suppressed count can be recovered from the total</b>: when the total is shown, a table
 *       never has exactly one suppressed row; if only one row is small, the next smallest row is
 *       {@link Cell.Withheld} too (complementary suppression, shown as {@code "x"}).
 * </ol>
 * The upheld share is shown only when both its counts are; the day figures only when at least
 * threshold cases are fully decided. Suppression works table by table: the tables count different
 * things (cases, allegations, decisions, reviews, breaches), and linkage between tables (for example
 * outcome counts per allegation against upheld counts per case when every case has one allegation)
 * is not analysed; review the figures of a very small population before publishing them.
 *
 * <p>Write it as Markdown with {@link OverviewMarkdown}, as CSV with {@link OverviewCsv}, and as
 * JSON through complaint-json's {@code ComplaintModule}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PublicOverview {

  /** The default threshold: counts below 5 are suppressed. */
  public static final int DEFAULT_THRESHOLD = 5;

  private final String pack;
  private final ReportingPeriod period;
  private final int threshold;
  private final Seq<PublicTable> tables;
  private final Seq<PublicMeasure> measures;

  private PublicOverview(String pack, ReportingPeriod period, int threshold, Seq<PublicTable> tables,
      Seq<PublicMeasure> measures) {
    this.pack = pack;
    this.period = period;
    this.threshold = threshold;
    this.tables = tables;
    this.measures = measures;
  }

  static PublicOverview of(Overview overview, int threshold) {
    Objects.requireNonNull(overview, "overview is null");
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1 but was " + threshold);
    }
    Seq<PublicTable> tables = overview.tables().map(t -> suppress(t._1, t._2, threshold));
    PublicTable upheld = tables.find(t -> t.name().equals("upheld")).get();
    Option<BigDecimal> share = upheld.rows().forAll(r -> r.count().isShown())
        ? overview.upheldSharePercent() : Option.none();
    boolean timed = overview.casesWithDecisionTime() >= threshold;
    Seq<PublicMeasure> measures = List.of(
        new PublicMeasure("upheldSharePercent", share),
        new PublicMeasure("medianDaysToDecision",
            overview.medianDaysToDecision().filter(d -> timed).map(BigDecimal::valueOf)),
        new PublicMeasure("p90DaysToDecision",
            overview.p90DaysToDecision().filter(d -> timed).map(BigDecimal::valueOf)));
    return new PublicOverview(overview.pack(), overview.period(), threshold, tables, measures);
  }

  /**
   * Suppresses one table: rows below the threshold are small; when the total is shown and exactly
   * one row is small, the smallest shown row (the first of equals) is withheld as well.
   */
  static PublicTable suppress(String name, Seq<Tuple2<String, Long>> rows, int threshold) {
    long total = rows.map(Tuple2::_2).sum().longValue();
    boolean totalShown = total >= threshold;
    Seq<Boolean> small = rows.map(r -> r._2 < threshold);
    int withheld = -1;
    if (totalShown && small.count(s -> s) == 1) {
      for (int i = 0; i < rows.size(); i++) {
        if (!small.get(i) && (withheld < 0 || rows.get(i)._2 < rows.get(withheld)._2)) {
          withheld = i;
        }
      }
    }
    Seq<PublicRow> out = List.empty();
    for (int i = 0; i < rows.size(); i++) {
      Cell cell = small.get(i) ? new Cell.Small(threshold)
          : i == withheld ? new Cell.Withheld() : new Cell.Shown(rows.get(i)._2);
      out = out.append(new PublicRow(rows.get(i)._1, cell));
    }
    return new PublicTable(name, out, totalShown ? new Cell.Shown(total) : new Cell.Small(threshold));
  }

  /**
   * Returns the name of the rule pack the overview was built with.
   *
   * @return the pack name, never null
   */
  public String pack() {
    return pack;
  }

  /**
   * Returns the period.
   *
   * @return the period, never null
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Returns the threshold: the smallest count that is shown.
   *
   * @return the threshold, at least 1
   */
  public int threshold() {
    return threshold;
  }

  /**
   * Returns the tables, in publication order (see {@link PublicTable} for their names).
   *
   * @return the tables, never null
   */
  public Seq<PublicTable> tables() {
    return tables;
  }

  /**
   * Returns a table by name.
   *
   * @param name the name, not null
   * @return the table, none if there is no such table, never null
   * @throws NullPointerException if name is null
   */
  public Option<PublicTable> table(String name) {
    Objects.requireNonNull(name, "name is null");
    return tables.find(t -> t.name().equals(name));
  }

  /**
   * Returns the derived figures: upheldSharePercent, medianDaysToDecision, p90DaysToDecision.
   *
   * @return the figures, never null
   */
  public Seq<PublicMeasure> measures() {
    return measures;
  }

  /**
   * Returns every line a writer prints, as (table, row, text): each table's rows, then its
   * {@code total}, then the figures under table {@code measures}.
   */
  Seq<Tuple3<String, String, String>> lines() {
    Seq<Tuple3<String, String, String>> out = List.empty();
    for (PublicTable t : tables) {
      for (PublicRow r : t.rows()) {
        out = out.append(Tuple.of(t.name(), r.label(), r.count().display()));
      }
      out = out.append(Tuple.of(t.name(), "total", t.total().display()));
    }
    for (PublicMeasure m : measures) {
      out = out.append(Tuple.of("measures", m.name(), m.display()));
    }
    return out;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PublicOverview)) {
      return false;
    }
    PublicOverview o = (PublicOverview) other;
    return pack.equals(o.pack) && period.equals(o.period) && threshold == o.threshold && tables.equals(o.tables)
        && measures.equals(o.measures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pack, period, threshold, tables, measures);
  }

  @Override
  public String toString() {
    return "PublicOverview[" + pack + " " + period + ", threshold " + threshold + ", " + tables + ", " + measures + "]";
  }
}
