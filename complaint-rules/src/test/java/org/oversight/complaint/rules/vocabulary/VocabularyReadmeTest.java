package org.oversight.complaint.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.rules.OutcomeTaxonomy;

/** Runs the README's vocabulary snippet. */
class VocabularyReadmeTest {

  @Test
  void the_readme_vocabulary_snippet_runs() {
    String text = "vocabulary | MY-CITY | My city's complaints office\n"
        + "category | type | Use of force | FORCE\n"
        + "outcome | finding | Founded | FOUNDED | upheld\n";
    // readme: vocabularies
    Vocabulary ccrb = Vocabularies.nycCcrb();
    Either<UnknownTerm, CategoryCode> force = ccrb.category("fado_type", "Force");            // Right(FORCE)
    Either<UnknownTerm, Term> exonerated = ccrb.finding("board_disposition", "Exonerated");  // WITHIN_GUIDELINES, not upheld
    Either<UnknownTerm, Term> unknown = ccrb.finding("board_disposition", "Withdrawn");      // Left, never a default
    String why = unknown.getLeft().message();  // vocabulary NYC-CCRB has no outcome or status for board_disposition "Withdrawn" ...
    OutcomeTaxonomy share = ccrb.taxonomy(LegalBasis.of("CCRB disposition definitions"));

    Seq<Term> assumed = Vocabularies.chicagoCpdp().assumptions();                            // NC, NA, DS, ...
    Vocabulary mine = Vocabularies.chicagoCpdp().with(new Term.OutcomeTerm("final_finding", "NC",
        Outcome.of("NOT_SUSTAINED"), Counting.NOT_UPHELD, Option.none()));                   // override a reading
    Vocabulary own = Vocabulary.parse("my-city.vocabulary", text);                            // your own, same format
    // readme: end

    assertThat(force).isEqualTo(Either.right(CategoryCode.of("FORCE")));
    assertThat(((Term.OutcomeTerm) exonerated.get()).outcome()).isEqualTo(Outcome.of("WITHIN_GUIDELINES"));
    assertThat(((Term.OutcomeTerm) exonerated.get()).counting()).isEqualTo(Counting.NOT_UPHELD);
    assertThat(why).startsWith("vocabulary NYC-CCRB has no outcome or status for board_disposition \"Withdrawn\"");
    assertThat(share.upheld()).hasSize(9);
    assertThat(share.isUpheld(Outcome.of("SUBSTANTIATED_CHARGES"))).isTrue();
    assertThat(assumed.map(Term::value)).startsWith("NC", "NA", "DS");
    assertThat(mine.lookup("final_finding", "NC").get().isAssumed()).isFalse();
    assertThat(own.category("type", "use of force")).isEqualTo(Either.right(CategoryCode.of("FORCE")));
  }
}
