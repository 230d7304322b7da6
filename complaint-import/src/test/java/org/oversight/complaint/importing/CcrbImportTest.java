package org.oversight.complaint.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.importing.PhiladelphiaImportTest.all;
import static org.oversight.complaint.importing.PhiladelphiaImportTest.cases;
import static org.oversight.complaint.importing.PhiladelphiaImportTest.errors;
import static org.oversight.complaint.importing.PhiladelphiaImportTest.resource;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.importing.ImportError.Kind;
import org.oversight.complaint.rules.OutcomeTaxonomy;
import org.oversight.complaint.rules.vocabulary.Vocabularies;

/** The NYC CCRB import on small synthetic files with the 27 columns of ProPublica's allegations file. */
class CcrbImportTest {

  @Test
  void imports_the_allegations_of_each_complaint_into_one_closed_case_that_replays_to_itself() {
    Seq<ComplaintCase> cases = cases(all(CcrbImport.standard().partitions(1).read("allegations.csv",
        resource("ccrb-allegations.csv"))));

    assertThat(cases.map(c -> c.id().value())).containsExactly("CCRB-901", "CCRB-1000");
    assertThat(cases.map(ComplaintCase::status)).containsOnly(CaseStatus.CLOSED);
    for (ComplaintCase c : cases) {
      assertThat(ComplaintCase.replay(c.history()).get()).isEqualTo(c);
    }
    ComplaintCase first = cases.head();
    assertThat(first.jurisdiction()).isEqualTo(CcrbImport.JURISDICTION);
    assertThat(first.reference().get().value()).isEqualTo("CCRB-2019-901");
    assertThat(first.receivedAt()).isEqualTo(Instant.parse("2019-03-01T05:00:00Z"));
    assertThat(first.lastEventAt()).isEqualTo(Instant.parse("2019-11-01T04:00:00Z"));
    assertThat(first.incident().place()).isEqualTo(Option.some("NYPD precinct 1"));
    assertThat(first.parties(PartyRole.SUBJECT).map(p -> p.serviceNumber().get())).containsExactly("7001", "7002");
    assertThat(first.parties(PartyRole.SUBJECT).map(p -> p.unit().get())).containsOnly("001 PCT");
    assertThat(first.allegations().map(a -> a.category())).containsExactly(CategoryCode.of("FORCE"),
        CategoryCode.of("ABUSE_OF_AUTHORITY"), CategoryCode.of("DISCOURTESY"));
    assertThat(first.allegations().map(a -> a.description())).containsExactly("Physical force", "Search (of person)",
        "Word");
    assertThat(first.decisions().map(d -> d.outcome().value())).containsExactly(
        "SUBSTANTIATED_CHARGES", "WITHIN_GUIDELINES", "UNABLE_TO_DETERMINE");
    OutcomeTaxonomy ccrb = Vocabularies.nycCcrb().taxonomy(LegalBasis.of("CCRB"));
    assertThat(first.decisions().filter(d -> ccrb.isUpheld(d.outcome()))).hasSize(1);
  }

  @Test
  void names_and_descriptions_of_people_are_not_imported() {
    Seq<ComplaintCase> cases = cases(all(CcrbImport.standard().partitions(1).read("allegations.csv",
        resource("ccrb-allegations.csv"))));

    for (ComplaintCase c : cases) {
      assertThat(c.parties().flatMap(Party::name)).isEmpty();
      assertThat(c.history().map(e -> e.toString()).mkString())
          .doesNotContain("Placeholder", "Officer-A", "Invented", "1001");
    }
  }

  @Test
  void bad_rows_are_refused_by_line_column_and_value_and_good_complaints_still_import() {
    Seq<Imported> results = all(CcrbImport.standard().partitions(1).read("bad.csv",
        resource("ccrb-bad-allegations.csv")));

    assertThat(cases(results).map(r -> r.id().value())).containsExactly("CCRB-2000", "CCRB-2005", "CCRB-2006",
        "CCRB-1999", "CCRB-2008");
    Seq<ImportError> errors = errors(results);
    assertThat(errors.map(e -> List.of(e.line(), e.column().getOrElse("-"), e.value().getOrElse("-"), e.kind())))
        .containsExactly(
            List.of(10L, "-", "-", Kind.MALFORMED_CSV),
            List.of(3L, "fado_type", "Fraud", Kind.UNKNOWN_TERM),
            List.of(4L, "month_received", "13", Kind.BAD_VALUE),
            List.of(5L, "year_closed", "-", Kind.MISSING_VALUE),
            List.of(6L, "month_closed", "1/2018", Kind.BAD_VALUE),
            List.of(8L, "year_received", "2017", Kind.BAD_VALUE),
            List.of(12L, "board_disposition", "Complaint Withdrawn", Kind.UNKNOWN_TERM));
    assertThat(errors.get(0).message()).startsWith("Too many entries: expected at most 27");
    assertThat(errors.get(1).message()).startsWith("vocabulary NYC-CCRB has no category for fado_type \"Fraud\"");
    assertThat(errors.get(2).message()).isEqualTo("not a month (1 to 12)");
    assertThat(errors.get(3).message()).isEqualTo("given with month_closed but empty");
    assertThat(errors.get(4).message()).isEqualTo("closed (2018-01) before received (2018-06)");
    assertThat(errors.get(5).message()).isEqualTo("differs from \"2018\" on line 7 of the same complaint");
    assertThat(errors.get(6).message()).startsWith(
        "vocabulary NYC-CCRB has no outcome or status for board_disposition \"Complaint Withdrawn\"");
    assertThat(cases(results).last().decisions().head().outcome().value()).isEqualTo("WITHIN_GUIDELINES");
    Imported.Kept differing = (Imported.Kept) results.find(r -> r instanceof Imported.Kept k
        && k.complaint().id().value().equals("CCRB-2005")).get();
    assertThat(differing.isComplete()).isFalse();
    assertThat(differing.complaint().allegations()).hasSize(1);
  }

  @Test
  void rows_of_one_complaint_anywhere_in_the_file_make_one_case() {
    String text = "complaint_id,unique_mos_id,command_at_incident,month_received,year_received,month_closed,"
        + "year_closed,precinct,fado_type,allegation,board_disposition\n"
        + "5,1,U,1,2020,2,2020,,Force,Physical force,Exonerated\n"
        + "6,1,U,1,2020,2,2020,,Force,Physical force,Exonerated\n"
        + "5,2,U,1,2020,2,2020,,Discourtesy,Word,Unsubstantiated\n";
    Seq<Imported> results = all(CcrbImport.standard().read("a.csv", new StringReader(text)));

    assertThat(errors(results)).isEmpty();
    assertThat(cases(results).map(c -> c.id().value() + " " + c.allegations().size()))
        .containsExactlyInAnyOrder("CCRB-5 2", "CCRB-6 1");
  }

  @Test
  void a_decided_allegation_needs_the_month_it_was_closed() {
    String text = "complaint_id,unique_mos_id,command_at_incident,month_received,year_received,month_closed,"
        + "year_closed,precinct,fado_type,allegation,board_disposition\n"
        + "5,1,U,1,2020,,,,Force,Physical force,Exonerated\n";
    Seq<ImportError> errors = errors(all(CcrbImport.standard().partitions(1).read("a.csv", new StringReader(text))));

    assertThat(errors.map(e -> List.of(e.line(), e.column().get(), e.kind())))
        .containsExactly(List.of(2L, "month_closed", Kind.MISSING_VALUE));
    assertThat(errors.head().message()).isEqualTo("a decided allegation (Exonerated) needs the month it was closed");
  }

  @Test
  void a_short_row_and_an_unparsable_year_are_reported() {
    String text = "complaint_id,unique_mos_id,command_at_incident,month_received,year_received,month_closed,"
        + "year_closed,precinct,fado_type,allegation,board_disposition\n"
        + "5,1,U,1,twenty,2,2020,,Force,Physical force,Exonerated\n"
        + "6,1,U,1,2020,2,2020,,Force\n";
    Seq<ImportError> errors = errors(all(CcrbImport.standard().partitions(1).read("a.csv", new StringReader(text))));

    assertThat(errors.map(e -> List.of(e.line(), e.column().get(), e.kind()))).containsExactly(
        List.of(2L, "year_received", Kind.BAD_VALUE),
        List.of(3L, "allegation", Kind.MISSING_VALUE),
        List.of(3L, "board_disposition", Kind.MISSING_VALUE));
    assertThat(errors.get(0).message()).isEqualTo("not a year (1900 to 2999)");
    assertThat(errors.get(2).message()).isEqualTo("the row ends before this column");
  }

  @Test
  void a_missing_column_ends_the_run_after_one_error() {
    ImportSummary summary = CcrbImport.standard().read("a.csv",
        new StringReader("complaint_id,fado_type\n1,Force\n")).drain(c -> { });

    assertThat(summary.errors().map(ImportError::kind)).containsExactly(Kind.MISSING_COLUMN);
    assertThat(summary.errors().head().column()).isEqualTo(Option.some("unique_mos_id"));
  }

  @Test
  void an_unclosed_quote_is_reported_and_ends_the_file_without_costing_the_rows_before_it() {
    String text = "complaint_id,unique_mos_id,command_at_incident,month_received,year_received,month_closed,"
        + "year_closed,precinct,fado_type,allegation,board_disposition\n"
        + "5,1,U,1,2020,2,2020,,Force,Physical force,Exonerated\n"
        + "6,1,U,1,2020,2,2020,,Force,\"never closed,Exonerated\n";
    ImportSummary summary = CcrbImport.standard().read("a.csv", new StringReader(text)).drain(c -> { });

    assertThat(summary.cases()).isEqualTo(1);
    assertThat(summary.refused()).isEqualTo(1);
    assertThat(summary.rows()).isEqualTo(2);
    assertThat(summary.errors().map(e -> List.of(e.line(), e.kind()))).containsExactly(List.of(4L, Kind.MALFORMED_CSV));
    assertThat(summary.errors().head().message()).isEqualTo("Missing closing quote for value");
  }

  @Test
  void programmer_errors_name_the_argument() {
    assertThatThrownBy(() -> CcrbImport.standard().read(null, new StringReader("")))
        .isInstanceOf(NullPointerException.class).hasMessage("name is null");
    assertThatThrownBy(() -> CcrbImport.standard().read("a", null))
        .isInstanceOf(NullPointerException.class).hasMessage("allegations is null");
    assertThatThrownBy(() -> CcrbImport.with(null))
        .isInstanceOf(NullPointerException.class).hasMessage("vocabulary is null");
  }
}
