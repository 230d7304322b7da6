package org.oversight.complaint.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The codec's instant reader agrees with {@link Instant#parse} on every text: same instant or same failure. */
class InstantsProperties {

  // canonical texts with every field pushed to and past its range, and a fraction of 0 to 10 digits
  private static final Gen<String> NEAR_CANONICAL = integers().between(0, 10_000).zip(
      integers().between(0, 13), integers().between(0, 32), integers().between(0, 25),
      (year, month, day, hour) -> String.format("%04d-%02d-%02dT%02d", year, month, day, hour)).zip(
      integers().between(0, 61), integers().between(0, 61), integers().between(0, 10),
      (start, minute, second, digits) -> start + String.format(":%02d:%02d", minute, second)
          + (digits == 0 ? "" : "." + "123456789".repeat(2).substring(0, digits)) + "Z");

  @Test
  void everyInstantReadsBackAsItself() {
    qt().forAll(longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
            Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()), integers().between(0, 999_999_999))
        .checkAssert((seconds, nanos) -> {
          Instant instant = Instant.ofEpochSecond(seconds, nanos);
          assertThat(Instants.parse(instant.toString())).isEqualTo(instant);
        });
  }

  @Test
  void nearlyCanonicalTextsGiveWhatInstantParseGives() {
    qt().forAll(NEAR_CANONICAL).checkAssert(InstantsProperties::agree);
  }

  @Test
  void arbitraryTextsGiveWhatInstantParseGives() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(18, 31)).checkAssert(InstantsProperties::agree);
  }

  @Test
  void textsTheFastPathLeavesToInstantParseStillRead() {
    for (String text : new String[] {"2026-01-31T09:30:00+01:00", "2026-01-31t09:30:00z", "2016-12-31T23:59:60Z",
        "+12026-01-31T09:30:00Z", "2026-02-29T00:00:00Z", "2024-02-29T24:00:00Z", "2026-01-31T09:30:00.Z"}) {
      agree(text);
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
