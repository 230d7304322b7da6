package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.SeriousnessFlag;

/**
 * Writes {@link RelatedCase} as <code>{"other":"C-2","relation":"SAME_INCIDENT","flags"?:[…]}</code>; the
 * other matter's flags are written sorted by name, and only when some are recorded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RelatedCaseEncoder extends WireEncoder<RelatedCase> {

  /** The instance. */
  public static final RelatedCaseEncoder INSTANCE = new RelatedCaseEncoder();

  private RelatedCaseEncoder() {
    super(RelatedCase.class);
  }

  @Override
  public void write(RelatedCase value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("other", value.other().value());
    Fields.code(gen, "relation", value.relation());
    if (!value.flags().isEmpty()) {
      gen.writeArrayFieldStart("flags");
      for (SeriousnessFlag flag : value.flags().toSortedSet(java.util.Comparator.comparing(Enum::name))) {
        gen.writeString(flag.name());
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }
}
