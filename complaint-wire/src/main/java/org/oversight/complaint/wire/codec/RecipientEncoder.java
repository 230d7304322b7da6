package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.Recipient;

/**
 * Writes {@link Recipient} as <code>{"type":"ToParty","party":"P1"}</code> or <code>{"type":"ToBody","body":"IOPC"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RecipientEncoder extends WireEncoder<Recipient> {

  /** The instance. */
  public static final RecipientEncoder INSTANCE = new RecipientEncoder();

  private RecipientEncoder() {
    super(Recipient.class);
  }

  @Override
  public void write(Recipient value, WireOut gen) throws IOException {
    gen.writeStartObject();
    if (value instanceof Recipient.ToParty) {
      gen.writeStringField("type", "ToParty");
      gen.writeStringField("party", ((Recipient.ToParty) value).party().value());
    } else {
      gen.writeStringField("type", "ToBody");
      gen.writeStringField("body", ((Recipient.ToBody) value).body().value());
    }
    gen.writeEndObject();
  }
}
