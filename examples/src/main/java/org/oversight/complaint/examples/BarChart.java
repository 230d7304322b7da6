package org.oversight.complaint.examples;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import org.oversight.complaint.rules.overview.Cell;

/**
 * A small SVG bar chart for the overview: per category, a bar for the number of complaints (left
 * scale) and a bar for the upheld share in percent (right scale). A suppressed count is drawn as no
 * bar, labelled with what the public table shows ({@code <5} or {@code x}); so is an upheld share the
 * public view withholds. Text is XML-escaped.
 */
final class BarChart {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 400;
  private static final int TOP = 50;
  private static final int BOTTOM = 330;
  private static final int LEFT = 60;
  private static final int RIGHT = 660;

  /**
   * One category.
   *
   * @param label the category, not null
   * @param complaints the number of complaints as the public view shows it, not null
   * @param upheldPercent the upheld share in percent, none when not published
   */
  record Bar(String label, Cell complaints, Option<BigDecimal> upheldPercent) {
    Bar {
      Objects.requireNonNull(label, "label is null");
      Objects.requireNonNull(complaints, "complaints is null");
      Objects.requireNonNull(upheldPercent, "upheldPercent is null");
    }
  }

  private BarChart() {}

  /**
   * Draws the chart.
   *
   * @param title the title, not null
   * @param bars the categories, not null, not empty
   * @return the SVG document, never null
   */
  static String svg(String title, Seq<Bar> bars) {
    Objects.requireNonNull(title, "title is null");
    if (bars.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one bar");
    }
    long maxCount = Math.max(1, bars.map(b -> count(b.complaints())).max().get());
    double maxShare = Math.max(10.0, bars.flatMap(Bar::upheldPercent).map(BigDecimal::doubleValue).max().getOrElse(0.0));
    double slot = (RIGHT - LEFT) / (double) bars.size();
    double barWidth = slot * 0.3;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append(String.format(Locale.ROOT, "  <title>%s</title>%n", escape(title)));
    svg.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"25\" font-size=\"15\">%s</text>%n", LEFT, escape(title)));
    svg.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
        LEFT, BOTTOM, RIGHT, BOTTOM));
    svg.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>%n",
        LEFT - 6, TOP + 4, maxCount));
    svg.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\">%.1f %%</text>%n", RIGHT + 6, TOP + 4, maxShare));
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double x = LEFT + i * slot + slot * 0.15;
      double countHeight = (BOTTOM - TOP) * count(bar.complaints()) / (double) maxCount;
      svg.append(String.format(Locale.ROOT,
          "  <rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#3b6ea5\"><title>%s: %s complaints</title></rect>%n",
          x, BOTTOM - countHeight, barWidth, countHeight, escape(bar.label()), escape(bar.complaints().display())));
      svg.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n",
          x + barWidth / 2, BOTTOM - countHeight - 5, escape(bar.complaints().display())));
      double sx = x + barWidth + 4;
      String shareText = bar.upheldPercent().map(p -> p.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %")
          .getOrElse("x");
      double shareHeight = (BOTTOM - TOP) * bar.upheldPercent().map(BigDecimal::doubleValue).getOrElse(0.0) / maxShare;
      svg.append(String.format(Locale.ROOT,
          "  <rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#d9822b\"><title>%s: upheld %s</title></rect>%n",
          sx, BOTTOM - shareHeight, barWidth, shareHeight, escape(bar.label()), escape(shareText)));
      svg.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n",
          sx + barWidth / 2, BOTTOM - shareHeight - 5, escape(shareText)));
      svg.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          x + barWidth + 2, BOTTOM + 20, escape(bar.label())));
    }
    svg.append(String.format(Locale.ROOT, "  <rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"#3b6ea5\"/>"
        + "<text x=\"%d\" y=\"%d\">complaints (left scale)</text>%n", LEFT, HEIGHT - 30, LEFT + 18, HEIGHT - 19));
    svg.append(String.format(Locale.ROOT, "  <rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"#d9822b\"/>"
        + "<text x=\"%d\" y=\"%d\">upheld share, criticism / decided (right scale)</text>%n",
        LEFT + 220, HEIGHT - 30, LEFT + 238, HEIGHT - 19));
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static long count(Cell cell) {
    return cell instanceof Cell.Shown ? ((Cell.Shown) cell).count() : 0;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
