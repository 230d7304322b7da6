package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.IncidentTime;

/**
 * Writes {@link IncidentTime} as <code>{"type":"At","instant":…}</code>, <code>{"type":"Between","from":…,"to":…}</code> or <code>{"type":"Unknown"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IncidentTimeEncoder extends WireEncoder<IncidentTime> {

  /** The instance. */
  public static final IncidentTimeEncoder INSTANCE = new IncidentTimeEncoder();

  private IncidentTimeEncoder() {
    super(IncidentTime.class);
  }

  @Override
  public void write(IncidentTime value, WireOut gen) throws IOException {
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
