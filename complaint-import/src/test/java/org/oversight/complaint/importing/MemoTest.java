package org.oversight.complaint.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.rules.vocabulary.UnknownTerm;

/** A run asks the vocabulary once per value, and remembers a bounded number of values. */
class MemoTest {

  @Test
  void each_value_is_looked_up_once_and_its_answer_remembered() {
    List<String> asked = new ArrayList<>();
    Memo<Integer> memo = new Memo<>(v -> {
      asked.add(v);
      return Either.<UnknownTerm, Integer>right(v.length());
    });

    assertThat(memo.apply("Force").get()).isEqualTo(5);
    assertThat(memo.apply("Force").get()).isEqualTo(5);
    assertThat(memo.apply("Discourtesy").get()).isEqualTo(11);
    assertThat(asked).containsExactly("Force", "Discourtesy");
  }

  @Test
  void a_full_memo_forgets_everything_and_still_answers() {
    List<String> asked = new ArrayList<>();
    Memo<Integer> memo = new Memo<>(v -> {
      asked.add(v);
      return Either.<UnknownTerm, Integer>right(1);
    });
    for (int i = 0; i <= Memo.LIMIT; i++) {
      memo.apply("v" + i);
    }
    memo.apply("v0");

    assertThat(asked).hasSize(Memo.LIMIT + 2);
    assertThat(asked.get(asked.size() - 1)).isEqualTo("v0");
  }

  @Test
  void allegation_ids_are_numbered_from_one_beyond_the_ones_made_in_advance() {
    assertThat(Memo.allegation(1)).isEqualTo(AllegationId.of("A1"));
    assertThat(Memo.allegation(64)).isSameAs(Memo.allegation(64)).isEqualTo(AllegationId.of("A64"));
    assertThat(Memo.allegation(65)).isEqualTo(AllegationId.of("A65"));
  }
}
