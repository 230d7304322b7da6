package org.oversight.complaint.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import org.oversight.complaint.wire.codec.WireOut;

/**
 * The codec's {@link WireOut} over a Jackson 2 {@link JsonGenerator}.
 *
 * <p>Not thread-safe, like the generator it writes to.
 */
public final class JacksonOut implements WireOut {

  private final JsonGenerator gen;

  /**
   * Writes to a generator.
   *
   * @param gen the generator, not null
   */
  public JacksonOut(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public void writeStartObject() throws IOException {
    gen.writeStartObject();
  }

  @Override
  public void writeEndObject() throws IOException {
    gen.writeEndObject();
  }

  @Override
  public void writeStartArray() throws IOException {
    gen.writeStartArray();
  }

  @Override
  public void writeEndArray() throws IOException {
    gen.writeEndArray();
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    gen.writeFieldName(name);
  }

  @Override
  public void writeString(String value) throws IOException {
    gen.writeString(value);
  }

  @Override
  public void writeNumber(long value) throws IOException {
    gen.writeNumber(value);
  }

  @Override
  public void writeNumber(BigDecimal value) throws IOException {
    gen.writeNumber(value);
  }

  @Override
  public void writeBoolean(boolean value) throws IOException {
    gen.writeBoolean(value);
  }
}
