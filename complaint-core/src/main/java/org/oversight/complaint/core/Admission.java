package org.oversight.complaint.core;

/**
 * On what footing a review or appeal application is admitted: in time, or out of time for exceptional
 * circumstances, a decision the event records with its reason ({@link Stamp#reason()}).
 *
 * @since 0.1
 */
public enum Admission {
  /** Admitted only if in time; a late application is refused ({@link Rejection.ReviewOutOfTime}). */
  IN_TIME,
  /**
   * Admitted although late, for exceptional circumstances (E&amp;W IOPC statutory guidance on reviews;
   * the reason must be recorded).
   */
  EXCEPTIONAL_CIRCUMSTANCES
}
