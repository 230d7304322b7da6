package org.oversight.complaint.json3;

import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.json3.internal.CodecDeserializer;
import org.oversight.complaint.wire.codec.Failure;
import org.oversight.complaint.wire.codec.LogCursor;
import org.oversight.complaint.wire.codec.LogEvents;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectReader;

/**
 * Reads the events of a log one at a time from a stream, in constant memory: a JSON array of
 * events, or NDJSON (one event per line). Obtain one from {@link ComplaintJson#readEventArray} or
 * {@link ComplaintJson#readNdjson}; close it (it closes the stream).
 *
 * <p>{@link #next()} throws {@link ComplaintJsonException} for an event it cannot read: for NDJSON
 * the error names the line ({@link ComplaintJsonException#line()}) and the pointer within it; for
 * an array the pointer starts with the element index ({@code /12/reason}). After an error the
 * reader is finished. Blank lines in NDJSON are skipped; two events on one line are an error.
 *
 * <p>Not thread-safe: one reader per thread.
 *
 * @since 0.1
 */
public final class EventLogReader implements Closeable {

  /** A read of the shared log, failing with the parser's or the codec's failures (the log is then finished). */
  private interface Read<T> {
    T run() throws IOException;
  }

  private final JsonParser parser;
  private final boolean fromStream;
  private final LogEvents events;

  EventLogReader(JsonParser parser, ObjectReader reader, boolean ndjson, boolean fromStream, long maxEvents) {
    this.parser = parser;
    this.fromStream = fromStream;
    this.events = new LogEvents(new LogEvents.Port() {
      @Override
      public LogCursor.Token next() {
        JsonToken t = parser.nextToken();
        if (t == null) {
          return LogCursor.Token.END;
        }
        return t == JsonToken.START_ARRAY ? LogCursor.Token.START_ARRAY
            : t == JsonToken.END_ARRAY ? LogCursor.Token.END_ARRAY : LogCursor.Token.VALUE;
      }

      @Override
      public String current() {
        return String.valueOf(parser.currentToken().asString());
      }

      @Override
      public long line() {
        return parser.currentTokenLocation().getLineNr();
      }

      @Override
      public CaseEvent readEvent() {
        return reader.readValue(parser);
      }
    }, ndjson, maxEvents);
  }

  private <T> T read(Read<T> read) throws IOException {
    try {
      return read.run();
    } catch (Failure f) {
      throw CodecDeserializer.exception(f.problem(), parser, parser.currentTokenLocation());
    } catch (JacksonException e) {
      throw Errors.convert(e, parser, events.line(), fromStream);
    }
  }

  /**
   * Tells whether another event follows, reading it if needed.
   *
   * @return true if {@link #next()} has an event
   * @throws ComplaintJsonException if the next event cannot be read
   * @throws IOException if the underlying stream fails
   */
  public boolean hasNext() throws IOException {
    return read(events::hasNext);
  }

  /**
   * Returns the next event.
   *
   * @return the event, never null
   * @throws NoSuchElementException if there is none
   * @throws ComplaintJsonException if the next event cannot be read
   * @throws IOException if the underlying stream fails
   */
  public CaseEvent next() throws IOException {
    return read(events::next);
  }

  /**
   * Replays the events still to read through the core ({@link ComplaintJson#replay}).
   *
   * @return the case, never null
   * @throws ComplaintJsonException if an event cannot be read, the log is empty or the core refuses an event
   * @throws IOException if the underlying stream fails
   */
  ComplaintCase replay() throws IOException {
    return read(events::replay).getOrElseThrow(problem -> CodecDeserializer.exception(problem, null));
  }

  @Override
  public void close() throws IOException {
    events.finish();
    try {
      parser.close();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }
}
