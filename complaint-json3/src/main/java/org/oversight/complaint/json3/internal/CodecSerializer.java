package org.oversight.complaint.json3.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.oversight.complaint.wire.codec.WireEncoder;

/**
 * The one Jackson 3 serializer of this module: it hands the value to the codec's encoder for its
 * type, writing through {@link JacksonOut}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the written type
 */
public final class CodecSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient WireEncoder<T> encoder;

  /**
   * Wraps an encoder.
   *
   * @param encoder the encoder, not null
   */
  public CodecSerializer(WireEncoder<T> encoder) {
    super(encoder.type());
    this.encoder = encoder;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    try {
      encoder.write(value, new JacksonOut(gen));
    } catch (IOException e) {
      throw new UncheckedIOException("bug: a Jackson 3 generator threw a checked exception", e);
    }
  }
}
