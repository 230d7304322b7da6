package org.oversight.complaint.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.rules.vocabulary.Term.CategoryTerm;
import org.oversight.complaint.rules.vocabulary.Term.OutcomeTerm;
import org.oversight.complaint.rules.vocabulary.Term.StatusTerm;

/** The vocabulary file format and its validating loader. */
class VocabularyTest {

  private static final String HEADER = "vocabulary | TEST-1 | A test vocabulary\n";

  @Test
  void parses_every_kind_of_term_with_comments_blank_lines_and_assumptions() {
    Vocabulary v = Vocabulary.parse("test.vocabulary", "# a comment\n\n" + HEADER
        + "category | kind | Force | FORCE\n"
        + "  outcome|finding|Upheld|UPHELD_CODE|upheld\n"
        + "outcome | finding | Dismissed | DISMISSED | excluded | assumed: our reading  \n"
        + "status | finding | Open | INVESTIGATION\r\n"
        + "status | state | Shut | CLOSED | assumed: closed\n");

    assertThat(v.name()).isEqualTo("TEST-1");
    assertThat(v.title()).isEqualTo("A test vocabulary");
    assertThat(v.terms()).containsExactly(
        new CategoryTerm("kind", "Force", CategoryCode.of("FORCE"), Option.none()),
        new OutcomeTerm("finding", "Upheld", Outcome.of("UPHELD_CODE"), Counting.UPHELD, Option.none()),
        new OutcomeTerm("finding", "Dismissed", Outcome.of("DISMISSED"), Counting.EXCLUDED,
            Option.some("our reading")),
        new StatusTerm("finding", "Open", CaseStatus.INVESTIGATION, Option.none()),
        new StatusTerm("state", "Shut", CaseStatus.CLOSED, Option.some("closed")));
    assertThat(v.fields()).containsExactly("kind", "finding", "state");
    assertThat(v.assumptions().map(Term::value)).containsExactly("Dismissed", "Shut");
    assertThat(v).isEqualTo(Vocabulary.of("TEST-1", "A test vocabulary", v.terms()));
    assertThat(v.hashCode()).isEqualTo(Vocabulary.of("TEST-1", "A test vocabulary", v.terms()).hashCode());
    assertThat(v).isNotEqualTo(Vocabulary.of("TEST-2", "A test vocabulary", v.terms()));
    assertThat(v).isNotEqualTo(Vocabulary.of("TEST-1", "Another title", v.terms()));
    assertThat(v).isNotEqualTo(Vocabulary.of("TEST-1", "A test vocabulary", v.terms().take(2)));
    assertThat(v).isNotEqualTo("TEST-1");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("", 0, "no vocabulary line"),
        Arguments.of("# only a comment\n", 0, "no vocabulary line"),
        Arguments.of(HEADER, 0, "vocabulary TEST-1 has no terms"),
        Arguments.of("category | kind | Force | FORCE\n", 1, "the first entry must be the vocabulary line"),
        Arguments.of(HEADER + HEADER, 2, "a second vocabulary line"),
        Arguments.of("vocabulary | TEST-1\n", 1, "expected \"vocabulary | <name> | <title>\" but found 2 columns"),
        Arguments.of("vocabulary | test | title\n", 1,
            "vocabulary name must be 1 to 64 upper-case letters, digits or -, starting with a letter, but is \"test\""),
        Arguments.of("vocabulary | TEST |  \n", 1, "vocabulary title must not be blank"),
        Arguments.of(HEADER + "synonym | kind | Force | FORCE\n", 2,
            "unknown entry \"synonym\"; expected vocabulary, category, outcome or status"),
        Arguments.of(HEADER + "category | kind | Force\n", 2,
            "category needs 4 columns (and an optional \"assumed: ...\") but has 3"),
        Arguments.of(HEADER + "outcome | finding | Upheld | UPHELD\n", 2,
            "outcome needs 5 columns (and an optional \"assumed: ...\") but has 4"),
        Arguments.of(HEADER + "status | s | Open | INVESTIGATION | assumed: x | extra\n", 2,
            "status needs 4 columns (and an optional \"assumed: ...\") but has 6"),
        Arguments.of(HEADER + "category | kind | Force | FORCE | because\n", 2,
            "the last column must be \"assumed: <reading>\" but is \"because\""),
        Arguments.of(HEADER + "category | kind | Force | FORCE | assumed:  \n", 2,
            "the last column must be \"assumed: <reading>\" but is \"assumed:\""),
        Arguments.of(HEADER + "category |  | Force | FORCE\n", 2, "the column and the value must not be empty"),
        Arguments.of(HEADER + "category | kind |  | FORCE\n", 2, "the column and the value must not be empty"),
        Arguments.of(HEADER + "category | kind | Force | force\n", 2,
            "CategoryCode must be 1 to 64 upper-case letters, digits, _ . or -, starting with a letter but was 'force'"),
        Arguments.of(HEADER + "outcome | f | Upheld | UP-HELD | upheld\n", 2,
            "Outcome must be 1 to 64 upper-case letters, digits or _, starting with a letter but was 'UP-HELD'"),
        Arguments.of(HEADER + "outcome | f | Upheld | UPHELD | yes\n", 2,
            "counting must be upheld, not-upheld or excluded but is \"yes\""),
        Arguments.of(HEADER + "status | f | Open | OPEN\n", 2, "\"OPEN\" is not a CaseStatus"),
        Arguments.of(HEADER + "category | kind | Force | FORCE\n# c\ncategory | kind | FORCE  | VIOLENCE\n", 4,
            "kind \"FORCE\" is mapped twice (first on line 2)"),
        Arguments.of(HEADER + "category | kind | Force | FORCE\nstatus | kind | force | CLOSED\n", 3,
            "kind \"force\" is mapped twice (first on line 2)"),
        Arguments.of(HEADER + "outcome | a | Yes | SUSTAINED | upheld\noutcome | b | Y | SUSTAINED | excluded\n", 3,
            "outcome SUSTAINED counts as excluded here but as upheld for a \"Yes\""));
  }

  @ParameterizedTest(name = "[{index}] line {1}: {2}")
  @MethodSource("malformed")
  void a_malformed_file_is_refused_naming_the_line(String text, int line, String detail) {
    assertThatThrownBy(() -> Vocabulary.parse("bad.vocabulary", text))
        .isInstanceOfSatisfying(VocabularyFormatException.class, e -> {
          assertThat(e.origin()).isEqualTo("bad.vocabulary");
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.detail()).isEqualTo(detail);
          assertThat(e.getMessage()).isEqualTo("bad.vocabulary" + (line > 0 ? ", line " + line : "") + ": " + detail);
        });
  }

  @Test
  void the_same_value_in_another_column_is_a_different_term() {
    Vocabulary v = Vocabulary.parse("t", HEADER + "status | a | Open | INVESTIGATION\nstatus | b | Open | CLOSED\n");

    assertThat(v.status("a", "Open")).isEqualTo(Either.right(CaseStatus.INVESTIGATION));
    assertThat(v.status("b", "Open")).isEqualTo(Either.right(CaseStatus.CLOSED));
    assertThat(v.status("A", "Open").isLeft()).isTrue();
  }

  @Test
  void the_same_outcome_may_be_named_twice_with_the_same_counting() {
    Vocabulary v = Vocabulary.parse("t", HEADER
        + "outcome | a | Yes | SUSTAINED | upheld\noutcome | b | Y | SUSTAINED | upheld\n");

    assertThat(v.taxonomy(LegalBasis.of("t")).codes()).containsExactly(Outcome.of("SUSTAINED"));
  }

  @Test
  void reads_utf8_bytes_and_refuses_others() {
    byte[] utf8 = (HEADER + "category | kind | Magtanvendelse – vold | FORCE\n").getBytes(StandardCharsets.UTF_8);
    assertThat(Vocabulary.read("t", new ByteArrayInputStream(utf8)).category("kind", "MAGTANVENDELSE – VOLD"))
        .isEqualTo(Either.right(CategoryCode.of("FORCE")));

    byte[] latin1 = (HEADER + "category | kind | Übergriff | FORCE\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> Vocabulary.read("latin1.vocabulary", new ByteArrayInputStream(latin1)))
        .isInstanceOf(VocabularyFormatException.class)
        .hasMessage("latin1.vocabulary: not UTF-8");
  }

  @Test
  void a_read_failure_is_an_unchecked_io_exception_naming_the_origin() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> Vocabulary.read("x.vocabulary", failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read vocabulary x.vocabulary");
  }

  @Test
  void of_validates_like_the_parser() {
    CategoryTerm force = new CategoryTerm("kind", "Force", CategoryCode.of("FORCE"), Option.none());

    assertThatThrownBy(() -> Vocabulary.of("T", "t", List.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("vocabulary T has no terms");
    assertThatThrownBy(() -> Vocabulary.of("T", "t", List.of(force, force)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("vocabulary T: kind \"Force\" is mapped twice");
    assertThatThrownBy(() -> Vocabulary.of("t", "t", List.of(force)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("vocabulary name must be");
    assertThatThrownBy(() -> Vocabulary.of("T", " ", List.of(force)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("vocabulary title must not be blank");
    assertThatThrownBy(() -> Vocabulary.of("T", "t", List.of(force, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("term is null");
    assertThatThrownBy(() -> Vocabulary.of("T", "t", null))
        .isInstanceOf(NullPointerException.class).hasMessage("terms is null");
  }

  @Test
  void a_vocabulary_without_outcomes_has_no_taxonomy() {
    Vocabulary v = Vocabulary.parse("t", HEADER + "category | kind | Force | FORCE\n");

    assertThatThrownBy(() -> v.taxonomy(LegalBasis.of("t")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("vocabulary TEST-1 has no outcome terms");
  }

  @Test
  void programmer_errors_are_null_pointer_exceptions_naming_the_argument() {
    Vocabulary v = Vocabularies.philadelphia();
    assertThatThrownBy(() -> v.lookup(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("field is null");
    assertThatThrownBy(() -> v.category("f", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("value is null");
    assertThatThrownBy(() -> v.with(null)).isInstanceOf(NullPointerException.class).hasMessage("term is null");
    assertThatThrownBy(() -> v.taxonomy(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("source is null");
    assertThatThrownBy(() -> Vocabulary.parse(null, "")).isInstanceOf(NullPointerException.class)
        .hasMessage("origin is null");
    assertThatThrownBy(() -> Vocabulary.parse("o", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text is null");
    assertThatThrownBy(() -> Vocabulary.read("o", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("in is null");
    assertThatThrownBy(() -> Term.key(null)).isInstanceOf(NullPointerException.class).hasMessage("value is null");
    assertThatThrownBy(() -> Counting.ofToken(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("token is null");
  }

  @Test
  void terms_validate_their_parts() {
    assertThatThrownBy(() -> new CategoryTerm(" ", "v", CategoryCode.of("A"), Option.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("field must not be blank");
    assertThatThrownBy(() -> new StatusTerm("f", "", CaseStatus.CLOSED, Option.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value must not be blank");
    assertThatThrownBy(() -> new StatusTerm("f", "v", CaseStatus.CLOSED, Option.some(" ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("assumption must not be blank");
    assertThatThrownBy(() -> new StatusTerm("f", "v", null, Option.none()))
        .isInstanceOf(NullPointerException.class).hasMessage("status is null");
    assertThatThrownBy(() -> new OutcomeTerm("f", "v", Outcome.of("X"), null, Option.none()))
        .isInstanceOf(NullPointerException.class).hasMessage("counting is null");
    assertThatThrownBy(() -> new OutcomeTerm("f", "v", null, Counting.UPHELD, Option.none()))
        .isInstanceOf(NullPointerException.class).hasMessage("outcome is null");
    assertThatThrownBy(() -> new CategoryTerm("f", "v", null, Option.none()))
        .isInstanceOf(NullPointerException.class).hasMessage("code is null");
    assertThatThrownBy(() -> new CategoryTerm("f", "v", CategoryCode.of("A"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("assumption is null");
    assertThatThrownBy(() -> new CategoryTerm(null, "v", CategoryCode.of("A"), Option.none()))
        .isInstanceOf(NullPointerException.class).hasMessage("field is null");
  }

  @Test
  void unknown_term_validates_its_parts() {
    assertThatThrownBy(() -> new UnknownTerm("V", "f", "x", List.empty(), List.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected must not be empty");
    assertThatThrownBy(() -> new UnknownTerm("V", "f", null, List.of(Term.Kind.STATUS), List.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("value is null");
  }

  @Test
  void counting_tokens_round_trip() {
    for (Counting c : Counting.values()) {
      assertThat(Counting.ofToken(c.token())).isEqualTo(Option.some(c));
    }
    assertThat(Counting.ofToken("UPHELD")).isEqualTo(Option.none());
    assertThat(Counting.UPHELD.isUpheld()).isTrue();
    assertThat(Counting.NOT_UPHELD.isUpheld()).isFalse();
    assertThat(Counting.NOT_UPHELD.countsInDenominator()).isTrue();
    assertThat(Counting.EXCLUDED.countsInDenominator()).isFalse();
  }

  @Test
  void the_key_ignores_case_and_blanks() {
    assertThat(Term.key("  Lack \t of   Service ")).isEqualTo("LACK OF SERVICE");
  }
}
