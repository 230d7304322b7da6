package org.oversight.complaint.rules.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.rules.overview.Cases.*;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.rules.OutcomeTaxonomy;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;

/** Small-count and complementary suppression, table by table, with hand-computed tables. */
class PublicOverviewTest {

  static Seq<Tuple2<String, Long>> rows(Object... labelsAndCounts) {
    Seq<Tuple2<String, Long>> out = List.empty();
    for (int i = 0; i < labelsAndCounts.length; i += 2) {
      out = out.append(Tuple.of((String) labelsAndCounts[i], ((Number) labelsAndCounts[i + 1]).longValue()));
    }
    return out;
  }

  static Seq<String> shown(PublicTable t) {
    return t.rows().map(r -> r.label() + "=" + r.count().display()).append("total=" + t.total().display());
  }

  @Test
  void oneSmallRowAlsoWithholdsTheNextSmallest() {
    PublicTable t = PublicOverview.suppress("t", rows("a", 10, "b", 3, "c", 7, "d", 8), 5);
    assertThat(shown(t)).containsExactly("a=10", "b=<5", "c=x", "d=8", "total=28");
    assertThat(t.rows().get(1).count()).isEqualTo(new Cell.Small(5));
    assertThat(t.rows().get(2).count()).isEqualTo(new Cell.Withheld());
    assertThat(t.name()).isEqualTo("t");
  }

  @Test
  void theFirstOfEqualSmallestIsWithheld() {
    PublicTable t = PublicOverview.suppress("t", rows("a", 9, "b", 7, "c", 4, "d", 7), 5);
    assertThat(shown(t)).containsExactly("a=9", "b=x", "c=<5", "d=7", "total=27");
  }

  @Test
  void twoSmallRowsProtectEachOther() {
    PublicTable t = PublicOverview.suppress("t", rows("a", 10, "b", 3, "c", 2), 5);
    assertThat(shown(t)).containsExactly("a=10", "b=<5", "c=<5", "total=15");
  }

  @Test
  void aSmallTotalSuppressesEverything() {
    PublicTable t = PublicOverview.suppress("t", rows("a", 3, "b", 1), 5);
    assertThat(shown(t)).containsExactly("a=<5", "b=<5", "total=<5");
    assertThat(shown(PublicOverview.suppress("t", rows(), 5))).containsExactly("total=0");
  }

  @Test
  void zeroIsNotASmallCountSoAllClosedIsShown() {
    PublicTable t = PublicOverview.suppress("statusAtEnd", rows("open", 0, "closed", 12_056), 5);
    assertThat(shown(t)).containsExactly("open=0", "closed=12056", "total=12056");
  }

  @Test
  void theTotalIsWithheldOnlyWhenNoOtherRowCanProtectTheSmallOne() {
    assertThat(shown(PublicOverview.suppress("t", rows("a", 0, "b", 3, "c", 0), 2)))
        .containsExactly("a=0", "b=3", "c=0", "total=3");
    assertThat(shown(PublicOverview.suppress("t", rows("a", 0, "b", 3, "c", 0, "d", 9), 5)))
        .containsExactly("a=0", "b=<5", "c=0", "d=x", "total=12");
    assertThat(shown(PublicOverview.suppress("t", rows("a", 0, "b", 3), 2))).containsExactly("a=0", "b=3", "total=3");
    PublicTable alone = PublicOverview.suppress("t", rows("a", 0, "b", 3, "c", 0), 3);
    assertThat(shown(alone)).containsExactly("a=0", "b=3", "c=0", "total=3");
    PublicTable recoverable = PublicOverview.suppress("t", rows("a", 6, "b", 3, "c", 0), 5);
    assertThat(shown(recoverable)).containsExactly("a=x", "b=<5", "c=0", "total=9");
  }

  @Test
  void aTotalThatIsNotSmallIsShown() {
    PublicTable t = PublicOverview.suppress("t", rows("a", 0, "b", 7, "c", 3), 8);
    assertThat(shown(t)).containsExactly("a=0", "b=<8", "c=<8", "total=10");
    PublicTable u = PublicOverview.suppress("t", rows("a", 0, "b", 3, "c", 6), 5);
    assertThat(shown(u)).containsExactly("a=0", "b=<5", "c=x", "total=9");
    PublicTable v = PublicOverview.suppress("t", rows("a", 0, "b", 4, "c", 2), 3);
    assertThat(shown(v)).containsExactly("a=0", "b=x", "c=<3", "total=6");
    PublicTable w = PublicOverview.suppress("t", rows("a", 0, "b", 6), 5);
    assertThat(shown(w)).containsExactly("a=0", "b=6", "total=6");
  }

  @Test
  void unitsBelowTheThresholdOrNotListedAreMergedIntoOtherUnits() {
    Seq<Tuple2<String, Long>> units = rows("Aarhus", 2, "Odense", 7, "Vejle", 1, Overview.NO_UNIT, 6);
    assertThat(PublicOverview.mergeUnits(units, 5, Option.none()))
        .containsExactly(Tuple.of("Odense", 7L), Tuple.of(Overview.NO_UNIT, 6L), Tuple.of(Overview.OTHER_UNITS, 3L));
    assertThat(PublicOverview.mergeUnits(units, 1, Option.some(io.vavr.collection.HashSet.of("Vejle"))))
        .containsExactly(Tuple.of("Vejle", 1L), Tuple.of(Overview.NO_UNIT, 6L), Tuple.of(Overview.OTHER_UNITS, 9L));
    assertThat(PublicOverview.mergeUnits(rows("Odense", 7), 5, Option.none())).containsExactly(Tuple.of("Odense", 7L));
  }

  @Test
  void theCategoryOutcomeTableIsProtectedAlongItsLines() {
    PublicTable t = PublicOverview.protectLines(PublicOverview.suppress("categoryOutcome", rows(
        "FORCE / UPHELD", 3, "FORCE / NOT_UPHELD", 20, "FORCE / EXCLUDED", 30,
        "RUDE / UPHELD", 9, "RUDE / NOT_UPHELD", 8, "RUDE / EXCLUDED", 0), 5));
    // FORCE / UPHELD is small; its category line withholds FORCE / NOT_UPHELD, its outcome line RUDE / UPHELD,
    // and then the RUDE line and the NOT_UPHELD line each hold two unknowns.
    assertThat(shown(t)).containsExactly("FORCE / UPHELD=<5", "FORCE / NOT_UPHELD=x", "FORCE / EXCLUDED=30",
        "RUDE / UPHELD=x", "RUDE / NOT_UPHELD=x", "RUDE / EXCLUDED=0", "total=70");
  }

  @Test
  void aWithheldOutcomeCannotBeWorkedOutFromTheUpheldAllegations() {
    // U1 (2) is small, so the outcome table withholds N (6), its smallest other row. Without the links,
    // upheld 52 minus U2 50 would give U1, and notUpheld 6 would give N.
    OutcomeTaxonomy taxonomy = OutcomeTaxonomy.of(List.of("N", "U1", "U2"), List.of("U1", "U2"),
        List.of("N", "U1", "U2"), LegalBasis.of("test"));
    Seq<PublicTable> tables = List.of(PublicOverview.suppress("outcome", rows("N", 6, "U1", 2, "U2", 50), 5),
        PublicOverview.suppress("upheldAllegations", rows("upheld", 52, "notUpheld", 6), 5));
    assertThat(shown(tables.get(0))).containsExactly("N=x", "U1=<5", "U2=50", "total=58");

    Seq<PublicTable> safe = PublicOverview.protectLinks(tables, PublicOverview.links(taxonomy, tables));

    assertThat(shown(safe.get(0))).containsExactly("N=x", "U1=<5", "U2=x", "total=58");
    assertThat(shown(safe.get(1))).containsExactly("upheld=x", "notUpheld=x", "total=58");
  }

  @Test
  void aWithheldOutcomeRowCannotBeWorkedOutFromItsCategoryLine() {
    // The outcome table withholds B (20) to protect A (1); B's line (10 + 10) would give it back.
    OutcomeTaxonomy taxonomy = OutcomeTaxonomy.of(List.of("A", "B", "C"), List.of("A"), List.of("A", "B", "C"),
        LegalBasis.of("test"));
    Seq<PublicTable> tables = List.of(PublicOverview.suppress("outcome", rows("A", 1, "B", 20, "C", 100), 5),
        PublicOverview.suppress("categoryOutcome", rows("Z / A", 1, "X / B", 10, "Y / B", 10, "X / C", 94,
            "Y / C", 6), 5));
    assertThat(shown(tables.get(1))).containsExactly("Z / A=<5", "X / B=10", "Y / B=10", "X / C=94", "Y / C=x",
        "total=121");

    Seq<PublicTable> safe = PublicOverview.protectLinks(tables, PublicOverview.links(taxonomy, tables));

    assertThat(shown(safe.get(0))).containsExactly("A=<5", "B=x", "C=100", "total=121");
    assertThat(safe.get(1).rows().filter(r -> r.label().endsWith(" / B")).map(r -> r.count().isShown()))
        .contains(false);
    assertThat(safe.get(1).rows().filter(r -> r.label().endsWith(" / C")).count(r -> !r.count().isShown()))
        .isNotEqualTo(1);
  }

  @Test
  void theThresholdIsTheSmallestCountShown() {
    assertThat(shown(PublicOverview.suppress("t", rows("a", 5, "b", 5), 5))).containsExactly("a=5", "b=5", "total=10");
    assertThat(shown(PublicOverview.suppress("t", rows("a", 1, "b", 0, "c", 2), 1)))
        .containsExactly("a=1", "b=0", "c=2", "total=3");
    assertThat(shown(PublicOverview.suppress("t", rows("a", 12), 5))).containsExactly("a=12", "total=12");
  }

  @Test
  void theDanish2020FiguresArePublishedWithTheShare() {
    PublicOverview p = OverviewCollector.summarise(OverviewTest.danish2020(), DenmarkRules.pack(), OverviewTest.Y)
        .publish();
    assertThat(p.threshold()).isEqualTo(5);
    assertThat(p.pack()).isEqualTo("DK");
    assertThat(p.period()).isEqualTo(OverviewTest.Y);
    assertThat(shown(p.table("upheld").get())).containsExactly("upheld=9", "notUpheld=370", "total=379");
    assertThat(shown(p.table("outcome").get())).containsExactly("CRITICISM=9", "NOTITS_CLOSED=100",
        "NO_CRITICISM=357", "REGRETTABLE=13", "total=479");
    assertThat(shown(p.table("review").get())).containsExactly("upheld=0", "notUpheld=0", "pending=0", "total=0");
    assertThat(p.measures()).containsExactly(PublicMeasure.of("upheldSharePercent", new BigDecimal("2.4")),
        PublicMeasure.of("medianDaysToDecision", BigDecimal.valueOf(91)),
        PublicMeasure.of("p90DaysToDecision", BigDecimal.valueOf(91)),
        PublicMeasure.of("upheldAllegationSharePercent", new BigDecimal("2.4")));
    assertThat(p.tables().map(PublicTable::name)).containsExactly("track", "handlingBody", "unit", "handling",
        "statusAtEnd", "category", "outcome", "upheld", "review", "breach", "casesByCategory", "categoryOutcome",
        "upheldAllegations");
    assertThat(p.table("nothing")).isEmpty();
  }

  @Test
  void theShareAndTheDaysAreLeftOutWhenTheyCouldRevealASmallCount() {
    Overview o = OverviewCollector.summarise(OverviewTest.tenCases(), OverviewTest.DK_NO_DEADLINES,
        OverviewTest.Y);
    PublicOverview five = o.publish();
    // 2 upheld of 4 decided: both small, so 50 % would reveal them; 5 cases with a decision time.
    assertThat(five.measures().map(PublicMeasure::display)).containsExactly("x", "30", "151", "x");
    PublicOverview six = o.publish(6);
    // The shares would reveal small counts; the days would describe fewer than 6 cases.
    assertThat(six.measures().map(PublicMeasure::display)).containsExactly("x", "too few", "too few", "x");
    assertThat(six.measures().flatMap(PublicMeasure::absence)).containsExactly(PublicMeasure.Absence.SUPPRESSED,
        PublicMeasure.Absence.TOO_FEW, PublicMeasure.Absence.TOO_FEW, PublicMeasure.Absence.SUPPRESSED);
    PublicOverview two = o.publish(2);
    // The outcome table withholds CRITICISM (2), the only upheld outcome: the upheld allegations (2 of 5) would
    // give it back, so they are withheld too, and with them the share per allegation.
    assertThat(two.measures().map(PublicMeasure::display)).containsExactly("50.0", "30", "151", "x");
    assertThat(shown(two.table("outcome").get())).containsExactly("CRITICISM=x", "NOTITS_CLOSED=<2",
        "NO_CRITICISM=x", "REGRETTABLE=<2", "total=6");
    assertThat(shown(two.table("upheldAllegations").get())).containsExactly("upheld=x", "notUpheld=x", "total=5");
    assertThat(shown(two.table("unit").get())).containsExactly("Aarhus=x", "Odense=4", "(no unit recorded)=<2",
        "total=9");
  }

  @Test
  void everyOverviewIsPublishedWithTheDefaultThreshold() {
    Overview o = OverviewCollector.of(OverviewTest.DK_NO_DEADLINES, OverviewTest.Y).result();
    assertThat(o.publish()).isEqualTo(o.publish(PublicOverview.DEFAULT_THRESHOLD));
    assertThat(o.publish()).isNotEqualTo(o.publish(4)).isNotEqualTo("x");
    assertThat(o.publish()).hasSameHashCodeAs(o.publish(5));
    assertThat(o.publish().toString()).startsWith("PublicOverview[DK-counts [2019-12-31T23:00:00Z, 2020-12-31T23:00:00Z)"
        + ", threshold 5, ");
    assertThatThrownBy(() -> o.publish(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold must be at least 1 but was 0");
    assertThatThrownBy(() -> PublicOverview.of(null, 5, io.vavr.control.Option.none())).hasMessage("overview is null");
    assertThatThrownBy(() -> o.publish().table(null)).hasMessage("name is null");
  }

  @Test
  void cellsRowsTablesAndMeasuresValidate() {
    assertThat(new Cell.Shown(7).display()).isEqualTo("7");
    assertThat(new Cell.Shown(7).isShown()).isTrue();
    assertThat(new Cell.Small(5).isShown()).isFalse();
    assertThat(new Cell.Withheld().isShown()).isFalse();
    assertThat(new Cell.Small(10).display()).isEqualTo("<10");
    assertThatThrownBy(() -> new Cell.Shown(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a count is not negative but was -1");
    assertThatThrownBy(() -> new Cell.Small(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Cell.Shown(0).display()).isEqualTo("0");
    assertThat(new Cell.Small(1).display()).isEqualTo("<1");
    assertThatThrownBy(() -> new PublicRow(null, new Cell.Withheld())).hasMessage("label is null");
    assertThatThrownBy(() -> new PublicRow("a", null)).hasMessage("count is null");
    assertThatThrownBy(() -> new PublicTable(null, List.empty(), new Cell.Withheld())).hasMessage("name is null");
    assertThatThrownBy(() -> new PublicTable("t", null, new Cell.Withheld())).hasMessage("rows is null");
    assertThatThrownBy(() -> new PublicTable("t", List.empty(), null)).hasMessage("total is null");
    assertThatThrownBy(() -> new PublicTable("t", List.of((PublicRow) null), new Cell.Withheld()))
        .hasMessage("row is null");
    assertThatThrownBy(() -> PublicMeasure.of(null, BigDecimal.ONE)).hasMessage("name is null");
    assertThatThrownBy(() -> PublicMeasure.of("m", null)).hasMessage("value is null");
    assertThatThrownBy(() -> PublicMeasure.absent("m", null)).hasMessage("why is null");
    assertThatThrownBy(() -> new PublicMeasure("m", null)).hasMessage("result is null");
    assertThatThrownBy(() -> new PublicMeasure("m", Either.right(null))).hasMessage("result holds null");
    assertThat(PublicMeasure.of("m", new BigDecimal("2.40")).display()).isEqualTo("2.40");
    assertThat(PublicMeasure.of("m", new BigDecimal("2.40")).absence()).isEmpty();
    assertThat(PublicMeasure.absent("m", PublicMeasure.Absence.NOT_RECORDED).value()).isEmpty();
  }
}
