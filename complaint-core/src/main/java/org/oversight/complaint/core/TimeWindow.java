package org.oversight.complaint.core;

import java.time.Instant;

/**
 * The instants a case may hold: from {@link #EARLIEST} to {@link #LATEST}, both inclusive. Every
 * instant the core stores (an event's {@link Stamp#at()}, an {@link IncidentTime}, a
 * {@link ReviewRoute#deadline()}) lies in this window, checked when the value is built; an instant
 * outside it is refused with an {@link IllegalArgumentException} (complaint-json reports it as a
 * typed read error at the field).
 *
 * <p>Why a window: rule packs add time limits of years, months and days to stored instants and
 * render them as dates in a jurisdiction's zone. {@link Instant#MAX}, or a year such as +999999999,
 * would make that arithmetic overflow, so one poisoned case could abort a whole batch of
 * assessments or statistics. Inside this window every such computation is safe for centuries on
 * either side. The window does not say an instant is plausible: an integrator who wants to refuse
 * events dated ahead of its own clock uses {@link CommandGuard#notAheadOf(Instant, java.time.Duration)}.
 *
 * <p>This class has no instances; its constants are immutable.
 *
 * @since 0.1
 */
public final class TimeWindow {

  /** The earliest instant a case may hold: 1900-01-01T00:00:00Z. */
  public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  /** The latest instant a case may hold: 2999-12-31T23:59:59.999999999Z. */
  public static final Instant LATEST = Instant.parse("2999-12-31T23:59:59.999999999Z");

  private TimeWindow() {}

  /**
   * Tells whether an instant lies in the window.
   *
   * @param instant the instant, not null
   * @return true if {@code EARLIEST <= instant <= LATEST}
   * @throws NullPointerException if instant is null
   */
  public static boolean contains(Instant instant) {
    Checks.notNull(instant, "instant");
    return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
  }

  /** Checks that an instant is in the window, naming it in the error. */
  static Instant check(Instant instant, String name) {
    Checks.notNull(instant, name);
    if (!contains(instant)) {
      throw new IllegalArgumentException(
          name + " must be from " + EARLIEST + " to " + LATEST + " but was " + instant);
    }
    return instant;
  }
}
