package org.oversight.complaint.rules.overview;

/**
 * One count of a {@link PublicOverview}: shown, or suppressed. A count below the threshold is
 * {@link Small} (shown as {@code "<5"}); a count suppressed only so that a small one cannot be
 * worked out from its table's total is {@link Withheld} (shown as {@code "x"}).
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface Cell {

  /**
   * Returns the text a reader sees: the count, {@code "<"} and the threshold, or {@code "x"}.
   *
   * @return the text, never null
   */
  String display();

  /**
   * Tells whether the count is shown.
   *
   * @return true for {@link Shown}
   */
  default boolean isShown() {
    return this instanceof Shown;
  }

  /**
   * A count that is shown.
   *
   * @param count the count, at least the publication threshold
   * @since 0.1
   */
  record Shown(long count) implements Cell {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if count is negative
     */
    public Shown {
      if (count < 0) {
        throw new IllegalArgumentException("a count is not negative but was " + count);
      }
    }

    @Override
    public String display() {
      return Long.toString(count);
    }
  }

  /**
   * A count below the threshold (primary suppression).
   *
   * @param threshold the smallest count that is shown, at least 1
   * @since 0.1
   */
  record Small(int threshold) implements Cell {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if threshold is below 1
     */
    public Small {
      if (threshold < 1) {
        throw new IllegalArgumentException("threshold must be at least 1 but was " + threshold);
      }
    }

    @Override
    public String display() {
      return "<" + threshold;
    }
  }

  /**
   * A count at or above the threshold, withheld so that the table's total cannot reveal a small
   * count (complementary suppression).
   *
   * @since 0.1
   */
  record Withheld() implements Cell {
    @Override
    public String display() {
      return "x";
    }
  }
}
