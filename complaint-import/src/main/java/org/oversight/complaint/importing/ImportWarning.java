package org.oversight.complaint.importing;

import java.util.Objects;

/**
 * Something an import changed in a row that it still imported: the file, the 1-based line where the
 * row starts, the column, what was done and an English explanation. A warning never costs a row.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the file's name as passed to the importer, not null
 * @param line the 1-based line where the row starts, positive
 * @param column the column whose value was changed, not null
 * @param kind what was done, not null
 * @param message an English explanation, not null
 * @since 0.1
 */
public record ImportWarning(String source, long line, String column, Kind kind, String message) {

  /**
   * What an import changed.
   *
   * @since 0.1
   */
  public enum Kind {
    /**
     * Control characters replaced: C1 characters (U+0080 to U+009F, left by text that was Windows-1252
     * read as ISO-8859-1) by the Windows-1252 characters they stood for, other controls by U+FFFD.
     */
    REPAIRED_TEXT,
    /**
     * A finding left out because nothing dates it (Chicago: its complaint has no {@code closed_date});
     * the allegation is kept, undecided, and the finding is named in the warning.
     */
    FINDING_WITHOUT_DATE
  }

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if line is not positive
   */
  public ImportWarning {
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(column, "column is null");
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(message, "message is null");
    if (line < 1) {
      throw new IllegalArgumentException("line must be positive but is " + line);
    }
  }

  /**
   * Returns the warning as one line of text, for example
   * {@code complaints.csv line 7, column summary: REPAIRED_TEXT: U+0092 as ’}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return source + " line " + line + ", column " + column + ": " + kind + ": " + message;
  }
}
