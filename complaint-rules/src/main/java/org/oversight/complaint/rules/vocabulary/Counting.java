package org.oversight.complaint.rules.vocabulary;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * How an outcome of a published vocabulary counts in the upheld share, in the sense of
 * {@link org.oversight.complaint.rules.OutcomeTaxonomy}: upheld (and so in the denominator), in the
 * denominator but not upheld, or left out of the share altogether (no finding on the merits: mediated,
 * truncated, no cooperation).
 *
 * <p>In a vocabulary file each constant has a token: {@code upheld}, {@code not-upheld}, {@code excluded}.
 *
 * @since 0.1
 */
public enum Counting {
  /** Upheld (substantiated, sustained, medhold); counts in the denominator too. */
  UPHELD("upheld"),
  /** Decided on the merits and not upheld; counts in the denominator. */
  NOT_UPHELD("not-upheld"),
  /** Ended without a finding on the merits; not in the denominator. */
  EXCLUDED("excluded");

  private final String token;

  Counting(String token) {
    this.token = token;
  }

  /**
   * Returns the token used in vocabulary files.
   *
   * @return {@code upheld}, {@code not-upheld} or {@code excluded}, never null
   */
  public String token() {
    return token;
  }

  /**
   * Tells whether the outcome counts as upheld.
   *
   * @return true for {@link #UPHELD} only
   */
  public boolean isUpheld() {
    return this == UPHELD;
  }

  /**
   * Tells whether the outcome counts in the denominator of the upheld share.
   *
   * @return true for {@link #UPHELD} and {@link #NOT_UPHELD}
   */
  public boolean countsInDenominator() {
    return this != EXCLUDED;
  }

  /**
   * Finds the constant for a vocabulary-file token.
   *
   * @param token the token, exactly as written ({@code upheld}, {@code not-upheld}, {@code excluded}), not null
   * @return the constant, none if the token is not one of the three, never null
   * @throws NullPointerException if token is null
   */
  public static Option<Counting> ofToken(String token) {
    Objects.requireNonNull(token, "token is null");
    return Vector.of(values()).find(c -> c.token.equals(token));
  }
}
