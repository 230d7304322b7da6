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
  OTHER,
  /** The victim was informed about the victim-support organisations (SE: JK 5143-18-2.1; a duty apart from the referral). */
  VICTIM_SUPPORT_INFORMATION,
  /** The employer's disciplinary function was told of the prosecutor's decision (SE: polisen.se, särskilda utredningar). */
  DISCIPLINARY_NOTICE,
  /** A record of the steps taken to obtain and preserve evidence (E&amp;W Police Reform Act 2002 Sch. 3 para 14B). */
  EVIDENCE_PRESERVATION,
  /**
   * A request that the complainant confirm in writing a withdrawal made without a signed notice (E&amp;W
   * SI 2020/2 reg 39).
   *
   * @since 0.1
   */
  WITHDRAWAL_CONFIRMATION,
  /**
   * A request to the complainant for details the complaint lacks (when it happened, who was involved),
   * sent after an incomplete complaint was registered.
   *
   * @since 0.1
   */
  DETAILS_REQUEST
}
