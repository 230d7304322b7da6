package org.oversight.complaint.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.oversight.complaint.json.internal.CodecDeserializer;
import org.oversight.complaint.wire.codec.Failure;
import org.oversight.complaint.wire.codec.LogCursor;
import org.oversight.complaint.core.CaseEvent;

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

  private final JsonParser parser;
  private final ObjectReader reader;
  private final boolean fromStream;
  private final LogCursor cursor;
  private final LogCursor.Source source;
  private boolean finished;
  private CaseEvent pending;

  EventLogReader(JsonParser parser, ObjectReader reader, boolean ndjson, boolean fromStream, long maxEvents) {
    this.parser = parser;
    this.reader = reader;
    this.fromStream = fromStream;
    this.cursor = new LogCursor(ndjson, maxEvents);
    this.source = new LogCursor.Source() {
      @Override
      public LogCursor.Token next() throws IOException {
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
    };
  }

  /**
   * Tells whether another event follows, reading it if needed.
   *
   * @return true if {@link #next()} has an event
   * @throws ComplaintJsonException if the next event cannot be read
   * @throws IOException if the underlying stream fails
   */
  public boolean hasNext() throws IOException {
    if (pending != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    try {
      if (!cursor.advance(source)) {
        finished = true;
        return false;
      }
      CaseEvent event = reader.readValue(parser);
      if (event == null) {
        throw CodecDeserializer.exception(cursor.foundNull(), parser, parser.currentTokenLocation());
      }
      cursor.read(source);
      pending = event;
      return true;
    } catch (Failure f) {
      finished = true;
      throw CodecDeserializer.exception(f.problem(), parser, parser.currentTokenLocation());
    } catch (IOException e) {
      finished = true;
      throw Errors.convert(e, parser, cursor.line(), fromStream);
    }
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
    if (!hasNext()) {
      throw new NoSuchElementException("no more events");
    }
    CaseEvent event = pending;
    pending = null;
    return event;
  }

  /**
   * Returns the events still to read as an iterator whose failures are unchecked, so that the
   * core's replay can consume them; a read error arrives as an {@link UncheckedIOException} wrapping
   * the {@link ComplaintJsonException} or {@link IOException}.
   *
   * @return the iterator, never null
   */
  Iterator<CaseEvent> uncheckedIterator() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return EventLogReader.this.hasNext();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public CaseEvent next() {
        try {
          return EventLogReader.this.next();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /**
   * Returns where the last event returned by {@link #next()} came from, for error reports about it.
   *
   * @return the NDJSON line, or {@link ComplaintJsonException#NO_LINE} for an array
   */
  long lastLine() {
    return cursor.line();
  }

  /**
   * Returns the 0-based position of the last event read.
   *
   * @return the index, -1 before the first event
   */
  long lastIndex() {
    return cursor.index();
  }

  /**
   * Tells whether this reader reads NDJSON.
   *
   * @return true for NDJSON, false for a JSON array
   */
  boolean isNdjson() {
    return cursor.isNdjson();
  }

  @Override
  public void close() throws IOException {
    finished = true;
    parser.close();
  }
}
