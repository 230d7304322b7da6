package org.oversight.complaint.benchmarks;

import java.util.Objects;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.StateGraph;

/**
 * The one graph every peer is configured with: the states, commands and edges of
 * {@link StateGraph#standard()}, and one guard.
 *
 * <p>The core's graph lets three commands lead to more than one state; the command's data or the
 * case decides which. A generic engine configured per (state, command) needs one rule for each:
 * <ul>
 *   <li>{@code DECIDE_ALLEGATION} is the guard: deciding the last open allegation leads to
 *       {@link CaseStatus#DECIDED}, deciding any other keeps the state. Every peer models it with the
 *       entity's count of open allegations.
 *   <li>{@code NOTIFY_OUTCOME} leads to {@link CaseStatus#REVIEW_WINDOW_OPEN} in every peer (the
 *       core goes there when the outcome is told with a review route, as in the benchmarks).
 *   <li>{@code RESUME} leads back to {@link CaseStatus#INVESTIGATION} in every peer (the core returns
 *       to the state the case was suspended from, which peers would need extra state for).
 * </ul>
 * Each of those fixed choices is one of the core's declared targets, which {@link #target} checks.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommonGraph {
  /** The core's graph. */
  public static final StateGraph GRAPH = StateGraph.standard();

  private CommonGraph() {}

  /**
   * Returns the state a peer must reach when it fires a command.
   *
   * @param from the state before, not null
   * @param command the command, not null
   * @param openAllegations the number of undecided allegations before the command
   * @return the state after, or null if the core's graph does not allow the command in that state
   * @throws IllegalStateException if the core's graph declares a target set this benchmark does not model
   */
  public static CaseStatus target(CaseStatus from, CommandType command, int openAllegations) {
    Objects.requireNonNull(from, "from is null");
    Objects.requireNonNull(command, "command is null");
    if (!GRAPH.isAllowed(from, command)) {
      return null;
    }
    CaseStatus chosen;
    switch (command) {
      case DECIDE_ALLEGATION:
        chosen = openAllegations <= 1 ? CaseStatus.DECIDED : from;
        break;
      case NOTIFY_OUTCOME:
        chosen = CaseStatus.REVIEW_WINDOW_OPEN;
        break;
      case RESUME:
        chosen = CaseStatus.INVESTIGATION;
        break;
      default:
        if (GRAPH.targets(from, command).size() != 1) {
          throw new IllegalStateException("the core's graph now lets " + command + " lead from " + from
              + " to " + GRAPH.targets(from, command) + "; CommonGraph must model that choice");
        }
        chosen = GRAPH.targets(from, command).head();
    }
    if (!GRAPH.isLegal(from, command, chosen)) {
      throw new IllegalStateException("the core's graph no longer declares " + from + " --" + command
          + "--> " + chosen + "; CommonGraph must be updated");
    }
    return chosen;
  }
}
