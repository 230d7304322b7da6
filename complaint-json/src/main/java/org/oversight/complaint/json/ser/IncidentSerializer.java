package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.Incident;

/**
 * Writes {@link Incident} as <code>{"time":{…},"place":"…","description":"…"}</code>; {@code place} is left out when unknown.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IncidentSerializer extends WireSerializer<Incident> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final IncidentSerializer INSTANCE = new IncidentSerializer();

  private IncidentSerializer() {
    super(Incident.class);
  }

  @Override
  public void write(Incident value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName("time");
    IncidentTimeSerializer.INSTANCE.write(value.time(), gen);
    Fields.optText(gen, "place", value.place());
    gen.writeStringField("description", value.description());
    gen.writeEndObject();
  }
}
