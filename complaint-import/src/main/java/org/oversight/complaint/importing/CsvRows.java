package org.oversight.complaint.importing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
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
import java.util.Map;
import java.util.Objects;

/**
 * The rows of one CSV file with a header, read one at a time through Jackson's {@link MappingIterator}
 * (constant memory), each with the line it starts on. Jackson's exceptions become
 * {@link ImportError.Kind#MALFORMED_CSV} errors; reading goes on with the next row when Jackson can
 * resynchronise, and stops when it cannot.
 *
 * <p>Not thread-safe: one reader, one thread.
 */
final class CsvRows implements AutoCloseable {
  private static final CsvMapper MAPPER = new CsvMapper();

  /**
   * A row: where it starts, its values by column (a short row lacks its last columns) and what was
   * repaired in them.
   */
  record Row(long line, Map<String, String> values, Seq<ImportWarning> repairs) {
    Row(long line, Map<String, String> values) {
      this(line, values, Vector.empty());
    }
  }

  private final String source;
  private final Reader reader;
  private final MappingIterator<Map<String, String>> rows;
  private Option<ImportError> headerError;
  private boolean headerFailed;
  private boolean ended;
  private long lastErrorLine = -1;
  private long lastErrorColumn = -1;

  private CsvRows(String source, Reader reader, MappingIterator<Map<String, String>> rows) {
    this.source = source;
    this.reader = reader;
    this.rows = rows;
  }

  /**
   * Opens a file and checks that its header has the columns. A header problem is returned by the
   * first call of {@link #next()}.
   */
  static CsvRows open(String source, Reader in, Seq<String> required) {
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(in, "in is null");
    PushbackReader reader = withoutByteOrderMark(source, in);
    if (isEmpty(source, reader)) {
      CsvRows broken = new CsvRows(source, reader, MappingIterator.emptyIterator());
      broken.headerError = Option.some(empty(source, required));
      return broken;
    }
    MappingIterator<Map<String, String>> rows;
    try {
      rows = MAPPER.readerForMapOf(String.class)
          .with(CsvSchema.emptySchema().withHeader())
          .with(CsvParser.Feature.SKIP_EMPTY_LINES)
          .readValues(reader);
    } catch (JacksonException e) {
      CsvRows broken = new CsvRows(source, reader, MappingIterator.emptyIterator());
      broken.headerError = Option.some(malformed(source, e));
      return broken;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    CsvRows opened = new CsvRows(source, reader, rows);
    opened.headerError = opened.checkHeader(required);
    return opened;
  }

  private Option<ImportError> checkHeader(Seq<String> required) {
    boolean any;
    try {
      any = rows.hasNextValue();
    } catch (JacksonException e) {
      return Option.some(malformed(source, e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    CsvSchema schema = (CsvSchema) rows.getParserSchema();
    if (schema == null || schema.size() == 0) {
      return any ? Option.none() : Option.some(empty(source, required));
    }
    Seq<String> missing = required.filter(c -> schema.column(c) == null);
    return missing.isEmpty() ? Option.none() : Option.some(new ImportError(source, 1,
        Option.some(missing.head()), Option.none(), ImportError.Kind.MISSING_COLUMN,
        "the header lacks " + missing.mkString(", ") + "; it has " + Vector.ofAll(schema::iterator)
            .map(CsvSchema.Column::getName).mkString(", ")));
  }

  private static ImportError empty(String source, Seq<String> required) {
    return ImportError.row(source, 1, ImportError.Kind.MISSING_COLUMN,
        "the file is empty; expected a header with " + required.mkString(", "));
  }

  /** Whether the header could not be read or lacks a column; the file then has no rows. */
  boolean headerFailed() {
    return headerFailed;
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
      if (!rows.hasNextValue()) {
        ended = true;
        return Option.none();
      }
      long line = rows.getParser().currentLocation().getLineNr();
      return Option.some(Either.right(new Row(line, rows.nextValue())));
    } catch (JacksonException e) {
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
      rows.close();
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + source, e);
    }
  }
}
