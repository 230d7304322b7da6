package org.oversight.complaint.wire.codec;

import java.io.IOException;

/**
 * Base of the codec's encoders: each writes its type field by field to a {@link WireOut}, without
 * reflection, and nested values through the other encoders' {@code write}.
 *
 * <p>Only this package extends it. Implementations are stateless, immutable and thread-safe.
 *
 * @param <T> the encoded type
 */
public abstract class WireEncoder<T> {

  private final Class<T> type;

  WireEncoder(Class<T> type) {
    this.type = type;
  }

  /**
   * Returns the type this encoder writes.
   *
   * @return the type, never null
   */
  public final Class<T> type() {
    return type;
  }

  /**
   * Writes one value.
   *
   * @param value the value, not null
   * @param gen the output, not null
   * @throws IOException if the output fails
   */
  public abstract void write(T value, WireOut gen) throws IOException;
}
