package org.oversight.complaint.core;

/**
 * To what kind of body a case was referred.
 *
 * @since 0.1
 */
public enum ReferralKind {
  /** An independent oversight body: IOPC, DUP, Spesialenheten, SU. */
  OVERSIGHT,
  /** A prosecutor for the prosecution decision: DK statsadvokat, E&amp;W CPS. */
  PROSECUTION,
  /** Administrative assessment: NO politimester after Spesialenheten. */
  ADMINISTRATIVE_REVIEW,
  /** A victim-support organisation (only with the victim's consent). */
  VICTIM_SUPPORT,
  /** Back to the body that referred the case. */
  REFERRED_BACK
}
