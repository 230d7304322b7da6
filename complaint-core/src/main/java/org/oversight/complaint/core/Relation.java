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
  SPLIT
}
