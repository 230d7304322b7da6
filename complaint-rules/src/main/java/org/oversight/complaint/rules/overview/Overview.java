package org.oversight.complaint.rules.overview;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.OutcomeTaxonomy;

/**
 * The complaints overview of one period: exact counts of the cases received in the period, as they
 * stood at its end (see {@link OverviewCollector} for which cases count). Built in one pass by
 * {@link OverviewCollector}.
 *
 * <p>What is counted, and in which unit:
 * <ul>
 *   <li><b>cases</b> by track, by handling body, open and closed at the period end, handled
 *       informally (an informal resolution was started, e.g. a Danish notitssag) or formally;
 *   <li><b>cases by unit</b>: the distinct units of the case's subjects; a case about subjects of two
 *       units counts once in each, a case whose subjects have no unit in {@link #casesWithoutUnit()};
 *   <li><b>allegations</b> by category, <b>cases by category</b> (per complaint, as publishers count
 *       them: once per category of its allegations), <b>decisions</b> (decided allegations) by outcome,
 *       and decisions by <b>category × outcome</b>;
 *   <li><b>the upheld share per allegation</b> (finding), as most publishers report it: upheld
 *       decisions over decisions in the taxonomy's denominator;
 *   <li><b>the upheld share per complaint</b>, by the outcome taxonomy's definition: a case is
 *       <em>decided</em> when one of its decisions counts in the taxonomy's denominator, and
 *       <em>upheld</em> when one of its decisions is upheld. Denmark (DUP): criticism ÷ investigated and
 *       decided; for 2020, 9 of 379 = 2.4 %;
 *   <li><b>days from receipt to decision</b> (calendar days in the pack's zone, from the receipt to the
 *       last allegation's decision), over the cases whose allegations are all decided, unless the data
 *       records no decision dates ({@link DecisionDates#NOT_RECORDED}, then absent): the median and
 *       the 90th percentile by nearest rank; {@value OverviewCollector#MAX_DAYS}{@code + 1} reads "more
 *       than {@value OverviewCollector#MAX_DAYS} days";
 *   <li><b>reviews</b> requested, upheld, not upheld and pending;
 *   <li><b>obligations breached</b> at the period end by kind, as the pack's
 *       {@code assess(case, periodEnd)} reports them (one count per breach).
 * </ul>
 *
 * <p>The overview holds no personal data (no names, contacts, service numbers or case ids), but its
 * small counts can still single people out: publish {@link #publish()}, which suppresses them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Overview {

  /** The row label of cases whose subjects have no recorded unit. */
  public static final String NO_UNIT = "(no unit recorded)";
  /** The row label under which {@link #publish()} merges the units it does not name. */
  public static final String OTHER_UNITS = "(other units)";

  /** The plain counters, in one place so that equality and the constructor stay short. */
  record Counts(long cases, long outside, long allegations, long decisions, long decidedCases, long upheldCases,
      long informal, long open, long reviewsRequested, long reviewsUpheld, long reviewsNotUpheld, long withoutUnit,
      long timed, long decidedAllegations, long upheldAllegations) {}

  /** The per-case and cross counts that came with the upheld share per allegation. */
  record Tables(SortedMap<CategoryCode, Long> casesByCategory, SortedMap<Tuple2<CategoryCode, Outcome>, Long> crossed) {}

  private final String pack;
  private final ReportingPeriod period;
  private final OutcomeTaxonomy taxonomy;
  private final Counts counts;
  private final SortedMap<Track, Long> tracks;
  private final SortedMap<Body, Long> bodies;
  private final SortedMap<String, Long> units;
  private final SortedMap<CategoryCode, Long> categories;
  private final SortedMap<Outcome, Long> outcomes;
  private final SortedMap<ObligationKind, Long> breaches;
  private final Option<Integer> median;
  private final Option<Integer> p90;
  private final Tables more;
  private final DecisionDates dates;

  Overview(String pack, ReportingPeriod period, OutcomeTaxonomy taxonomy, Counts counts,
      SortedMap<Track, Long> tracks, SortedMap<Body, Long> bodies, SortedMap<String, Long> units,
      SortedMap<CategoryCode, Long> categories, SortedMap<Outcome, Long> outcomes,
      SortedMap<ObligationKind, Long> breaches, Option<Integer> median, Option<Integer> p90, Tables more,
      DecisionDates dates) {
    this.more = more;
    this.dates = dates;
    this.pack = pack;
    this.period = period;
    this.taxonomy = taxonomy;
    this.counts = counts;
    this.tracks = tracks;
    this.bodies = bodies;
    this.units = units;
    this.categories = categories;
    this.outcomes = outcomes;
    this.breaches = breaches;
    this.median = median;
    this.p90 = p90;
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
   * Returns the outcome taxonomy whose definition of "upheld" the share uses.
   *
   * @return the taxonomy, never null
   */
  public OutcomeTaxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * Returns the number of cases received in the period.
   *
   * @return the count, at least 0
   */
  public long cases() {
    return counts.cases();
  }

  /**
   * Returns the number of cases given to the collector but received outside the period (not summarised).
   *
   * @return the count, at least 0
   */
  public long casesOutsidePeriod() {
    return counts.outside();
  }

  /**
   * Returns the cases by track at the period end; tracks without cases are left out.
   *
   * @return the counts, summing to {@link #cases()}, never null
   */
  public SortedMap<Track, Long> tracks() {
    return tracks;
  }

  /**
   * Returns the cases by handling body at the period end.
   *
   * @return the counts, summing to {@link #cases()}, never null
   */
  public SortedMap<Body, Long> handlingBodies() {
    return bodies;
  }

  /**
   * Returns the cases by their subjects' units (a case counts once per distinct unit).
   *
   * @return the counts, never null
   */
  public SortedMap<String, Long> units() {
    return units;
  }

  /**
   * Returns the number of cases none of whose subjects has a unit recorded.
   *
   * @return the count, at least 0
   */
  public long casesWithoutUnit() {
    return counts.withoutUnit();
  }

  /**
   * Returns the number of allegations of the cases.
   *
   * @return the count, at least 0
   */
  public long allegations() {
    return counts.allegations();
  }

  /**
   * Returns the allegations by category (per allegation: a case with two allegations of one category
   * counts twice).
   *
   * @return the counts, summing to {@link #allegations()}, never null
   */
  public SortedMap<CategoryCode, Long> categories() {
    return categories;
  }

  /**
   * Returns the cases by category, per complaint as publishers count them: a case counts once in each
   * category of its allegations.
   *
   * @return the counts, never null
   */
  public SortedMap<CategoryCode, Long> casesByCategory() {
    return more.casesByCategory();
  }

  /**
   * Returns the decided allegations by category and outcome (the category × outcome table).
   *
   * @return the counts, summing to {@link #decisions()}, never null
   */
  public SortedMap<Tuple2<CategoryCode, Outcome>, Long> categoryOutcomes() {
    return more.crossed();
  }

  /**
   * Returns the number of decided allegations.
   *
   * @return the count, at least 0
   */
  public long decisions() {
    return counts.decisions();
  }

  /**
   * Returns the decided allegations by outcome code.
   *
   * @return the counts, summing to {@link #decisions()}, never null
   */
  public SortedMap<Outcome, Long> outcomes() {
    return outcomes;
  }

  /**
   * Returns the number of decided cases: cases with a decision in the taxonomy's denominator
   * (Denmark: investigated and decided).
   *
   * @return the count, at least 0
   */
  public long decidedCases() {
    return counts.decidedCases();
  }

  /**
   * Returns the number of upheld cases: cases with a decision the taxonomy counts as upheld.
   *
   * @return the count, at most {@link #decidedCases()}
   */
  public long upheldCases() {
    return counts.upheldCases();
  }

  /**
   * Returns the upheld share per complaint in percent, {@code 100 × upheld ÷ decided} over cases,
   * rounded half up to one decimal (9 of 379 gives 2.4).
   *
   * @return the share, none when no case is decided, never null
   */
  public Option<BigDecimal> upheldSharePercent() {
    return share(counts.upheldCases(), counts.decidedCases());
  }

  /**
   * Returns the number of decided allegations (findings) that count in the taxonomy's denominator.
   *
   * @return the count, at most {@link #decisions()}
   */
  public long decidedAllegations() {
    return counts.decidedAllegations();
  }

  /**
   * Returns the number of allegations (findings) decided as upheld.
   *
   * @return the count, at most {@link #decidedAllegations()}
   */
  public long upheldAllegations() {
    return counts.upheldAllegations();
  }

  /**
   * Returns the upheld share per allegation in percent, {@code 100 × upheld ÷ decided} over allegations
   * (findings), as most publishers report it (the CCRB's substantiation rate, Philadelphia's sustained
   * findings); rounded half up to one decimal.
   *
   * @return the share, none when no allegation is decided, never null
   */
  public Option<BigDecimal> upheldAllegationSharePercent() {
    return share(counts.upheldAllegations(), counts.decidedAllegations());
  }

  static Option<BigDecimal> share(long part, long whole) {
    return whole == 0 ? Option.none()
        : Option.some(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
  }

  /**
   * Returns the number of cases handled informally: an informal resolution was started.
   *
   * @return the count, at least 0
   */
  public long informal() {
    return counts.informal();
  }

  /**
   * Returns the number of cases handled formally only (never informally).
   *
   * @return the count, {@link #cases()} minus {@link #informal()}
   */
  public long formal() {
    return counts.cases() - counts.informal();
  }

  /**
   * Returns the number of cases open at the period end.
   *
   * @return the count, at least 0
   */
  public long openAtEnd() {
    return counts.open();
  }

  /**
   * Returns the number of cases closed (in an end state) at the period end.
   *
   * @return the count, {@link #cases()} minus {@link #openAtEnd()}
   */
  public long closedAtEnd() {
    return counts.cases() - counts.open();
  }

  /**
   * Returns the number of reviews or appeals requested.
   *
   * @return the count, at least 0
   */
  public long reviewsRequested() {
    return counts.reviewsRequested();
  }

  /**
   * Returns the number of reviews decided as upheld.
   *
   * @return the count, at least 0
   */
  public long reviewsUpheld() {
    return counts.reviewsUpheld();
  }

  /**
   * Returns the number of reviews decided as not upheld.
   *
   * @return the count, at least 0
   */
  public long reviewsNotUpheld() {
    return counts.reviewsNotUpheld();
  }

  /**
   * Returns the number of reviews not decided at the period end.
   *
   * @return the count, at least 0
   */
  public long reviewsPending() {
    return counts.reviewsRequested() - counts.reviewsUpheld() - counts.reviewsNotUpheld();
  }

  /**
   * Returns the breaches of obligations at the period end, by kind.
   *
   * @return the counts, never null
   */
  public SortedMap<ObligationKind, Long> breaches() {
    return breaches;
  }

  /**
   * Returns the number of cases all of whose allegations are decided (the base of the day figures).
   *
   * @return the count, at least 0
   */
  public long casesWithDecisionTime() {
    return counts.timed();
  }

  /**
   * Tells whether the data dates its decisions; if not, the day figures are absent.
   *
   * @return how decisions are dated, never null
   */
  public DecisionDates decisionDates() {
    return dates;
  }

  /**
   * Returns the median of the days from receipt to decision (nearest rank: the lower median).
   *
   * @return the days, none when no case is fully decided, never null
   */
  public Option<Integer> medianDaysToDecision() {
    return median;
  }

  /**
   * Returns the 90th percentile of the days from receipt to decision (nearest rank).
   *
   * @return the days, none when no case is fully decided, never null
   */
  public Option<Integer> p90DaysToDecision() {
    return p90;
  }

  /**
   * Returns the view that is safe to publish, suppressing counts below 5 and merging units with fewer
   * cases into {@value #OTHER_UNITS}.
   *
   * @return the public view, never null
   */
  public PublicOverview publish() {
    return publish(PublicOverview.DEFAULT_THRESHOLD);
  }

  /**
   * Returns the view that is safe to publish, suppressing counts below a threshold.
   *
   * @param threshold the smallest count shown, at least 1
   * @return the public view, never null
   * @throws IllegalArgumentException if threshold is below 1
   */
  public PublicOverview publish(int threshold) {
    return PublicOverview.of(this, threshold, Option.none());
  }

  /**
   * Returns the view that is safe to publish, suppressing counts below a threshold and naming only the
   * listed units; all other units are merged into {@value #OTHER_UNITS}.
   *
   * @param threshold the smallest count shown, at least 1
   * @param namedUnits the units that may be named, not null
   * @return the public view, never null
   * @throws NullPointerException if namedUnits is null
   * @throws IllegalArgumentException if threshold is below 1
   */
  public PublicOverview publish(int threshold, Iterable<String> namedUnits) {
    return PublicOverview.of(this, threshold, Option.some(io.vavr.collection.HashSet.ofAll(
        Objects.requireNonNull(namedUnits, "namedUnits is null"))));
  }

  /** The overview as tables of (label, count) rows with their totals, in publication order. */
  Seq<Tuple2<String, Seq<Tuple2<String, Long>>>> tables() {
    Seq<Tuple2<String, Long>> unitRows = rows(units);
    if (counts.withoutUnit() > 0) {
      unitRows = unitRows.append(Tuple.of(NO_UNIT, counts.withoutUnit()));
    }
    return List.of(
        Tuple.of("track", rows(tracks)),
        Tuple.of("handlingBody", rows(bodies)),
        Tuple.of("unit", unitRows),
        Tuple.of("handling", List.of(Tuple.of("informal", informal()), Tuple.of("formal", formal()))),
        Tuple.of("statusAtEnd", List.of(Tuple.of("open", openAtEnd()), Tuple.of("closed", closedAtEnd()))),
        Tuple.of("category", rows(categories)),
        Tuple.of("outcome", rows(outcomes)),
        Tuple.of("upheld", List.of(Tuple.of("upheld", upheldCases()),
            Tuple.of("notUpheld", decidedCases() - upheldCases()))),
        Tuple.of("review", List.of(Tuple.of("upheld", reviewsUpheld()), Tuple.of("notUpheld", reviewsNotUpheld()),
            Tuple.of("pending", reviewsPending()))),
        Tuple.of("breach", rows(breaches)),
        Tuple.of("casesByCategory", rows(more.casesByCategory())),
        Tuple.of("categoryOutcome", more.crossed().toList().map(e -> Tuple.of(crossLabel(e._1), e._2))),
        Tuple.of("upheldAllegations", List.of(Tuple.of("upheld", upheldAllegations()),
            Tuple.of("notUpheld", decidedAllegations() - upheldAllegations()))));
  }

  /** The row label of a category × outcome cell: {@code CATEGORY / OUTCOME}. */
  static String crossLabel(Tuple2<CategoryCode, Outcome> cell) {
    return cell._1.value() + CROSS + cell._2.value();
  }

  /** What separates the category from the outcome in a {@code categoryOutcome} row label. */
  static final String CROSS = " / ";

  private static Seq<Tuple2<String, Long>> rows(SortedMap<?, Long> counts) {
    return counts.toList().map(e -> Tuple.of(e._1.toString(), e._2));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Overview)) {
      return false;
    }
    Overview o = (Overview) other;
    return pack.equals(o.pack) && period.equals(o.period) && taxonomy.equals(o.taxonomy) && counts.equals(o.counts)
        && tracks.equals(o.tracks) && bodies.equals(o.bodies) && units.equals(o.units)
        && categories.equals(o.categories) && outcomes.equals(o.outcomes) && breaches.equals(o.breaches)
        && median.equals(o.median) && p90.equals(o.p90) && more.equals(o.more) && dates == o.dates;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pack, period, counts, tracks, bodies, units, categories, outcomes, breaches, median, p90, more,
        dates);
  }

  @Override
  public String toString() {
    return "Overview[" + pack + " " + period + ", " + counts + ", tracks=" + tracks + ", bodies=" + bodies
        + ", units=" + units + ", categories=" + categories + ", outcomes=" + outcomes + ", breaches=" + breaches
        + ", median=" + median + ", p90=" + p90 + ", " + more + ", " + dates + "]";
  }
}
