package org.oversight.complaint.rules.overview;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Decision;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Review;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Breach;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.OutcomeTaxonomy;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.vocabulary.Vocabulary;

/**
 * The one-pass accumulator behind an {@link Overview}: feed it cases with {@link #add}, in any
 * order, then take the {@link #result}. It is also a {@link java.util.stream.Collector} through
 * {@link #collector(RulePack, ReportingPeriod)}, and two accumulators over disjoint parts of the
 * cases {@link #merge} into the accumulator over all of them.
 *
 * <pre>{@code
 * ReportingPeriod y2020 = ReportingPeriod.year(2020, DenmarkRules.ZONE);
 * Overview overview = cases.stream().collect(OverviewCollector.collector(DenmarkRules.pack(), y2020));
 * }</pre>
 *
 * <h2>Which cases count</h2>
 * A case counts when it was <em>received</em> in the period ({@link ReportingPeriod#contains}
 * its {@code receivedAt()}); other cases are not summarised but counted in
 * {@link Overview#casesOutsidePeriod()}, so nothing is dropped unseen. Each counted case is taken
 * as it stood at the period end {@code to}: events after {@code to} are ignored (the convention of
 * {@link RulePack#assess(ComplaintCase, Instant)}, which includes events at {@code to} itself).
 *
 * <h2>Memory</h2>
 * No case is retained. The state is a fixed set of counters, one counter per distinct track,
 * handling body, unit, allegation category, outcome code and obligation kind seen, and a histogram
 * of whole days from receipt to decision with one bucket per day from 0 to {@value #MAX_DAYS} and
 * one overflow bucket. Memory grows with the vocabulary, never with the number of cases.
 *
 * <p>This class is mutable and <strong>not</strong> thread-safe: confine an instance to one
 * thread (a parallel stream gives each thread its own and merges them).
 *
 * @since 0.1
 */
public final class OverviewCollector {

  /** The last day with its own histogram bucket; longer durations share one overflow bucket. */
  public static final int MAX_DAYS = 3650;

  private final String name;
  private final Option<JurisdictionCode> jurisdiction;
  private final ZoneId zone;
  private final Option<RulePack> pack;
  private final ReportingPeriod period;
  private final OutcomeTaxonomy taxonomy;
  private final DecisionDates dates;
  private long decidedAllegations;
  private long upheldAllegations;
  private final Map<CategoryCode, long[]> casesByCategory = new HashMap<>();
  private final Map<Tuple2<CategoryCode, Outcome>, long[]> crossed = new HashMap<>();

  private long cases;
  private long outside;
  private long allegations;
  private long decisions;
  private long decidedCases;
  private long upheldCases;
  private long informal;
  private long open;
  private long reviewsRequested;
  private long reviewsUpheld;
  private long reviewsNotUpheld;
  private long withoutUnit;
  private long timed;
  private final long[] tracks = new long[Track.values().length];
  private final long[] breaches = new long[ObligationKind.values().length];
  private final long[] days = new long[MAX_DAYS + 2];
  private final Map<Body, long[]> bodies = new HashMap<>();
  private final Map<String, long[]> units = new HashMap<>();
  private final Map<CategoryCode, long[]> categories = new HashMap<>();
  private final Map<Outcome, long[]> outcomes = new HashMap<>();

  private OverviewCollector(RulePack pack, ReportingPeriod period, OutcomeTaxonomy taxonomy) {
    Objects.requireNonNull(pack, "pack is null");
    this.name = pack.name();
    this.jurisdiction = Option.some(pack.jurisdiction());
    this.zone = pack.zone();
    this.pack = Option.some(pack);
    this.period = Objects.requireNonNull(period, "period is null");
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy is null");
    this.dates = DecisionDates.RECORDED;
  }

  private OverviewCollector(Vocabulary vocabulary, ZoneId zone, ReportingPeriod period, DecisionDates dates) {
    this.name = Objects.requireNonNull(vocabulary, "vocabulary is null").name();
    this.jurisdiction = Option.none();
    this.zone = Objects.requireNonNull(zone, "zone is null");
    this.pack = Option.none();
    this.period = Objects.requireNonNull(period, "period is null");
    this.taxonomy = vocabulary.taxonomy(LegalBasis.of(vocabulary.title()));
    this.dates = Objects.requireNonNull(dates, "dates is null");
  }

  /**
   * Returns an empty collector for imported data, with no jurisdiction pack: "upheld" is the
   * vocabulary's taxonomy ({@link Vocabulary#taxonomy(LegalBasis)}), days are counted in the zone, no
   * obligations are assessed (so no breaches are counted), and cases of any jurisdiction are summarised.
   *
   * @param vocabulary the vocabulary the data was read with, not null; its name becomes the overview's
   * @param zone the zone in which days are counted, not null
   * @param period the period, for example {@link ReportingPeriod#allTime()}, not null
   * @param dates whether the data dates its decisions; if not, the day figures are absent, not null
   * @return the collector, never null
   * @throws NullPointerException if an argument is null
   */
  public static OverviewCollector of(Vocabulary vocabulary, ZoneId zone, ReportingPeriod period, DecisionDates dates) {
    return new OverviewCollector(vocabulary, zone, period, dates);
  }

  /**
   * Creates an empty accumulator whose definition of "upheld" is the pack's own
   * ({@link RulePack#outcomes()}; Denmark: criticism ÷ investigated and decided).
   *
   * @param pack the jurisdiction's rules, for obligations breached and the upheld definition, not null
   * @param period the period, not null
   * @return the accumulator, never null
   * @throws NullPointerException if an argument is null
   */
  public static OverviewCollector of(RulePack pack, ReportingPeriod period) {
    return new OverviewCollector(pack, period, Objects.requireNonNull(pack, "pack is null").outcomes());
  }

  /**
   * Creates an empty accumulator with another definition of "upheld" than the pack's, for example
   * {@code pack.outcomes().withUpheld(List.of("CRITICISM"), allClosedCodes)} for criticism ÷ all closed.
   *
   * @param pack the jurisdiction's rules, for obligations breached, not null
   * @param period the period, not null
   * @param taxonomy the outcome codes and the upheld definition to count by, not null
   * @return the accumulator, never null
   * @throws NullPointerException if an argument is null
   */
  public static OverviewCollector of(RulePack pack, ReportingPeriod period, OutcomeTaxonomy taxonomy) {
    return new OverviewCollector(pack, period, taxonomy);
  }

  /**
   * Returns a stream collector using the pack's definition of "upheld".
   *
   * @param pack the rules, not null
   * @param period the period, not null
   * @return the collector, never null
   * @throws NullPointerException if an argument is null
   */
  public static Collector<ComplaintCase, OverviewCollector, Overview> collector(RulePack pack, ReportingPeriod period) {
    Objects.requireNonNull(pack, "pack is null");
    return collector(pack, period, pack.outcomes());
  }

  /**
   * Returns a stream collector with a given definition of "upheld".
   *
   * @param pack the rules, not null
   * @param period the period, not null
   * @param taxonomy the upheld definition, not null
   * @return the collector, never null
   * @throws NullPointerException if an argument is null
   */
  public static Collector<ComplaintCase, OverviewCollector, Overview> collector(
      RulePack pack, ReportingPeriod period, OutcomeTaxonomy taxonomy) {
    Objects.requireNonNull(pack, "pack is null");
    Objects.requireNonNull(period, "period is null");
    Objects.requireNonNull(taxonomy, "taxonomy is null");
    return Collector.of(() -> new OverviewCollector(pack, period, taxonomy), OverviewCollector::add,
        OverviewCollector::merge, OverviewCollector::result, Collector.Characteristics.UNORDERED);
  }

  /**
   * Summarises cases in one pass with the pack's definition of "upheld".
   *
   * @param cases the cases, not null, no null element; read once
   * @param pack the rules, not null
   * @param period the period, not null
   * @return the overview, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a case is of another jurisdiction than the pack
   */
  public static Overview summarise(Iterable<? extends ComplaintCase> cases, RulePack pack, ReportingPeriod period) {
    Objects.requireNonNull(cases, "cases is null");
    OverviewCollector collector = of(pack, period);
    for (ComplaintCase c : cases) {
      collector.add(c);
    }
    return collector.result();
  }

  /**
   * Summarises a stream of cases in one pass with the pack's definition of "upheld".
   *
   * @param cases the cases, not null, no null element; consumed
   * @param pack the rules, not null
   * @param period the period, not null
   * @return the overview, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a case is of another jurisdiction than the pack
   */
  public static Overview summarise(Stream<? extends ComplaintCase> cases, RulePack pack, ReportingPeriod period) {
    Objects.requireNonNull(cases, "cases is null");
    return cases.map(Function.<ComplaintCase>identity()).collect(collector(pack, period));
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
   * Adds one case. A case received outside the period only increments
   * {@link Overview#casesOutsidePeriod()}.
   *
   * @param complaint the case, not null
   * @return this accumulator, never null
   * @throws NullPointerException if complaint is null
   * @throws IllegalArgumentException if the case is of another jurisdiction than the pack, naming the case
   */
  public OverviewCollector add(ComplaintCase complaint) {
    Objects.requireNonNull(complaint, "complaint is null");
    if (jurisdiction.exists(j -> !j.equals(complaint.jurisdiction()))) {
      throw new IllegalArgumentException("case " + complaint.id() + " is of jurisdiction " + complaint.jurisdiction()
          + ", not " + jurisdiction.get() + " of rule pack " + name);
    }
    if (!period.contains(complaint.receivedAt())) {
      outside++;
      return this;
    }
    ComplaintCase c = asOfEnd(complaint);
    cases++;
    tracks[c.track().ordinal()]++;
    count(bodies, c.handlingBody());
    countUnits(c);
    countAllegations(c);
    if (c.history().exists(e -> e instanceof CaseEvent.InformalResolutionStarted)) {
      informal++;
    }
    if (c.isOpen()) {
      open++;
    }
    for (Review r : c.reviews()) {
      reviewsRequested++;
      if (r.upheld().contains(Boolean.TRUE)) {
        reviewsUpheld++;
      } else if (r.upheld().contains(Boolean.FALSE)) {
        reviewsNotUpheld++;
      }
    }
    // The case as of the end is what assess would replay again: passing it saves a second replay.
    for (RulePack p : pack) {
      for (Breach b : p.assess(c, period.to()).breaches()) {
        breaches[b.obligation().kind().ordinal()]++;
      }
    }
    return this;
  }

  private ComplaintCase asOfEnd(ComplaintCase c) {
    // The receipt is inside the period, so the case has a state at its end.
    return c.asOf(period.to()).getOrElseThrow(() ->
        new IllegalStateException("bug: case " + c.id() + " was received in " + period + " but has no state at its end"));
  }

  private void countUnits(ComplaintCase c) {
    // One loop, each unit counted once per case: the counts run for every case summarised.
    io.vavr.collection.List<String> seen = io.vavr.collection.List.empty();
    for (Party p : c.parties()) {
      if (p.is(PartyRole.SUBJECT) && p.unit().isDefined()) {
        String unit = p.unit().get().strip();
        if (!seen.contains(unit)) {
          seen = seen.prepend(unit);
          count(units, unit);
        }
      }
    }
    if (seen.isEmpty()) {
      withoutUnit++;
    }
  }

  private void countAllegations(ComplaintCase c) {
    boolean decided = false;
    boolean upheld = false;
    boolean all = !c.allegations().isEmpty();
    Instant last = null;
    // Each category counted once per case, without a distinct() copy: the counts run for every case.
    Seq<Allegation> alleged = c.allegations();
    for (int i = 0; i < alleged.size(); i++) {
      CategoryCode category = alleged.get(i).category();
      boolean first = true;
      for (int j = 0; j < i && first; j++) {
        first = !alleged.get(j).category().equals(category);
      }
      if (first) {
        count(casesByCategory, category);
      }
    }
    for (Allegation a : c.allegations()) {
      allegations++;
      count(categories, a.category());
      if (a.decision().isEmpty()) {
        all = false;
        continue;
      }
      Decision d = a.decision().get();
      decisions++;
      count(outcomes, d.outcome());
      count(crossed, Tuple.of(a.category(), d.outcome()));
      boolean inDenominator = taxonomy.countsInDenominator(d.outcome());
      boolean isUpheld = taxonomy.isUpheld(d.outcome());
      decidedAllegations += inDenominator ? 1 : 0;
      upheldAllegations += isUpheld ? 1 : 0;
      decided |= inDenominator;
      upheld |= isUpheld;
      if (last == null || d.at().isAfter(last)) {
        last = d.at();
      }
    }
    if (decided) {
      decidedCases++;
    }
    if (upheld) {
      upheldCases++;
    }
    if (all && dates == DecisionDates.RECORDED) {
      timed++;
      long n = ChronoUnit.DAYS.between(LocalDate.ofInstant(c.receivedAt(), zone), LocalDate.ofInstant(last, zone));
      days[(int) Math.max(0, Math.min(n, MAX_DAYS + 1))]++;
    }
  }

  private static <K> void count(Map<K, long[]> counts, K key) {
    counts.computeIfAbsent(key, k -> new long[1])[0]++;
  }

  /**
   * Adds another accumulator's counts into this one: afterwards this accumulator is the one over
   * both accumulators' cases. The other is unchanged.
   *
   * @param other an accumulator for the same pack (by name and jurisdiction), period and upheld
   *     definition, not null
   * @return this accumulator, never null
   * @throws NullPointerException if other is null
   * @throws IllegalArgumentException if other is for another pack, period or upheld definition
   */
  public OverviewCollector merge(OverviewCollector other) {
    Objects.requireNonNull(other, "other is null");
    if (!other.name.equals(name) || !other.jurisdiction.equals(jurisdiction)
        || !other.period.equals(period) || !other.taxonomy.equals(taxonomy) || other.dates != dates) {
      throw new IllegalArgumentException("cannot merge an overview of pack " + other.name + " " + other.period
          + " into one of pack " + name + " " + period + " (or their upheld definitions differ)");
    }
    decidedAllegations += other.decidedAllegations;
    upheldAllegations += other.upheldAllegations;
    add(casesByCategory, other.casesByCategory);
    add(crossed, other.crossed);
    cases += other.cases;
    outside += other.outside;
    allegations += other.allegations;
    decisions += other.decisions;
    decidedCases += other.decidedCases;
    upheldCases += other.upheldCases;
    informal += other.informal;
    open += other.open;
    reviewsRequested += other.reviewsRequested;
    reviewsUpheld += other.reviewsUpheld;
    reviewsNotUpheld += other.reviewsNotUpheld;
    withoutUnit += other.withoutUnit;
    timed += other.timed;
    add(tracks, other.tracks);
    add(breaches, other.breaches);
    add(days, other.days);
    add(bodies, other.bodies);
    add(units, other.units);
    add(categories, other.categories);
    add(outcomes, other.outcomes);
    return this;
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  private static <K> void add(Map<K, long[]> into, Map<K, long[]> from) {
    from.forEach((k, v) -> into.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
  }

  /**
   * Returns the overview of the cases added so far. The accumulator stays usable.
   *
   * @return the overview, never null
   */
  public Overview result() {
    TreeMap<Track, Long> byTrack = TreeMap.empty();
    for (Track t : Track.values()) {
      if (tracks[t.ordinal()] > 0) {
        byTrack = byTrack.put(t, tracks[t.ordinal()]);
      }
    }
    TreeMap<ObligationKind, Long> byBreach = TreeMap.empty();
    for (ObligationKind k : ObligationKind.values()) {
      if (breaches[k.ordinal()] > 0) {
        byBreach = byBreach.put(k, breaches[k.ordinal()]);
      }
    }
    return new Overview(name, period, taxonomy, new Overview.Counts(cases, outside, allegations, decisions,
        decidedCases, upheldCases, informal, open, reviewsRequested, reviewsUpheld, reviewsNotUpheld, withoutUnit,
        timed, decidedAllegations, upheldAllegations), byTrack, sorted(bodies), sorted(units), sorted(categories),
        sorted(outcomes), byBreach, percentile(50), percentile(90),
        new Overview.Tables(sorted(casesByCategory), sorted(crossed)), dates);
  }

  private static <K extends Comparable<? super K>> TreeMap<K, Long> sorted(Map<K, long[]> counts) {
    TreeMap<K, Long> out = TreeMap.empty();
    for (Map.Entry<K, long[]> e : counts.entrySet()) {
      out = out.put(e.getKey(), e.getValue()[0]);
    }
    return out;
  }

  // Nearest rank: the smallest day d such that at least ceil(p% of n) durations are at most d.
  private Option<Integer> percentile(int p) {
    if (timed == 0) {
      return Option.none();
    }
    long rank = (p * timed + 99) / 100;
    long seen = 0;
    int d = 0;
    while (seen + days[d] < rank) {
      seen += days[d];
      d++;
    }
    return Option.some(d);
  }

  /** The number of entries the accumulator holds, for tests that show it does not grow with the cases. */
  int retainedEntries() {
    return tracks.length + breaches.length + days.length + bodies.size() + units.size() + categories.size()
        + outcomes.size() + casesByCategory.size() + crossed.size();
  }
}
