package org.oversight.complaint.rules.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;

/**
 * The collector keeps counters, not cases: its retained state after 100,000 cases is the state after
 * 1,000 cases of the same vocabulary (the cases are a fixed set of distinct cases, cycled). No timing.
 */
class OverviewRetentionTest {

  // No deadlines: this test is about what the collector keeps, not about the pack's assessment.
  static final RulePack PACK = RulePack.builder("DK-retention", DenmarkRules.JURISDICTION, DenmarkRules.ZONE)
      .outcomes(DenmarkRules.pack().outcomes()).build();

  @Test
  void retainedStateDoesNotGrowWithTheNumberOfCases() {
    Seq<ComplaintCase> pool = RandomCases.of(7).appendAll(RandomCases.of(8)).appendAll(RandomCases.of(9));
    OverviewCollector small = OverviewCollector.of(PACK, OverviewProperties.Y);
    OverviewCollector large = OverviewCollector.of(PACK, OverviewProperties.Y);
    for (int i = 0; i < 1_000; i++) {
      small.add(pool.get(i % pool.size()));
    }
    for (int i = 0; i < 100_000; i++) {
      large.add(pool.get(i % pool.size()));
    }
    Overview s = small.result();
    Overview l = large.result();
    assertThat(s.cases() + s.casesOutsidePeriod()).isEqualTo(1_000);
    assertThat(l.cases() + l.casesOutsidePeriod()).isEqualTo(100_000);
    assertThat(large.retainedEntries()).isEqualTo(small.retainedEntries());
    // Tracks, obligation kinds and the day histogram, plus at most the vocabulary of bodies, units,
    // categories and outcomes of the pool, the categories again per case, and category × outcome.
    assertThat(small.retainedEntries())
        .isLessThanOrEqualTo(6 + ObligationKind.values().length + OverviewCollector.MAX_DAYS + 2 + 1 + 3 + 3 + 4 + 3 + 3 * 4);
  }
}
