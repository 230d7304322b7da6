package org.oversight.complaint.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.importing.ImportError.Kind;
import org.oversight.complaint.rules.vocabulary.Counting;
import org.oversight.complaint.rules.vocabulary.Term;
import org.oversight.complaint.rules.vocabulary.Vocabularies;

/** The Philadelphia import on small synthetic files with the published columns. */
class PhiladelphiaImportTest {

  static Reader resource(String name) {
    return new InputStreamReader(PhiladelphiaImportTest.class.getResourceAsStream("/importing/" + name),
        StandardCharsets.UTF_8);
  }

  static Seq<Imported> all(ImportRun run) {
    try (run) {
      return Vector.ofAll(() -> run);
    }
  }

  static Seq<ComplaintCase> cases(Seq<Imported> results) {
    return results.filter(Imported.Kept.class::isInstance).map(r -> ((Imported.Kept) r).complaint());
  }

  static Seq<ImportError> errors(Seq<Imported> results) {
    return results.flatMap(Imported::errors);
  }

  /** With one partition, complaints come in file order. */
  static ImportRun good() {
    return PhiladelphiaImport.standard().partitions(1).read("complaints.csv", resource("philadelphia-complaints.csv"),
        "findings.csv", resource("philadelphia-findings.csv"));
  }

  @Test
  void imports_every_complaint_of_a_good_export_and_each_replays_to_itself() {
    Seq<ComplaintCase> cases = cases(all(good()));

    assertThat(cases.map(c -> c.id().value())).containsExactly("PHL-21-0001", "PHL-21-0002", "PHL-21-0003",
        "PHL-21-0004");
    assertThat(cases.map(ComplaintCase::status)).containsExactly(
        CaseStatus.CLOSED, CaseStatus.INVESTIGATION, CaseStatus.ASSESSED, CaseStatus.CLOSED);
    for (ComplaintCase c : cases) {
      assertThat(ComplaintCase.replay(c.history()).get()).isEqualTo(c);
    }
  }

  @Test
  void a_complaint_with_final_findings_is_decided_per_officer_and_allegation_and_closed() {
    ComplaintCase first = cases(all(good())).head();

    assertThat(first.jurisdiction()).isEqualTo(PhiladelphiaImport.JURISDICTION);
    assertThat(first.reference().get().value()).isEqualTo("PHL-2021-210001");
    assertThat(first.receivedAt()).isEqualTo(Instant.parse("2021-03-02T05:00:00Z"));
    assertThat(first.incident().place()).isEqualTo(Option.some("Philadelphia police district 1400"));
    assertThat(first.incident().description()).isEqualTo("Invented: a caller waited two hours, and nobody came.");
    assertThat(first.parties(PartyRole.SUBJECT).map(p -> p.serviceNumber().get()))
        .containsExactly("90000001", "90000002");
    assertThat(first.parties(PartyRole.SUBJECT).head().unit()).isEqualTo(Option.some("1400 14TH DISTRICT"));
    assertThat(first.allegations().map(a -> a.category())).containsOnly(CategoryCode.of("LACK_OF_SERVICE"));
    assertThat(first.allegations().map(a -> a.description())).containsExactly(
        "allegations investigated: Lack of Service", "allegations investigated: Lack of Service",
        "allegations investigated: Verbal Abuse");
    assertThat(first.allegations().map(a -> a.subjects().head().value())).containsExactly(
        "PO-90000001", "PO-90000002", "PO-90000001");
    assertThat(first.decisions().map(d -> d.outcome().value())).containsExactly(
        "SUSTAINED", "NOT_SUSTAINED", "NOT_SUSTAINED");
    assertThat(first.history().filter(e -> e.reason().contains("disciplinary finding: Training/Counseling")))
        .hasSize(1);
    assertThat(first.isOpen()).isFalse();
  }

  @Test
  void a_pending_finding_leaves_the_case_under_investigation_with_an_unidentified_officer() {
    ComplaintCase second = cases(all(good())).get(1);

    assertThat(second.isOpen()).isTrue();
    assertThat(second.incident().place()).isEqualTo(Option.none());
    assertThat(second.incident().description()).contains("\n");
    assertThat(second.allegations().head().category()).isEqualTo(CategoryCode.of("PHYSICAL_ABUSE"));
    assertThat(second.allegations().head().isDecided()).isFalse();
    assertThat(second.parties(PartyRole.SUBJECT).head().subjectKind()).isEqualTo(Option.some(SubjectKind.UNIDENTIFIED));
    assertThat(second.parties(PartyRole.SUBJECT).head().unit()).isEqualTo(Option.none());
  }

  @Test
  void a_complaint_without_findings_keeps_its_classification_and_stays_assessed() {
    ComplaintCase third = cases(all(good())).get(2);

    assertThat(third.allegations()).hasSize(1);
    assertThat(third.allegations().head().category()).isEqualTo(CategoryCode.of("VERBAL_ABUSE"));
    assertThat(third.allegations().head().subjects()).isEmpty();
    assertThat(third.incident().description()).isEmpty();
  }

  @Test
  void a_not_applicable_finding_is_decided_outside_the_upheld_share() {
    ComplaintCase fourth = cases(all(good())).get(3);

    assertThat(fourth.decisions().map(d -> d.outcome())).containsExactly(Outcome.of("NOT_APPLICABLE"));
    assertThat(Vocabularies.philadelphia().taxonomy(org.oversight.complaint.core.LegalBasis.of("PPD"))
        .countsInDenominator(Outcome.of("NOT_APPLICABLE"))).isFalse();
  }

  @Test
  void bad_rows_are_refused_by_line_column_and_value_and_every_complaint_with_a_valid_row_is_kept() {
    Seq<Imported> results = all(PhiladelphiaImport.standard().partitions(1).read(
        "complaints.csv", resource("philadelphia-bad-complaints.csv"),
        "findings.csv", resource("philadelphia-bad-findings.csv")));

    assertThat(cases(results).map(c -> c.id().value())).containsExactly("PHL-22-0001", "PHL-22-0006", "PHL-22-0008");
    Seq<ImportError> errors = errors(results);
    assertThat(errors.map(e -> List.of(e.source(), e.line(), e.column().getOrElse("-"), e.value().getOrElse("-"),
        e.kind()))).containsExactly(
            List.of("complaints.csv", 6L, "-", "-", Kind.MALFORMED_CSV),
            List.of("complaints.csv", 3L, "date_received", "2022-13-01", Kind.BAD_VALUE),
            List.of("complaints.csv", 4L, "date_received", "-", Kind.MISSING_VALUE),
            List.of("complaints.csv", 7L, "complaint_id", "22-0003", Kind.DUPLICATE_ROW),
            List.of("complaints.csv", 5L, "general_cap_classification", "Parking", Kind.UNKNOWN_TERM),
            List.of("findings.csv", 3L, "investigative_findings", "Dismissed", Kind.UNKNOWN_TERM),
            List.of("findings.csv", 4L, "complaint_id", "22-0007", Kind.ORPHAN_ROW));
    assertThat(errors.get(1).message()).isEqualTo("not a date (yyyy-MM-dd)");
    assertThat(errors.get(4).message()).startsWith(
        "vocabulary PHILADELPHIA has no category for general_cap_classification \"Parking\" (known: ");
    assertThat(errors.get(0).message()).startsWith("Too many entries: expected at most 5");
    assertThat(errors.get(3).message()).isEqualTo("complaint 22-0003 already has line 4");
    assertThat(errors.get(6).message()).isEqualTo("no complaint 22-0007 in complaints.csv");
    assertThat(errors.get(1).toString()).isEqualTo(
        "complaints.csv line 3, column date_received, value \"2022-13-01\": BAD_VALUE: not a date (yyyy-MM-dd)");
  }

  @Test
  void a_bad_finding_row_refuses_that_finding_and_keeps_the_complaint_incomplete() {
    Seq<Imported> results = all(PhiladelphiaImport.standard().partitions(1).read(
        "complaints.csv", resource("philadelphia-bad-complaints.csv"),
        "findings.csv", resource("philadelphia-bad-findings.csv")));

    Imported.Kept dismissed = (Imported.Kept) results.find(r -> r instanceof Imported.Kept k
        && k.complaint().id().value().equals("PHL-22-0006")).get();
    assertThat(dismissed.isComplete()).isFalse();
    assertThat(dismissed.rowsImported()).isEqualTo(1);
    assertThat(dismissed.rowsRefused()).isEqualTo(1);
    assertThat(dismissed.errors().map(ImportError::kind)).containsExactly(Kind.UNKNOWN_TERM);
    assertThat(((Imported.Kept) results.find(r -> r instanceof Imported.Kept).get()).isComplete()).isTrue();
  }

  @Test
  void the_summary_accounts_for_every_row_of_both_files() {
    ImportSummary summary = PhiladelphiaImport.standard().read(
        "complaints.csv", resource("philadelphia-bad-complaints.csv"),
        "findings.csv", resource("philadelphia-bad-findings.csv")).drain(c -> { });

    // 8 complaint rows and 4 finding rows.
    assertThat(summary.rows()).isEqualTo(12);
    assertThat(summary.rowsImported()).isEqualTo(5);
    assertThat(summary.rowsRefused()).isEqualTo(7);
    assertThat(summary.cases()).isEqualTo(3);
    assertThat(summary.incomplete()).isEqualTo(1);
    assertThat(summary.refused()).isEqualTo(5);
    assertThat(summary.errorsByKind().get(Kind.UNKNOWN_TERM)).contains(2L);
  }

  @Test
  void a_missing_column_is_reported_once_and_ends_the_run() {
    ImportSummary summary = PhiladelphiaImport.standard().read("complaints.csv",
        resource("philadelphia-no-summary.csv"), "findings.csv", resource("philadelphia-findings.csv"))
        .drain(c -> { });

    assertThat(summary.cases()).isZero();
    assertThat(summary.errors()).hasSize(1);
    ImportError e = summary.errors().head();
    assertThat(e.kind()).isEqualTo(Kind.MISSING_COLUMN);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(Option.some("summary"));
    assertThat(e.message()).isEqualTo("the header lacks summary; it has complaint_id, date_received, "
        + "district_occurrence, general_cap_classification");
  }

  @Test
  void a_missing_column_of_the_findings_file_ends_the_run() {
    ImportSummary summary = PhiladelphiaImport.standard().read("complaints.csv",
        resource("philadelphia-complaints.csv"), "findings.csv",
        new StringReader("complaint_id,officer_id\n21-0001,1\n")).drain(c -> { });

    assertThat(summary.cases()).isZero();
    assertThat(summary.errors().map(ImportError::kind)).containsExactly(Kind.MISSING_COLUMN);
    assertThat(summary.errors().head().source()).isEqualTo("findings.csv");
    assertThat(summary.errors().head().message()).startsWith(
        "the header lacks po_assigned_unit, allegations_investigated, investigative_findings, disciplinary_findings");
  }

  @Test
  void an_empty_file_is_a_missing_header() {
    ImportSummary summary = PhiladelphiaImport.standard().read("complaints.csv", new StringReader(""),
        "findings.csv", resource("philadelphia-findings.csv")).drain(c -> { });

    assertThat(summary.errors().map(ImportError::kind)).containsExactly(Kind.MISSING_COLUMN);
    assertThat(summary.errors().head().message()).startsWith("the file is empty; expected a header with complaint_id");
  }

  @Test
  void findings_in_any_order_join_their_complaints() {
    String complaints = "complaint_id,date_received,district_occurrence,general_cap_classification,summary\n"
        + "21-0002,2021-03-02,1400,Drugs,y\n21-0001,2021-03-02,1400,Drugs,x\n";
    String findings = "complaint_id,officer_id,po_race,po_sex,po_assigned_unit,allegations_investigated,"
        + "investigative_findings,disciplinary_findings\n"
        + "21-0001,2,a,b,U,Drugs,Sustained Finding,Guilty Finding\n"
        + "21-0002,1,a,b,U,Drugs,Sustained Finding,Guilty Finding\n"
        + "21-0001,3,a,b,U,Drugs,Pending,Pending\n";
    Seq<Imported> results = all(PhiladelphiaImport.standard().read(
        "c.csv", new StringReader(complaints), "f.csv", new StringReader(findings)));

    assertThat(errors(results)).isEmpty();
    assertThat(cases(results).map(c -> c.id().value() + " " + c.status() + " " + c.allegations().size()))
        .containsExactlyInAnyOrder("PHL-21-0001 INVESTIGATION 2", "PHL-21-0002 CLOSED 1");
  }

  @Test
  void a_value_the_core_refuses_is_reported_as_refused_for_its_complaint_only() {
    String complaints = "complaint_id,date_received,district_occurrence,general_cap_classification,summary\n"
        + "21-0001,2021-03-02,1400,Drugs,x\n21-0002,2021-03-02,1400,Drugs,y\n";
    String findings = "complaint_id,officer_id,po_race,po_sex,po_assigned_unit,allegations_investigated,"
        + "investigative_findings,disciplinary_findings\n"
        + "21-0001,1,a,b,U,Drugs,Sustained Finding," + "z".repeat(4_000) + "\n"
        + "21-0002,2,a,b,U,Drugs,Sustained Finding,Guilty Finding\n";
    ImportSummary summary = PhiladelphiaImport.standard().read(
        "c.csv", new StringReader(complaints), "f.csv", new StringReader(findings)).drain(c -> { });

    // The decision is refused; the complaint keeps its allegation, undecided.
    assertThat(summary.cases()).isEqualTo(2);
    assertThat(summary.incomplete()).isEqualTo(1);
    assertThat(summary.errors().map(e -> List.of(e.source(), e.line(), e.kind())))
        .containsExactly(List.of("f.csv", 2L, Kind.REFUSED));
    assertThat(summary.errors().head().message()).startsWith("reason must be at most 4000 characters");
  }

  @Test
  void a_byte_order_mark_and_an_officer_id_the_core_rejects_are_handled() {
    String complaints = "\uFEFFcomplaint_id,date_received,district_occurrence,general_cap_classification,summary\n"
        + "21-0001,2021-03-02,1400,Drugs,x\n";
    String findings = "complaint_id,officer_id,po_race,po_sex,po_assigned_unit,allegations_investigated,"
        + "investigative_findings,disciplinary_findings\n"
        + "21-0001,not an id!,a,b,U,Drugs,Sustained Finding,Guilty Finding\n";
    Seq<ImportError> errors = all(PhiladelphiaImport.standard().read(
        "c.csv", new StringReader(complaints), "f.csv", new StringReader(findings))).flatMap(Imported::errors);

    assertThat(errors.map(e -> List.of(e.source(), e.line(), e.column().get(), e.kind())))
        .containsExactly(List.of("f.csv", 2L, "officer_id", Kind.BAD_VALUE));
    assertThat(errors.head().message()).startsWith("PartyId must be");
  }

  @Test
  void an_overridden_vocabulary_changes_the_outcome() {
    ImportRun run = PhiladelphiaImport.with(Vocabularies.philadelphia().with(new Term.OutcomeTerm(
        "investigative_findings", "Not Applicable", Outcome.of("NOT_INVESTIGATED"), Counting.EXCLUDED,
        Option.none()))).read("complaints.csv", resource("philadelphia-complaints.csv"), "findings.csv",
        resource("philadelphia-findings.csv"));

    assertThat(cases(all(run)).filter(c -> c.id().value().equals("PHL-21-0004")).head().decisions().head().outcome()).isEqualTo(Outcome.of("NOT_INVESTIGATED"));
  }

  @Test
  void the_run_is_an_iterator_that_ends() {
    ImportRun run = good();
    java.util.List<ComplaintCase> seen = new ArrayList<>();
    ImportSummary summary = run.drain(seen::add);

    assertThat(summary).isEqualTo(new ImportSummary(4, 0, 0, 9, 0, Vector.empty(), Vector.empty()));
    assertThat(summary.isClean()).isTrue();
    assertThat(seen).hasSize(4);
    assertThat(run.hasNext()).isFalse();
    assertThatThrownBy(run::next).isInstanceOf(NoSuchElementException.class);
    run.close();
  }

  @Test
  void programmer_errors_name_the_argument() {
    PhiladelphiaImport standard = PhiladelphiaImport.standard();
    assertThatThrownBy(() -> standard.read(null, new StringReader(""), "f", new StringReader("")))
        .isInstanceOf(NullPointerException.class).hasMessage("complaintsName is null");
    assertThatThrownBy(() -> standard.read("c", new StringReader(""), "f", null))
        .isInstanceOf(NullPointerException.class).hasMessage("findings is null");
    assertThatThrownBy(() -> PhiladelphiaImport.with(null))
        .isInstanceOf(NullPointerException.class).hasMessage("vocabulary is null");
    assertThatThrownBy(() -> good().drain(null)).isInstanceOf(NullPointerException.class).hasMessage("sink is null");
    assertThatThrownBy(() -> new ImportError("s", -1, Option.none(), Option.none(), Kind.BAD_VALUE, "m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ImportSummary(-1, 0, 0, 0, 0, Vector.empty(), Vector.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ImportSummary(1, 2, 0, 0, 0, Vector.empty(), Vector.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> standard.partitions(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
