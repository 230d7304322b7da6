package org.oversight.complaint.wire;

import java.util.Objects;

/**
 * A value read leniently, with the fields the reader did not know, so that writing it back
 * ({@code ComplaintJson.write(Preserved)} of either Jackson module) loses nothing: a document written
 * by a newer producer survives a round trip through an older reader. One type for complaint-json and
 * complaint-json3, so that what one module kept the other can write.
 *
 * <p>Each unknown field is kept as its JSON pointer (RFC 6901, e.g. {@code /history/2/priority})
 * and its value as compact JSON text, in document order ({@link PreservedFields}).
 *
 * <p>This record is immutable, and thread-safe if its value is.
 *
 * @param <T> the value type
 * @param value the value, not null
 * @param unknownFields the unknown fields, not null, empty when there were none
 * @since 0.1
 */
public record Preserved<T>(T value, PreservedFields unknownFields) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   */
  public Preserved {
    Objects.requireNonNull(value, "value is null");
    Objects.requireNonNull(unknownFields, "unknownFields is null");
  }

  /**
   * Wraps a value with no unknown fields.
   *
   * @param <T> the value type
   * @param value the value, not null
   * @return the wrapper, never null
   * @throws NullPointerException if value is null
   */
  public static <T> Preserved<T> of(T value) {
    return new Preserved<>(value, PreservedFields.empty());
  }
}
