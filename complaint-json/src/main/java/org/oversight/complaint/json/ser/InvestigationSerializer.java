package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.Investigation;

/**
 * Writes {@link Investigation} as <code>{"mode","body","openedAt"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InvestigationSerializer extends WireSerializer<Investigation> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final InvestigationSerializer INSTANCE = new InvestigationSerializer();

  private InvestigationSerializer() {
    super(Investigation.class);
  }

  @Override
  public void write(Investigation value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    Fields.code(gen, "mode", value.mode());
    gen.writeStringField("body", value.body().value());
    Fields.instant(gen, "openedAt", value.openedAt());
    gen.writeEndObject();
  }
}
