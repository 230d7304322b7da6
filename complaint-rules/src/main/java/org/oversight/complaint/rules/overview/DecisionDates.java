package org.oversight.complaint.rules.overview;

/**
 * Whether the cases' decision events carry the date the decision was made. Cases built from an export
 * without closing dates (every event stamped with the date of receipt) carry none, and an overview of
 * them must not report "0 days to decision".
 *
 * @since 0.1
 */
public enum DecisionDates {
  /** Decisions are stamped when they were made: the day figures are measured. */
  RECORDED,
  /** Decisions are not dated by the source: the day figures are absent, not 0. */
  NOT_RECORDED
}
