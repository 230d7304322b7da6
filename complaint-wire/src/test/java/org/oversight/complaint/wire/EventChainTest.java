package org.oversight.complaint.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.fixtures.Scenarios;

class EventChainTest {

  private static final Seq<CaseEvent> OSLO = Scenarios.osloEscalatedToSpesialenheten().events();

  @Test
  void aChainedHistoryVerifiesToTheDigestOfItsLastLink() {
    Seq<ChainLink> links = EventChain.link(OSLO);

    assertThat(links).hasSize(OSLO.size());
    assertThat(links.head().previous()).isEqualTo(Digest.NONE);
    assertThat(links.sliding(2).forAll(pair -> pair.get(1).previous().equals(pair.get(0).digest()))).isTrue();
    assertThat(EventChain.verify(links)).isEqualTo(Either.right(links.last().digest()));
    assertThat(EventChain.verify(links, links.last().digest())).isEqualTo(Either.right(links.last().digest()));
  }

  @Test
  void appendingOneEventAtATimeGivesTheSameChainAsLinkingTheHistory() {
    Seq<ChainLink> whole = EventChain.link(OSLO);
    Digest previous = Digest.NONE;
    for (int i = 0; i < OSLO.size(); i++) {
      ChainLink link = EventChain.append(previous, OSLO.get(i));
      assertThat(link).isEqualTo(whole.get(i));
      previous = link.digest();
    }
  }

  @Test
  void theSameEventChainedToAnotherPredecessorHasAnotherDigest() {
    CaseEvent receipt = OSLO.head();

    assertThat(EventChain.digest(Digest.NONE, receipt))
        .isEqualTo(EventChain.digest(Digest.NONE, receipt))
        .isNotEqualTo(EventChain.digest(EventChain.digest(Digest.NONE, receipt), receipt));
  }

  @Test
  void theCanonicalBytesAreTheCompactWireFormatInUtf8() {
    String canonical = new String(EventChain.canonical(OSLO.get(1)), StandardCharsets.UTF_8);

    assertThat(canonical)
        .startsWith("{\"schemaVersion\":1,\"type\":\"Registered\",")
        .endsWith("}")
        .doesNotContain("\n").doesNotContain("\": ").doesNotContain(", \"");
    assertThat(new String(EventChain.canonical(OSLO.head()), StandardCharsets.UTF_8))
        .contains("Karl Johans gate, Oslo");
  }

  @Test
  void controlCharactersQuotesAndBackslashesAreEscapedAndNothingElse() {
    CaseEvent event = Histories.withStamp(OSLO.get(1),
        org.oversight.complaint.core.Stamp.of(OSLO.get(1).at(), OSLO.get(1).stamp().actor(),
            "line\nbreak \"quoted\" back\\slash tab\t æøå"));

    String canonical = new String(EventChain.canonical(event), StandardCharsets.UTF_8);

    assertThat(canonical).contains("\"reason\":\"line\\u000abreak \\\"quoted\\\" back\\\\slash tab\\u0009 æøå\"");
  }

  @Test
  void anEditedEventIsNamedAsChangedAtItsPosition() {
    Seq<ChainLink> links = EventChain.link(OSLO);
    ChainLink third = links.get(2);
    Seq<ChainLink> tampered = links.update(2, new ChainLink(Histories.edited(third.event()), third.previous(),
        third.digest()));

    ChainBreak broken = EventChain.verify(tampered).getLeft();

    assertThat(broken.position()).isEqualTo(2);
    assertThat(broken.kind()).isEqualTo(ChainBreak.Kind.CHANGED);
    assertThat(broken.expected()).isEqualTo(third.digest());
    assertThat(broken.message()).startsWith("event 2 was changed after it was chained");
  }

  @Test
  void aDroppedEventIsNamedAtThePositionOfTheEventAfterIt() {
    Seq<ChainLink> links = EventChain.link(OSLO);

    ChainBreak broken = EventChain.verify(links.removeAt(4)).getLeft();

    assertThat(broken.position()).isEqualTo(4);
    assertThat(broken.kind()).isEqualTo(ChainBreak.Kind.NOT_CHAINED_TO_PREDECESSOR);
    assertThat(broken.message()).contains("an event was dropped, inserted or moved there");
  }

  @Test
  void droppingTheLastEventsIsFoundOnlyAgainstTheKeptHead() {
    Seq<ChainLink> links = EventChain.link(OSLO);
    Seq<ChainLink> cut = links.dropRight(2);

    assertThat(EventChain.verify(cut).isRight()).as("without a head, a cut history is a valid shorter one").isTrue();
    ChainBreak broken = EventChain.verify(cut, links.last().digest()).getLeft();
    assertThat(broken.kind()).isEqualTo(ChainBreak.Kind.HEAD_MISSING);
    assertThat(broken.position()).isEqualTo(OSLO.size() - 2);
    assertThat(broken.message()).contains("not at the head " + links.last().digest());
  }

  @Test
  void theReadmesChainFindsAStoredHistoryWithAnEventDropped() {
    ComplaintCase complaint = Scenarios.osloEscalatedToSpesialenheten().latest();
    Seq<ChainLink> storedLinks = EventChain.link(complaint.history()).removeAt(4);
    // readme: chain
    Seq<ChainLink> links = EventChain.link(complaint.history()); // or EventChain.append(previous, event) per event
    Digest head = links.last().digest();                         // keep it apart from the events
    Either<ChainBreak, Digest> verified = EventChain.verify(storedLinks, head); // the break: position, kind, digests
    String why = verified.fold(ChainBreak::message, intact -> "intact");     // "event 4 was not chained to ..."
    // readme: end
    assertThat(why).startsWith("event 4 was not chained to the event before it");
  }

  @Test
  void anEmptyHistoryVerifiesToNoneAndMissesAnyKeptHead() {
    Digest head = EventChain.link(OSLO).last().digest();

    assertThat(EventChain.verify(io.vavr.collection.List.empty())).isEqualTo(Either.right(Digest.NONE));
    assertThat(EventChain.verify(io.vavr.collection.List.empty(), head).getLeft().kind())
        .isEqualTo(ChainBreak.Kind.HEAD_MISSING);
  }

  @Test
  void aDigestIsWrittenWithItsAlgorithmAndReadBack() {
    Digest digest = EventChain.digest(Digest.NONE, OSLO.head());

    assertThat(digest.toString()).startsWith("sha256:").hasSize(7 + 64);
    assertThat(Digest.parse(digest.toString())).isEqualTo(digest);
    assertThat(Digest.NONE.toString()).isEqualTo("sha256:" + "0".repeat(64));
  }

  @Test
  void aDigestThatIsNotSha256HexIsRefused() {
    assertThatThrownBy(() -> Digest.parse("md5:" + "0".repeat(64))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sha256:");
    assertThatThrownBy(() -> Digest.parse("sha256:" + "A".repeat(64))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 lower-case hexadecimal digits");
    assertThatThrownBy(() -> new Digest("0".repeat(63))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ChainBreak(-1, ChainBreak.Kind.CHANGED, Digest.NONE, Digest.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
