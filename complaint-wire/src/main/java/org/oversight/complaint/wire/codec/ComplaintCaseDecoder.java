package org.oversight.complaint.wire.codec;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Rejection;

/**
 * Reads a case document. The case is rebuilt the only way the core allows: by replaying
 * {@code history} event by event ({@code ComplaintCase.receive}, then {@code apply}), so an event
 * the core refuses is reported at its own pointer ({@code /history/7}) with the core's
 * {@link Rejection}. The snapshot fields are then checked against the replayed case (unless
 * {@link #verifyingSnapshot(boolean) switched off}): each one that is present must agree, each one
 * may be left out.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ComplaintCaseDecoder extends WireDecoder<ComplaintCase> {

  /** The instance that verifies the snapshot. */
  public static final ComplaintCaseDecoder INSTANCE = new ComplaintCaseDecoder(true);

  private final boolean verifySnapshot;

  private ComplaintCaseDecoder(boolean verifySnapshot) {
    super(ComplaintCase.class);
    this.verifySnapshot = verifySnapshot;
  }

  /**
   * Returns a decoder that does or does not check the snapshot; when not, the snapshot
   * fields are accepted and ignored (the history alone decides).
   *
   * @param verify true to check
   * @return a decoder, never null
   */
  public static ComplaintCaseDecoder verifyingSnapshot(boolean verify) {
    return verify ? INSTANCE : new ComplaintCaseDecoder(false);
  }

  @Override
  ComplaintCase read(Node n) {
    n.object("a case document");
    CaseEventDecoder.checkVersion(n);
    Node historyNode = n.field("history", "the case's events, starting with ComplaintReceived");
    Seq<Node> items = historyNode.elements("events");
    if (items.isEmpty()) {
      throw historyNode.fail("empty history", "at least the ComplaintReceived event", null);
    }
    Either<Rejection, ComplaintCase> replayed =
        ComplaintCase.replay(() -> items.iterator().map(CaseEventDecoder::from));
    if (replayed.isLeft()) {
      Rejection r = replayed.getLeft();
      if (r instanceof Rejection.InvalidHistory && ((Rejection.InvalidHistory) r).position() == 0) {
        throw items.head().fail("the history starts with a " + r.command() + " event",
            "a ComplaintReceived event first", null);
      }
      int position = r instanceof Rejection.EventRefused
          ? ((Rejection.EventRefused) r).position()
          : ((Rejection.InvalidHistory) r).position();
      throw items.get(position).refused(r, "an event the case accepts in state " + r.state());
    }
    ComplaintCase current = replayed.get();
    if (verifySnapshot) {
      Snapshot.check(n, current, ComplaintCaseEncoder::writeSnapshot);
    } else {
      Snapshot.FIELDS.forEach(n::optField);
    }
    n.done();
    return current;
  }
}
