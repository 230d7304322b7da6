package org.oversight.complaint.wire.codec;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads the instants the wire format writes ({@code 2026-01-31T09:30:00Z}, with up to nine digits
 * of fraction) without {@code DateTimeFormatter}, whose parse allocates a map per call and was the
 * largest single cost of reading a case. Any other text, valid or not, goes to
 * {@link Instant#parse(CharSequence)}, so the two agree on every input: the same instant, or the
 * same exception. Writes them without it too, as {@link Instant#toString()} does (the snapshot check
 * writes every instant of the replayed case once per read), leaving years outside 0000 to 9999 to it.
 *
 * <p>Stateless and thread-safe.
 */
final class Instants {

  private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  private static final long FIRST_FAST = -62_167_219_200L; // 0000-01-01T00:00:00Z
  private static final long LAST_FAST = 253_402_300_799L; // 9999-12-31T23:59:59Z

  private Instants() {}

  /**
   * Writes an instant as {@link Instant#toString()} does: seconds always, a fraction in groups of
   * three digits when it is not zero.
   *
   * @param instant the instant, not null
   * @return its ISO-8601 text, never null
   */
  static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIRST_FAST || seconds > LAST_FAST) {
      return instant.toString();
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    int nanos = instant.getNano();
    StringBuilder out = new StringBuilder(30);
    pad(out, date.getYear(), 4).append('-');
    pad(out, date.getMonthValue(), 2).append('-');
    pad(out, date.getDayOfMonth(), 2).append('T');
    pad(out, secondOfDay / 3_600, 2).append(':');
    pad(out, secondOfDay / 60 % 60, 2).append(':');
    pad(out, secondOfDay % 60, 2);
    if (nanos != 0) {
      out.append('.');
      if (nanos % 1_000_000 == 0) {
        pad(out, nanos / 1_000_000, 3);
      } else if (nanos % 1_000 == 0) {
        pad(out, nanos / 1_000, 6);
      } else {
        pad(out, nanos, 9);
      }
    }
    return out.append('Z').toString();
  }

  // appends a non-negative value with leading zeros to a width
  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }

  /**
   * Parses an ISO-8601 instant.
   *
   * @param text the text, not null
   * @return the instant, never null
   * @throws java.time.format.DateTimeParseException if the text is not an instant
   */
  static Instant parse(String text) {
    Instant fast = canonical(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /**
   * Reads the wire's own form, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with every field in range.
   *
   * @param t the text, not null
   * @return the instant, or null for any other text
   */
  static Instant canonical(String t) {
    int n = t.length();
    if (n < 20 || n > 30 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
        || t.charAt(13) != ':' || t.charAt(16) != ':' || t.charAt(n - 1) != 'Z') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int fraction = n - 21;
      if (t.charAt(19) != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      int value = digits(t, 20, n - 1);
      if (value < 0) {
        return null;
      }
      nanos = value * SCALE[fraction];
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
  }

  // the decimal value of t[from, to), or -1 if a character is not an ASCII digit
  private static int digits(String t, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
