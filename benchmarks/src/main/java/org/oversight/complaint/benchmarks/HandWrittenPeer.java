package org.oversight.complaint.benchmarks;

import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;

/**
 * The limit as a {@link Peer}: restoring is one small allocation, firing is a switch.
 *
 * <p>This class is immutable and thread-safe; the entities it creates are not.
 */
public final class HandWrittenPeer implements Peer {
  @Override
  public String name() {
    return "hand-written";
  }

  @Override
  public CaseStatus restoreAndFire(CaseStatus from, CommandType command, int openAllegations) {
    HandWrittenCase entity = new HandWrittenCase(from, openAllegations);
    return entity.fire(command) ? entity.status() : null;
  }
}
