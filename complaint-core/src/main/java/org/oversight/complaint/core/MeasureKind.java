package org.oversight.complaint.core;

/**
 * The kind of a disciplinary or management measure taken against a person complained about: a
 * closed set broad enough for the shipped jurisdictions. A measure is not the finding on an
 * allegation ({@link Outcome}); it is what the employer side or the handling body does about the
 * person afterwards, or instead, and the law discloses it separately (Norway: internal personnel
 * measures are not told to the complainant; England and Wales: the complainant is told the action
 * taken, Police Reform Act 2002 s. 20).
 *
 * @since 0.1
 */
public enum MeasureKind {
  /** The deciding body decided to take no measure against the person. */
  NO_MEASURE,
  /** Guidance, an instruction or a conversation with a manager, outside disciplinary proceedings. */
  MANAGEMENT_ACTION,
  /** Reflective practice for practice requiring improvement (E&amp;W Reflective Practice Review Process). */
  REFLECTIVE_PRACTICE,
  /** Disciplinary proceedings were brought (a misconduct meeting or hearing, the employer's disciplinary board). */
  DISCIPLINARY_PROCEEDINGS,
  /** A disciplinary warning (a written or final written warning). */
  WARNING,
  /** Another disciplinary sanction short of dismissal (a pay deduction, a reduction in rank, a transfer). */
  OTHER_SANCTION,
  /** Dismissal. */
  DISMISSAL
}
