package org.oversight.complaint.core;

/**
 * What a notification told its recipient.
 *
 * @since 0.1
 */
public enum NotificationKind {
  /** Receipt acknowledged (Danish kvitteringsbrev). */
  ACKNOWLEDGEMENT,
  /** A progress update. */
  PROGRESS_UPDATE,
  /** A delay notice: the decision takes longer than the deadline (NO 1 month, DK 6 months / 1 year, E&amp;W 12 months). */
  DELAY_NOTICE,
  /** The outcome (or, where the outcome stays internal, that the case is finished). */
  OUTCOME,
  /** The subject was told of the complaint. */
  SUBJECT_NOTICE,
  /** A report to a supervising body (E&amp;W reg 13 report to the local policing body and the IOPC). */
  OVERSIGHT_REPORT,
  /** That the case was forwarded to another body. */
  FORWARDING_NOTICE,
  /** Anything else. */
  OTHER
}
