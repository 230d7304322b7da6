package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.SeriousnessFlag;

/**
 * Writes {@link Allegation} as <code>{"id","category","description","flags":[…],"subjects":[…],"duty"?,"decision"?}</code>; flags are written sorted by name so that the bytes do not depend on set order; the duty status only when recorded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AllegationEncoder extends WireEncoder<Allegation> {

  /** The instance. */
  public static final AllegationEncoder INSTANCE = new AllegationEncoder();

  private AllegationEncoder() {
    super(Allegation.class);
  }

  @Override
  public void write(Allegation value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", value.id().value());
    gen.writeStringField("category", value.category().value());
    gen.writeStringField("description", value.description());
    gen.writeArrayFieldStart("flags");
    for (SeriousnessFlag flag : value.flags().toSortedSet(java.util.Comparator.comparing(Enum::name))) {
      gen.writeString(flag.name());
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("subjects");
    for (PartyId subject : value.subjects()) {
      gen.writeString(subject.value());
    }
    gen.writeEndArray();
    Fields.optCode(gen, "duty", value.duty());
    if (value.decision().isDefined()) {
      gen.writeFieldName("decision");
      DecisionEncoder.INSTANCE.write(value.decision().get(), gen);
    }
    gen.writeEndObject();
  }
}
