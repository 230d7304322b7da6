package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.ConsentRecord;

/**
 * Writes {@link ConsentRecord} as <code>{"party","purpose","state","at"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConsentRecordSerializer extends WireSerializer<ConsentRecord> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final ConsentRecordSerializer INSTANCE = new ConsentRecordSerializer();

  private ConsentRecordSerializer() {
    super(ConsentRecord.class);
  }

  @Override
  public void write(ConsentRecord value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("party", value.party().value());
    Fields.code(gen, "purpose", value.purpose());
    Fields.code(gen, "state", value.state());
    Fields.instant(gen, "at", value.at());
    gen.writeEndObject();
  }
}
