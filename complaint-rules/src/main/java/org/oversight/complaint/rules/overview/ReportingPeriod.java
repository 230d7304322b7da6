package org.oversight.complaint.rules.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The period an overview covers: the half-open interval {@code [from, to)} of instants. A case
 * belongs to the period when it was <em>received</em> in it; every figure about the case is taken
 * as the case stood at {@code to} (the period end).
 *
 * <p>Example: {@code ReportingPeriod.year(2020, DenmarkRules.ZONE)} is the Danish calendar year
 * 2020, from 1 January 2020 00:00 to 1 January 2021 00:00 Copenhagen time.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the first instant of the period, inclusive, not null
 * @param to the end of the period, exclusive, after from, not null
 * @since 0.1
 */
public record ReportingPeriod(Instant from, Instant to) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if to is not after from
   */
  public ReportingPeriod {
    Objects.requireNonNull(from, "from is null");
    Objects.requireNonNull(to, "to is null");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("period end " + to + " must be after its start " + from);
    }
  }

  /**
   * Creates a period.
   *
   * @param from the first instant, inclusive, not null
   * @param to the end, exclusive, after from, not null
   * @return the period, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if to is not after from
   */
  public static ReportingPeriod of(Instant from, Instant to) {
    return new ReportingPeriod(from, to);
  }

  /**
   * Returns the period of all time a case can be received in: from 0001-01-01 to 10000-01-01 (UTC),
   * for an overview of a whole export. Cases are counted as they stand at the end of the data.
   *
   * @return the period, never null
   */
  public static ReportingPeriod allTime() {
    return ALL_TIME;
  }

  private static final ReportingPeriod ALL_TIME =
      new ReportingPeriod(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("+10000-01-01T00:00:00Z"));

  /**
   * Returns a calendar year in a zone: from 1 January 00:00 to the next 1 January 00:00.
   *
   * @param year the year, from 1 to 9999
   * @param zone the zone in which the year is counted, not null
   * @return the period, never null
   * @throws NullPointerException if zone is null
   * @throws IllegalArgumentException if year is outside 1 to 9999
   */
  public static ReportingPeriod year(int year, ZoneId zone) {
    Objects.requireNonNull(zone, "zone is null");
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year must be from 1 to 9999 but was " + year);
    }
    LocalDate start = LocalDate.of(year, 1, 1);
    return new ReportingPeriod(start.atStartOfDay(zone).toInstant(), start.plusYears(1).atStartOfDay(zone).toInstant());
  }

  /**
   * Tells whether an instant falls in the period: {@code from <= at < to}.
   *
   * @param at the instant, not null
   * @return true if inside
   * @throws NullPointerException if at is null
   */
  public boolean contains(Instant at) {
    Objects.requireNonNull(at, "at is null");
    return !at.isBefore(from) && at.isBefore(to);
  }

  @Override
  public String toString() {
    return "[" + from + ", " + to + ")";
  }
}
