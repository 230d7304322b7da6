package org.oversight.complaint.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Day arithmetic in a zone for {@link DeadlinePeriod}: the date of an instant and the instant a date
 * starts, equal to {@code LocalDate.ofInstant(instant, zone)} and {@code date.atStartOfDay(zone)},
 * without their zone-rule lookups on every call. Every assessment works out several deadlines, and
 * the rules' per-year lookup was the top of the CPU profile of the 1,000,000-case overview
 * (benchmarks/RESULTS.md).
 *
 * <p>Two small direct-mapped memories, shared by all threads: the stretches of time with one offset
 * (from one transition of the zone to the next) and the start instants of days. Their entries are
 * immutable records published through plain array writes (final fields make that safe); a lost or
 * overwritten entry is only worked out again. Thread-safe.
 */
final class ZoneDays {
  private static final int SECONDS_PER_DAY = 86_400;
  private static final int SLOTS = 1024;

  /** Seconds [from, until) during which the zone has one offset. */
  private record Span(ZoneId zone, long from, long until, int offset) {}

  /** The epoch second at which a day (an epoch day) starts in a zone. */
  private record DayStart(ZoneId zone, long epochDay, long second) {}

  private static final Span[] SPANS = new Span[SLOTS];
  private static final DayStart[] STARTS = new DayStart[SLOTS];

  private ZoneDays() {}

  /** The epoch day of an instant in a zone, as {@code LocalDate.ofInstant(instant, zone).toEpochDay()}. */
  static long epochDay(Instant instant, ZoneId zone) {
    long second = instant.getEpochSecond();
    return Math.floorDiv(second + offset(second, zone), SECONDS_PER_DAY);
  }

  /**
   * The epoch second at which a day starts in a zone, as {@code date.atStartOfDay(zone).toEpochSecond()}:
   * midnight in a gap starts the day at the transition, midnight in an overlap takes the earlier offset.
   */
  static long startOfDay(long epochDay, ZoneId zone) {
    int slot = (int) Math.floorMod(epochDay, (long) SLOTS);
    DayStart known = STARTS[slot];
    if (known != null && known.epochDay == epochDay && known.zone.equals(zone)) {
      return known.second;
    }
    long second = startOfDayByRules(LocalDate.ofEpochDay(epochDay), zone);
    STARTS[slot] = new DayStart(zone, epochDay, second);
    return second;
  }

  /** {@link #startOfDay} from the zone's rules. */
  static long startOfDayByRules(LocalDate date, ZoneId zone) {
    LocalDateTime midnight = date.atStartOfDay();
    ZoneRules rules = zone.getRules();
    if (!rules.isFixedOffset()) {
      ZoneOffsetTransition transition = rules.getTransition(midnight);
      if (transition != null && transition.isGap()) {
        return transition.toEpochSecond();
      }
    }
    return midnight.toEpochSecond(rules.getOffset(midnight));
  }

  /** The zone's offset in seconds at an epoch second. */
  private static int offset(long second, ZoneId zone) {
    // Slots of 2^16 s (about 18 hours): one rarely holds a transition, so instants on both sides of
    // one seldom take turns in a slot.
    int slot = (int) Math.floorMod(second >> 16, (long) SLOTS);
    Span known = SPANS[slot];
    if (known != null && known.from <= second && second < known.until && known.zone.equals(zone)) {
      return known.offset;
    }
    Span span = span(second, zone);
    SPANS[slot] = span;
    return span.offset;
  }

  private static Span span(long second, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    Instant at = Instant.ofEpochSecond(second);
    int offset = rules.getOffset(at).getTotalSeconds();
    // previousTransition is strictly before its argument: one second later finds a transition at `second`.
    ZoneOffsetTransition previous = rules.previousTransition(Instant.ofEpochSecond(second + 1));
    ZoneOffsetTransition next = rules.nextTransition(at);
    return new Span(zone, previous == null ? Long.MIN_VALUE : previous.toEpochSecond(),
        next == null ? Long.MAX_VALUE : next.toEpochSecond(), offset);
  }
}
