package org.oversight.complaint.rules;

import java.util.Objects;

/**
 * A repeat threshold: {@code cases} or more complaints within {@code window}, counted from the
 * earliest receipt of a run. It is the one parameter of {@link PatternRule#repeated(WarningThreshold)}
 * (whose flags become warnings of an assessment), of each jurisdiction pack's pattern parameter and
 * of the early-warning scan ({@code overview.EarlyWarningRules}).
 *
 * <pre>{@code
 * WarningThreshold threeInAYear = WarningThreshold.of(3, DeadlinePeriod.calendarMonths(12));
 * PatternRule repeated = PatternRule.repeated(threeInAYear);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cases how many cases raise a warning, at least 2
 * @param window the window, not null
 * @since 0.1
 */
public record WarningThreshold(int cases, DeadlinePeriod window) {

  /**
   * Validates.
   *
   * @throws NullPointerException if window is null
   * @throws IllegalArgumentException if cases is below 2
   */
  public WarningThreshold {
    Objects.requireNonNull(window, "window is null");
    if (cases < 2) {
      throw new IllegalArgumentException("a warning needs at least 2 cases but the threshold was " + cases);
    }
  }

  /**
   * Creates a threshold.
   *
   * @param cases how many cases raise a warning, at least 2
   * @param window the window, not null
   * @return the threshold, never null
   * @throws NullPointerException if window is null
   * @throws IllegalArgumentException if cases is below 2
   */
  public static WarningThreshold of(int cases, DeadlinePeriod window) {
    return new WarningThreshold(cases, window);
  }
}
