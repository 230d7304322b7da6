package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.IncidentTime;

/**
 * Writes {@link IncidentTime} as <code>{"type":"At","instant":…}</code>, <code>{"type":"Between","from":…,"to":…}</code> or <code>{"type":"Unknown"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IncidentTimeSerializer extends WireSerializer<IncidentTime> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final IncidentTimeSerializer INSTANCE = new IncidentTimeSerializer();

  private IncidentTimeSerializer() {
    super(IncidentTime.class);
  }

  @Override
  public void write(IncidentTime value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    if (value instanceof IncidentTime.At) {
      gen.writeStringField("type", "At");
      Fields.instant(gen, "instant", ((IncidentTime.At) value).instant());
    } else if (value instanceof IncidentTime.Between) {
      IncidentTime.Between between = (IncidentTime.Between) value;
      gen.writeStringField("type", "Between");
      Fields.instant(gen, "from", between.from());
      Fields.instant(gen, "to", between.to());
    } else {
      gen.writeStringField("type", "Unknown");
    }
    gen.writeEndObject();
  }
}
