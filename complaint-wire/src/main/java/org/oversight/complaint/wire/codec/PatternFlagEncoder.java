package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.rules.PatternFlag;

/**
 * Writes {@link PatternFlag} as <code>{"kind","identity","cases":[…],"first","last"}</code>. {@code identity} identifies a person (a subject or complainant): treat the output as personal data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PatternFlagEncoder extends WireEncoder<PatternFlag> {

  /** The instance. */
  public static final PatternFlagEncoder INSTANCE = new PatternFlagEncoder();

  private PatternFlagEncoder() {
    super(PatternFlag.class);
  }

  @Override
  public void write(PatternFlag value, WireOut gen) throws IOException {
    gen.writeStartObject();
    Fields.code(gen, "kind", value.kind());
    gen.writeStringField("identity", value.identity());
    gen.writeArrayFieldStart("cases");
    for (CaseId id : value.cases()) {
      gen.writeString(id.value());
    }
    gen.writeEndArray();
    Fields.instant(gen, "first", value.first());
    Fields.instant(gen, "last", value.last());
    gen.writeEndObject();
  }
}
