package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import java.util.Objects;
import org.oversight.complaint.core.Rejection;

/**
 * What went wrong reading one input, without a Jackson type: both Jackson modules build their
 * exception from it, so that their messages are the same word for word.
 *
 * @param problem what is wrong, not null
 * @param pointer where, not null (the root is the document itself)
 * @param line the 1-based NDJSON line, or {@link #NO_LINE}
 * @param expected what was expected there, not null
 * @param cause the original failure (a core refusal, a parser error), none if none
 * @param rejection the core's rejection when the core refused an event, none otherwise
 */
public record WireProblem(
    String problem, Pointer pointer, long line, String expected, Option<Throwable> cause, Option<Rejection> rejection) {

  /** The value of {@link #line()} when the input was not read line by line. */
  public static final long NO_LINE = -1L;

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   */
  public WireProblem {
    Objects.requireNonNull(problem, "problem is null");
    Objects.requireNonNull(pointer, "pointer is null");
    Objects.requireNonNull(expected, "expected is null");
    Objects.requireNonNull(cause, "cause is null");
    Objects.requireNonNull(rejection, "rejection is null");
  }

  /**
   * Describes a problem at a place, with no line, cause or rejection.
   *
   * @param problem what is wrong, not null
   * @param pointer where, not null
   * @param expected what was expected, not null
   * @return the problem, never null
   */
  public static WireProblem of(String problem, Pointer pointer, String expected) {
    return new WireProblem(problem, pointer, NO_LINE, expected, Option.none(), Option.none());
  }

  /**
   * Returns the message both modules' exceptions carry:
   * {@code <problem> at <pointer> [on line <n>]; expected <expected>}.
   *
   * @return the message, never null
   */
  public String message() {
    return compose(problem, pointer.toString(), line, expected);
  }

  /**
   * Composes an error message.
   *
   * @param problem what is wrong, not null
   * @param pointer the RFC 6901 pointer text, empty for the root, not null
   * @param line the 1-based NDJSON line, or {@link #NO_LINE}
   * @param expected what was expected, not null
   * @return the message, never null
   * @throws NullPointerException if problem, pointer or expected is null
   */
  public static String compose(String problem, String pointer, long line, String expected) {
    Objects.requireNonNull(problem, "problem is null");
    Objects.requireNonNull(pointer, "pointer is null");
    Objects.requireNonNull(expected, "expected is null");
    String where = pointer.isEmpty() ? "(document root)" : pointer;
    return problem + " at " + where + (line == NO_LINE ? "" : " on line " + line) + "; expected " + expected;
  }

  /**
   * Returns this problem at an NDJSON line.
   *
   * @param newLine the 1-based line, or {@link #NO_LINE}
   * @return the problem with that line, never null
   */
  public WireProblem atLine(long newLine) {
    return new WireProblem(problem, pointer, newLine, expected, cause, rejection);
  }

  /**
   * Returns this problem as an unchecked exception to throw through code that cannot declare one.
   *
   * @return the failure, never null
   */
  public Failure failure() {
    return new Failure(this);
  }
}
