package org.oversight.complaint.core;

import java.time.Instant;

/**
 * When the incident complained about happened: an instant, a range, or unknown.
 *
 * <p>A closed set: {@link At}, {@link Between}, {@link Unknown}. All implementations are immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public sealed interface IncidentTime {

  /**
   * Returns the earliest instant the incident may have happened, if known. Time limits run from it.
   *
   * @return the start, or none when unknown, never null
   */
  io.vavr.control.Option<Instant> start();

  /**
   * Tells whether the time is known at least as a range.
   *
   * @return true unless {@link Unknown}
   */
  default boolean isKnown() {
    return start().isDefined();
  }

  /**
   * An incident at a known instant.
   *
   * @param instant when it happened, not null
   * @return the time, never null
   * @throws NullPointerException if instant is null
   */
  static IncidentTime at(Instant instant) {
    return new At(instant);
  }

  /**
   * An incident somewhere in a range.
   *
   * @param from the earliest instant, not null
   * @param to the latest instant, not null, not before from
   * @return the time, never null
   * @throws NullPointerException if from or to is null
   * @throws IllegalArgumentException if to is before from
   */
  static IncidentTime between(Instant from, Instant to) {
    return new Between(from, to);
  }

  /**
   * An incident whose time is not known.
   *
   * @return the unknown time, never null
   */
  static IncidentTime unknown() {
    return Unknown.INSTANCE;
  }

  /**
   * A known instant.
   *
   * @param instant when it happened, not null
   */
  record At(Instant instant) implements IncidentTime {
    /**
     * Validates.
     *
     * @throws NullPointerException if instant is null
     * @throws IllegalArgumentException if instant is outside the {@link TimeWindow}
     */
    public At {
      TimeWindow.check(instant, "instant");
    }

    @Override
    public io.vavr.control.Option<Instant> start() {
      return io.vavr.control.Option.some(instant);
    }
  }

  /**
   * A range.
   *
   * @param from the earliest instant, not null
   * @param to the latest instant, not null, not before from
   */
  record Between(Instant from, Instant to) implements IncidentTime {
    /**
     * Validates.
     *
     * @throws NullPointerException if from or to is null
     * @throws IllegalArgumentException if to is before from, or either is outside the {@link TimeWindow}
     */
    public Between {
      TimeWindow.check(from, "from");
      TimeWindow.check(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
      }
    }

    @Override
    public io.vavr.control.Option<Instant> start() {
      return io.vavr.control.Option.some(from);
    }
  }

  /** Unknown; there is exactly one instance. */
  enum Unknown implements IncidentTime {
    /** The only instance. */
    INSTANCE;

    @Override
    public io.vavr.control.Option<Instant> start() {
      return io.vavr.control.Option.none();
    }
  }
}
