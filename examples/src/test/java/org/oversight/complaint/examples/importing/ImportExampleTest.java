package org.oversight.complaint.examples.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import example program, run on small invented files with the published columns. */
class ImportExampleTest {

  static final String COMPLAINTS = "complaint_id,date_received,district_occurrence,general_cap_classification,summary\n"
      + "21-0002,2021-03-04,1400,PHYSICAL ABUSE,\"Invented: two lines,\nand a quote \u0092\"\n"
      + "21-0001,2021-03-02,1400,LACK OF SERVICE,Invented.\n";
  static final String FINDINGS = "complaint_id,officer_id,po_race,po_sex,po_assigned_unit,allegations_investigated,"
      + "investigative_findings,disciplinary_findings\n"
      + "21-0001,90000001,x,y,1400 14TH DISTRICT,Lack of Service,Sustained Finding,Training/Counseling\n"
      + "21-0002,90000002,x,y,1400 14TH DISTRICT,Physical Abuse,No Sustained Findings,Not Applicable\n"
      + "21-0001,90000003,x,y,1400 14TH DISTRICT,#VALUE!,#VALUE!,#VALUE!\n";
  static final String CCRB = "complaint_id,unique_mos_id,command_at_incident,month_received,year_received,"
      + "month_closed,year_closed,precinct,fado_type,allegation,board_disposition\n"
      + "5,1,U,1,2020,2,2020,1,Force,Physical force,Exonerated\n"
      + "6,1,U,1,2020,3,2020,1,Fraud,Invented,Exonerated\n"
      + "5,2,U,1,2020,2,2020,1,Discourtesy,Word,Substantiated (Charges)\n";

  @TempDir
  Path dir;

  private String file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
  }

  private static String run(String... args) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImportExample.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void reports_the_philadelphia_import_with_its_repairs_and_refused_rows() throws Exception {
    String report = run("philadelphia", file("c.csv", COMPLAINTS), file("f.csv", FINDINGS));

    assertThat(report).contains("cases imported: 2 (1 incomplete), refused: 0; rows imported: 4, refused: 1, repaired: 1",
        "f.csv line 4, column investigative_findings, value \"#VALUE!\": UNKNOWN_TERM");
  }

  @Test
  void reports_the_ccrb_import_with_its_errors() throws Exception {
    String report = run("ccrb", file("a.csv", CCRB));

    assertThat(report).contains("cases imported: 1 (0 incomplete), refused: 1",
        "a.csv line 3, column fado_type, value \"Fraud\": UNKNOWN_TERM: ");
  }

  @Test
  void prints_the_usage_for_arguments_it_does_not_understand() throws Exception {
    assertThat(run("chicago")).startsWith("usage: ");
  }
}
