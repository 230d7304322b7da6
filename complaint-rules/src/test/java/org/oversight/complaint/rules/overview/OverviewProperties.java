package org.oversight.complaint.rules.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;

/** The publishing laws and the one-pass law, over random case sets. */
class OverviewProperties {

  static final RulePack DK = DenmarkRules.pack();
  static final ReportingPeriod Y = ReportingPeriod.year(2020, DenmarkRules.ZONE);

  @Test
  void noSmallCountIsShownAndNoSuppressedCountCanBeRecoveredFromItsTotal() {
    qt().withExamples(120).forAll(longs().all(), integers().between(1, 8)).checkAssert((seed, threshold) -> {
      Overview exact = OverviewCollector.summarise(RandomCases.of(seed), DK, Y);
      PublicOverview published = exact.publish(threshold);
      Seq<Tuple2<String, Seq<Tuple2<String, Long>>>> tables = exact.tables();
      assertThat(published.tables()).hasSize(tables.size());
      for (int i = 0; i < tables.size(); i++) {
        PublicTable t = published.tables().get(i);
        // Law 3: units below the threshold are merged before suppression, never named.
        Seq<Tuple2<String, Long>> rows = tables.get(i)._1.equals("unit")
            ? PublicOverview.mergeUnits(tables.get(i)._2, threshold, Option.none()) : tables.get(i)._2;
        long total = rows.map(Tuple2::_2).sum().longValue();
        assertThat(t.name()).isEqualTo(tables.get(i)._1);
        assertThat(t.rows().map(PublicRow::label)).isEqualTo(rows.map(Tuple2::_1));
        // Law 1: whatever is shown is the exact count and zero or at least the threshold; small counts are marked small.
        for (int r = 0; r < rows.size(); r++) {
          Cell cell = t.rows().get(r).count();
          long count = rows.get(r)._2;
          if (count > 0 && count < threshold) {
            assertThat(cell).isEqualTo(new Cell.Small(threshold));
          } else {
            assertThat(cell).isIn(new Cell.Shown(count), new Cell.Withheld());
          }
        }
        if (total > 0 && total < threshold) {
          assertThat(t.total()).isEqualTo(new Cell.Small(threshold));
        } else {
          assertThat(t.total()).isIn(new Cell.Shown(total), new Cell.Withheld());
        }
        // Law 2: with the total shown, never exactly one unknown row; the total is withheld only for one.
        if (t.total().isShown()) {
          assertThat(t.rows().count(r -> !r.count().isShown())).as(t.toString()).isNotEqualTo(1);
        } else if (t.total() instanceof Cell.Withheld) {
          assertThat(t.rows().count(r -> !r.count().isShown())).as(t.toString()).isEqualTo(1);
        }
      }
      // Across tables: no published sum has exactly one hidden term, so none can be worked out. (A category's
      // line has no published sum: it is protected where it can be, but one hidden cell alone reveals nothing.)
      for (PublicOverview.Link link : PublicOverview.links(exact.taxonomy(), published.tables())
          .filter(l -> l.total().isDefined())) {
        Seq<Cell> terms = link.members().appendAll(link.total()).flatMap(ref -> cell(published, ref));
        assertThat(terms.count(c -> !c.isShown())).as(link.toString()).isNotEqualTo(1);
      }
      PublicTable upheld = published.table("upheld").get();
      PublicMeasure share = published.measures().get(0);
      assertThat(share.value().isDefined())
          .isEqualTo(upheld.rows().forAll(r -> r.count().isShown()) && exact.decidedCases() > 0);
      assertThat(published.measures().get(1).value().isDefined())
          .isEqualTo(exact.casesWithDecisionTime() >= threshold);
    });
  }

  private static Option<Cell> cell(PublicOverview published, PublicOverview.Ref ref) {
    return published.table(ref.table()).flatMap(t -> ref.row().fold(() -> Option.some(t.total()),
        row -> t.rows().find(r -> r.label().equals(row)).map(PublicRow::count)));
  }

  @Test
  void thePublishedTextsNeverContainPersonalData() {
    qt().withExamples(80).forAll(longs().all()).checkAssert(seed -> {
      Seq<ComplaintCase> cases = RandomCases.of(seed);
      PublicOverview published = OverviewCollector.summarise(cases, DK, Y).publish();
      String texts = OverviewMarkdown.write(published) + OverviewCsv.write(published) + published;
      for (int i = 0; i < cases.size(); i++) {
        for (String personal : RandomCases.personalData(seed, i)) {
          assertThat(texts).doesNotContain(personal);
        }
      }
      for (ComplaintCase c : cases) {
        assertThat(texts).doesNotContain(c.id().value());
        c.parties().forEach(p -> {
          p.name().forEach(n -> assertThat(texts).doesNotContain(n));
          p.contact().forEach(n -> assertThat(texts).doesNotContain(n));
          p.serviceNumber().forEach(n -> assertThat(texts).doesNotContain(n));
        });
      }
    });
  }

  @Test
  void onePassEqualsTheMergeOfPassesOverASplit() {
    qt().withExamples(80).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, cut) -> {
      Seq<ComplaintCase> cases = RandomCases.of(seed);
      OverviewCollector left = OverviewCollector.of(DK, Y);
      OverviewCollector right = OverviewCollector.of(DK, Y);
      cases.take(cut).forEach(left::add);
      cases.drop(cut).forEach(right::add);
      Overview whole = OverviewCollector.summarise(cases, DK, Y);
      assertThat(left.merge(right).result()).isEqualTo(whole);
      assertThat(cases.reverse().toJavaParallelStream().collect(OverviewCollector.collector(DK, Y))).isEqualTo(whole);
    });
  }
}
