package org.oversight.complaint.core;

import java.time.Instant;

/**
 * The decision on one allegation: the outcome, who decided and when.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param outcome the outcome code, not null
 * @param decidedBy the deciding body, not null
 * @param at when, not null
 * @since 0.1
 */
public record Decision(Outcome outcome, Body decidedBy, Instant at) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   */
  public Decision {
    Checks.notNull(outcome, "outcome");
    Checks.notNull(decidedBy, "decidedBy");
    Checks.notNull(at, "at");
  }
}
