package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.rules.Escalation;

/**
 * Writes {@link Escalation} as
 * <code>{"rule","to","triggers":[…],"trigger":{"type",…},"legalBasis","triggeredAt","due","satisfiedAt"?}</code>:
 * {@code triggers} are the trigger's flags, as 0.1 documents wrote them.
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
    Triggers.flags(gen, "triggers", value.triggers());
    Triggers.write(gen, "trigger", value.trigger());
    gen.writeStringField("legalBasis", value.legalBasis().citation());
    Fields.instant(gen, "triggeredAt", value.triggeredAt());
    Fields.instant(gen, "due", value.due());
    if (value.satisfiedAt().isDefined()) {
      Fields.instant(gen, "satisfiedAt", value.satisfiedAt().get());
    }
    gen.writeEndObject();
  }
}
