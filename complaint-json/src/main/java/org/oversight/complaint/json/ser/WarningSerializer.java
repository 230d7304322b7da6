package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.rules.Warning;

/**
 * Writes {@link Warning} as <code>{"key":"warning.…","args":[…]}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WarningSerializer extends WireSerializer<Warning> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final WarningSerializer INSTANCE = new WarningSerializer();

  private WarningSerializer() {
    super(Warning.class);
  }

  @Override
  public void write(Warning value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("key", value.key());
    gen.writeArrayFieldStart("args");
    for (String arg : value.args()) {
      gen.writeString(arg);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
