package org.oversight.complaint.core;

/**
 * Facts alleged about an allegation that make it serious; rule packs derive mandatory escalation,
 * recording and informal-resolution eligibility from them.
 *
 * @since 0.1
 */
public enum SeriousnessFlag {
  /** Someone died. */
  DEATH,
  /** Someone was seriously injured (E&amp;W PRA s. 29: fracture, deep cut, internal organ, impaired function). */
  SERIOUS_INJURY,
  /** Serious assault. */
  SERIOUS_ASSAULT,
  /** Serious sexual offence. */
  SERIOUS_SEXUAL_OFFENCE,
  /** Serious corruption. */
  SERIOUS_CORRUPTION,
  /** Abuse of position for a sexual purpose or an improper emotional relationship. */
  ABUSE_OF_POSITION_SEXUAL,
  /** Criminal or disciplinary conduct aggravated by discrimination. */
  DISCRIMINATION_AGGRAVATED,
  /** A "relevant offence" (E&amp;W reg 1). */
  RELEVANT_OFFENCE,
  /** A possible breach of ECHR article 2 or 3. */
  ECHR_ART2_ART3,
  /** Conduct that, if proved, might be a criminal offence. */
  POSSIBLE_CRIMINAL_OFFENCE,
  /** Conduct that, if proved, might justify disciplinary proceedings. */
  POSSIBLE_DISCIPLINARY,
  /** A firearm was discharged (Swedish verkanseld: a preliminary investigation is always opened). */
  FIREARM_DISCHARGE,
  /** The person was in police custody. */
  IN_CUSTODY
}
