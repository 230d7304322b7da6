package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.Incident;

/**
 * Writes {@link Incident} as <code>{"time":{…},"place":"…","description":"…"}</code>; {@code place} is left out when unknown.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IncidentEncoder extends WireEncoder<Incident> {

  /** The instance. */
  public static final IncidentEncoder INSTANCE = new IncidentEncoder();

  private IncidentEncoder() {
    super(Incident.class);
  }

  @Override
  public void write(Incident value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName("time");
    IncidentTimeEncoder.INSTANCE.write(value.time(), gen);
    Fields.optText(gen, "place", value.place());
    gen.writeStringField("description", value.description());
    gen.writeEndObject();
  }
}
