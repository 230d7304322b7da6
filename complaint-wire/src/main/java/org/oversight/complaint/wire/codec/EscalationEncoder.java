package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.rules.Escalation;

/**
 * Writes {@link Escalation} as <code>{"rule","to","triggers":[…],"legalBasis","triggeredAt","due","satisfiedAt"?}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EscalationEncoder extends WireEncoder<Escalation> {

  /** The instance. */
  public static final EscalationEncoder INSTANCE = new EscalationEncoder();

  private EscalationEncoder() {
    super(Escalation.class);
  }

  @Override
  public void write(Escalation value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("rule", value.rule());
    gen.writeStringField("to", value.to().value());
    gen.writeArrayFieldStart("triggers");
    for (SeriousnessFlag flag : value.triggers()) {
      gen.writeString(flag.name());
    }
    gen.writeEndArray();
    gen.writeStringField("legalBasis", value.legalBasis().citation());
    Fields.instant(gen, "triggeredAt", value.triggeredAt());
    Fields.instant(gen, "due", value.due());
    if (value.satisfiedAt().isDefined()) {
      Fields.instant(gen, "satisfiedAt", value.satisfiedAt().get());
    }
    gen.writeEndObject();
  }
}
