package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.rules.Breach;

/**
 * Writes {@link Breach} as <code>{"obligation":{…},"at","overdueBy":"PT…","messageKey"}</code>; {@code overdueBy} (ISO-8601 duration) and {@code messageKey} are derived and ignored when reading.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BreachEncoder extends WireEncoder<Breach> {

  /** The instance. */
  public static final BreachEncoder INSTANCE = new BreachEncoder();

  private BreachEncoder() {
    super(Breach.class);
  }

  @Override
  public void write(Breach value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName("obligation");
    ObligationEncoder.INSTANCE.write(value.obligation(), gen);
    Fields.instant(gen, "at", value.at());
    gen.writeStringField("overdueBy", value.overdueBy().toString());
    if (value.cause() != Breach.Cause.OVERDUE) {
      // Written only when it is not the default, so overdue breaches keep their wire form.
      gen.writeStringField("cause", value.cause().name());
    }
    gen.writeStringField("messageKey", value.messageKey());
    gen.writeEndObject();
  }
}
