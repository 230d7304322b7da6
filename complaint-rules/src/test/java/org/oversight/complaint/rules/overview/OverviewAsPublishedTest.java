package org.oversight.complaint.rules.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.Tuple;
import io.vavr.collection.TreeMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.vocabulary.Vocabulary;

/** The figures publishers publish: per allegation, per complaint, category × outcome, all time, no pack. */
class OverviewAsPublishedTest {

  static final Vocabulary TEST = Vocabulary.parse("test.vocabulary", String.join("\n",
      "vocabulary | TEST | invented findings",
      "outcome | finding | criticism | CRITICISM | upheld",
      "outcome | finding | none | NO_CRITICISM | not-upheld",
      "outcome | finding | regret | REGRETTABLE | not-upheld",
      "outcome | finding | closed | NOTITS_CLOSED | excluded"));

  final Overview overview = OverviewCollector.summarise(OverviewTest.tenCases(), OverviewTest.DK_NO_DEADLINES,
      OverviewTest.Y);

  @Test
  void theUpheldShareIsGivenPerAllegationAndPerComplaint() {
    assertThat(overview.decidedAllegations()).isEqualTo(5);
    assertThat(overview.upheldAllegations()).isEqualTo(2);
    assertThat(overview.upheldAllegationSharePercent()).contains(new BigDecimal("40.0"));
    assertThat(overview.upheldSharePercent()).contains(new BigDecimal("50.0"));
  }

  @Test
  void categoriesAreCountedPerComplaintAndDecisionsByCategoryAndOutcome() {
    assertThat(overview.casesByCategory()).isEqualTo(TreeMap.of(CategoryCode.of("CONDUCT"), 2L,
        CategoryCode.of("LANGUAGE"), 4L, CategoryCode.of("USE_OF_FORCE"), 4L));
    assertThat(overview.categoryOutcomes()).isEqualTo(TreeMap.of(
        Tuple.of(CategoryCode.of("LANGUAGE"), Outcome.of("NOTITS_CLOSED")), 1L,
        Tuple.of(CategoryCode.of("LANGUAGE"), Outcome.of("NO_CRITICISM")), 2L,
        Tuple.of(CategoryCode.of("USE_OF_FORCE"), Outcome.of("CRITICISM")), 2L,
        Tuple.of(CategoryCode.of("USE_OF_FORCE"), Outcome.of("REGRETTABLE")), 1L));
    assertThat(overview.publish(1).table("categoryOutcome").get().rows().map(PublicRow::label)).containsExactly(
        "LANGUAGE / NOTITS_CLOSED", "LANGUAGE / NO_CRITICISM", "USE_OF_FORCE / CRITICISM", "USE_OF_FORCE / REGRETTABLE");
  }

  @Test
  void importedDataIsSummarisedWithTheVocabularysTaxonomyOverAllTimeWithoutAPack() {
    OverviewCollector collector = OverviewCollector.of(TEST, ZoneOffset.UTC, ReportingPeriod.allTime(),
        DecisionDates.NOT_RECORDED);
    OverviewTest.tenCases().forEach(collector::add);
    Overview all = collector.result();

    assertThat(all.pack()).isEqualTo("TEST");
    assertThat(all.cases()).isEqualTo(10);
    assertThat(all.casesOutsidePeriod()).isZero();
    assertThat(all.upheldAllegations()).isEqualTo(4);
    assertThat(all.decidedAllegations()).isEqualTo(7);
    assertThat(all.breaches()).isEmpty();
    // No decision dates: the day figures are absent, not 0.
    assertThat(all.casesWithDecisionTime()).isZero();
    assertThat(all.medianDaysToDecision()).isEmpty();
    assertThat(all.decisionDates()).isEqualTo(DecisionDates.NOT_RECORDED);
    assertThat(all.publish().measures().find(m -> m.name().equals("medianDaysToDecision")).get().absence())
        .contains(PublicMeasure.Absence.NOT_RECORDED);
    assertThat(OverviewMarkdown.write(all.publish(1))).startsWith("## Complaints overview: TEST, all time\n")
        .contains("| measures | medianDaysToDecision | not recorded |",
        "; not recorded: the data does not record decision dates.");
  }

  @Test
  void withRecordedDatesTheDaysAreMeasuredAndCollectorsMergeOnlyWithTheirLike() {
    OverviewCollector a = OverviewCollector.of(TEST, ZoneOffset.UTC, ReportingPeriod.allTime(), DecisionDates.RECORDED);
    OverviewCollector b = OverviewCollector.of(TEST, ZoneOffset.UTC, ReportingPeriod.allTime(), DecisionDates.RECORDED);
    OverviewTest.tenCases().take(5).forEach(a::add);
    OverviewTest.tenCases().drop(5).forEach(b::add);
    Overview merged = a.merge(b).result();

    assertThat(merged.casesWithDecisionTime()).isPositive();
    assertThat(merged.medianDaysToDecision()).isNotEmpty();
    assertThat(merged.decidedAllegations()).isEqualTo(7);
    assertThat(merged.casesByCategory().values().sum().longValue()).isEqualTo(11);
    assertThatThrownBy(() -> a.merge(OverviewCollector.of(TEST, ZoneOffset.UTC, ReportingPeriod.allTime(),
        DecisionDates.NOT_RECORDED))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.merge(OverviewCollector.of(DenmarkRules.pack(), ReportingPeriod.allTime())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OverviewCollector.of(TEST, null, ReportingPeriod.allTime(), DecisionDates.RECORDED))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void allTimeHoldsEveryInstantACaseCanBeReceivedAt() {
    assertThat(ReportingPeriod.allTime().contains(Instant.parse("1967-01-01T00:00:00Z"))).isTrue();
    assertThat(ReportingPeriod.allTime().contains(Instant.parse("2999-12-31T00:00:00Z"))).isTrue();
    assertThat(ReportingPeriod.allTime()).isSameAs(ReportingPeriod.allTime());
  }

  @Test
  void onlyListedUnitsAreNamed() {
    PublicTable units = overview.publish(1, java.util.List.of("Odense")).table("unit").get();
    assertThat(units.rows().map(PublicRow::label)).containsExactly("Odense", Overview.NO_UNIT, Overview.OTHER_UNITS);
  }
}
