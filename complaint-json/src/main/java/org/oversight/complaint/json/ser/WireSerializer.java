package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Base of this module's serializers: each writes its type field by field with the streaming
 * generator, without reflection, and nested values through the other serializers' {@code write}.
 *
 * <p>Implementations are stateless, immutable and thread-safe.
 *
 * @param <T> the handled type
 * @since 0.1
 */
public abstract class WireSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  /**
   * Creates a serializer.
   *
   * @param type the handled type, not null
   */
  protected WireSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public final void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    write(value, gen);
  }

  /**
   * Writes one value.
   *
   * @param value the value, not null
   * @param gen the generator, not null
   * @throws IOException if the generator fails
   */
  public abstract void write(T value, JsonGenerator gen) throws IOException;
}
