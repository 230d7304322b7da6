package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.Party;

/**
 * Writes {@link Party} as <code>{"id","role","name"?,"contact"?,"standing"?,"subjectKind"?,"serviceNumber"?,"unit"?}</code>; absent options are left out.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PartySerializer extends WireSerializer<Party> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final PartySerializer INSTANCE = new PartySerializer();

  private PartySerializer() {
    super(Party.class);
  }

  @Override
  public void write(Party value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", value.id().value());
    Fields.code(gen, "role", value.role());
    Fields.optText(gen, "name", value.name());
    Fields.optText(gen, "contact", value.contact());
    Fields.optCode(gen, "standing", value.standing());
    Fields.optCode(gen, "subjectKind", value.subjectKind());
    Fields.optText(gen, "serviceNumber", value.serviceNumber());
    Fields.optText(gen, "unit", value.unit());
    gen.writeEndObject();
  }
}
