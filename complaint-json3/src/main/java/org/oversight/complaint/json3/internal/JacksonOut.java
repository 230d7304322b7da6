package org.oversight.complaint.json3.internal;

import tools.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import org.oversight.complaint.wire.codec.WireOut;

/**
 * The codec's {@link WireOut} over a Jackson 3 {@link JsonGenerator}; Jackson 3 reports failures unchecked, so nothing here throws {@link IOException}.
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
  public void writeStartObject() {
    gen.writeStartObject();
  }

  @Override
  public void writeEndObject() {
    gen.writeEndObject();
  }

  @Override
  public void writeStartArray() {
    gen.writeStartArray();
  }

  @Override
  public void writeEndArray() {
    gen.writeEndArray();
  }

  @Override
  public void writeFieldName(String name) {
    gen.writeName(name);
  }

  @Override
  public void writeString(String value) {
    gen.writeString(value);
  }

  @Override
  public void writeNumber(long value) {
    gen.writeNumber(value);
  }

  @Override
  public void writeNumber(BigDecimal value) {
    gen.writeNumber(value);
  }

  @Override
  public void writeBoolean(boolean value) {
    gen.writeBoolean(value);
  }
}
