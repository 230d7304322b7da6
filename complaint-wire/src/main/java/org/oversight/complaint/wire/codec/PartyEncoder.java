package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.Party;

/**
 * Writes {@link Party} as <code>{"id","role","name"?,"contact"?,"standing"?,"subjectKind"?,"serviceNumber"?,"unit"?,"actsFor"?}</code>; absent options are left out ({@code actsFor}: the id of the
 * party a complainant acts for).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PartyEncoder extends WireEncoder<Party> {

  /** The instance. */
  public static final PartyEncoder INSTANCE = new PartyEncoder();

  private PartyEncoder() {
    super(Party.class);
  }

  @Override
  public void write(Party value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", value.id().value());
    Fields.code(gen, "role", value.role());
    Fields.optText(gen, "name", value.name());
    Fields.optText(gen, "contact", value.contact());
    Fields.optCode(gen, "standing", value.standing());
    Fields.optCode(gen, "subjectKind", value.subjectKind());
    Fields.optText(gen, "serviceNumber", value.serviceNumber());
    Fields.optText(gen, "unit", value.unit());
    if (value.actsFor().isDefined()) {
      gen.writeStringField("actsFor", value.actsFor().get().value());
    }
    gen.writeEndObject();
  }
}
