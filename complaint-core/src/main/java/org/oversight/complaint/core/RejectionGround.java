package org.oversight.complaint.core;

/**
 * Why a case was rejected without a decision on its merits.
 *
 * @since 0.1
 */
public enum RejectionGround {
  /** Filed after the time limit and not waived (Danish forældet). */
  TIME_BARRED,
  /** Manifestly unfounded (Danish grundløs). */
  UNFOUNDED,
  /** The complainant has no standing. */
  NOT_ELIGIBLE,
  /** Not recorded as a complaint (E&amp;W). */
  NOT_RECORDED,
  /** Outside the body's competence. */
  OUT_OF_SCOPE,
  /** Substantially the same as an earlier complaint with nothing new (E&amp;W reg 6). */
  REPEAT_COMPLAINT,
  /** The oversight body decided not to investigate (no reasonable suspicion). */
  NOT_INVESTIGATED
}
