package org.oversight.complaint.core;

import java.time.Instant;

/**
 * A referral to an oversight body that a case still owes, as a rule pack's refusal of local handling
 * names it ({@link Rejection.RuleRefused#pending()}): the body, the deadline and what triggered it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param to the body the case must go to, not null
 * @param due the inclusive deadline of the referral, not null
 * @param trigger why the case must go there, not null
 * @since 0.1
 */
public record PendingEscalation(Body to, Instant due, EscalationTrigger trigger) {
  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   */
  public PendingEscalation {
    Checks.notNull(to, "to");
    Checks.notNull(due, "due");
    Checks.notNull(trigger, "trigger");
  }
}
