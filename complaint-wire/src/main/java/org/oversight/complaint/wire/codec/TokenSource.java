package org.oversight.complaint.wire.codec;

import java.io.IOException;

/**
 * A JSON parser's tokens, as the codec reads them: each Jackson module wraps its own parser in a few lines,
 * so that the loops that read tokens ({@link TreeBuilder#read}, the streaming read of a case document's
 * history in {@link ComplaintCaseDecoder#readStreaming}) are written once, here.
 *
 * <p>Not thread-safe: one instance per parser.
 */
public interface TokenSource {

  /** The kinds of token the codec tells apart. */
  enum Kind {
    /** {@code {}}. */
    START_OBJECT,
    /** {@code }}. */
    END_OBJECT,
    /** {@code [}. */
    START_ARRAY,
    /** {@code ]}. */
    END_ARRAY,
    /** A member's name. */
    FIELD_NAME,
    /** A string. */
    STRING,
    /** A number without fraction or exponent. */
    INTEGER,
    /** A number with a fraction or an exponent. */
    DECIMAL,
    /** {@code true}. */
    TRUE,
    /** {@code false}. */
    FALSE,
    /** {@code null}. */
    NULL,
    /** Anything else a parser may report (never in JSON text); {@link #text()} describes it. */
    OTHER
  }

  /**
   * Returns the token the parser is on.
   *
   * @return the kind, null before the first token and after the last
   */
  Kind current();

  /**
   * Moves to the next token.
   *
   * @return its kind, null at the end of the input
   * @throws IOException if the parser fails (bad JSON, a limit passed)
   */
  Kind next() throws IOException;

  /**
   * Returns the current member's name.
   *
   * @return the name, never null on a {@link Kind#FIELD_NAME}
   * @throws IOException if the parser fails
   */
  String name() throws IOException;

  /**
   * Returns the current string, the current number's literal, or a description of an {@link Kind#OTHER} token.
   *
   * @return the text, never null on a value
   * @throws IOException if the parser fails
   */
  String text() throws IOException;

  /**
   * Skips the current value: on the start of an object or array, moves to its end; on any other token,
   * stays.
   *
   * @throws IOException if the parser fails
   */
  void skipChildren() throws IOException;

  /**
   * Returns where the current token sits in its document.
   *
   * @return the pointer, never null
   */
  Pointer pointer();
}
