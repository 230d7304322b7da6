package org.oversight.complaint.rules.overview;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.rules.OutcomeTaxonomy;

/**
 * The publishable view of an {@link Overview}: the same tables with small counts suppressed, and
 * nothing that identifies a person (no names, contacts, service numbers or case ids: the labels are
 * tracks, bodies, units, category and outcome codes and obligation kinds).
 *
 * <p>Three laws hold for every table (a {@link PublicTable} and its total):
 * <ol>
 *   <li><b>no small count is shown</b>: a count from 1 to below the threshold (default
 *       {@value #DEFAULT_THRESHOLD}) is {@link Cell.Small}, shown as {@code "<5"}; so is such a total.
 *       Zero is not small: it is shown (an empty cell singles no one out);
 *   <li><b>no suppressed count can be recovered from the total</b>: when the total is shown, a table
 *       never has exactly one suppressed row; if only one row is small, the smallest other non-zero row
 *       is {@link Cell.Withheld} too (complementary suppression, shown as {@code "x"}); such a row always
 *       exists, since otherwise the total would equal the small count and be small itself. A total that
 *       is not small is shown (all 12,056 of 12,056 cases closed is shown as such) unless the links
 *       below need it withheld;
 *   <li><b>no unit is named unless it is safe</b>: the {@code unit} table names a unit only when it has at
 *       least threshold cases (or, with {@link Overview#publish(int, Iterable)}, only the listed units);
 *       the others are merged into one row {@value Overview#OTHER_UNITS}.
 * </ol>
 * <p><b>Across tables.</b> Some published counts add up to others, and a suppressed count must not be
 * recoverable from such a sum either. These links are protected, together with each table's own total:
 * <ul>
 *   <li>the {@code categoryOutcome} cells of one outcome (labels {@code CATEGORY / OUTCOME}) add up to that
 *       outcome's row of the {@code outcome} table; the cells of one category, whose sum is not
 *       published, are protected as if it were, where a second cell can be withheld;
 *   <li>the {@code outcome} rows of the upheld outcomes add up to the {@code upheld} row of
 *       {@code upheldAllegations}, those of the other outcomes in the taxonomy's denominator to its
 *       {@code notUpheld} row.
 * </ul>
 * The rule, for a table's total and for every link alike: no sum may have exactly one hidden term. While
 * one has, its smallest shown non-zero member is withheld ({@link Cell.Withheld}, {@code "x"}), or, when
 * no member can be, its total; a total is therefore withheld only when a suppressed cell could otherwise
 * be worked out from it. The upheld shares are shown only when both their counts are; the day figures
 * only when at least threshold cases are fully decided (and never when the data records no decision
 * dates); a figure without a value says why ({@link PublicMeasure.Absence}). Other tables count other
 * things (cases, allegations by category, reviews, breaches) and are not linked: a table of cases and a
 * table of decisions can still agree when every case has one allegation, so review the figures of a very
 * small population before publishing them.
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

  static PublicOverview of(Overview overview, int threshold, Option<Set<String>> namedUnits) {
    Objects.requireNonNull(overview, "overview is null");
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1 but was " + threshold);
    }
    Seq<PublicTable> tables = overview.tables().map(t -> {
      Seq<Tuple2<String, Long>> rows = t._1.equals("unit") ? mergeUnits(t._2, threshold, namedUnits) : t._2;
      PublicTable table = suppress(t._1, rows, threshold);
      return t._1.equals("categoryOutcome") ? protectLines(table) : table;
    }).toList();
    tables = protectLinks(tables, links(overview.taxonomy(), tables));
    Seq<PublicMeasure> measures = List.of(
        share("upheldSharePercent", tables, "upheld", overview.upheldSharePercent()),
        timed("medianDaysToDecision", overview, threshold, overview.medianDaysToDecision()),
        timed("p90DaysToDecision", overview, threshold, overview.p90DaysToDecision()),
        share("upheldAllegationSharePercent", tables, "upheldAllegations", overview.upheldAllegationSharePercent()));
    return new PublicOverview(overview.pack(), overview.period(), threshold, tables, measures);
  }

  /** A share: withheld when one of its counts is not shown, none when nothing is decided. */
  private static PublicMeasure share(String name, Seq<PublicTable> tables, String counts, Option<BigDecimal> share) {
    PublicTable table = tables.find(t -> t.name().equals(counts)).get();
    if (!table.rows().forAll(r -> r.count().isShown())) {
      return PublicMeasure.absent(name, PublicMeasure.Absence.SUPPRESSED);
    }
    return share.fold(() -> PublicMeasure.absent(name, PublicMeasure.Absence.NOTHING_DECIDED),
        v -> PublicMeasure.of(name, v));
  }

  /**
   * A day figure: not recorded when the data dates no decision, none when no case is fully decided,
   * withheld when fewer cases than the threshold are.
   */
  private static PublicMeasure timed(String name, Overview overview, int threshold, Option<Integer> days) {
    if (overview.decisionDates() == DecisionDates.NOT_RECORDED) {
      return PublicMeasure.absent(name, PublicMeasure.Absence.NOT_RECORDED);
    }
    if (days.isEmpty()) {
      return PublicMeasure.absent(name, PublicMeasure.Absence.NOTHING_DECIDED);
    }
    return overview.casesWithDecisionTime() < threshold ? PublicMeasure.absent(name, PublicMeasure.Absence.TOO_FEW)
        : PublicMeasure.of(name, BigDecimal.valueOf(days.get()));
  }

  /**
   * Merges the units that are not to be named into one row: those below the threshold, or with a list,
   * those not on it. The row of cases without a unit stays.
   */
  static Seq<Tuple2<String, Long>> mergeUnits(Seq<Tuple2<String, Long>> rows, int threshold,
      Option<Set<String>> namedUnits) {
    // A Vector: appending to a List copies it, and there may be hundreds of units.
    Vector<Tuple2<String, Long>> named = Vector.empty();
    long others = 0;
    boolean merged = false;
    for (Tuple2<String, Long> row : rows) {
      boolean keep = row._1.equals(Overview.NO_UNIT)
          || namedUnits.fold(() -> row._2 >= threshold, list -> list.contains(row._1));
      if (keep) {
        named = named.append(row);
      } else {
        others += row._2;
        merged = true;
      }
    }
    return (merged ? named.append(Tuple.of(Overview.OTHER_UNITS, others)) : named).toList();
  }

  /**
   * Suppresses one table: counts from 1 to below the threshold are small; when the total is shown and
   * exactly one row is small, the smallest other non-zero row (the first of equals) is withheld as well.
   */
  static PublicTable suppress(String name, Seq<Tuple2<String, Long>> given, int threshold) {
    // Indexed below: a Vector, whose get is not a walk down a list.
    Vector<Tuple2<String, Long>> rows = given.toVector();
    long total = rows.map(Tuple2::_2).sum().longValue();
    boolean totalSmall = isSmall(total, threshold);
    Seq<Boolean> small = rows.map(r -> isSmall(r._2, threshold));
    // With one small row and the total shown, another row is non-zero (else the total would be small).
    int withheld = !totalSmall && small.count(s -> s) == 1 ? smallestOther(rows.map(Tuple2::_2), small) : -1;
    Vector<PublicRow> out = Vector.empty();
    for (int i = 0; i < rows.size(); i++) {
      Cell cell = small.get(i) ? new Cell.Small(threshold)
          : i == withheld ? new Cell.Withheld() : new Cell.Shown(rows.get(i)._2);
      out = out.append(new PublicRow(rows.get(i)._1, cell));
    }
    return new PublicTable(name, out.toList(), totalSmall ? new Cell.Small(threshold) : new Cell.Shown(total));
  }

  private static boolean isSmall(long count, int threshold) {
    return count > 0 && count < threshold;
  }

  /** The index of the smallest non-zero count not yet suppressed (the first of equals), or -1. */
  private static int smallestOther(Seq<Long> counts, Seq<Boolean> suppressed) {
    int found = -1;
    for (int i = 0; i < counts.size(); i++) {
      if (!suppressed.get(i) && counts.get(i) > 0 && (found < 0 || counts.get(i) < counts.get(found))) {
        found = i;
      }
    }
    return found;
  }

  /**
   * Protects the lines of the category × outcome table: while a category line or an outcome line has
   * exactly one suppressed cell, its smallest other non-zero shown cell is withheld.
   */
  static PublicTable protectLines(PublicTable table) {
    Seq<PublicRow> rows = table.rows();
    Seq<String> categories = rows.map(r -> r.label().substring(0, r.label().indexOf(Overview.CROSS)));
    Seq<String> outcomes = rows.map(r -> r.label().substring(r.label().indexOf(Overview.CROSS)
        + Overview.CROSS.length()));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Seq<String> keys : List.of(categories, outcomes)) {
        for (String key : keys.distinct()) {
          Seq<Integer> line = List.range(0, rows.size()).filter(i -> keys.get(i).equals(key));
          Seq<PublicRow> current = rows;
          if (line.count(i -> !current.get(i).count().isShown()) != 1) {
            continue;
          }
          Seq<Long> counts = line.map(i -> current.get(i).count() instanceof Cell.Shown c ? c.count() : 0L);
          int other = smallestOther(counts, line.map(i -> !current.get(i).count().isShown()));
          if (other >= 0) {
            int at = line.get(other);
            rows = rows.update(at, new PublicRow(rows.get(at).label(), new Cell.Withheld()));
            changed = true;
          }
        }
      }
    }
    return new PublicTable(table.name(), rows, table.total());
  }

  /** A published cell: a table's row, or (no row) its total. */
  record Ref(String table, Option<String> row) {}

  /**
   * A linear link between published cells: the members add up to the total. A link without a total is
   * one whose sum is not published but may be known (a category's decisions), and is treated as known.
   */
  record Link(Seq<Ref> members, Option<Ref> total) {}

  /**
   * The links between the published cells: every table's rows add up to its total; the category ×
   * outcome cells of one outcome add up to that outcome's row of {@code outcome} (those of one category
   * to a sum treated as known); the {@code outcome} rows of the upheld outcomes add up to
   * {@code upheldAllegations}' {@code upheld} row, those of the other outcomes in the denominator to its
   * {@code notUpheld} row.
   */
  static Seq<Link> links(OutcomeTaxonomy taxonomy, Seq<PublicTable> tables) {
    Seq<Link> links = tables.map(t -> new Link(t.rows().map(r -> new Ref(t.name(), Option.some(r.label()))),
        Option.some(new Ref(t.name(), Option.none()))));
    Seq<String> cross = tables.find(t -> t.name().equals("categoryOutcome")).map(t -> t.rows().map(PublicRow::label))
        .getOrElse(List.empty());
    int gap = Overview.CROSS.length();
    for (String outcome : cross.map(l -> l.substring(l.indexOf(Overview.CROSS) + gap)).distinct()) {
      links = links.append(new Link(cross.filter(l -> l.endsWith(Overview.CROSS + outcome))
          .map(l -> new Ref("categoryOutcome", Option.some(l))), Option.some(new Ref("outcome", Option.some(outcome)))));
    }
    for (String category : cross.map(l -> l.substring(0, l.indexOf(Overview.CROSS))).distinct()) {
      links = links.append(new Link(cross.filter(l -> l.startsWith(category + Overview.CROSS))
          .map(l -> new Ref("categoryOutcome", Option.some(l))), Option.none()));
    }
    Seq<Outcome> outcomes = tables.find(t -> t.name().equals("outcome")).map(t -> t.rows().map(r -> Outcome.of(r.label())))
        .getOrElse(List.empty());
    links = links.append(new Link(outcomes.filter(taxonomy::isUpheld).map(o -> new Ref("outcome", Option.some(o.value()))),
        Option.some(new Ref("upheldAllegations", Option.some("upheld")))));
    return links.append(new Link(outcomes.filter(o -> taxonomy.countsInDenominator(o) && !taxonomy.isUpheld(o))
        .map(o -> new Ref("outcome", Option.some(o.value()))),
        Option.some(new Ref("upheldAllegations", Option.some("notUpheld")))));
  }

  /**
   * Protects the links between cells: while a link has exactly one hidden cell (which its other cells
   * would then reveal), its smallest shown non-zero member is withheld, or, if it has none, its total.
   * Every step hides one more cell, so this ends.
   */
  static Seq<PublicTable> protectLinks(Seq<PublicTable> tables, Seq<Link> links) {
    java.util.Map<Ref, Cell> cells = new java.util.HashMap<>();
    for (PublicTable t : tables) {
      t.rows().forEach(r -> cells.put(new Ref(t.name(), Option.some(r.label())), r.count()));
      cells.put(new Ref(t.name(), Option.none()), t.total());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Link link : links) {
        if (link.total().exists(r -> !cells.containsKey(r))) {
          continue;  // its sum is not published
        }
        Seq<Ref> members = link.members().filter(cells::containsKey);
        int hidden = members.count(r -> !cells.get(r).isShown())
            + (link.total().exists(r -> !cells.get(r).isShown()) ? 1 : 0);
        if (hidden != 1) {
          continue;
        }
        Option<Ref> pick = members.filter(r -> count(cells.get(r)) > 0).minBy(r -> count(cells.get(r)))
            .orElse(link.total().filter(r -> count(cells.get(r)) > 0));
        if (pick.isDefined()) {
          cells.put(pick.get(), new Cell.Withheld());
          changed = true;
        }
      }
    }
    return tables.map(t -> new PublicTable(t.name(),
        t.rows().map(r -> new PublicRow(r.label(), cells.get(new Ref(t.name(), Option.some(r.label()))))),
        cells.get(new Ref(t.name(), Option.none()))));
  }

  /** A shown cell's count; 0 for a hidden one (it cannot be picked again). */
  private static long count(Cell cell) {
    return cell instanceof Cell.Shown shown ? shown.count() : 0;
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
