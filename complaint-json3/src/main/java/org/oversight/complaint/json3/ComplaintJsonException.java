package org.oversight.complaint.json3;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DatabindException;
import java.io.Closeable;
import io.vavr.control.Option;
import java.util.Objects;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.wire.codec.WireProblem;

/**
 * The one error this module raises for input it cannot read: malformed JSON, a missing field, a
 * wrong type, a value the core refuses, a history the core will not replay, an unknown field, a
 * breached read limit or undecodable bytes.
 *
 * <p>It names where ({@link #pointer()}, an RFC 6901 JSON pointer into the document or the
 * NDJSON line, and {@link #line()} for NDJSON), and what was expected ({@link #expected()}). When
 * the core refused a value, the core's exception is the {@linkplain #getCause() cause}, so that
 * its message is kept word for word.
 *
 * <p>It extends Jackson 3's {@link DatabindException} (an unchecked {@code JacksonException}), so
 * that code catching Jackson's exceptions also catches it. Its message is the Jackson 2 module's
 * {@code ComplaintJsonException} message word for word. Readers of this module throw no other
 * exception for bad input; a failure of the underlying stream itself is passed on as Jackson 3's
 * {@code JacksonIOException}, so that I/O problems are not mistaken for bad data.
 *
 * <p>This class is immutable once thrown.
 *
 * @since 0.1
 */
public final class ComplaintJsonException extends DatabindException {

  private static final long serialVersionUID = 1L;

  /** The value of {@link #line()} when the input was not read line by line. */
  public static final long NO_LINE = -1L;

  private final transient JsonPointer pointer;
  private final long line;
  private final String problem;
  private final String expected;
  private final transient Rejection rejection;

  /**
   * Creates an error.
   *
   * @param processor the parser that was reading, null if none
   * @param problem what is wrong, not null
   * @param pointer where, not null (the empty pointer is the document itself)
   * @param line the 1-based NDJSON line, or {@link #NO_LINE}
   * @param expected what was expected there, not null
   * @param location the parser location, null if unknown
   * @param cause the original failure, null if none
   * @throws NullPointerException if problem, pointer or expected is null
   */
  public ComplaintJsonException(
      Closeable processor,
      String problem,
      JsonPointer pointer,
      long line,
      String expected,
      TokenStreamLocation location,
      Throwable cause) {
    this(processor, problem, pointer, line, expected, location, cause, null);
  }

  /**
   * Creates an error for an event the core refused while replaying a history.
   *
   * @param processor the parser that was reading, null if none
   * @param problem what is wrong, not null
   * @param pointer where, not null (the empty pointer is the document itself)
   * @param line the 1-based NDJSON line, or {@link #NO_LINE}
   * @param expected what was expected there, not null
   * @param location the parser location, null if unknown
   * @param cause the original failure, null if none
   * @param rejection the core's rejection, null if none
   * @throws NullPointerException if problem, pointer or expected is null
   */
  public ComplaintJsonException(
      Closeable processor,
      String problem,
      JsonPointer pointer,
      long line,
      String expected,
      TokenStreamLocation location,
      Throwable cause,
      Rejection rejection) {
    super(processor, compose(problem, pointer, line, expected), location, cause);
    this.problem = problem;
    this.pointer = pointer;
    this.line = line;
    this.expected = expected;
    this.rejection = rejection;
  }

  /**
   * Returns the core's rejection when the core refused to replay an event of the input.
   *
   * @return the rejection, none if the problem was not a refused event
   */
  public Option<Rejection> rejection() {
    return Option.of(rejection);
  }

  private static String compose(String problem, JsonPointer pointer, long line, String expected) {
    Objects.requireNonNull(pointer, "pointer is null");
    return WireProblem.compose(problem, pointer.toString(), line, expected);
  }

  /**
   * Returns where the problem is, as an RFC 6901 JSON pointer relative to the document (or, for
   * NDJSON, to the line).
   *
   * @return the pointer, never null; empty for the document root
   */
  public JsonPointer pointer() {
    return pointer;
  }

  /**
   * Returns the 1-based line of an NDJSON input.
   *
   * @return the line, or {@link #NO_LINE} when the input was not NDJSON
   */
  public long line() {
    return line;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem, never null
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns what was expected at the pointer.
   *
   * @return a short description, never null
   */
  public String expected() {
    return expected;
  }

  /**
   * Returns a copy that names an NDJSON line.
   *
   * @param newLine the 1-based line
   * @return a new exception with the same pointer, cause and stack trace, never null
   */
  public ComplaintJsonException atLine(long newLine) {
    ComplaintJsonException copy = new ComplaintJsonException(
        (Closeable) processor(), problem, pointer, newLine, expected, getLocation(), getCause(), rejection);
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
