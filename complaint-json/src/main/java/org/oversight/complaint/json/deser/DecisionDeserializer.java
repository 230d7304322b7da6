package org.oversight.complaint.json.deser;

import java.time.Instant;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.Decision;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link Decision} from its object through the {@code Decision} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DecisionDeserializer extends WireDeserializer<Decision> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final DecisionDeserializer INSTANCE = new DecisionDeserializer();

  private DecisionDeserializer() {
    super(Decision.class);
  }

  @Override
  Decision read(Node node) {
    return from(node);
  }

  static Decision from(Node n) {
    n.object("a decision");
    Outcome outcome = StringValueDeserializer.OUTCOME.at(n.field("outcome", "an outcome code"));
    Body decidedBy = StringValueDeserializer.BODY.at(n.field("decidedBy", "a body code"));
    Instant at = n.field("at", "an instant").instant();
    n.done();
    return new Decision(outcome, decidedBy, at);
  }
}
