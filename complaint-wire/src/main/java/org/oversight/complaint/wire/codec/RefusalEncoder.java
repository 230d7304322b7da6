package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.rules.Refusal;

/**
 * Writes {@link Refusal} as <code>{"rule","legalBasis"?,"explanation","pending"?:{"to","due","trigger"}}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RefusalEncoder extends WireEncoder<Refusal> {

  /** The instance. */
  public static final RefusalEncoder INSTANCE = new RefusalEncoder();

  private RefusalEncoder() {
    super(Refusal.class);
  }

  @Override
  public void write(Refusal value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("rule", value.rule());
    Fields.optLegalBasis(gen, value.legalBasis());
    gen.writeStringField("explanation", value.explanation());
    Triggers.writePending(gen, value.pending());
    gen.writeEndObject();
  }
}
