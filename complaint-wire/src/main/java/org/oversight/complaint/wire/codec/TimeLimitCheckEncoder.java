package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.rules.TimeLimitCheck;

/**
 * Writes {@link TimeLimitCheck} as <code>{"status","deadline"?,"waivable","legalBasis"?}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TimeLimitCheckEncoder extends WireEncoder<TimeLimitCheck> {

  /** The instance. */
  public static final TimeLimitCheckEncoder INSTANCE = new TimeLimitCheckEncoder();

  private TimeLimitCheckEncoder() {
    super(TimeLimitCheck.class);
  }

  @Override
  public void write(TimeLimitCheck value, WireOut gen) throws IOException {
    gen.writeStartObject();
    Fields.code(gen, "status", value.status());
    if (value.deadline().isDefined()) {
      Fields.instant(gen, "deadline", value.deadline().get());
    }
    gen.writeBooleanField("waivable", value.waivable());
    Fields.optLegalBasis(gen, value.legalBasis());
    gen.writeEndObject();
  }
}
