package org.oversight.complaint.wire.codec;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Rejection;

/**
 * The events of a log, read one at a time through a {@link Port} over a Jackson parser: what both
 * Jackson modules' {@code EventLogReader}s do apart from turning failures into their own exception.
 * The shape of the log is {@link LogCursor}'s; this adds the one event read ahead, the end after the
 * first failure, and replay through the core.
 *
 * <p>Failures pass through unchanged for the adapter to convert: a {@link Failure} for a log of the
 * wrong shape, a JSON {@code null} event or too many events; the port's own exceptions for the rest.
 *
 * <p>Not thread-safe: one instance per reader.
 */
public final class LogEvents {

  /** A parser seen from the log: the cursor's view of its tokens, and the reading of one event. */
  public interface Port extends LogCursor.Source {
    /**
     * Reads the event whose first token is the current one, leaving the parser on its last token.
     *
     * @return the event, null for a JSON {@code null}
     * @throws IOException if the input fails or the event cannot be read
     */
    CaseEvent readEvent() throws IOException;
  }

  private final Port port;
  private final LogCursor cursor;
  private boolean finished;
  private CaseEvent pending;

  /**
   * Starts before the first event.
   *
   * @param port the parser, not null
   * @param ndjson true for NDJSON, false for a JSON array
   * @param maxEvents the most events the log may hold, positive
   */
  public LogEvents(Port port, boolean ndjson, long maxEvents) {
    this.port = port;
    this.cursor = new LogCursor(ndjson, maxEvents);
  }

  /**
   * Tells whether another event follows, reading it if needed. After a failure there is none.
   *
   * @return true if {@link #next()} has an event
   * @throws IOException if the port fails
   * @throws Failure if the log's shape is wrong or the event is JSON {@code null}
   */
  public boolean hasNext() throws IOException {
    if (pending != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    finished = true;
    if (!cursor.advance(port)) {
      return false;
    }
    CaseEvent event = port.readEvent();
    if (event == null) {
      throw cursor.foundNull().failure();
    }
    cursor.read(port);
    pending = event;
    finished = false;
    return true;
  }

  /**
   * Returns the next event.
   *
   * @return the event, never null
   * @throws NoSuchElementException if there is none
   * @throws IOException if the port fails
   * @throws Failure if the log's shape is wrong or the event is JSON {@code null}
   */
  public CaseEvent next() throws IOException {
    if (!hasNext()) {
      throw new NoSuchElementException("no more events");
    }
    CaseEvent event = pending;
    pending = null;
    return event;
  }

  /**
   * Replays the events still to read through the core.
   *
   * @return the case, or the problem when the log is empty or the core refuses an event (naming the
   *     event's line or array index, with the core's rejection), never null
   * @throws IOException if the port fails
   * @throws Failure if the log's shape is wrong or an event is JSON {@code null}
   */
  public Either<WireProblem, ComplaintCase> replay() throws IOException {
    if (!hasNext()) {
      return Either.left(Codecs.emptyLog());
    }
    Either<Rejection, ComplaintCase> replayed;
    try {
      replayed = ComplaintCase.replay(this::unchecked);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // the core stops at the refused event, so the last event read is the one at fault
    return replayed.mapLeft(r -> Codecs.refusedInLog(r, cursor.isNdjson(), cursor.index(), cursor.line()));
  }

  private Iterator<CaseEvent> unchecked() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return LogEvents.this.hasNext();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public CaseEvent next() {
        try {
          return LogEvents.this.next();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /**
   * Returns the NDJSON line of the event being read, for error reports about it.
   *
   * @return the line, or {@link WireProblem#NO_LINE} for an array
   */
  public long line() {
    return cursor.line();
  }

  /** Ends the log: no event is read from the port after this. */
  public void finish() {
    finished = true;
  }
}
