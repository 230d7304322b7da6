package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.rules.Obligation;

/**
 * Writes {@link Obligation} as <code>{"rule","kind","recipient":{…},"triggeredAt","due","satisfiedBy","notificationKind"?,"satisfiedAt"?,"legalBasis","endedAt"?,"messageKey"}</code>; {@code messageKey} is derived (for message lookup) and ignored when reading.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ObligationEncoder extends WireEncoder<Obligation> {

  /** The instance. */
  public static final ObligationEncoder INSTANCE = new ObligationEncoder();

  private ObligationEncoder() {
    super(Obligation.class);
  }

  @Override
  public void write(Obligation value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("rule", value.rule());
    Fields.code(gen, "kind", value.kind());
    gen.writeFieldName("recipient");
    RecipientEncoder.INSTANCE.write(value.recipient(), gen);
    Fields.instant(gen, "triggeredAt", value.triggeredAt());
    Fields.instant(gen, "due", value.due());
    Fields.code(gen, "satisfiedBy", value.satisfiedBy());
    Fields.optCode(gen, "notificationKind", value.notificationKind());
    if (value.satisfiedAt().isDefined()) {
      Fields.instant(gen, "satisfiedAt", value.satisfiedAt().get());
    }
    gen.writeStringField("legalBasis", value.legalBasis().citation());
    if (value.endedAt().isDefined()) {
      Fields.instant(gen, "endedAt", value.endedAt().get());
    }
    gen.writeStringField("messageKey", value.messageKey());
    gen.writeEndObject();
  }
}
