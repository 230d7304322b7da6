package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.rules.Breach;

/**
 * Writes {@link Breach} as <code>{"obligation":{…},"at","overdueBy":"PT…","messageKey"}</code>; {@code overdueBy} (ISO-8601 duration) and {@code messageKey} are derived and ignored when reading.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BreachSerializer extends WireSerializer<Breach> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final BreachSerializer INSTANCE = new BreachSerializer();

  private BreachSerializer() {
    super(Breach.class);
  }

  @Override
  public void write(Breach value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName("obligation");
    ObligationSerializer.INSTANCE.write(value.obligation(), gen);
    Fields.instant(gen, "at", value.at());
    gen.writeStringField("overdueBy", value.overdueBy().toString());
    if (value.cause() != Breach.Cause.OVERDUE) {
      // Written only when it is not the default, so overdue breaches keep their wire form.
      gen.writeStringField("cause", value.cause().name());
    }
    gen.writeStringField("messageKey", value.messageKey());
    gen.writeEndObject();
  }
}
