package org.oversight.complaint.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;

/**
 * The import reads row by row: a file generated on the fly, far larger than what the test keeps,
 * goes through with every case handed on and none retained.
 */
class StreamingImportTest {

  private static final String HEADER = "complaint_id,unique_mos_id,command_at_incident,month_received,"
      + "year_received,month_closed,year_closed,precinct,fado_type,allegation,board_disposition\n";
  private static final String[] FADO = {"Force", "Abuse of Authority", "Discourtesy", "Offensive Language"};
  private static final String[] DISPOSITION = {"Unsubstantiated", "Exonerated", "Substantiated (Charges)"};

  /** Produces a CCRB-shaped file of the given number of complaints, three rows each, one line at a time. */
  static Reader generated(int complaints) {
    return new Reader() {
      private int row;
      private String line = HEADER;
      private int at;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (line == null) {
          return -1;
        }
        int n = Math.min(length, line.length() - at);
        line.getChars(at, at + n, buffer, offset);
        at += n;
        if (at == line.length()) {
          at = 0;
          line = row < complaints * 3 ? row(row++) : null;
        }
        return n;
      }

      private String row(int i) {
        int complaint = 1 + i / 3;
        return complaint + "," + (100 + i % 3) + ",001 PCT," + (1 + complaint % 12) + ",2019,"
            + (1 + complaint % 12) + ",2020,1," + FADO[i % 4] + ",Invented allegation," + DISPOSITION[i % 3] + "\n";
      }

      @Override
      public void close() {
        line = null;
      }
    };
  }

  @Test
  void a_generated_export_of_a_thousand_complaints_streams_through() {
    long[] closed = {0};
    long[] allegations = {0};
    ImportSummary summary;
    try (ImportRun run = CcrbImport.standard().read("generated.csv", generated(1_000))) {
      summary = run.drain((ComplaintCase c) -> {
        closed[0] += c.status() == CaseStatus.CLOSED ? 1 : 0;
        allegations[0] += c.allegations().size();
      });
    }

    assertThat(summary.errors()).isEmpty();
    assertThat(summary.cases()).isEqualTo(1_000);
    assertThat(closed[0]).isEqualTo(1_000);
    assertThat(allegations[0]).isEqualTo(3_000);
  }
}
