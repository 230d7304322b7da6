package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.oversight.complaint.core.ComplaintCase;

/**
 * A repeat-pattern rule over a collection of cases: which cases belong together because they concern
 * the same subject or come from the same complainant within a window.
 *
 * <h2>Specification for implementors</h2>
 * Must not alter the cases, must be thread-safe and deterministic (the same cases in the same order
 * and the same zone give equal flags), must not throw for any valid cases. The zone is the pack's
 * {@link RulePack#zone()} (or the zone a caller such as the early-warning scan counts in), passed at
 * each evaluation: windows must be counted in it (for instance through
 * {@link DeadlinePeriod#deadline(Instant, ZoneId)}), never in the system default, so that the factories
 * need no zone of their own.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface PatternRule {

  /**
   * Detects patterns.
   *
   * @param cases the cases, not null
   * @param zone the zone in which windows are counted, not null
   * @return the flags, never null
   */
  Seq<PatternFlag> detect(Seq<ComplaintCase> cases, ZoneId zone);

  /**
   * No pattern detection.
   *
   * @return the rule, never null
   */
  static PatternRule none() {
    return (cases, zone) -> List.empty();
  }

  /**
   * At least {@code threshold.cases()} cases about the same identified subject (same service number)
   * or from the same named complainant (same name, ignoring case and surrounding blanks), whose
   * receipts fall within one {@code threshold.window()} counted from the earliest of them (in the zone
   * passed to {@link #detect}). Overlapping windows merge into one flag. Anonymous complainants and
   * unidentified subjects never match.
   *
   * @param threshold how many cases within which window make a pattern, not null
   * @return the rule, never null
   * @throws NullPointerException if threshold is null
   */
  static PatternRule repeated(WarningThreshold threshold) {
    Objects.requireNonNull(threshold, "threshold is null");
    int min = threshold.cases();
    DeadlinePeriod window = threshold.window();
    return (cases, zone) -> {
      // A flag needs `min` distinct cases: fewer cases, as in an assessment without related cases,
      // cannot make one, and the grouping below is then skipped.
      if (cases.size() < min) {
        return List.empty();
      }
      Seq<PatternFlag> subjects = Patterns.detect(cases, PatternFlag.Kind.SAME_SUBJECT, min, window, zone);
      return subjects.appendAll(Patterns.detect(cases, PatternFlag.Kind.SAME_COMPLAINANT, min, window, zone));
    };
  }
}
