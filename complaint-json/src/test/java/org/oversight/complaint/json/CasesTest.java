package org.oversight.complaint.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.wire.samples.Cases;

/** Guards the generators: properties over trivial cases would prove little. */
class CasesTest {

  @Test
  void randomCasesReachDeepAndVariedStates() {
    List<ComplaintCase> cases = List.range(0, 300).map(seed -> Cases.random(new SplittableRandom(seed)));
    assertThat(cases.map(ComplaintCase::version).max().get()).isGreaterThanOrEqualTo(10);
    assertThat(cases.map(ComplaintCase::status).distinct().size()).isGreaterThanOrEqualTo(8);
    assertThat(cases.exists(c -> c.status() == CaseStatus.CLOSED || c.decisions().nonEmpty())).isTrue();
    assertThat(cases.flatMap(ComplaintCase::parties).size()).isGreaterThan(300);
  }
}
