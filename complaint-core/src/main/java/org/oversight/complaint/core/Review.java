package org.oversight.complaint.core;

import io.vavr.control.Option;
import java.time.Instant;

/**
 * A review or appeal (klage, overprøvelse, review under Sch. 3 para 6A): who applied, to which body,
 * when, and the result once decided.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param applicant the applying party, not null
 * @param body the review body, not null
 * @param requestedAt when it was requested, not null
 * @param upheld the result: true if upheld (the outcome was not reasonable and proportionate),
 *     none while pending, never null
 * @param decidedAt when it was decided, none while pending, never null
 * @since 0.1
 */
public record Review(
    PartyId applicant, Body body, Instant requestedAt, Option<Boolean> upheld, Option<Instant> decidedAt) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if exactly one of upheld and decidedAt is present
   */
  public Review {
    Checks.notNull(applicant, "applicant");
    Checks.notNull(body, "body");
    Checks.notNull(requestedAt, "requestedAt");
    Checks.notNull(upheld, "upheld");
    Checks.notNull(decidedAt, "decidedAt");
    if (upheld.isDefined() != decidedAt.isDefined()) {
      throw new IllegalArgumentException("a review's result and its decision instant come together");
    }
  }

  /**
   * Tells whether the review is decided.
   *
   * @return true once decided
   */
  public boolean isDecided() {
    return upheld.isDefined();
  }

  Review decided(boolean result, Instant at) {
    return new Review(applicant, body, requestedAt, Option.some(result), Option.some(at));
  }
}
