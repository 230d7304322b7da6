package org.oversight.complaint.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.oversight.complaint.wire.codec.WireEncoder;

/**
 * The one Jackson 2 serializer of this module: it hands the value to the codec's encoder for its
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
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    encoder.write(value, new JacksonOut(gen));
  }
}
