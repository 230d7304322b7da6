package org.oversight.complaint.core;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The result of an accepted command: the new case and the event the command recorded (to be
 * appended to the integrator's store). The case before the command is unaffected.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param complaint the case after the command, not null
 * @param event the event recorded, the last of the new case's history, not null
 * @since 0.1
 */
public record Transition(ComplaintCase complaint, CaseEvent event) {
  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   */
  public Transition {
    Checks.notNull(complaint, "complaint");
    Checks.notNull(event, "event");
  }

  /**
   * Returns the events the command recorded, in order: one per command.
   *
   * @return the events, never null, never empty
   */
  public Seq<CaseEvent> events() {
    return List.of(event);
  }
}
