package org.oversight.complaint.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.rules.OutcomeTaxonomy;
import org.oversight.complaint.rules.vocabulary.Term.OutcomeTerm;
import org.oversight.complaint.rules.vocabulary.Term.StatusTerm;

/**
 * The shipped vocabularies map every value that docs/domain.md section 7 ("US data sets read by the
 * importers") reports, and nothing silently.
 */
class VocabulariesTest {

  // ---------------------------------------------------------------- every observed value maps

  static Stream<Arguments> categories() {
    return Stream.of(
        Arguments.of(Vocabularies.nycCcrb(), "fado_type", "Force", "FORCE"),
        Arguments.of(Vocabularies.nycCcrb(), "fado_type", "Abuse of Authority", "ABUSE_OF_AUTHORITY"),
        Arguments.of(Vocabularies.nycCcrb(), "fado_type", "Discourtesy", "DISCOURTESY"),
        Arguments.of(Vocabularies.nycCcrb(), "fado_type", "Offensive Language", "OFFENSIVE_LANGUAGE"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Departmental Violations",
            "DEPARTMENTAL_VIOLATIONS"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Lack of Service", "LACK_OF_SERVICE"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Physical Abuse", "PHYSICAL_ABUSE"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Verbal Abuse", "VERBAL_ABUSE"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Unprofessional Conduct",
            "UNPROFESSIONAL_CONDUCT"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Harassment", "HARASSMENT"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Non-Investigatory Incident",
            "NON_INVESTIGATORY_INCIDENT"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Criminal Allegation",
            "CRIMINAL_ALLEGATION"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Civil Rights Complaint",
            "CIVIL_RIGHTS_COMPLAINT"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Domestic", "DOMESTIC"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Falsification", "FALSIFICATION"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Sexual Crime/Misconduct",
            "SEXUAL_CRIME_MISCONDUCT"),
        Arguments.of(Vocabularies.philadelphia(), "general_cap_classification", "Drugs", "DRUGS"));
  }

  @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
  @MethodSource("categories")
  void every_observed_category_maps(Vocabulary vocabulary, String field, String value, String code) {
    assertThat(vocabulary.category(field, value)).isEqualTo(Either.right(CategoryCode.of(code)));
  }

  static Stream<Arguments> outcomes() {
    return Stream.of(
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Substantiated (Charges)", "SUBSTANTIATED_CHARGES",
            Counting.UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Substantiated (Formalized Training)",
            "SUBSTANTIATED_FORMALIZED_TRAINING", Counting.UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Substantiated (Command Discipline A)",
            "SUBSTANTIATED_COMMAND_DISCIPLINE_A", Counting.UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Substantiated (Command Discipline B)",
            "SUBSTANTIATED_COMMAND_DISCIPLINE_B", Counting.UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Substantiated (Command Discipline)",
            "SUBSTANTIATED_COMMAND_DISCIPLINE", Counting.UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Substantiated (Command Lvl Instructions)",
            "SUBSTANTIATED_COMMAND_LEVEL_INSTRUCTIONS", Counting.UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Substantiated (Instructions)",
            "SUBSTANTIATED_INSTRUCTIONS", Counting.UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Substantiated (No Recommendations)",
            "SUBSTANTIATED_NO_RECOMMENDATIONS", Counting.UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Substantiated (MOS Unidentified)",
            "SUBSTANTIATED_MOS_UNIDENTIFIED", Counting.UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Unsubstantiated", "UNABLE_TO_DETERMINE",
            Counting.NOT_UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Exonerated", "WITHIN_GUIDELINES",
            Counting.NOT_UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Unable to Determine", "UNABLE_TO_DETERMINE",
            Counting.NOT_UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Unfounded", "UNFOUNDED", Counting.NOT_UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Within NYPD Guidelines", "WITHIN_GUIDELINES",
            Counting.NOT_UPHELD),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Officer Unidentified", "OFFICER_UNIDENTIFIED",
            Counting.EXCLUDED),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Mediated", "MEDIATED", Counting.EXCLUDED),
        Arguments.of(Vocabularies.nycCcrb(), "board_disposition", "Truncated", "TRUNCATED", Counting.EXCLUDED),
        Arguments.of(Vocabularies.philadelphia(), "investigative_findings", "Sustained Finding", "SUSTAINED",
            Counting.UPHELD),
        Arguments.of(Vocabularies.philadelphia(), "investigative_findings", "No Sustained Findings", "NOT_SUSTAINED",
            Counting.NOT_UPHELD),
        Arguments.of(Vocabularies.philadelphia(), "investigative_findings", "Not Applicable", "NOT_APPLICABLE",
            Counting.EXCLUDED),
        Arguments.of(Vocabularies.chicagoCpdp(), "final_finding", "UN", "UNFOUNDED", Counting.NOT_UPHELD),
        Arguments.of(Vocabularies.chicagoCpdp(), "final_finding", "EX", "EXONERATED", Counting.NOT_UPHELD),
        Arguments.of(Vocabularies.chicagoCpdp(), "final_finding", "NS", "NOT_SUSTAINED", Counting.NOT_UPHELD),
        Arguments.of(Vocabularies.chicagoCpdp(), "final_finding", "SU", "SUSTAINED", Counting.UPHELD),
        Arguments.of(Vocabularies.chicagoCpdp(), "final_finding", "NC", "NO_COOPERATION", Counting.EXCLUDED),
        Arguments.of(Vocabularies.chicagoCpdp(), "final_finding", "NA", "NO_AFFIDAVIT", Counting.EXCLUDED),
        Arguments.of(Vocabularies.chicagoCpdp(), "final_finding", "DS", "DISCHARGED", Counting.EXCLUDED),
        Arguments.of(Vocabularies.chicagoCpdp(), "recc_finding", "SU", "SUSTAINED", Counting.UPHELD),
        Arguments.of(Vocabularies.chicagoCpdp(), "recc_finding", "NC", "NO_COOPERATION", Counting.EXCLUDED));
  }

  @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3} {4}")
  @MethodSource("outcomes")
  void every_observed_finding_maps_to_an_outcome_and_its_counting(Vocabulary vocabulary, String field,
      String value, String code, Counting counting) {
    Term term = vocabulary.finding(field, value).get();
    assertThat(term).isInstanceOf(OutcomeTerm.class);
    assertThat(((OutcomeTerm) term).outcome()).isEqualTo(Outcome.of(code));
    assertThat(((OutcomeTerm) term).counting()).isEqualTo(counting);
    OutcomeTaxonomy taxonomy = vocabulary.taxonomy(LegalBasis.of("test"));
    assertThat(taxonomy.isUpheld(Outcome.of(code))).isEqualTo(counting.isUpheld());
    assertThat(taxonomy.countsInDenominator(Outcome.of(code))).isEqualTo(counting.countsInDenominator());
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(Vocabularies.philadelphia(), "investigative_findings", "Pending", CaseStatus.INVESTIGATION),
        Arguments.of(Vocabularies.chicagoCpdp(), "final_finding", "ZZ", CaseStatus.INVESTIGATION),
        Arguments.of(Vocabularies.chicagoCpdp(), "recc_finding", "ZZ", CaseStatus.INVESTIGATION),
        Arguments.of(Vocabularies.chicagoCpdp(), "current_status", "CLOSED/FINAL", CaseStatus.CLOSED),
        Arguments.of(Vocabularies.chicagoCpdp(), "current_status", "CLOSED/NO CONVERSION", CaseStatus.REJECTED),
        Arguments.of(Vocabularies.chicagoCpdp(), "current_status", "ADMINISTRATIVELY CLOSED", CaseStatus.CLOSED),
        Arguments.of(Vocabularies.chicagoCpdp(), "current_status", "CLOSE HOLD", CaseStatus.CLOSED),
        Arguments.of(Vocabularies.chicagoCpdp(), "current_status", "ADMINISTRATIVELY TERMINATED",
            CaseStatus.DISCONTINUED),
        Arguments.of(Vocabularies.chicagoCpdp(), "current_status", "PENDING ACCUSED APPEAL", CaseStatus.UNDER_REVIEW),
        Arguments.of(Vocabularies.chicagoCpdp(), "current_status", "PENDING IMPLEMENT ACTION", CaseStatus.DECIDED),
        Arguments.of(Vocabularies.chicagoCpdp(), "current_status", "PENDING INVESTIGATION", CaseStatus.INVESTIGATION));
  }

  @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
  @MethodSource("statuses")
  void every_observed_status_maps(Vocabulary vocabulary, String field, String value, CaseStatus status) {
    assertThat(vocabulary.finding(field, value).get()).isInstanceOf(StatusTerm.class);
    assertThat(vocabulary.lookup(field, value).get().kind()).isEqualTo(Term.Kind.STATUS);
    assertThat(vocabulary.status(field, value)).isEqualTo(Either.right(status));
  }

  @Test
  void open_findings_are_open_statuses_and_final_closures_are_closed() {
    assertThat(Vocabularies.chicagoCpdp().status("final_finding", "ZZ").get().isOpen()).isTrue();
    assertThat(Vocabularies.philadelphia().status("investigative_findings", "Pending").get().isOpen()).isTrue();
    assertThat(Vocabularies.chicagoCpdp().status("current_status", "CLOSED/FINAL").get().isOpen()).isFalse();
  }

  @Test
  void values_match_ignoring_case_and_blanks_as_in_the_published_upper_case_file() {
    assertThat(Vocabularies.philadelphia().category("general_cap_classification", "  LACK   OF SERVICE "))
        .isEqualTo(Either.right(CategoryCode.of("LACK_OF_SERVICE")));
    assertThat(Vocabularies.philadelphia().category("general_cap_classification", "NON-INVESTIGATORY INCIDENT"))
        .isEqualTo(Either.right(CategoryCode.of("NON_INVESTIGATORY_INCIDENT")));
    assertThat(Vocabularies.chicagoCpdp().finding("final_finding", "su").get())
        .isEqualTo(Vocabularies.chicagoCpdp().finding("final_finding", "SU").get());
  }

  // ---------------------------------------------------------------- unknown values are reported

  @Test
  void an_unknown_value_is_reported_with_the_vocabulary_the_column_and_the_value() {
    UnknownTerm unknown = Vocabularies.nycCcrb().finding("board_disposition", "Complaint Withdrawn").getLeft();

    assertThat(unknown.vocabulary()).isEqualTo("NYC-CCRB");
    assertThat(unknown.field()).isEqualTo("board_disposition");
    assertThat(unknown.value()).isEqualTo("Complaint Withdrawn");
    assertThat(unknown.expected()).containsExactly(Term.Kind.OUTCOME, Term.Kind.STATUS);
    assertThat(unknown.known()).contains("Exonerated", "Substantiated (Charges)").hasSize(17);
    assertThat(unknown.message()).startsWith(
        "vocabulary NYC-CCRB has no outcome or status for board_disposition \"Complaint Withdrawn\" (known: ")
        .contains("Exonerated");
  }

  @Test
  void an_unknown_column_is_reported_and_knows_no_values() {
    UnknownTerm unknown = Vocabularies.philadelphia().category("district_occurrence", "1700").getLeft();

    assertThat(unknown.known()).isEmpty();
    assertThat(unknown.message()).isEqualTo("vocabulary PHILADELPHIA has no category for district_occurrence "
        + "\"1700\" (the column maps no such values)");
  }

  @Test
  void a_value_of_another_kind_is_not_returned_as_a_category_or_status() {
    Vocabulary philly = Vocabularies.philadelphia();

    assertThat(philly.category("investigative_findings", "Pending").getLeft().expected())
        .containsExactly(Term.Kind.CATEGORY);
    assertThat(philly.category("investigative_findings", "Pending").getLeft().known()).isEmpty();
    assertThat(philly.status("investigative_findings", "Sustained Finding").getLeft().known())
        .containsExactly("Pending");
    assertThat(philly.finding("general_cap_classification", "Drugs").isLeft()).isTrue();
    assertThat(philly.lookup("general_cap_classification", "Drugs").get().kind()).isEqualTo(Term.Kind.CATEGORY);
  }

  // ---------------------------------------------------------------- the data files

  @Test
  void the_data_files_parse_into_named_vocabularies() {
    assertThat(Vocabularies.all().map(Vocabulary::name)).containsExactly("NYC-CCRB", "PHILADELPHIA", "CHICAGO-CPDP");
    assertThat(Vocabularies.nycCcrb().fields()).containsExactly("fado_type", "board_disposition");
    assertThat(Vocabularies.philadelphia().fields())
        .containsExactly("general_cap_classification", "investigative_findings");
    assertThat(Vocabularies.chicagoCpdp().fields())
        .containsExactly("final_finding", "recc_finding", "complaint_code", "current_status");
    assertThat(Vocabularies.nycCcrb().terms()).hasSize(4 + 17);
    assertThat(Vocabularies.philadelphia().terms()).hasSize(14 + 4);
    // Finding codes (8 of CPDP's table, 2 spellings of the published file) twice, 196 complaint codes, the 32
    // statuses of the CLEAR export.
    assertThat(Vocabularies.chicagoCpdp().terms()).hasSize(10 + 10 + 196 + 32);
    assertThat(Vocabularies.nycCcrb()).isSameAs(Vocabularies.nycCcrb());
    assertThat(Vocabularies.nycCcrb().toString())
        .isEqualTo("Vocabulary[NYC-CCRB, 21 terms in fado_type, board_disposition]");
  }

  @Test
  void readings_not_given_by_the_publisher_are_marked_as_assumed() {
    assertThat(Vocabularies.chicagoCpdp().assumptions().filter(t -> t.field().equals("final_finding"))
        .map(Term::value)).containsExactly("NC", "NA", "DS", "NAF", "DIS");
    assertThat(Vocabularies.chicagoCpdp().lookup("final_finding", "NC").get().assumption().get())
        .startsWith("\"No Cooperation\" (CPDP)");
    assertThat(Vocabularies.philadelphia().assumptions().map(Term::value)).containsExactly("Not Applicable");
    assertThat(Vocabularies.chicagoCpdp().lookup("final_finding", "SU").get().isAssumed()).isFalse();
  }

  @Test
  void the_taxonomy_is_upheld_over_decided_on_the_merits() {
    OutcomeTaxonomy cpdp = Vocabularies.chicagoCpdp().taxonomy(LegalBasis.of("CPDP"));

    assertThat(cpdp.codes().map(Outcome::value)).containsExactly(
        "UNFOUNDED", "EXONERATED", "NOT_SUSTAINED", "SUSTAINED", "NO_COOPERATION", "NO_AFFIDAVIT", "DISCHARGED");
    assertThat(cpdp.upheld().map(Outcome::value)).containsExactly("SUSTAINED");
    assertThat(cpdp.denominator().map(Outcome::value))
        .containsExactly("UNFOUNDED", "EXONERATED", "NOT_SUSTAINED", "SUSTAINED");
    assertThat(cpdp.source()).isEqualTo(LegalBasis.of("CPDP"));
    assertThat(Vocabularies.nycCcrb().taxonomy(LegalBasis.of("CCRB")).upheld()).hasSize(9);
  }

  @Test
  void an_assumed_reading_can_be_overridden_in_place() {
    Vocabulary mine = Vocabularies.chicagoCpdp().with(new OutcomeTerm("final_finding", "nc",
        Outcome.of("NOT_SUSTAINED"), Counting.NOT_UPHELD, Option.none()));

    Term nc = mine.lookup("final_finding", "NC").get();
    assertThat(nc.isAssumed()).isFalse();
    assertThat(((OutcomeTerm) nc).outcome()).isEqualTo(Outcome.of("NOT_SUSTAINED"));
    assertThat(mine.terms()).hasSize(Vocabularies.chicagoCpdp().terms().size());
    assertThat(List.ofAll(mine.terms()).indexWhere(t -> t == nc)).isEqualTo(4);
    assertThat(Vocabularies.chicagoCpdp().lookup("final_finding", "NC").get().isAssumed()).isTrue();
  }

  @Test
  void an_override_that_contradicts_another_terms_counting_is_refused() {
    OutcomeTerm contradicting = new OutcomeTerm("final_finding", "NC", Outcome.of("NO_COOPERATION"),
        Counting.NOT_UPHELD, Option.none());

    assertThatThrownBy(() -> Vocabularies.chicagoCpdp().with(contradicting))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vocabulary CHICAGO-CPDP: outcome NO_COOPERATION counts as not-upheld here but as excluded "
            + "for recc_finding \"NC\"");
  }

  @Test
  void a_new_value_is_appended() {
    Vocabulary mine = Vocabularies.nycCcrb().with(new OutcomeTerm("board_disposition", "Complaint Withdrawn",
        Outcome.of("WITHDRAWN"), Counting.EXCLUDED, Option.some("our reading")));

    assertThat(mine.terms().last().value()).isEqualTo("Complaint Withdrawn");
    assertThat(mine.finding("board_disposition", "complaint withdrawn").isRight()).isTrue();
    assertThat(mine).isNotEqualTo(Vocabularies.nycCcrb());
  }
}
