package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import java.io.IOException;

/**
 * Where a streaming event-log reader is: a JSON array of events, or NDJSON (one event per line).
 * Both Jackson modules' {@code EventLogReader}s walk their parser through it, so that the shape of
 * a log (the opening bracket, the closing one, nothing after it, one event per line) is checked
 * once, in the same words. The reader itself reads each event with its own mapper.
 *
 * <p>Not thread-safe: one cursor per reader.
 */
public final class LogCursor {

  /** The tokens that decide the shape of a log. */
  public enum Token {
    /** {@code [}. */
    START_ARRAY,
    /** {@code ]}. */
    END_ARRAY,
    /** The first token of any other value. */
    VALUE,
    /** The end of the input. */
    END
  }

  /** A parser seen from the cursor. */
  public interface Source {
    /**
     * Moves to the next token.
     *
     * @return the token, {@link Token#END} at the end of the input
     * @throws IOException if the input fails
     */
    Token next() throws IOException;

    /**
     * Describes the current token, for "found …".
     *
     * @return the token's text, never null
     */
    String current();

    /**
     * Returns the 1-based line of the current token.
     *
     * @return the line
     */
    long line();
  }

  private final boolean ndjson;
  private boolean started;
  private long lastLine;
  private long index = -1;
  private long line = WireProblem.NO_LINE;

  private final long maxEvents;

  /**
   * Starts before the first event.
   *
   * @param ndjson true for NDJSON, false for a JSON array
   * @param maxEvents the most events the log may hold, positive
   */
  public LogCursor(boolean ndjson, long maxEvents) {
    if (maxEvents <= 0) {
      throw new IllegalArgumentException("maxEvents must be positive but was " + maxEvents);
    }
    this.ndjson = ndjson;
    this.maxEvents = maxEvents;
  }

  private static Failure fail(String problem, long line, String expected) {
    return new WireProblem(problem, Pointer.root(), line, expected, Option.none(), Option.none()).failure();
  }

  /**
   * Moves the source to the first token of the next event.
   *
   * @param source the parser, not null
   * @return true on an event, false at the end of the log
   * @throws IOException if the input fails
   * @throws Failure if the log's shape is wrong here
   */
  public boolean advance(Source source) throws IOException {
    line = WireProblem.NO_LINE;
    Token t = source.next();
    if (!started) {
      started = true;
      if (!ndjson) {
        if (t != Token.START_ARRAY) {
          throw fail(t == Token.END ? "empty input" : "found " + source.current(), WireProblem.NO_LINE,
              "a JSON array of events");
        }
        t = source.next();
      }
    }
    if (!ndjson && t == Token.END_ARRAY) {
      if (source.next() != Token.END) {
        throw fail("content after the array", WireProblem.NO_LINE, "the end of the input");
      }
      return false;
    }
    if (t == Token.END) {
      if (!ndjson) {
        throw fail("the array is not closed", WireProblem.NO_LINE, "] after the last event");
      }
      return false;
    }
    index++;
    if (ndjson) {
      line = source.line();
      if (line == lastLine) {
        throw fail("a second value on one line", line, "one event per line (NDJSON)");
      }
    }
    if (index >= maxEvents) {
      // Replay keeps every event of a case: an endless log must stop here, not exhaust the heap.
      throw fail("more than " + maxEvents + " events", line, "at most " + maxEvents + " events (ReadLimits.maxEvents)");
    }
    return true;
  }

  /**
   * Records that the event was read, the source now on its last token.
   *
   * @param source the parser, not null
   */
  public void read(Source source) {
    if (ndjson) {
      lastLine = source.line();
    }
  }

  /**
   * Describes an event that is JSON {@code null}.
   *
   * @return the problem, never null
   */
  public WireProblem foundNull() {
    return new WireProblem("found null", ndjson ? Pointer.root() : Pointer.root().index(index), line,
        "an event (a JSON object)", Option.none(), Option.none());
  }

  /**
   * Returns the NDJSON line of the event being read.
   *
   * @return the line, or {@link WireProblem#NO_LINE} for an array
   */
  public long line() {
    return line;
  }

  /**
   * Returns the 0-based position of the event being read.
   *
   * @return the index, -1 before the first event
   */
  public long index() {
    return index;
  }

  /**
   * Tells whether the log is NDJSON.
   *
   * @return true for NDJSON, false for a JSON array
   */
  public boolean isNdjson() {
    return ndjson;
  }
}
