package org.oversight.complaint.rules.overview;

import io.vavr.Tuple3;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a {@link PublicOverview} as CSV (RFC 4180): a header {@code table,row,count}, then one
 * record per row, total and derived figure; records end in CRLF; a field containing a comma, a
 * double quote, CR or LF is enclosed in double quotes, and its double quotes are doubled. Suppressed
 * counts are the texts {@code <5} and {@code x}, as in the Markdown table.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OverviewCsv {

  private OverviewCsv() {}

  /**
   * Returns the CSV text.
   *
   * @param overview the public view, not null
   * @return the text, never null
   * @throws NullPointerException if overview is null
   */
  public static String write(PublicOverview overview) {
    StringBuilder out = new StringBuilder();
    try {
      write(overview, out);
    } catch (IOException e) {
      throw new UncheckedIOException("bug: a StringBuilder does not fail", e);
    }
    return out.toString();
  }

  /**
   * Appends the CSV text.
   *
   * @param overview the public view, not null
   * @param out where to write, not null
   * @throws NullPointerException if an argument is null
   * @throws IOException if out fails
   */
  public static void write(PublicOverview overview, Appendable out) throws IOException {
    Objects.requireNonNull(overview, "overview is null");
    Objects.requireNonNull(out, "out is null");
    out.append("table,row,count\r\n");
    for (Tuple3<String, String, String> line : overview.lines()) {
      out.append(field(line._1)).append(',').append(field(line._2)).append(',').append(field(line._3)).append("\r\n");
    }
  }

  static String field(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
