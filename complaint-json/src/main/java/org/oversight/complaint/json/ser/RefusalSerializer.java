package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.rules.Refusal;

/**
 * Writes {@link Refusal} as <code>{"rule","legalBasis"?,"explanation"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RefusalSerializer extends WireSerializer<Refusal> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final RefusalSerializer INSTANCE = new RefusalSerializer();

  private RefusalSerializer() {
    super(Refusal.class);
  }

  @Override
  public void write(Refusal value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("rule", value.rule());
    Fields.optLegalBasis(gen, value.legalBasis());
    gen.writeStringField("explanation", value.explanation());
    gen.writeEndObject();
  }
}
