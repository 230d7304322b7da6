package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;

/**
 * The problems of a whole input rather than of one value: a document that is {@code null} or is
 * followed by more content, and the parser's own failures (a read limit, malformed JSON, undecodable
 * bytes). Each Jackson module recognises its parser's exceptions and reports them through these, so
 * that both say the same words.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InputProblems {

  private InputProblems() {}

  /**
   * Describes a document that is JSON {@code null}.
   *
   * @return the problem, at the root, never null
   */
  public static WireProblem foundNull() {
    return WireProblem.of("found null", Pointer.root(), "a JSON object");
  }

  /**
   * Describes content after a complete document.
   *
   * @return the problem, at the root, never null
   */
  public static WireProblem contentAfterDocument() {
    return WireProblem.of("content after the document", Pointer.root(), "the end of the input");
  }

  /**
   * Describes input that breaches one of the parser's read limits ({@code ReadLimits}).
   *
   * @param detail the parser's description, not null
   * @param at where the parser was, not null
   * @param line the NDJSON line, or {@link WireProblem#NO_LINE}
   * @param cause the parser's failure, not null
   * @return the problem, never null
   */
  public static WireProblem readLimit(String detail, Pointer at, long line, Throwable cause) {
    return of("input exceeds a read limit: " + detail, at, line, "input within the read limits (ReadLimits)", cause);
  }

  /**
   * Describes input that is not well-formed JSON.
   *
   * @param detail the parser's description, not null
   * @param at where the parser was, not null
   * @param line the NDJSON line, or {@link WireProblem#NO_LINE}
   * @param cause the parser's failure, not null
   * @return the problem, never null
   */
  public static WireProblem malformed(String detail, Pointer at, long line, Throwable cause) {
    return of("malformed JSON: " + detail, at, line, "well-formed JSON (RFC 8259)", cause);
  }

  /**
   * Describes bytes that do not decode as UTF-8, UTF-16 or UTF-32.
   *
   * @param detail the decoder's description, not null
   * @param at where the parser was, not null
   * @param line the NDJSON line, or {@link WireProblem#NO_LINE}
   * @param cause the decoder's failure, not null
   * @return the problem, never null
   */
  public static WireProblem undecodable(String detail, Pointer at, long line, Throwable cause) {
    return of("undecodable input: " + detail, at, line, "JSON encoded as UTF-8, UTF-16 or UTF-32", cause);
  }

  private static WireProblem of(String problem, Pointer at, long line, String expected, Throwable cause) {
    return new WireProblem(problem, at, line, expected, Option.some(cause), Option.none());
  }
}
