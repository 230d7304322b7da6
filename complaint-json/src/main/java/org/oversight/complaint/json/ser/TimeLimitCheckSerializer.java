package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.rules.TimeLimitCheck;

/**
 * Writes {@link TimeLimitCheck} as <code>{"status","deadline"?,"waivable","legalBasis"?}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TimeLimitCheckSerializer extends WireSerializer<TimeLimitCheck> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final TimeLimitCheckSerializer INSTANCE = new TimeLimitCheckSerializer();

  private TimeLimitCheckSerializer() {
    super(TimeLimitCheck.class);
  }

  @Override
  public void write(TimeLimitCheck value, JsonGenerator gen) throws IOException {
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
