package org.oversight.complaint.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseEvent;

/**
 * The chain detects every kind of tampering with a stored history, at the first position at fault,
 * when verified against the head the writer kept: a property over random legal histories.
 */
class EventChainProperties {

  private static final int EXAMPLES = 300;

  @Test
  void everyDroppedEventIsFound() {
    qt().withExamples(EXAMPLES).forAll(Histories.histories(), integers().between(0, 1000)).checkAssert((h, r) -> {
      Seq<ChainLink> links = EventChain.link(h);
      int k = r % h.size();

      ChainBreak broken = EventChain.verify(links.removeAt(k), links.last().digest()).getLeft();

      if (k == h.size() - 1) {
        assertThat(broken.kind()).isEqualTo(ChainBreak.Kind.HEAD_MISSING);
      } else {
        assertThat(broken.kind()).isEqualTo(ChainBreak.Kind.NOT_CHAINED_TO_PREDECESSOR);
      }
      assertThat(broken.position()).isEqualTo(k);
    });
  }

  @Test
  void everyEditedOrRedatedEventIsFoundAtItsPosition() {
    qt().withExamples(EXAMPLES).forAll(Histories.histories(), integers().between(0, 1000)).checkAssert((h, r) -> {
      Seq<ChainLink> links = EventChain.link(h);
      int k = r % h.size();
      ChainLink original = links.get(k);
      CaseEvent forged = r % 2 == 0 ? Histories.redated(original.event()) : Histories.edited(original.event());

      ChainBreak broken = EventChain.verify(links.update(k, new ChainLink(forged, original.previous(),
          original.digest())), links.last().digest()).getLeft();

      assertThat(broken.position()).isEqualTo(k);
      assertThat(broken.kind()).isEqualTo(ChainBreak.Kind.CHANGED);
    });
  }

  @Test
  void aForgerWhoAlsoRecomputesTheEventsDigestIsFoundAtTheNextEventOrAtTheHead() {
    qt().withExamples(EXAMPLES).forAll(Histories.histories(), integers().between(0, 1000)).checkAssert((h, r) -> {
      Seq<ChainLink> links = EventChain.link(h);
      int k = r % h.size();
      ChainLink forged = EventChain.append(links.get(k).previous(), Histories.redated(links.get(k).event()));

      ChainBreak broken = EventChain.verify(links.update(k, forged), links.last().digest()).getLeft();

      assertThat(broken.position()).isEqualTo(k == h.size() - 1 ? h.size() : k + 1);
    });
  }

  @Test
  void everySwapOfTwoNeighboursIsFoundAtTheFirstOfThem() {
    qt().withExamples(EXAMPLES).forAll(Histories.histories(), integers().between(0, 1000)).checkAssert((h, r) -> {
      Seq<ChainLink> links = EventChain.link(h);
      int k = r % (h.size() - 1);
      Seq<ChainLink> swapped = links.update(k, links.get(k + 1)).update(k + 1, links.get(k));

      ChainBreak broken = EventChain.verify(swapped, links.last().digest()).getLeft();

      assertThat(broken.position()).isEqualTo(k);
      assertThat(broken.kind()).isEqualTo(ChainBreak.Kind.NOT_CHAINED_TO_PREDECESSOR);
    });
  }

  @Test
  void everyEventFromAnotherHistoryIsFoundWhereItWasInsertedOrRightAfterIt() {
    qt().withExamples(EXAMPLES).forAll(Histories.histories(), Histories.histories(), integers().between(0, 1000))
        .checkAssert((h, other, r) -> {
          Seq<ChainLink> links = EventChain.link(h);
          Seq<ChainLink> foreign = EventChain.link(other);
          int k = r % h.size();
          ChainLink stranger = foreign.get(r % foreign.size());

          ChainBreak broken = EventChain.verify(links.insert(k, stranger), links.last().digest()).getLeft();

          // A stranger that names the same predecessor (another history's first event at position 0) is
          // a valid link there; the event it pushed aside is then the first that no longer follows.
          boolean fitsThere = stranger.previous().equals(links.get(k).previous());
          assertThat(broken.position()).isEqualTo(fitsThere ? k + 1 : k);
        });
  }

  @Test
  void anUntouchedHistoryAlwaysVerifies() {
    qt().withExamples(EXAMPLES).forAll(Histories.histories()).checkAssert(h -> {
      Seq<ChainLink> links = EventChain.link(h);
      assertThat(EventChain.verify(links, links.last().digest()).isRight()).isTrue();
    });
  }
}
