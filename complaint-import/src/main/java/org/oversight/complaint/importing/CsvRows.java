package org.oversight.complaint.importing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The rows of one CSV file with a header, read one at a time with Jackson's {@link CsvParser} (constant
 * memory), each with the line it starts on. Only the columns asked for are kept, in an array per row in
 * the order they were asked for; the other columns are read past. Jackson's exceptions become
 * {@link ImportError.Kind#MALFORMED_CSV} errors; reading goes on with the next row when Jackson can
 * resynchronise, and stops when it cannot.
 *
 * <p>Not thread-safe: one reader, one thread.
 */
final class CsvRows implements AutoCloseable {
  private static final CsvFactory FACTORY = new CsvFactory();

  /**
   * A row: where it starts, the values of the columns read (in the reader's order; null where a short
   * row lacks the column) and what was repaired in them.
   */
  record Row(long line, Columns columns, String[] values, Seq<ImportWarning> repairs) {
    Row(long line, Columns columns, String[] values) {
      this(line, columns, values, Vector.empty());
    }

    /** The value of a column read, or null if the row ends before it. */
    String value(String column) {
      return values[columns.indexOf(column)];
    }
  }

  /** The names of the columns a reader keeps, in the order their values are kept. Immutable. */
  static final class Columns {
    private final String[] names;

    Columns(Seq<String> names) {
      this.names = names.toJavaArray(String[]::new);
    }

    int size() {
      return names.length;
    }

    String name(int index) {
      return names[index];
    }

    /** The index of a column read; a column not read is a programmer error. */
    int indexOf(String column) {
      for (int i = 0; i < names.length; i++) {
        if (names[i] == column || names[i].equals(column)) {
          return i;
        }
      }
      throw new IllegalArgumentException("bug: column " + column + " is not read");
    }
  }

  private final String source;
  private final Reader reader;
  private final CsvParser parser;
  private final Columns columns;
  /** Per column of the file's header, the index of its value in a row, or -1 if it is not kept. */
  private int[] slots = new int[0];
  private Option<ImportError> headerError;
  private boolean headerFailed;
  private boolean ended;
  private boolean resync;
  private long lastErrorLine = -1;
  private long lastErrorColumn = -1;

  private CsvRows(String source, Reader reader, CsvParser parser, Columns columns) {
    this.source = source;
    this.reader = reader;
    this.parser = parser;
    this.columns = columns;
  }

  /**
   * Opens a file and checks that its header has the columns, which are the columns kept. A header
   * problem is returned by the first call of {@link #next()}.
   */
  static CsvRows open(String source, Reader in, Seq<String> required) {
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(in, "in is null");
    Columns columns = new Columns(required);
    PushbackReader reader = withoutByteOrderMark(source, in);
    CsvParser parser;
    try {
      parser = FACTORY.createParser(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    if (isEmpty(source, reader)) {
      CsvRows broken = new CsvRows(source, reader, parser, columns);
      broken.headerError = Option.some(empty(source, required));
      return broken;
    }
    parser.setSchema(CsvSchema.emptySchema().withHeader());
    parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    CsvRows opened = new CsvRows(source, reader, parser, columns);
    opened.headerError = opened.checkHeader(required);
    return opened;
  }

  private Option<ImportError> checkHeader(Seq<String> required) {
    boolean any;
    try {
      JsonToken first = parser.nextToken();
      any = first != null;
    } catch (JacksonException e) {
      return Option.some(malformed(source, e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    CsvSchema schema = parser.getSchema();
    if (schema == null || schema.size() == 0) {
      return any ? Option.none() : Option.some(empty(source, required));
    }
    Seq<String> missing = required.filter(c -> schema.column(c) == null);
    if (!missing.isEmpty()) {
      return Option.some(new ImportError(source, 1, Option.some(missing.head()), Option.none(),
          ImportError.Kind.MISSING_COLUMN, "the header lacks " + missing.mkString(", ") + "; it has "
              + Vector.ofAll(schema::iterator).map(CsvSchema.Column::getName).mkString(", ")));
    }
    slots = new int[schema.size()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = -1;
    }
    // A column named twice in the header: the first one is kept, as Jackson's schema finds it.
    for (int k = 0; k < columns.size(); k++) {
      slots[schema.column(columns.name(k)).getIndex()] = k;
    }
    return Option.none();
  }

  private static ImportError empty(String source, Seq<String> required) {
    return ImportError.row(source, 1, ImportError.Kind.MISSING_COLUMN,
        "the file is empty; expected a header with " + required.mkString(", "));
  }

  /** Whether the header could not be read or lacks a column; the file then has no rows. */
  boolean headerFailed() {
    return headerFailed;
  }

  /** The columns kept. */
  Columns columns() {
    return columns;
  }

  /** The file's name. */
  String source() {
    return source;
  }

  /**
   * The next row, or the error that took its place; none at the end. After a header error, that
   * error is the only element.
   */
  Option<Either<ImportError, Row>> next() {
    if (headerError.isDefined()) {
      headerFailed = true;
      ImportError e = headerError.get();
      headerError = Option.none();
      ended = true;
      return Option.some(Either.left(e));
    }
    if (ended) {
      return Option.none();
    }
    try {
      if (resync) {
        resync = false;
        skipRestOfRow();
      }
      JsonToken token = parser.currentToken();
      if (token == null) {
        token = parser.nextToken();
      }
      if (token == null) {
        ended = true;
        return Option.none();
      }
      long line = parser.currentLocation().getLineNr();
      // A failure from here on leaves the parser inside the row: skip to its end before the next one.
      resync = true;
      String[] values = new String[columns.size()];
      int column = 0;
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
        if (t == null) {
          break;
        }
        if (t == JsonToken.FIELD_NAME) {
          continue;
        }
        int slot = column < slots.length ? slots[column] : -1;
        if (slot >= 0) {
          values[slot] = parser.getText();
        }
        column++;
      }
      resync = false;
      parser.clearCurrentToken();
      return Option.some(Either.right(new Row(line, columns, values)));
    } catch (JacksonException e) {
      parser.clearCurrentToken();
      JsonLocation at = e.getLocation();
      long line = at == null ? 0 : at.getLineNr();
      long column = at == null ? 0 : at.getColumnNr();
      // Jackson skips to the next row after most errors; if it is stuck at the same place, stop.
      if (at == null || (line == lastErrorLine && column == lastErrorColumn)) {
        ended = true;
      }
      lastErrorLine = line;
      lastErrorColumn = column;
      return Option.some(Either.left(malformed(source, e)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /** After a failure inside a row, reads to the end of that row, as Jackson's MappingIterator does. */
  private void skipRestOfRow() throws IOException {
    while (!parser.getParsingContext().inRoot()) {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return;
      }
    }
    parser.clearCurrentToken();
  }

  private static ImportError malformed(String source, JacksonException e) {
    JsonLocation at = e.getLocation();
    return ImportError.row(source, at == null ? 0 : Math.max(0, at.getLineNr()), ImportError.Kind.MALFORMED_CSV,
        e.getOriginalMessage());
  }

  private static boolean isEmpty(String source, PushbackReader reader) {
    try {
      int first = reader.read();
      if (first == -1) {
        return true;
      }
      reader.unread(first);
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private static PushbackReader withoutByteOrderMark(String source, Reader in) {
    PushbackReader pushback = new PushbackReader(in, 1);
    try {
      int first = pushback.read();
      if (first != -1 && first != '\uFEFF') {
        pushback.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return pushback;
  }

  @Override
  public void close() {
    try {
      parser.close();
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + source, e);
    }
  }
}
