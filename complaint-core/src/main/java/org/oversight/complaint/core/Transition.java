package org.oversight.complaint.core;

import io.vavr.collection.Seq;

/**
 * The result of an accepted command: the new case and the events the command recorded (to be
 * appended to the integrator's store). The case before the command is unaffected.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param complaint the case after the command, not null
 * @param events the events recorded, in order, not null, not empty
 * @since 0.1
 */
public record Transition(ComplaintCase complaint, Seq<CaseEvent> events) {
  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if events is empty
   */
  public Transition {
    Checks.notNull(complaint, "complaint");
    Checks.notNull(events, "events");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a transition records at least one event");
    }
  }
}
