package org.oversight.complaint.json.deser;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.json.internal.Node;
import org.oversight.complaint.json.internal.Snapshot;
import org.oversight.complaint.json.internal.WireNames;
import org.oversight.complaint.json.ser.ComplaintCaseSerializer;

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
public final class ComplaintCaseDeserializer extends WireDeserializer<ComplaintCase> {

  private static final long serialVersionUID = 1L;

  /** The instance that verifies the snapshot. */
  public static final ComplaintCaseDeserializer INSTANCE = new ComplaintCaseDeserializer(true);

  private final boolean verifySnapshot;

  private ComplaintCaseDeserializer(boolean verifySnapshot) {
    super(ComplaintCase.class);
    this.verifySnapshot = verifySnapshot;
  }

  /**
   * Returns a deserializer that does or does not check the snapshot; when not, the snapshot
   * fields are accepted and ignored (the history alone decides).
   *
   * @param verify true to check
   * @return a deserializer, never null
   */
  public static ComplaintCaseDeserializer verifyingSnapshot(boolean verify) {
    return verify ? INSTANCE : new ComplaintCaseDeserializer(false);
  }

  @Override
  ComplaintCase read(Node n) {
    n.object("a case document");
    CaseEventDeserializer.checkVersion(n);
    Node historyNode = n.field("history", "the case's events, starting with ComplaintReceived");
    Seq<Node> items = historyNode.elements("events");
    if (items.isEmpty()) {
      throw historyNode.fail("empty history", "at least the ComplaintReceived event", null);
    }
    Either<Rejection, ComplaintCase> replayed =
        ComplaintCase.replay(() -> items.iterator().map(CaseEventDeserializer::from));
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
      Snapshot.check(n, current, ComplaintCaseSerializer::writeSnapshot);
    } else {
      Snapshot.FIELDS.forEach(n::optField);
    }
    n.done();
    return current;
  }
}
