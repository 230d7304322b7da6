package org.oversight.complaint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The declared graph: its queries agree with each other, every state is reachable, and both exports
 * match their golden files (regenerate with {@code -Dgolden.update=true} and review the diff).
 */
class StateGraphTest {
  private static final StateGraph GRAPH = StateGraph.standard();

  @Test
  void should_be_shared() {
    assertThat(StateGraph.standard()).isSameAs(GRAPH);
    assertThat(GRAPH.initialState()).isEqualTo(CaseStatus.RECEIVED);
  }

  @Test
  void queries_agree_with_the_edges() {
    for (CaseStatus s : CaseStatus.values()) {
      for (CommandType c : CommandType.values()) {
        List<CaseStatus> targets = GRAPH.edges().filter(e -> e.from() == s && e.command() == c).map(StateGraph.Edge::to).toList();
        assertThat(GRAPH.isAllowed(s, c)).as("%s %s", s, c).isEqualTo(!targets.isEmpty());
        assertThat(GRAPH.allowedCommands(s).contains(c)).isEqualTo(!targets.isEmpty());
        assertThat(GRAPH.targets(s, c)).containsExactlyInAnyOrderElementsOf(targets.distinct());
        assertThat(GRAPH.check(s, c).isEmpty()).isEqualTo(!targets.isEmpty());
        for (CaseStatus to : CaseStatus.values()) {
          assertThat(GRAPH.isLegal(s, c, to)).isEqualTo(targets.contains(to));
        }
      }
    }
  }

  @Test
  void should_explain_an_illegal_command() {
    Rejection r = GRAPH.check(CaseStatus.CLOSED, CommandType.DECIDE_ALLEGATION).get();
    assertThat(r).isEqualTo(new Rejection.IllegalTransition(CaseStatus.CLOSED, CommandType.DECIDE_ALLEGATION,
        GRAPH.allowedCommands(CaseStatus.CLOSED)));
    assertThat(r.message()).isEqualTo(
        "DECIDE_ALLEGATION is not allowed in state CLOSED; allowed: RECORD_NOTIFICATION, REOPEN, RECORD_CONSENT, LINK_RELATED_CASE, REFER_TO_VICTIM_SUPPORT, RECORD_MEASURE");
  }

  @Test
  void every_state_is_reachable_and_receive_only_starts_a_case() {
    assertThat(GRAPH.reachableStates()).containsExactlyInAnyOrder(CaseStatus.values());
    assertThat(GRAPH.edges().filter(e -> e.command() == CommandType.RECEIVE)).isEmpty();
    assertThat(GRAPH.allowedCommands(CaseStatus.REVIEW_WINDOW_OPEN))
        .contains(CommandType.REQUEST_REVIEW, CommandType.CLOSE).doesNotContain(CommandType.REOPEN);
    assertThat(GRAPH.targets(CaseStatus.DECIDED, CommandType.NOTIFY_OUTCOME))
        .containsExactly(CaseStatus.OUTCOME_NOTIFIED, CaseStatus.REVIEW_WINDOW_OPEN);
    assertThat(GRAPH.targets(CaseStatus.CLOSED, CommandType.DECIDE_ALLEGATION)).isEmpty();
  }

  @Test
  void mermaid_matches_golden_file() throws IOException {
    assertGolden("state-graph.mmd", GRAPH.toMermaid());
    assertThat(GRAPH.toMermaid()).startsWith("stateDiagram-v2\n    [*] --> RECEIVED : RECEIVE\n")
        .contains("    CLOSED --> [*]\n");
  }

  @Test
  void dot_matches_golden_file() throws IOException {
    assertGolden("state-graph.dot", GRAPH.toDot());
    assertThat(GRAPH.toDot()).startsWith("digraph ComplaintCase {").endsWith("}\n")
        .contains("  CLOSED [peripheries=2];").contains("  start -> RECEIVED [label=\"RECEIVE\"];");
  }

  static void assertGolden(String name, String actual) throws IOException {
    Path file = Paths.get("src/test/resources/golden", name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
