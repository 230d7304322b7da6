package org.oversight.complaint.core;

/**
 * Whether the time a review or appeal application spends with a body other than the review body
 * counts towards the application window.
 *
 * @since 0.1
 */
public enum WrongBodyTime {
  /** It counts: the application is made when the review body receives it. */
  COUNTED,
  /**
   * It is left out: an application first sent to a wrong body is in time if it was sent in time
   * (E&amp;W SI 2020/2 reg 29(3)).
   */
  EXCLUDED
}
