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
  /** A chief officer or other senior rank (E&amp;W referral rule 7). */
  CHIEF_OFFICER,
  /** Not (yet) identified. */
  UNIDENTIFIED
}
