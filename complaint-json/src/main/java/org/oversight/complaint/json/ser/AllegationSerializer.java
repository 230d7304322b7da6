package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.SeriousnessFlag;

/**
 * Writes {@link Allegation} as <code>{"id","category","description","flags":[…],"subjects":[…],"decision"?}</code>; flags are written sorted by name so that the bytes do not depend on set order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AllegationSerializer extends WireSerializer<Allegation> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final AllegationSerializer INSTANCE = new AllegationSerializer();

  private AllegationSerializer() {
    super(Allegation.class);
  }

  @Override
  public void write(Allegation value, JsonGenerator gen) throws IOException {
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
    if (value.decision().isDefined()) {
      gen.writeFieldName("decision");
      DecisionSerializer.INSTANCE.write(value.decision().get(), gen);
    }
    gen.writeEndObject();
  }
}
