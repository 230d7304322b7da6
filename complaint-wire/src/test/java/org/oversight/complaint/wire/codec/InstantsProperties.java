package org.oversight.complaint.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The codec's instant reader agrees with {@link Instant#parse} on every text: same instant or same failure;
 * its writer with {@link Instant#toString()} on every instant.
 */
class InstantsProperties {

  // canonical texts with every field pushed to and past its range, and a fraction of 0 to 10 digits
  private static final Gen<String> NEAR_CANONICAL = integers().between(0, 10_000).zip(
      integers().between(0, 13), integers().between(0, 32), integers().between(0, 25),
      (year, month, day, hour) -> String.format("%04d-%02d-%02dT%02d", year, month, day, hour)).zip(
      integers().between(0, 61), integers().between(0, 61), integers().between(0, 10),
      (start, minute, second, digits) -> start + String.format(":%02d:%02d", minute, second)
          + (digits == 0 ? "" : "." + "123456789".repeat(2).substring(0, digits)) + "Z");

  @Test
  void everyInstantReadsBackAsItselfWithoutInstantParse() {
    qt().forAll(longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
            Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()), integers().between(0, 999_999_999))
        .checkAssert((seconds, nanos) -> {
          Instant instant = Instant.ofEpochSecond(seconds, nanos);
          assertThat(Instants.canonical(instant.toString())).isEqualTo(instant);
          assertThat(Instants.parse(instant.toString())).isEqualTo(instant);
        });
  }

  @Test
  void everyInstantIsWrittenAsInstantToStringWritesIt() {
    qt().forAll(longs().between(Instant.parse("-0001-01-01T00:00:00Z").getEpochSecond(),
            Instant.parse("+10000-12-31T23:59:59Z").getEpochSecond()), integers().between(0, 999_999_999),
            integers().between(0, 3))
        .checkAssert((seconds, nanos, rounding) -> {
          // every length of fraction: none, milli-, micro- and nanoseconds
          int fraction = rounding == 0 ? 0 : nanos / new int[] {1, 1_000_000, 1_000, 1}[rounding]
              * new int[] {1, 1_000_000, 1_000, 1}[rounding];
          Instant instant = Instant.ofEpochSecond(seconds, fraction);
          assertThat(Instants.format(instant)).isEqualTo(instant.toString());
        });
    for (String text : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "-0001-12-31T23:59:59Z",
        "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00.001Z", "1969-12-31T23:59:59.000001Z", "2024-02-29T12:00:00Z"}) {
      assertThat(Instants.format(Instant.parse(text))).isEqualTo(text);
    }
    assertThat(Instants.format(Instant.MAX)).isEqualTo(Instant.MAX.toString());
    assertThat(Instants.format(Instant.MIN)).isEqualTo(Instant.MIN.toString());
  }

  @Test
  void theWiresOwnFormIsReadWithoutInstantParseAtEveryLengthOfFraction() {
    assertThat(Instants.canonical("2026-01-31T09:30:00Z")).isEqualTo(Instant.parse("2026-01-31T09:30:00Z"));
    assertThat(Instants.canonical("0000-01-01T00:00:00Z")).isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
    assertThat(Instants.canonical("9999-12-31T23:59:59.999999999Z"))
        .isEqualTo(Instant.parse("9999-12-31T23:59:59.999999999Z"));
    assertThat(Instants.canonical("2024-02-29T12:00:00Z")).isEqualTo(Instant.parse("2024-02-29T12:00:00Z"));
    String fraction = "123456789";
    for (int digits = 1; digits <= 9; digits++) {
      String text = "2026-03-02T08:15:07." + fraction.substring(0, digits) + "Z";
      assertThat(Instants.canonical(text)).as(text).isEqualTo(Instant.parse(text));
    }
  }

  @Test
  void everyOtherTextIsLeftToInstantParse() {
    for (String text : new String[] {"2026-01-31T09:30:00+01:00", "2026-01-31t09:30:00z", "2016-12-31T23:59:60Z",
        "2026-01-31T24:00:00Z", "2026-01-31T09:60:00Z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z",
        "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-01-00T00:00:00Z", "2026-0a-31T09:30:00Z",
        "2026-01-31T09:30:00.Z", "2026-01-31T09:30:00.1234567890Z", "2026-01-31T09:30:00.12a4Z",
        "2026-01-31T09:30:00,5Z", "2026/01/31T09:30:00Z", "2026-01/31T09:30:00Z", "2026-01-31 09:30:00Z",
        "2026-01-31T09-30:00Z", "2026-01-31T09:30-00Z", "+12026-01-31T09:30:00Z", "2026-01-31T09:30:0Z",
        "2026-01-31T09:30:00.123456789012Z"}) {
      assertThat(Instants.canonical(text)).as(text).isNull();
      agree(text);
    }
  }

  @Test
  void nearlyCanonicalTextsGiveWhatInstantParseGives() {
    qt().forAll(NEAR_CANONICAL).checkAssert(text -> {
      agree(text);
      // a valid instant in the wire's own form (no leap second, no 24:00) is read without Instant.parse
      boolean inRange = text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z")
          && Integer.parseInt(text.substring(11, 13)) < 24 && Integer.parseInt(text.substring(17, 19)) < 60;
      if (inRange && parses(text)) {
        assertThat(Instants.canonical(text)).as(text).isEqualTo(Instant.parse(text));
      }
    });
  }

  @Test
  void arbitraryTextsGiveWhatInstantParseGives() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(18, 31)).checkAssert(InstantsProperties::agree);
  }

  private static boolean parses(String text) {
    try {
      Instant.parse(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void agree(String text) {
    Object expected;
    try {
      expected = Instant.parse(text);
    } catch (RuntimeException e) {
      expected = e.getClass();
    }
    Object actual;
    try {
      actual = Instants.parse(text);
    } catch (RuntimeException e) {
      actual = e.getClass();
    }
    assertThat(actual).as(text).isEqualTo(expected);
  }
}
