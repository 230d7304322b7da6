package org.oversight.complaint.rules;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.oversight.complaint.core.LegalBasis;

/**
 * The result of a filing time-limit check: whether a limit applies to the case, its deadline, and
 * whether the complaint came in time, too late, or too late but waived.
 *
 * @param status the result, not null
 * @param deadline the inclusive filing deadline (for {@link Status#UNDETERMINED} the one counted from the
 *     latest possible incident date), none when no limit applies or the start is unknown, not null
 * @param waivability whether the limit may be waived (DK "in special cases"), not null
 * @param legalBasis the limit's legal basis, none when no limit applies, not null
 * @since 0.1
 */
public record TimeLimitCheck(Status status, Option<Instant> deadline, Waivability waivability,
    Option<LegalBasis> legalBasis) {

  /** The possible results. */
  public enum Status {
    /** No limit applies to the case's track. */
    NOT_APPLICABLE,
    /** A limit applies, but the incident's time is unknown so it cannot be checked. */
    START_UNKNOWN,
    /** Lodged on or before the deadline. */
    IN_TIME,
    /** Lodged after the deadline and not waived: the complaint may be rejected as time-barred or the limit waived. */
    EXPIRED,
    /** Lodged after the deadline, and the limit was waived. */
    WAIVED,
    /**
     * The incident is known only as a range, and the complaint is late if it happened at the range's
     * start but in time if it happened at its end: the deadline is the one counted from the end, and the
     * facts must be established before the complaint can be rejected as time-barred.
     */
    UNDETERMINED,
    /**
     * Lodged after a practice threshold that is no legal limit (SE: JO does not normally investigate
     * matters older than two years): a flag for screening, never a ground to refuse registration or to
     * reject as time-barred.
     */
    PAST_SCREENING_THRESHOLD
  }

  /** The result for a case to which no limit applies. */
  public static final TimeLimitCheck NOT_APPLICABLE =
      new TimeLimitCheck(Status.NOT_APPLICABLE, Option.none(), Waivability.NOT_WAIVABLE, Option.none());

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the deadline's presence does not fit the status
   */
  public TimeLimitCheck {
    Objects.requireNonNull(status, "status is null");
    Objects.requireNonNull(deadline, "deadline is null");
    Objects.requireNonNull(waivability, "waivability is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    boolean needsDeadline = status != Status.NOT_APPLICABLE && status != Status.START_UNKNOWN;
    if (needsDeadline != deadline.isDefined()) {
      throw new IllegalArgumentException("a deadline is given for every status but NOT_APPLICABLE and START_UNKNOWN, not "
          + status);
    }
  }

  /**
   * Tells whether the limit may be waived.
   *
   * @return true if {@link #waivability()} is {@link Waivability#WAIVABLE}
   */
  public boolean waivable() {
    return waivability == Waivability.WAIVABLE;
  }

  /**
   * Tells whether the complaint is barred now (expired and not waived).
   *
   * @return true if barred
   */
  public boolean isBarred() {
    return status == Status.EXPIRED;
  }
}
