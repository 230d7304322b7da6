package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.Investigation;

/**
 * Writes {@link Investigation} as <code>{"mode","body","openedAt"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InvestigationEncoder extends WireEncoder<Investigation> {

  /** The instance. */
  public static final InvestigationEncoder INSTANCE = new InvestigationEncoder();

  private InvestigationEncoder() {
    super(Investigation.class);
  }

  @Override
  public void write(Investigation value, WireOut gen) throws IOException {
    gen.writeStartObject();
    Fields.code(gen, "mode", value.mode());
    gen.writeStringField("body", value.body().value());
    Fields.instant(gen, "openedAt", value.openedAt());
    gen.writeEndObject();
  }
}
