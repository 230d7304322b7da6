package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.SubjectKind;

/**
 * The assessment's shortcuts give what the plain computation they replace gives: day arithmetic
 * without zoned date-times, repeat patterns skipped when too few cases are given, recipients
 * collected without a hash set.
 */
class ShortcutProperties {

  /** Zones with and without daylight saving, including ones whose transitions fall at midnight. */
  private static final Seq<ZoneId> ZONES = List.of("Europe/Oslo", "Europe/Copenhagen", "Europe/London",
      "America/Sao_Paulo", "America/Havana", "Asia/Beirut", "Africa/Cairo", "America/Santiago", "Asia/Tehran",
      "Australia/Lord_Howe", "UTC").map(ZoneId::of).append(ZoneOffset.ofHours(-3));

  /** From 1950 to 2060, in seconds. */
  private static final long FROM = Instant.parse("1950-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2060-01-01T00:00:00Z").getEpochSecond();

  @Test
  void aDayStartsWhereAtStartOfDaySaysItDoes() {
    qt().withExamples(2_000).forAll(longs().between(FROM, TO), integers().between(0, ZONES.size() - 1))
        .checkAssert((second, z) -> {
          ZoneId zone = ZONES.get(z);
          LocalDate date = Instant.ofEpochSecond(second).atZone(zone).toLocalDate();
          assertThat(ZoneDays.startOfDay(date.toEpochDay(), zone)).as(date + " in " + zone)
              .isEqualTo(date.atStartOfDay(zone).toEpochSecond());
          assertThat(ZoneDays.startOfDayByRules(date, zone)).isEqualTo(date.atStartOfDay(zone).toEpochSecond());
          assertThat(ZoneDays.epochDay(Instant.ofEpochSecond(second, 7), zone)).isEqualTo(date.toEpochDay());
        });
  }

  @Test
  void aroundEveryTransitionDaysStartAndInstantsFallOnTheDatesJavaTimeGives() {
    for (ZoneId zone : ZONES) {
      var t = zone.getRules().nextTransition(Instant.ofEpochSecond(FROM));
      while (t != null && t.getInstant().getEpochSecond() < TO) {
        for (LocalDate date : List.of(t.getDateTimeBefore().toLocalDate(), t.getDateTimeAfter().toLocalDate())) {
          assertThat(ZoneDays.startOfDay(date.toEpochDay(), zone)).as(date + " in " + zone)
              .isEqualTo(date.atStartOfDay(zone).toEpochSecond());
        }
        for (long second = t.toEpochSecond() - 1; second <= t.toEpochSecond() + 1; second++) {
          Instant at = Instant.ofEpochSecond(second);
          assertThat(ZoneDays.epochDay(at, zone)).as(at + " in " + zone)
              .isEqualTo(LocalDate.ofInstant(at, zone).toEpochDay());
        }
        t = zone.getRules().nextTransition(t.getInstant());
      }
    }
  }

  @Test
  void workingDaysSkipTheWeekendsAsTheCalendarDoes() {
    qt().withExamples(1_000).forAll(longs().between(FROM, TO), integers().between(1, 40), integers().between(1, 3))
        .checkAssert((second, days, times) -> {
          ZoneId zone = ZONES.get((int) Math.floorMod(second, (long) ZONES.size()));
          Instant start = Instant.ofEpochSecond(second);
          LocalDate date = start.atZone(zone).toLocalDate();
          for (int left = days * times; left > 0; ) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
              left--;
            }
          }
          Instant endOfDay = date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
          assertThat(DeadlinePeriod.workingDays(days).deadline(start, zone, times)).isEqualTo(endOfDay);
        });
  }

  @Test
  void repeatPatternsSkippedForTooFewCasesAreThoseTheGroupingFinds() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 5), integers().between(2, 4))
        .checkAssert((seed, count, threshold) -> {
          Seq<ComplaintCase> cases = CaseGenerator.generateMany(seed, count);
          WarningThreshold t = WarningThreshold.of(threshold, DeadlinePeriod.calendarMonths(12));
          ZoneId zone = ZONES.get((int) Math.floorMod(seed, (long) ZONES.size()));
          Seq<PatternFlag> full = Patterns.detect(cases, PatternFlag.Kind.SAME_SUBJECT, threshold, t.window(), zone)
              .appendAll(Patterns.detect(cases, PatternFlag.Kind.SAME_COMPLAINANT, threshold, t.window(), zone));
          assertThat(PatternRule.repeated(t).detect(cases, zone)).isEqualTo(full);
        });
  }

  @Test
  void recipientsAreTheDistinctResolvedAddresseesInOrder() {
    Seq<Addressee> to = List.of(Addressee.complainants(), Addressee.subjects(), Addressee.complainants(),
        Addressee.role(PartyRole.INTERESTED_PERSON));
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      ComplaintCase c = CaseGenerator.generate(seed);
      Seq<Recipient> plain = to.flatMap(a -> a.resolve(c)).distinct();
      assertThat(Feedback.recipients(to, c)).isEqualTo(plain);
      assertThat(Addressee.subjects().resolve(c)).isEqualTo(c.parties(PartyRole.SUBJECT)
          .filter(p -> !p.subjectKind().contains(SubjectKind.UNIDENTIFIED)).map(p -> Recipient.party(p.id())));
      assertThat(Addressee.complainants().resolve(c))
          .isEqualTo(c.parties(PartyRole.COMPLAINANT).map(p -> Recipient.party(p.id())));
    });
  }
}
