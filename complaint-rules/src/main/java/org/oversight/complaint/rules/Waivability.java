package org.oversight.complaint.rules;

/**
 * Whether a filing time limit may be waived (DK § 1019 a stk. 3: "in special cases"; SE JO: "särskilda
 * skäl"). A late complaint under a waivable limit is {@link TimeLimitCheck.Status#WAIVED} once the case
 * records a waiver ({@link org.oversight.complaint.core.ComplaintCase#timeLimitWaiver()}); under a limit
 * that is not waivable it stays {@link TimeLimitCheck.Status#EXPIRED}, and the pack refuses the waiver.
 *
 * @since 0.1
 */
public enum Waivability {
  /** The limit may be waived. */
  WAIVABLE,
  /** The limit may not be waived. */
  NOT_WAIVABLE
}
