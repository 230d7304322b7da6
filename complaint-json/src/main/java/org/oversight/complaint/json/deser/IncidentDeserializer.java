package org.oversight.complaint.json.deser;

import io.vavr.control.Option;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link Incident} from its object through the {@code Incident} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IncidentDeserializer extends WireDeserializer<Incident> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final IncidentDeserializer INSTANCE = new IncidentDeserializer();

  private IncidentDeserializer() {
    super(Incident.class);
  }

  @Override
  Incident read(Node node) {
    return from(node);
  }

  static Incident from(Node n) {
    n.object("an incident");
    IncidentTime time = IncidentTimeDeserializer.from(n.field("time", "an incident time"));
    Option<String> place = n.optField("place").map(p -> p.text("a place"));
    String description = n.field("description", "a description").text("a description");
    n.done();
    return n.build(() -> new Incident(time, place, description), "incident");
  }
}
