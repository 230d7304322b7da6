package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.Decision;

/**
 * Writes {@link Decision} as <code>{"outcome":"UPHELD","decidedBy":"SIU","at":"…"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DecisionEncoder extends WireEncoder<Decision> {

  /** The instance. */
  public static final DecisionEncoder INSTANCE = new DecisionEncoder();

  private DecisionEncoder() {
    super(Decision.class);
  }

  @Override
  public void write(Decision value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("outcome", value.outcome().value());
    gen.writeStringField("decidedBy", value.decidedBy().value());
    Fields.instant(gen, "at", value.at());
    gen.writeEndObject();
  }
}
