package org.oversight.complaint.importing;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Why a row of an export did not become (part of) a case: the file, the 1-based line where the row
 * starts (the header is line 1; for a CSV syntax error, the line where the parser stopped), the
 * column and the value when one is to blame, the kind of problem and an English explanation.
 * Importers report these instead of throwing, so that one bad row never hides the good ones; a raw
 * Jackson exception never reaches the caller.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the file's name as passed to the importer, not null
 * @param line the 1-based line, 0 if the problem is the file as a whole
 * @param column the column, none if no single column is to blame, not null
 * @param value the offending value as read, none if there is none (a missing value or column), not null
 * @param kind what went wrong, not null
 * @param message an English explanation, not null
 * @since 0.1
 */
public record ImportError(String source, long line, Option<String> column, Option<String> value, Kind kind,
    String message) {

  /**
   * The kinds of problem an import reports.
   *
   * @since 0.1
   */
  public enum Kind {
    /** The text is not well-formed CSV (an unclosed quote, more values than columns); Jackson's words. */
    MALFORMED_CSV,
    /** The header lacks a column the import reads. */
    MISSING_COLUMN,
    /** A value the import needs is empty or the row ends before its column. */
    MISSING_VALUE,
    /** A value does not have the required form (a date, an identifier, a month). */
    BAD_VALUE,
    /** A value the vocabulary does not map. */
    UNKNOWN_TERM,
    /** A second row for a complaint that the file has one row for (the first is imported). */
    DUPLICATE_ROW,
    /** A row of a complaint that is refused because of another row (the complaint's own row, say). */
    COMPLAINT_REFUSED,
    /** A row refers to a complaint that the other file does not have. */
    ORPHAN_ROW,
    /** The core refused a command built from the row (the message is the core's rejection). */
    REFUSED
  }

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if line is negative
   */
  public ImportError {
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(column, "column is null");
    Objects.requireNonNull(value, "value is null");
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(message, "message is null");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative but is " + line);
    }
  }

  /**
   * Creates an error blaming a value of a column.
   *
   * @param source the file, not null
   * @param line the line
   * @param column the column, not null
   * @param value the value, not null
   * @param kind the kind, not null
   * @param message the explanation, not null
   * @return the error, never null
   */
  public static ImportError at(String source, long line, String column, String value, Kind kind, String message) {
    return new ImportError(source, line, Option.some(column), Option.some(value), kind, message);
  }

  /**
   * Creates an error blaming a column whose value is missing.
   *
   * @param source the file, not null
   * @param line the line
   * @param column the column, not null
   * @param kind the kind, not null
   * @param message the explanation, not null
   * @return the error, never null
   */
  public static ImportError missing(String source, long line, String column, Kind kind, String message) {
    return new ImportError(source, line, Option.some(column), Option.none(), kind, message);
  }

  /**
   * Creates an error blaming a whole row or the file.
   *
   * @param source the file, not null
   * @param line the line
   * @param kind the kind, not null
   * @param message the explanation, not null
   * @return the error, never null
   */
  public static ImportError row(String source, long line, Kind kind, String message) {
    return new ImportError(source, line, Option.none(), Option.none(), kind, message);
  }

  /**
   * Returns the error as one line of text, for example
   * {@code complaints.csv line 4, column date_received, value "2016-13-01": BAD_VALUE: not a date (yyyy-MM-dd)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return source + (line > 0 ? " line " + line : "") + column.map(c -> ", column " + c).getOrElse("")
        + value.map(v -> ", value \"" + v + "\"").getOrElse("") + ": " + kind + ": " + message;
  }
}
