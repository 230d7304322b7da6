package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.rules.Warning;

/**
 * Writes {@link Warning} as <code>{"key":"warning.…","args":[…]}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WarningEncoder extends WireEncoder<Warning> {

  /** The instance. */
  public static final WarningEncoder INSTANCE = new WarningEncoder();

  private WarningEncoder() {
    super(Warning.class);
  }

  @Override
  public void write(Warning value, WireOut gen) throws IOException {
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
