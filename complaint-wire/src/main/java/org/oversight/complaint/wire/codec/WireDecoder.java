package org.oversight.complaint.wire.codec;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Base of the codec's decoders. Each builds its domain value from a {@link WireValue} tree, field
 * by field through the core's public factories and constructors, so that validation lives once,
 * in the core. Every failure is a {@link Failure} carrying a {@link WireProblem} that names the
 * JSON pointer of the offending value, what was expected and (for a value the core refused) the
 * core's exception as the cause.
 *
 * <p>Only this package extends it. Implementations are stateless, immutable and thread-safe.
 *
 * @param <T> the decoded type
 */
public abstract class WireDecoder<T> {

  private final Class<T> type;

  WireDecoder(Class<T> type) {
    this.type = type;
  }

  /**
   * Returns the type this decoder builds.
   *
   * @return the type, never null
   */
  public final Class<T> type() {
    return type;
  }

  /**
   * Decodes a value.
   *
   * @param value the value read, not null
   * @param at where the value sits in its document, not null
   * @param reading how to treat unknown fields, not null
   * @return the domain value, never null
   * @throws Failure if the value cannot be read
   */
  public final T decode(WireValue value, Pointer at, Reading reading) {
    return read(Node.root(value, at, reading));
  }

  /**
   * Reads a value from a parser's tokens as they come, without a tree of the value
   * ({@link Node#stream}); the parser is left on the value's last token.
   *
   * @param tokens the parser, on the value's first token, not null
   * @param at where the value sits in its document, not null
   * @param reading how to treat unknown fields, not null
   * @return the domain value, never null
   * @throws IOException if the parser fails
   * @throws Failure if the value cannot be read
   */
  public T read(TokenSource tokens, Pointer at, Reading reading) throws IOException {
    Node n = Node.stream(tokens, at, reading);
    try {
      T value = read(n);
      n.finish();
      return value;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Builds the value from its cursor.
   *
   * @param node the value's cursor, not null
   * @return the value, never null
   * @throws Failure if the value cannot be read
   */
  abstract T read(Node node);
}
