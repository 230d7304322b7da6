package org.oversight.complaint.core;

import io.vavr.control.Option;
import java.time.Instant;

/**
 * The review or appeal route told to the complainant with an outcome or a rejection: which body,
 * and the last instant an application is in time. Rule packs compute the deadline (for example
 * E&amp;W: 28 days starting with the day after the outcome letter, SI 2020/2 reg 29(2)); the core then
 * refuses a late application with {@link Rejection.ReviewOutOfTime}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param body the review or appeal body, not null
 * @param deadline the last instant an application is in time (inclusive), not null
 * @param legalBasis the rule that gives the right and the deadline, none if not given, never null
 * @since 0.1
 */
public record ReviewRoute(Body body, Instant deadline, Option<LegalBasis> legalBasis) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the deadline is outside the {@link TimeWindow}
   */
  public ReviewRoute {
    Checks.notNull(body, "body");
    TimeWindow.check(deadline, "deadline");
    Checks.notNull(legalBasis, "legalBasis");
  }

  /**
   * Obtains a route without a legal basis.
   *
   * @param body the body, not null
   * @param deadline the deadline (inclusive), not null
   * @return the route, never null
   * @throws NullPointerException if an argument is null
   */
  public static ReviewRoute of(Body body, Instant deadline) {
    return new ReviewRoute(body, deadline, Option.none());
  }

  /**
   * Obtains a route with the rule that gives it.
   *
   * @param body the body, not null
   * @param deadline the deadline (inclusive), not null
   * @param legalBasis the basis, not null
   * @return the route, never null
   * @throws NullPointerException if an argument is null
   */
  public static ReviewRoute of(Body body, Instant deadline, LegalBasis legalBasis) {
    return new ReviewRoute(body, deadline, Option.some(Checks.notNull(legalBasis, "legalBasis")));
  }

  /**
   * Tells whether an application made at an instant is in time.
   *
   * @param at the instant of the application, not null
   * @return true if at is not after the deadline
   */
  public boolean isOpenAt(Instant at) {
    return !at.isAfter(deadline);
  }
}
