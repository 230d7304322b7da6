package org.oversight.complaint.json3;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import java.io.Closeable;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
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
  private final boolean ndjson;
  private final boolean fromStream;
  private boolean started;
  private boolean finished;
  private long lastLine;
  private long index = -1;
  private CaseEvent pending;
  private long pendingLine = ComplaintJsonException.NO_LINE;

  EventLogReader(JsonParser parser, ObjectReader reader, boolean ndjson, boolean fromStream) {
    this.parser = parser;
    this.reader = reader;
    this.ndjson = ndjson;
    this.fromStream = fromStream;
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
    long line = ComplaintJsonException.NO_LINE;
    try {
      JsonToken t = parser.nextToken();
      if (!started) {
        started = true;
        if (!ndjson) {
          if (t != JsonToken.START_ARRAY) {
            throw new ComplaintJsonException(parser, t == null ? "empty input" : "found " + t.asString(),
                JsonPointer.empty(), ComplaintJsonException.NO_LINE, "a JSON array of events",
                parser.currentTokenLocation(), null);
          }
          t = parser.nextToken();
        }
      }
      if (!ndjson && t == JsonToken.END_ARRAY) {
        JsonToken after = parser.nextToken();
        if (after != null) {
          throw new ComplaintJsonException(parser, "content after the array", JsonPointer.empty(),
              ComplaintJsonException.NO_LINE, "the end of the input", parser.currentTokenLocation(), null);
        }
        finished = true;
        return false;
      }
      if (t == null) {
        if (!ndjson) {
          throw new ComplaintJsonException(parser, "the array is not closed", JsonPointer.empty(),
              ComplaintJsonException.NO_LINE, "] after the last event", parser.currentLocation(), null);
        }
        finished = true;
        return false;
      }
      index++;
      if (ndjson) {
        line = parser.currentTokenLocation().getLineNr();
        if (line == lastLine) {
          throw new ComplaintJsonException(parser, "a second value on one line", JsonPointer.empty(), line,
              "one event per line (NDJSON)", parser.currentTokenLocation(), null);
        }
      }
      CaseEvent event = reader.readValue(parser);
      if (event == null) {
        throw new ComplaintJsonException(parser, "found null", ndjson ? JsonPointer.empty() : JsonPointer.empty().appendIndex((int) index),
            line, "an event (a JSON object)", parser.currentTokenLocation(), null);
      }
      if (ndjson) {
        lastLine = parser.currentTokenLocation().getLineNr();
      }
      pending = event;
      pendingLine = line;
      return true;
    } catch (JacksonException e) {
      finished = true;
      throw Errors.convert(e, parser, line, fromStream);
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
    return pendingLine;
  }

  /**
   * Returns the 0-based position of the last event read.
   *
   * @return the index, -1 before the first event
   */
  long lastIndex() {
    return index;
  }

  /**
   * Tells whether this reader reads NDJSON.
   *
   * @return true for NDJSON, false for a JSON array
   */
  boolean isNdjson() {
    return ndjson;
  }

  @Override
  public void close() throws IOException {
    finished = true;
    try {
      parser.close();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }
}
