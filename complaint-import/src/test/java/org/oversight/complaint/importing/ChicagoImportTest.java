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
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.importing.ImportError.Kind;

/** The Chicago CPDP import on small synthetic files with the published columns and codes. */
class ChicagoImportTest {

  private static Seq<Imported> published() {
    return all(ChicagoImport.standard().read("complaints.csv", resource("chicago-complaints.csv"),
        "accused.csv", resource("chicago-accused.csv")));
  }

  private static ComplaintCase named(Seq<Imported> results, String id) {
    return cases(results).find(c -> c.id().value().equals(id)).getOrElseThrow(() -> new AssertionError(id));
  }

  @Test
  void each_complaint_with_a_valid_row_is_kept_and_replays_to_itself() {
    Seq<Imported> results = published();

    assertThat(cases(results).map(c -> c.id().value() + " " + c.status())).containsExactlyInAnyOrder(
        "CHI-C900002 CLOSED", "CHI-9000001 CLOSED", "CHI-9000003 INVESTIGATION", "CHI-9000004 ASSESSED");
    for (ComplaintCase c : cases(results)) {
      assertThat(ComplaintCase.replay(c.history()).get()).isEqualTo(c);
    }
  }

  @Test
  void published_codes_map_naf_and_dis_are_findings_and_an_empty_code_is_uncategorised() {
    Seq<Imported> results = published();
    ComplaintCase force = named(results, "CHI-9000001");
    ComplaintCase old = named(results, "CHI-C900002");

    assertThat(force.allegations().map(a -> a.category().value())).containsExactly("USE_OF_FORCE", "UNKNOWN");
    assertThat(force.decisions().map(d -> d.outcome().value())).containsExactly("SUSTAINED", "NO_AFFIDAVIT");
    assertThat(force.parties(PartyRole.SUBJECT).map(p -> p.serviceNumber().get())).containsExactly("100001", "100002");
    assertThat(force.incident().place()).isEqualTo(Option.some("Chicago police beat 832.0"));
    assertThat(force.lastEventAt()).isEqualTo(Instant.parse("2011-03-04T06:00:00Z"));
    assertThat(old.reference().get().value()).isEqualTo("CHIC-2004-900002");
    assertThat(old.allegations().map(a -> a.category())).contains(ChicagoImport.UNCATEGORISED);
    assertThat(old.decisions().map(d -> d.outcome().value())).containsExactly("NOT_SUSTAINED", "DISCHARGED");
  }

  @Test
  void a_bad_accused_row_is_refused_alone_and_its_complaint_kept_incomplete() {
    Seq<Imported> results = published();

    assertThat(errors(results).map(e -> List.of(e.line(), e.column().getOrElse("-"), e.value().getOrElse("-"),
        e.kind()))).containsExactlyInAnyOrder(
            List.of(8L, "complaint_code", "99Z", Kind.UNKNOWN_TERM),
            List.of(9L, "cr_id", "9000009", Kind.ORPHAN_ROW));
    Imported.Kept unknownCode = (Imported.Kept) results.find(r -> r instanceof Imported.Kept k
        && k.complaint().id().value().equals("CHI-9000004")).get();
    assertThat(unknownCode.isComplete()).isFalse();
    assertThat(unknownCode.complaint().status()).isEqualTo(CaseStatus.ASSESSED);
  }

  @Test
  void a_finding_that_nothing_dates_is_left_out_with_a_warning_and_its_allegation_kept_undecided() {
    Seq<Imported> results = published();

    ComplaintCase open = named(results, "CHI-9000003");
    Seq<ImportWarning> warnings = results.flatMap(Imported::warnings)
        .filter(w -> w.kind() == ImportWarning.Kind.FINDING_WITHOUT_DATE);

    assertThat(open.allegations()).hasSize(2);
    assertThat(open.allegations().filter(Allegation::isDecided)).isEmpty();
    assertThat(open.allegations().map(a -> a.subjects().head().value())).containsExactly("CPDP-100005", "CPDP-100006");
    assertThat(warnings.map(ImportWarning::toString)).containsExactly("accused.csv line 6, column final_finding: "
        + "FINDING_WITHOUT_DATE: final finding UN left out: complaints.csv line 4 has no closed_date to date it");
  }

  @Test
  void the_summary_accounts_for_every_row() {
    ImportSummary summary = ChicagoImport.standard().partitions(3).read("complaints.csv",
        resource("chicago-complaints.csv"), "accused.csv", resource("chicago-accused.csv")).drain(c -> { });

    assertThat(summary.rows()).isEqualTo(4 + 8);
    assertThat(summary.rowsImported()).isEqualTo(10);
    assertThat(summary.rowsRefused()).isEqualTo(2);
    assertThat(summary.cases()).isEqualTo(4);
    assertThat(summary.incomplete()).isEqualTo(1);
    assertThat(summary.warningsByKind().get(ImportWarning.Kind.FINDING_WITHOUT_DATE)).contains(1L);
    assertThat(summary.refused()).isEqualTo(1);
  }

  @Test
  void a_complaint_without_a_date_is_refused_with_its_accused_rows() {
    String complaints = "cr_id,cv,incident_date,complaint_date,closed_date,beat\n1,1,,,,\n";
    String accused = "UID,complaint_category,complaint_code,cr_id,final_finding,final_outcome,recc_finding\n"
        + "1.0,X,05A,1,SU,,\n";
    ImportSummary summary = ChicagoImport.standard().read("c.csv", new StringReader(complaints), "a.csv",
        new StringReader(accused)).drain(c -> { });

    assertThat(summary.cases()).isZero();
    assertThat(summary.rowsRefused()).isEqualTo(2);
    assertThat(summary.errors().map(e -> List.of(e.source(), e.line(), e.kind()))).containsExactly(
        List.of("c.csv", 2L, Kind.MISSING_VALUE), List.of("a.csv", 2L, Kind.COMPLAINT_REFUSED));
  }

  @Test
  void programmer_errors_name_the_argument() {
    assertThatThrownBy(() -> ChicagoImport.standard().read("c", new StringReader(""), "a", null))
        .isInstanceOf(NullPointerException.class).hasMessage("accused is null");
    assertThatThrownBy(() -> ChicagoImport.with(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ChicagoImport.standard().partitions(4097)).isInstanceOf(IllegalArgumentException.class);
  }
}
