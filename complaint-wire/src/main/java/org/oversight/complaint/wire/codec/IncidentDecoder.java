package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;

/**
 * Reads {@link Incident} from its object through the {@code Incident} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IncidentDecoder extends WireDecoder<Incident> {

  /** The instance. */
  public static final IncidentDecoder INSTANCE = new IncidentDecoder();

  private IncidentDecoder() {
    super(Incident.class);
  }

  @Override
  Incident read(Node node) {
    return from(node);
  }

  static Incident from(Node n) {
    n.object("an incident");
    IncidentTime time = IncidentTimeDecoder.from(n.field("time", "an incident time"));
    Option<String> place = n.optField("place").map(p -> p.text("a place"));
    String description = n.field("description", "a description").text("a description");
    n.done();
    return n.build(() -> new Incident(time, place, description), "incident");
  }
}
