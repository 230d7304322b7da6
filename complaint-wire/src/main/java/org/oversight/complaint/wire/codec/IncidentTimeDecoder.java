package org.oversight.complaint.wire.codec;

import java.time.Instant;
import org.oversight.complaint.core.IncidentTime;

/**
 * Reads {@link IncidentTime} from its tagged object (<code>{"type":"At"|"Between"|"Unknown", …}</code>) through {@code IncidentTime.at/between/unknown}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IncidentTimeDecoder extends WireDecoder<IncidentTime> {

  /** The instance. */
  public static final IncidentTimeDecoder INSTANCE = new IncidentTimeDecoder();

  private IncidentTimeDecoder() {
    super(IncidentTime.class);
  }

  @Override
  IncidentTime read(Node node) {
    return from(node);
  }

  static IncidentTime from(Node n) {
    n.object("an incident time");
    String type = n.field("type", "At, Between or Unknown").text("At, Between or Unknown");
    IncidentTime time;
    switch (type) {
      case "At":
        Instant at = n.field("instant", "an instant").instant();
        time = IncidentTime.at(at);
        break;
      case "Between":
        Instant from = n.field("from", "an instant").instant();
        Instant to = n.field("to", "an instant").instant();
        time = n.build(() -> IncidentTime.between(from, to), "incident time");
        break;
      case "Unknown":
        time = IncidentTime.unknown();
        break;
      default:
        throw n.field("type", "").fail("unknown incident time type '" + type + "'", "At, Between or Unknown", null);
    }
    n.done();
    return time;
  }
}
