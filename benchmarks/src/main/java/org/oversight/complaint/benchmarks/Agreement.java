package org.oversight.complaint.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;

/**
 * Checks that a peer agrees with the core's graph on every state × command pair, both sides of the
 * guard, before anything is timed. A benchmark whose peers disagree would compare different work.
 */
public final class Agreement {
  private Agreement() {}

  /**
   * Checks a peer: for every state, command and both sides of the guard (one and two open
   * allegations), the peer declines exactly what the core's graph does not allow and reaches the
   * {@link CommonGraph#target target} otherwise.
   *
   * @param peer the peer, not null
   * @return the number of (state, command, guard input) triples checked
   * @throws IllegalStateException listing every disagreement, if there is one
   */
  public static int check(Peer peer) {
    Objects.requireNonNull(peer, "peer is null");
    List<String> disagreements = new ArrayList<>();
    int checked = 0;
    for (CaseStatus from : CaseStatus.values()) {
      for (CommandType command : CommandType.values()) {
        for (int open = 1; open <= 2; open++) {
          CaseStatus expected = CommonGraph.target(from, command, open);
          CaseStatus actual;
          try {
            actual = peer.restoreAndFire(from, command, open);
          } catch (RuntimeException e) {
            disagreements.add(from + " --" + command + "--> threw " + e);
            continue;
          }
          checked++;
          if (!Objects.equals(expected, actual)) {
            disagreements.add(from + " --" + command + "--> (open allegations " + open + "): core "
                + (expected == null ? "declines" : expected) + ", " + peer.name() + " "
                + (actual == null ? "declines" : actual));
          }
        }
      }
    }
    if (!disagreements.isEmpty()) {
      throw new IllegalStateException(peer.name() + " disagrees with the core's graph on "
          + disagreements.size() + " of " + (CaseStatus.values().length * CommandType.values().length * 2)
          + " pairs:\n  " + String.join("\n  ", disagreements));
    }
    return checked;
  }
}
