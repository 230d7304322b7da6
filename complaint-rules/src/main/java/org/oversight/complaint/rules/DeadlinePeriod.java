package org.oversight.complaint.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a deadline is counted from a start instant, in a jurisdiction's time zone. The day arithmetic
 * is explicit so that each rule can say which convention its law uses:
 *
 * <ul>
 *   <li>{@link #calendarMonths(int)}: the same day-of-month n months after the start date, clamped to
 *       the end of a shorter month (31 August + 6 months = 28 or 29 February), to the end of that day;
 *   <li>{@link #days(int)}: n days counted starting with the day after the start date, to the end of
 *       the n-th day (E&amp;W reg 29(2): an outcome letter dated 1 April gives 28 days to the end of 29 April);
 *   <li>{@link #weeks(int)}: 7·n such days (DK 4 weeks, NO 3 weeks);
 *   <li>{@link #workingDays(int)}: n Monday-to-Friday days starting with the day after the start
 *       date, to the end of the n-th; public holidays are not known to this library and count as working days;
 *   <li>{@link #exactly(Duration)}: a fixed duration from the start instant, no calendar.
 * </ul>
 *
 * <p>A deadline instant is inclusive: it is the last nanosecond of its last day in the zone, so
 * something done at the deadline is in time and one nanosecond later is late
 * (as {@link org.oversight.complaint.core.ReviewRoute#isOpenAt(Instant)} reads it).
 *
 * <p>All implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface DeadlinePeriod {

  /**
   * Computes the deadline for a start instant.
   *
   * @param start the start, not null
   * @param zone the jurisdiction's zone, not null
   * @return the inclusive deadline, never null, never before start
   * @throws NullPointerException if an argument is null
   */
  default Instant deadline(Instant start, ZoneId zone) {
    return deadline(start, zone, 1);
  }

  /**
   * Computes the deadline of the n-th repetition: the period applied {@code times} times to the
   * start date in one step (so month clamping does not drift: 31 Jan + 2 × 1 month = 31 March).
   *
   * @param start the start, not null
   * @param zone the zone, not null
   * @param times how many periods, at least 1
   * @return the inclusive deadline, never null
   * @throws IllegalArgumentException if times is below 1
   */
  Instant deadline(Instant start, ZoneId zone, int times);

  /**
   * Calendar months with end-of-month clamping.
   *
   * @param months how many, at least 1
   * @return the period, never null
   * @throws IllegalArgumentException if months is below 1
   */
  static DeadlinePeriod calendarMonths(int months) {
    return new CalendarMonths(months);
  }

  /**
   * Days starting with the day after the start date.
   *
   * @param days how many, at least 0 (0 = the end of the start day)
   * @return the period, never null
   * @throws IllegalArgumentException if days is negative
   */
  static DeadlinePeriod days(int days) {
    return new Days(days);
  }

  /**
   * Weeks of seven days starting with the day after the start date.
   *
   * @param weeks how many, at least 1
   * @return the period, never null
   * @throws IllegalArgumentException if weeks is below 1
   */
  static DeadlinePeriod weeks(int weeks) {
    if (weeks < 1) {
      throw new IllegalArgumentException("weeks must be at least 1 but was " + weeks);
    }
    return new Days(7 * weeks);
  }

  /**
   * Monday-to-Friday days starting with the day after the start date.
   *
   * @param days how many, at least 1
   * @return the period, never null
   * @throws IllegalArgumentException if days is below 1
   */
  static DeadlinePeriod workingDays(int days) {
    return new WorkingDays(days);
  }

  /**
   * A fixed duration from the start instant.
   *
   * @param duration the duration, not negative, not null
   * @return the period, never null
   * @throws IllegalArgumentException if duration is negative
   */
  static DeadlinePeriod exactly(Duration duration) {
    return new Exact(duration);
  }

  private static Instant endOf(LocalDate date, ZoneId zone) {
    // The last nanosecond before the next day starts there (a day starting at midnight has no nanos).
    return Instant.ofEpochSecond(ZoneDays.startOfDay(date.toEpochDay() + 1, zone) - 1, 999_999_999);
  }

  private static LocalDate dateOf(Instant start, ZoneId zone) {
    Objects.requireNonNull(start, "start is null");
    Objects.requireNonNull(zone, "zone is null");
    return LocalDate.ofEpochDay(ZoneDays.epochDay(start, zone));
  }

  private static void checkTimes(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1 but was " + times);
    }
  }

  /**
   * Calendar months with end-of-month clamping, to the end of the day.
   *
   * @param months how many, at least 1
   */
  record CalendarMonths(int months) implements DeadlinePeriod {
    /**
     * Validates.
     *
     * @throws IllegalArgumentException if months is below 1
     */
    public CalendarMonths {
      if (months < 1) {
        throw new IllegalArgumentException("months must be at least 1 but was " + months);
      }
    }

    @Override
    public Instant deadline(Instant start, ZoneId zone, int times) {
      checkTimes(times);
      return endOf(dateOf(start, zone).plusMonths((long) months * times), zone);
    }
  }

  /**
   * Days counted starting with the day after the start date, to the end of the last day.
   *
   * @param days how many, at least 0
   */
  record Days(int days) implements DeadlinePeriod {
    /**
     * Validates.
     *
     * @throws IllegalArgumentException if days is negative
     */
    public Days {
      if (days < 0) {
        throw new IllegalArgumentException("days must not be negative but was " + days);
      }
    }

    @Override
    public Instant deadline(Instant start, ZoneId zone, int times) {
      checkTimes(times);
      return endOf(dateOf(start, zone).plusDays((long) days * times), zone);
    }
  }

  /**
   * Monday-to-Friday days counted starting with the day after the start date.
   *
   * @param days how many, at least 1
   */
  record WorkingDays(int days) implements DeadlinePeriod {
    /**
     * Validates.
     *
     * @throws IllegalArgumentException if days is below 1
     */
    public WorkingDays {
      if (days < 1) {
        throw new IllegalArgumentException("days must be at least 1 but was " + days);
      }
    }

    @Override
    public Instant deadline(Instant start, ZoneId zone, int times) {
      checkTimes(times);
      // Counted on epoch days, not LocalDate objects: 1970-01-01 was a Thursday, so
      // floorMod(day + 3, 7) is 0 on Mondays and 5 and 6 at the weekend (as LocalDate.getDayOfWeek).
      long day = dateOf(start, zone).toEpochDay();
      long left = (long) days * times;
      while (left > 0) {
        day++;
        if (Math.floorMod(day + 3, 7) < 5) {
          left--;
        }
      }
      return endOf(LocalDate.ofEpochDay(day), zone);
    }
  }

  /**
   * A fixed duration from the start instant.
   *
   * @param duration the duration, not negative, not null
   */
  record Exact(Duration duration) implements DeadlinePeriod {
    /**
     * Validates.
     *
     * @throws NullPointerException if duration is null
     * @throws IllegalArgumentException if duration is negative
     */
    public Exact {
      Objects.requireNonNull(duration, "duration is null");
      if (duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative but was " + duration);
      }
    }

    @Override
    public Instant deadline(Instant start, ZoneId zone, int times) {
      checkTimes(times);
      Objects.requireNonNull(start, "start is null");
      Objects.requireNonNull(zone, "zone is null");
      return start.plus(duration.multipliedBy(times));
    }
  }
}
