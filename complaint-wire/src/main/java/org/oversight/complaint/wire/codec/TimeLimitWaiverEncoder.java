package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.TimeLimitWaiver;

/**
 * Writes {@link TimeLimitWaiver} as <code>{"at","legalBasis"?,"reason"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TimeLimitWaiverEncoder extends WireEncoder<TimeLimitWaiver> {

  /** The instance. */
  public static final TimeLimitWaiverEncoder INSTANCE = new TimeLimitWaiverEncoder();

  private TimeLimitWaiverEncoder() {
    super(TimeLimitWaiver.class);
  }

  @Override
  public void write(TimeLimitWaiver value, WireOut gen) throws IOException {
    gen.writeStartObject();
    Fields.instant(gen, "at", value.at());
    Fields.optLegalBasis(gen, value.legalBasis());
    gen.writeStringField("reason", value.reason());
    gen.writeEndObject();
  }
}
