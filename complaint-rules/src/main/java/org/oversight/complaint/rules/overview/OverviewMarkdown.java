package org.oversight.complaint.rules.overview;

import io.vavr.Tuple3;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a {@link PublicOverview} as a Markdown (GitHub pipe) table with the columns
 * {@code table | row | count}: each table's rows and total, then the derived figures. A heading
 * names the pack and the period ("all time" for {@link ReportingPeriod#allTime()}); a last line
 * explains the suppression marks and the texts shown for a figure without a value
 * ({@link PublicMeasure.Absence}).
 *
 * <pre>
 * | table | row | count |
 * |---|---|---:|
 * | track | CONDUCT_COMPLAINT | 710 |
 * | track | total | 710 |
 * </pre>
 *
 * <p>Labels are escaped: {@code |} as {@code \|}, a backslash as {@code \\}, line breaks as blanks.
 * Only a public view can be written, so no small count and no personal data reaches the text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OverviewMarkdown {

  private OverviewMarkdown() {}

  /**
   * Returns the Markdown text.
   *
   * @param overview the public view, not null
   * @return the text, lines ending in {@code \n}, never null
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
   * Appends the Markdown text.
   *
   * @param overview the public view, not null
   * @param out where to write, not null
   * @throws NullPointerException if an argument is null
   * @throws IOException if out fails
   */
  public static void write(PublicOverview overview, Appendable out) throws IOException {
    Objects.requireNonNull(overview, "overview is null");
    Objects.requireNonNull(out, "out is null");
    out.append("## Complaints overview: ").append(escape(overview.pack())).append(", ")
        .append(overview.period().equals(ReportingPeriod.allTime()) ? "all time"
            : overview.period().from() + " to " + overview.period().to())
        .append("\n\n| table | row | count |\n|---|---|---:|\n");
    for (Tuple3<String, String, String> line : overview.lines()) {
      out.append("| ").append(escape(line._1)).append(" | ").append(escape(line._2)).append(" | ")
          .append(escape(line._3)).append(" |\n");
    }
    out.append("\n<").append(Integer.toString(overview.threshold())).append(": fewer than ")
        .append(Integer.toString(overview.threshold()))
        .append("; x: withheld so that a small count cannot be worked out from the total");
    for (PublicMeasure.Absence why : overview.measures().flatMap(PublicMeasure::absence).distinct().sorted()) {
      if (why != PublicMeasure.Absence.SUPPRESSED) {
        out.append("; ").append(why.display()).append(": ").append(explanation(why, overview.threshold()));
      }
    }
    out.append(".\n");
  }

  /** What a figure's absence means, for the legend (x is explained with the counts). */
  private static String explanation(PublicMeasure.Absence why, int threshold) {
    return switch (why) {
      case SUPPRESSED -> "withheld so that a small count cannot be worked out";
      case TOO_FEW -> "withheld, fewer than " + threshold + " cases are fully decided";
      case NOT_RECORDED -> "the data does not record decision dates";
      case NOTHING_DECIDED -> "nothing is decided to compute it from";
    };
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
