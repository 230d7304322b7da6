package org.oversight.complaint.core;

/**
 * One step of a case's {@link ComplaintCase#timeline() timeline}: an event and the case as it stood
 * right after it. Rules use the steps to find when something first became true (when the case was
 * first decided, when a flag came in) without replaying the history.
 *
 * <p>Immutable and thread-safe.
 *
 * @param position the event's position in the history, 0 for the receipt
 * @param event the event, not null
 * @param after the case right after the event (its version is {@code position + 1}), not null
 * @since 0.1
 */
public record TimelineStep(int position, CaseEvent event, ComplaintCase after) {
  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if position is negative
   */
  public TimelineStep {
    Checks.notNull(event, "event");
    Checks.notNull(after, "after");
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative but was " + position);
    }
  }

  /**
   * Returns the state right after the event.
   *
   * @return the state, never null
   */
  public CaseStatus status() {
    return after.status();
  }
}
