package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.Decision;

/**
 * Writes {@link Decision} as <code>{"outcome":"UPHELD","decidedBy":"SIU","at":"…"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DecisionSerializer extends WireSerializer<Decision> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final DecisionSerializer INSTANCE = new DecisionSerializer();

  private DecisionSerializer() {
    super(Decision.class);
  }

  @Override
  public void write(Decision value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("outcome", value.outcome().value());
    gen.writeStringField("decidedBy", value.decidedBy().value());
    Fields.instant(gen, "at", value.at());
    gen.writeEndObject();
  }
}
