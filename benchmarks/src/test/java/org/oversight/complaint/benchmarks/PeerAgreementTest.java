package org.oversight.complaint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.StateGraph;

/**
 * Correctness, not timing: every peer agrees with the core's graph on every state × command pair and
 * both sides of the guard, which the benchmarks also check before they time anything.
 */
class PeerAgreementTest {
  private static final int TRIPLES = CaseStatus.values().length * CommandType.values().length * 2;

  @Test
  void handWrittenAgrees() {
    assertThat(Agreement.check(new HandWrittenPeer())).isEqualTo(TRIPLES);
  }

  @Test
  void stateless4jAgrees() {
    assertThat(Agreement.check(new Stateless4jPeer())).isEqualTo(TRIPLES);
  }

  @Test
  void squirrelAgrees() {
    assertThat(Agreement.check(new SquirrelPeer())).isEqualTo(TRIPLES);
  }

  @Test
  void springAgrees() {
    assertThat(Agreement.check(new SpringPeer())).isEqualTo(TRIPLES);
  }

  @Test
  void handWrittenQueryAgreesWithTheGraph() {
    StateGraph graph = StateGraph.standard();
    for (CaseStatus s : CaseStatus.values()) {
      for (CommandType c : CommandType.values()) {
        assertThat(HandWrittenCase.isAllowed(s, c)).as("%s %s", s, c).isEqualTo(graph.isAllowed(s, c));
      }
    }
  }

  @Test
  void theGuardDecidesTheLastOpenAllegationOnly() {
    assertThat(CommonGraph.target(CaseStatus.INVESTIGATION, CommandType.DECIDE_ALLEGATION, 1))
        .isEqualTo(CaseStatus.DECIDED);
    assertThat(CommonGraph.target(CaseStatus.INVESTIGATION, CommandType.DECIDE_ALLEGATION, 2))
        .isEqualTo(CaseStatus.INVESTIGATION);
    assertThat(CommonGraph.target(CaseStatus.RECEIVED, CommandType.DECIDE_ALLEGATION, 1)).isNull();
  }

  @Test
  void aDisagreeingPeerFailsLoudly() {
    Peer liar = new Peer() {
      @Override
      public String name() {
        return "liar";
      }

      @Override
      public CaseStatus restoreAndFire(CaseStatus from, CommandType command, int openAllegations) {
        return command == CommandType.CLOSE ? CaseStatus.CLOSED : CommonGraph.target(from, command, openAllegations);
      }
    };
    assertThatThrownBy(() -> Agreement.check(liar))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("liar disagrees")
        .hasMessageContaining("RECEIVED --CLOSE--> (open allegations 1): core declines, liar CLOSED");
  }
}
