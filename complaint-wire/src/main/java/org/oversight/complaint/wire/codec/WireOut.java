package org.oversight.complaint.wire.codec;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Where the encoders write: the few streaming calls the wire format needs, so that one encoder
 * serves a Jackson 2 generator, a Jackson 3 generator and an in-memory {@link TreeBuilder}.
 * The composite calls ({@code writeStringField}, …) are written once here in terms of the primitive
 * ones.
 *
 * <p>Implementations are not thread-safe: one writer per document.
 */
public interface WireOut {

  /**
   * Starts an object.
   *
   * @throws IOException if the target fails
   */
  void writeStartObject() throws IOException;

  /**
   * Ends the innermost object.
   *
   * @throws IOException if the target fails
   */
  void writeEndObject() throws IOException;

  /**
   * Starts an array.
   *
   * @throws IOException if the target fails
   */
  void writeStartArray() throws IOException;

  /**
   * Ends the innermost array.
   *
   * @throws IOException if the target fails
   */
  void writeEndArray() throws IOException;

  /**
   * Writes a field name inside an object.
   *
   * @param name the name, not null
   * @throws IOException if the target fails
   */
  void writeFieldName(String name) throws IOException;

  /**
   * Writes a string value.
   *
   * @param value the string, not null
   * @throws IOException if the target fails
   */
  void writeString(String value) throws IOException;

  /**
   * Writes a whole number.
   *
   * @param value the number
   * @throws IOException if the target fails
   */
  void writeNumber(long value) throws IOException;

  /**
   * Writes a decimal number as its {@link BigDecimal#toString()}.
   *
   * @param value the number, not null
   * @throws IOException if the target fails
   */
  void writeNumber(BigDecimal value) throws IOException;

  /**
   * Writes a boolean.
   *
   * @param value the boolean
   * @throws IOException if the target fails
   */
  void writeBoolean(boolean value) throws IOException;

  /**
   * Writes a field with a string value.
   *
   * @param name the field name, not null
   * @param value the string, not null
   * @throws IOException if the target fails
   */
  default void writeStringField(String name, String value) throws IOException {
    writeFieldName(name);
    writeString(value);
  }

  /**
   * Writes a field with a whole number.
   *
   * @param name the field name, not null
   * @param value the number
   * @throws IOException if the target fails
   */
  default void writeNumberField(String name, long value) throws IOException {
    writeFieldName(name);
    writeNumber(value);
  }

  /**
   * Writes a field with a decimal number.
   *
   * @param name the field name, not null
   * @param value the number, not null
   * @throws IOException if the target fails
   */
  default void writeNumberField(String name, BigDecimal value) throws IOException {
    writeFieldName(name);
    writeNumber(value);
  }

  /**
   * Writes a field with a boolean.
   *
   * @param name the field name, not null
   * @param value the boolean
   * @throws IOException if the target fails
   */
  default void writeBooleanField(String name, boolean value) throws IOException {
    writeFieldName(name);
    writeBoolean(value);
  }

  /**
   * Writes a field name and starts an array as its value.
   *
   * @param name the field name, not null
   * @throws IOException if the target fails
   */
  default void writeArrayFieldStart(String name) throws IOException {
    writeFieldName(name);
    writeStartArray();
  }

  /**
   * Writes a field name and starts an object as its value.
   *
   * @param name the field name, not null
   * @throws IOException if the target fails
   */
  default void writeObjectFieldStart(String name) throws IOException {
    writeFieldName(name);
    writeStartObject();
  }
}
