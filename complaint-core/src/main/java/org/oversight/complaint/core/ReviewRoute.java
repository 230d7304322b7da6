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
 * @param wrongBodyTime whether time an application spends with a wrong body counts, not null
 * @since 0.1
 */
public record ReviewRoute(Body body, Instant deadline, Option<LegalBasis> legalBasis, WrongBodyTime wrongBodyTime) {
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
    Checks.notNull(wrongBodyTime, "wrongBodyTime");
  }

  /**
   * Creates a route under which time with a wrong body counts.
   *
   * @param body the review or appeal body, not null
   * @param deadline the last instant an application is in time (inclusive), not null
   * @param legalBasis the rule that gives the right and the deadline, none if not given, not null
   * @throws NullPointerException if any argument is null
   */
  public ReviewRoute(Body body, Instant deadline, Option<LegalBasis> legalBasis) {
    this(body, deadline, legalBasis, WrongBodyTime.COUNTED);
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
   * Returns a copy under which time an application spends with a wrong body is left out or counted.
   *
   * @param value the treatment, not null
   * @return the route, never null
   * @throws NullPointerException if value is null
   */
  public ReviewRoute withWrongBodyTime(WrongBodyTime value) {
    return new ReviewRoute(body, deadline, legalBasis, value);
  }

  /**
   * Tells whether an application is in time: made by the deadline, or, where time with a wrong body is
   * {@link WrongBodyTime#EXCLUDED excluded}, first sent to a wrong body by the deadline.
   *
   * @param application the application, not null
   * @return true if in time
   */
  public boolean isInTime(CaseEvent.ReviewRequested application) {
    Instant made = wrongBodyTime == WrongBodyTime.EXCLUDED
        ? application.sentToWrongBodyAt().getOrElse(application.at())
        : application.at();
    return isOpenAt(made);
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
