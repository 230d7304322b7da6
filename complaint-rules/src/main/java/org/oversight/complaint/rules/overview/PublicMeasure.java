package org.oversight.complaint.rules.overview;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A derived figure of a {@link PublicOverview}: {@code upheldSharePercent},
 * {@code upheldAllegationSharePercent}, {@code medianDaysToDecision} or {@code p90DaysToDecision}. It has
 * a value, or the reason it has none ({@link Absence}), and a reader sees which: a figure withheld to
 * protect a small count ({@code "x"}, as a withheld count) does not look like one that the data cannot
 * give ({@code "not recorded"}, {@code "none"}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the figure's name, not null
 * @param result the value, or why there is none, not null
 * @since 0.1
 */
public record PublicMeasure(String name, Either<Absence, BigDecimal> result) {

  /**
   * Why a figure has no value, and how that is shown.
   *
   * @since 0.1
   */
  public enum Absence {
    /**
     * Withheld: a count it is computed from is suppressed ({@link Cell.Small} or {@link Cell.Withheld}),
     * and the figure would reveal it. Shown as {@code "x"}, like a withheld count.
     */
    SUPPRESSED("x"),
    /**
     * Withheld: fewer cases than the publication threshold are behind it (the day figures), so it would
     * describe those few cases. Shown as {@code "too few"}.
     */
    TOO_FEW("too few"),
    /**
     * Not in the data: the source does not record what the figure is computed from (decision dates,
     * {@link DecisionDates#NOT_RECORDED}). Shown as {@code "not recorded"}.
     */
    NOT_RECORDED("not recorded"),
    /**
     * Nothing to compute it over: no case or allegation is decided. Shown as {@code "none"}.
     */
    NOTHING_DECIDED("none");

    private final String display;

    Absence(String display) {
      this.display = display;
    }

    /**
     * Returns the text a reader sees in place of the value.
     *
     * @return the text, never null
     */
    public String display() {
      return display;
    }
  }

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   */
  public PublicMeasure {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(result, "result is null");
    Objects.requireNonNull(result.fold(a -> a, v -> v), "result holds null");
  }

  /**
   * Returns a figure with a value.
   *
   * @param name the figure's name, not null
   * @param value the value, not null
   * @return the figure, never null
   * @throws NullPointerException if an argument is null
   */
  public static PublicMeasure of(String name, BigDecimal value) {
    return new PublicMeasure(name, Either.right(Objects.requireNonNull(value, "value is null")));
  }

  /**
   * Returns a figure without a value.
   *
   * @param name the figure's name, not null
   * @param why why it has none, not null
   * @return the figure, never null
   * @throws NullPointerException if an argument is null
   */
  public static PublicMeasure absent(String name, Absence why) {
    return new PublicMeasure(name, Either.left(Objects.requireNonNull(why, "why is null")));
  }

  /**
   * Returns the value.
   *
   * @return the value, none if the figure has none (see {@link #absence()}), never null
   */
  public Option<BigDecimal> value() {
    return result.toOption();
  }

  /**
   * Returns why the figure has no value.
   *
   * @return the reason, none if it has a value, never null
   */
  public Option<Absence> absence() {
    return result.swap().toOption();
  }

  /**
   * Returns the text a reader sees: the value, or the absence's text ({@code "x"}, {@code "too few"},
   * {@code "not recorded"}, {@code "none"}).
   *
   * @return the text, never null
   */
  public String display() {
    return result.fold(Absence::display, BigDecimal::toPlainString);
  }
}
