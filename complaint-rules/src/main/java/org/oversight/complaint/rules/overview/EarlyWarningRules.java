package org.oversight.complaint.rules.overview;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.Objects;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.PatternFlag;
import org.oversight.complaint.rules.PatternRule;
import org.oversight.complaint.rules.WarningThreshold;

/**
 * Early-warning thresholds, as IAPro-style systems configure them: N or more complaints about one
 * subject within a window (one threshold for any category, and optionally one per allegation
 * category), and repeated reports about one subject from the same complainant (the "warned" pattern
 * of the Oslo domestic-violence work). {@link #scan} lists the signals with the cases behind them.
 *
 * <pre>{@code
 * EarlyWarningRules rules = EarlyWarningRules.defaults(DenmarkRules.ZONE)
 *     .withCategory(CategoryCode.of("USE_OF_FORCE"), WarningThreshold.of(2, DeadlinePeriod.calendarMonths(6)));
 * Seq<EarlyWarning> forSupervisor = rules.scan(cases);   // internal only: names people
 * }</pre>
 *
 * <p>The grouping and the windows are {@link PatternRule#repeated}'s: a subject is identified by
 * service number (unidentified subjects never match), a complainant by name ignoring case and
 * surrounding blanks (anonymous complainants never match); a window counts from the earliest receipt
 * of a run and overlapping runs merge. A case counts for a category when one of its allegations is of
 * that category.
 *
 * <p><strong>The result is internal only</strong>: see {@link EarlyWarning}. Unlike the
 * {@link Overview}, a scan holds the cases it is given.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EarlyWarningRules {

  private final WarningThreshold anyCategory;
  private final SortedMap<CategoryCode, WarningThreshold> perCategory;
  private final WarningThreshold sameComplainant;
  private final ZoneId zone;

  private EarlyWarningRules(WarningThreshold anyCategory, SortedMap<CategoryCode, WarningThreshold> perCategory,
      WarningThreshold sameComplainant, ZoneId zone) {
    this.anyCategory = anyCategory;
    this.perCategory = perCategory;
    this.sameComplainant = sameComplainant;
    this.zone = zone;
  }

  /**
   * Creates rules with no per-category threshold.
   *
   * @param anyCategory complaints about one subject, whatever the category, not null
   * @param sameComplainant reports about one subject from one complainant, not null
   * @param zone the zone in which windows are counted, not null
   * @return the rules, never null
   * @throws NullPointerException if an argument is null
   */
  public static EarlyWarningRules of(WarningThreshold anyCategory, WarningThreshold sameComplainant, ZoneId zone) {
    return new EarlyWarningRules(Objects.requireNonNull(anyCategory, "anyCategory is null"), TreeMap.empty(),
        Objects.requireNonNull(sameComplainant, "sameComplainant is null"), Objects.requireNonNull(zone, "zone is null"));
  }

  /**
   * Returns the default rules: 3 complaints about one subject within 12 calendar months, and 2 reports
   * about one subject from one complainant within 12 calendar months. These are common starting
   * points of early-intervention systems, not a legal rule; set your own.
   *
   * @param zone the zone in which windows are counted, not null
   * @return the rules, never null
   * @throws NullPointerException if zone is null
   */
  public static EarlyWarningRules defaults(ZoneId zone) {
    return of(WarningThreshold.of(3, DeadlinePeriod.calendarMonths(12)),
        WarningThreshold.of(2, DeadlinePeriod.calendarMonths(12)), zone);
  }

  /**
   * Returns a copy with a threshold for one allegation category (replacing an earlier one for it).
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param category the category, not null
   * @param threshold the threshold, not null
   * @return the new rules, never null
   * @throws NullPointerException if an argument is null
   */
  public EarlyWarningRules withCategory(CategoryCode category, WarningThreshold threshold) {
    Objects.requireNonNull(category, "category is null");
    Objects.requireNonNull(threshold, "threshold is null");
    return new EarlyWarningRules(anyCategory, perCategory.put(category, threshold), sameComplainant, zone);
  }

  /**
   * Returns the any-category threshold.
   *
   * @return the threshold, never null
   */
  public WarningThreshold anyCategory() {
    return anyCategory;
  }

  /**
   * Returns the per-category thresholds.
   *
   * @return the thresholds by category, never null
   */
  public SortedMap<CategoryCode, WarningThreshold> perCategory() {
    return perCategory;
  }

  /**
   * Returns the same-complainant threshold.
   *
   * @return the threshold, never null
   */
  public WarningThreshold sameComplainant() {
    return sameComplainant;
  }

  /**
   * Lists the signals: first the any-category subject signals, then the per-category ones (by
   * category), then the repeated reporters (by subject); within each, by identity and time.
   * The same cases given in any order give the same list. <strong>Internal only</strong>: the list
   * names people.
   *
   * @param cases the cases, not null, no null element; a case id given twice counts once
   * @return the signals, never null
   * @throws NullPointerException if cases or an element is null
   */
  public Seq<EarlyWarning> scan(Iterable<? extends ComplaintCase> cases) {
    Objects.requireNonNull(cases, "cases is null");
    Seq<ComplaintCase> all = Vector.<ComplaintCase>ofAll(cases)
        .map(c -> Objects.requireNonNull(c, "case is null"))
        .distinctBy(ComplaintCase::id);
    Seq<EarlyWarning> out = subjects(all, anyCategory, Option.none());
    for (Tuple2<CategoryCode, WarningThreshold> t : perCategory) {
      Seq<ComplaintCase> of = all.filter(c -> c.allegations().exists(a -> a.category().equals(t._1)));
      out = out.appendAll(subjects(of, t._2, Option.some(t._1)));
    }
    PatternRule reporters = PatternRule.repeated(sameComplainant);
    SortedMap<String, Seq<ComplaintCase>> bySubject = TreeMap.ofEntries(all
        .flatMap(c -> serviceNumbers(c).map(s -> Tuple.of(s, c)))
        .groupBy(Tuple2::_1)
        .map((s, pairs) -> Tuple.of(s, pairs.map(Tuple2::_2))));
    for (Tuple2<String, Seq<ComplaintCase>> s : bySubject) {
      out = out.appendAll(reporters.detect(s._2, zone).filter(f -> f.kind() == PatternFlag.Kind.SAME_COMPLAINANT)
          .map(f -> new EarlyWarning(EarlyWarning.Kind.REPEATED_REPORTER, Option.none(), s._1,
              Option.some(f.identity()), f)));
    }
    return out;
  }

  private Seq<EarlyWarning> subjects(Seq<ComplaintCase> cases, WarningThreshold t, Option<CategoryCode> category) {
    return PatternRule.repeated(t).detect(cases, zone)
        .filter(f -> f.kind() == PatternFlag.Kind.SAME_SUBJECT)
        .map(f -> new EarlyWarning(EarlyWarning.Kind.REPEATED_SUBJECT, category, f.identity(), Option.none(), f));
  }

  // The subject identity of PatternRule.repeated: the stripped service number.
  private static Seq<String> serviceNumbers(ComplaintCase c) {
    return c.parties(PartyRole.SUBJECT).flatMap(Party::serviceNumber).map(String::strip).distinct();
  }

  @Override
  public String toString() {
    return "EarlyWarningRules[any " + anyCategory + ", per category " + perCategory + ", same complainant "
        + sameComplainant + ", " + zone + "]";
  }
}
