package org.oversight.complaint.benchmarks;

import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;

/**
 * One state-machine implementation under test, configured with the {@link CommonGraph}: it restores
 * an entity to a state and fires one command, as an integrator would for every request.
 */
public interface Peer {
  /**
   * Returns a short name for reports.
   *
   * @return the name, never null
   */
  String name();

  /**
   * Restores an entity to a state and fires one command.
   *
   * @param from the entity's state, not null
   * @param command the command, not null
   * @param openAllegations the entity's number of undecided allegations (the guard's input)
   * @return the state after the command, or null if the peer declined it
   */
  CaseStatus restoreAndFire(CaseStatus from, CommandType command, int openAllegations);
}
