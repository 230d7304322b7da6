package org.oversight.complaint.core;

/**
 * What kind of person a subject of a complaint is.
 *
 * @since 0.1
 */
public enum SubjectKind {
  /** A police officer. */
  OFFICER,
  /** Civilian police staff. */
  CIVILIAN_STAFF,
  /** Other staff doing police-type tasks (DK since 2022, lov nr. 1172 af 8.6.2021). */
  OTHER_STAFF,
  /**
   * The chief officer of a force (E&amp;W: the chief constable or commissioner, whose complaints the local
   * policing body handles, Police Reform Act 2002 s. 29; IOPC referral rule 7).
   */
  CHIEF_OFFICER,
  /**
   * A senior officer other than the chief officer: in England and Wales an officer above the rank of chief
   * superintendent (Police Reform Act 2002 s. 29), whose complaints the IOPC reviews (Sch. 3 para 6A).
   */
  SENIOR_OFFICER,
  /** Not (yet) identified. */
  UNIDENTIFIED
}
