package org.oversight.complaint.rules.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.rules.overview.Cases.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;

/** The Markdown and CSV texts, exactly. */
class OverviewWritersTest {

  static final String UNIT = "North, \"Old\" | Town";

  /** Six cases just received, all in one unit whose name needs quoting and escaping. */
  static PublicOverview sixReceived() {
    Seq<ComplaintCase> cases = List.range(0, 6).map(i -> spec("w" + i).unit(UNIT)
        .receivedAt(t("2020-05-0" + (i + 1) + "T10:00:00Z")));
    return OverviewCollector.summarise(cases, OverviewTest.DK_NO_DEADLINES, OverviewTest.Y).publish();
  }

  // Zeros are shown: no case is closed, none handled informally, nothing decided.
  static final String[][] LINES = {
    {"track", "CONDUCT_COMPLAINT", "6"}, {"track", "total", "6"},
    {"handlingBody", "DK-DUP", "6"}, {"handlingBody", "total", "6"},
    {"unit", UNIT, "6"}, {"unit", "total", "6"},
    {"handling", "informal", "0"}, {"handling", "formal", "6"}, {"handling", "total", "6"},
    {"statusAtEnd", "open", "6"}, {"statusAtEnd", "closed", "0"}, {"statusAtEnd", "total", "6"},
    {"category", "CONDUCT", "6"}, {"category", "total", "6"},
    {"outcome", "total", "0"},
    {"upheld", "upheld", "0"}, {"upheld", "notUpheld", "0"}, {"upheld", "total", "0"},
    {"review", "upheld", "0"}, {"review", "notUpheld", "0"}, {"review", "pending", "0"}, {"review", "total", "0"},
    {"breach", "total", "0"},
    {"casesByCategory", "CONDUCT", "6"}, {"casesByCategory", "total", "6"},
    {"categoryOutcome", "total", "0"},
    {"upheldAllegations", "upheld", "0"}, {"upheldAllegations", "notUpheld", "0"}, {"upheldAllegations", "total", "0"},
    {"measures", "upheldSharePercent", "none"}, {"measures", "medianDaysToDecision", "none"},
    {"measures", "p90DaysToDecision", "none"}, {"measures", "upheldAllegationSharePercent", "none"},
  };

  @Test
  void markdownIsOnePipeTableWithEscapedLabels() {
    StringBuilder expected = new StringBuilder(
        "## Complaints overview: DK-counts, 2019-12-31T23:00:00Z to 2020-12-31T23:00:00Z\n\n"
        + "| table | row | count |\n|---|---|---:|\n");
    for (String[] l : LINES) {
      expected.append("| ").append(l[0]).append(" | ").append(l[1].replace("|", "\\|")).append(" | ").append(l[2])
          .append(" |\n");
    }
    expected.append("\n<5: fewer than 5; x: withheld so that a small count cannot be worked out from the total; "
        + "none: nothing is decided to compute it from.\n");
    assertThat(OverviewMarkdown.write(sixReceived())).isEqualTo(expected.toString());
    assertThat(OverviewMarkdown.write(sixReceived())).contains("| unit | North, \"Old\" \\| Town | 6 |\n");
  }

  @Test
  void csvQuotesByRfc4180() {
    StringBuilder expected = new StringBuilder("table,row,count\r\n");
    for (String[] l : LINES) {
      expected.append(l[0]).append(',').append(l[1].equals(UNIT) ? "\"North, \"\"Old\"\" | Town\"" : l[1]).append(',')
          .append(l[2]).append("\r\n");
    }
    assertThat(OverviewCsv.write(sixReceived())).isEqualTo(expected.toString());
  }

  @Test
  void fieldsAndLabelsAreQuotedOnlyWhenNeeded() {
    assertThat(OverviewCsv.field("plain text")).isEqualTo("plain text");
    assertThat(OverviewCsv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(OverviewCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(OverviewCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(OverviewCsv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    assertThat(OverviewCsv.field("")).isEqualTo("");
    assertThat(OverviewMarkdown.escape("a|b\\c\r\nd\ne\rf")).isEqualTo("a\\|b\\\\c d e f");
  }

  @Test
  void writersAppendToAnyAppendable() throws IOException {
    StringWriter md = new StringWriter();
    OverviewMarkdown.write(sixReceived(), md);
    assertThat(md.toString()).isEqualTo(OverviewMarkdown.write(sixReceived()));
    StringWriter csv = new StringWriter();
    OverviewCsv.write(sixReceived(), csv);
    assertThat(csv.toString()).isEqualTo(OverviewCsv.write(sixReceived()));
    assertThatThrownBy(() -> OverviewCsv.write(null)).hasMessage("overview is null");
    assertThatThrownBy(() -> OverviewCsv.write(sixReceived(), null)).hasMessage("out is null");
    assertThatThrownBy(() -> OverviewMarkdown.write(null)).hasMessage("overview is null");
    assertThatThrownBy(() -> OverviewMarkdown.write(sixReceived(), null)).hasMessage("out is null");
  }

  @Test
  void aFailingAppendableFailsTheWrite() {
    Appendable broken = new Appendable() {
      @Override
      public Appendable append(CharSequence csq) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public Appendable append(CharSequence csq, int start, int end) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public Appendable append(char c) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> OverviewCsv.write(sixReceived(), broken)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> OverviewMarkdown.write(sixReceived(), broken)).isInstanceOf(IOException.class);
  }
}
