package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.ConsentRecord;

/**
 * Writes {@link ConsentRecord} as <code>{"party","purpose","state","form"?,"at"}</code>; the form only when recorded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConsentRecordEncoder extends WireEncoder<ConsentRecord> {

  /** The instance. */
  public static final ConsentRecordEncoder INSTANCE = new ConsentRecordEncoder();

  private ConsentRecordEncoder() {
    super(ConsentRecord.class);
  }

  @Override
  public void write(ConsentRecord value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("party", value.party().value());
    Fields.code(gen, "purpose", value.purpose());
    Fields.code(gen, "state", value.state());
    Fields.optCode(gen, "form", value.form());
    Fields.instant(gen, "at", value.at());
    gen.writeEndObject();
  }
}
