package org.oversight.complaint.wire.codec;

import java.time.Instant;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.Decision;
import org.oversight.complaint.core.Outcome;

/**
 * Reads {@link Decision} from its object through the {@code Decision} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DecisionDecoder extends WireDecoder<Decision> {

  /** The instance. */
  public static final DecisionDecoder INSTANCE = new DecisionDecoder();

  private DecisionDecoder() {
    super(Decision.class);
  }

  @Override
  Decision read(Node node) {
    return from(node);
  }

  static Decision from(Node n) {
    n.object("a decision");
    Outcome outcome = StringValueDecoder.OUTCOME.at(n.field("outcome", "an outcome code"));
    Body decidedBy = StringValueDecoder.BODY.at(n.field("decidedBy", "a body code"));
    Instant at = n.field("at", "an instant").instant();
    n.done();
    return new Decision(outcome, decidedBy, at);
  }
}
