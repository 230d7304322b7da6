package org.oversight.complaint.core;

/**
 * How two cases are related.
 *
 * @since 0.1
 */
public enum Relation {
  /** Both arise from the same incident (E&amp;W: a complaint from the same incident as a referred one must be referred too). */
  SAME_INCIDENT,
  /** Both are about the same subject (the "warned" pattern: repeated reports about the same person). */
  SAME_SUBJECT,
  /** Both come from the same complainant. */
  SAME_COMPLAINANT,
  /** The other case is the criminal case this conduct case waits for. */
  PARALLEL_CRIMINAL_CASE,
  /** Split from the same letter: allegations of one complaint routed as cases of their own. */
  SPLIT,
  /**
   * This complaint is substantially the same as the other, earlier complaint or conduct matter, with no
   * fresh indication and no fresh evidence (E&amp;W SI 2020/2 reg 6: there is no duty to investigate it).
   *
   * @since 0.1
   */
  REPEATS,
  /**
   * This complaint is substantially the same as the other, earlier one, but brings a fresh indication or
   * fresh evidence, so it is not a repeat complaint (E&amp;W SI 2020/2 reg 6). A later link of this kind to
   * the same case replaces a {@link #REPEATS} link.
   *
   * @since 0.1
   */
  REPEATS_WITH_FRESH_EVIDENCE
}
