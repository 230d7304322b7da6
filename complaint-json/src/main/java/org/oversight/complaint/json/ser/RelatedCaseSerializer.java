package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.RelatedCase;

/**
 * Writes {@link RelatedCase} as <code>{"other":"C-2","relation":"SAME_INCIDENT"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RelatedCaseSerializer extends WireSerializer<RelatedCase> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final RelatedCaseSerializer INSTANCE = new RelatedCaseSerializer();

  private RelatedCaseSerializer() {
    super(RelatedCase.class);
  }

  @Override
  public void write(RelatedCase value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("other", value.other().value());
    Fields.code(gen, "relation", value.relation());
    gen.writeEndObject();
  }
}
