package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.TimeLimitWaiver;

/**
 * Writes {@link TimeLimitWaiver} as <code>{"at","legalBasis"?,"reason"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TimeLimitWaiverSerializer extends WireSerializer<TimeLimitWaiver> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final TimeLimitWaiverSerializer INSTANCE = new TimeLimitWaiverSerializer();

  private TimeLimitWaiverSerializer() {
    super(TimeLimitWaiver.class);
  }

  @Override
  public void write(TimeLimitWaiver value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    Fields.instant(gen, "at", value.at());
    Fields.optLegalBasis(gen, value.legalBasis());
    gen.writeStringField("reason", value.reason());
    gen.writeEndObject();
  }
}
