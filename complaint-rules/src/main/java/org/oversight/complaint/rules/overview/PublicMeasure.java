package org.oversight.complaint.rules.overview;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A derived figure of a {@link PublicOverview}: {@code upheldSharePercent},
 * {@code medianDaysToDecision} or {@code p90DaysToDecision}. A figure is left out (none) when it
 * could reveal a suppressed count: the share when its upheld or not-upheld count is suppressed, the
 * day figures when fewer cases than the threshold are fully decided.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the figure's name, not null
 * @param value the value, none if suppressed or unknown, not null
 * @since 0.1
 */
public record PublicMeasure(String name, Option<BigDecimal> value) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   */
  public PublicMeasure {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(value, "value is null");
  }

  /**
   * Returns the text a reader sees: the value, or {@code "x"} when suppressed.
   *
   * @return the text, never null
   */
  public String display() {
    return value.map(BigDecimal::toPlainString).getOrElse("x");
  }
}
