package org.oversight.complaint.core;

/**
 * How a complaint reached the receiving body.
 *
 * @since 0.1
 */
public enum Channel {
  /** A web form. */
  WEB_FORM,
  /** An internal ticket system (the Oslo district complaint body takes complaints this way). */
  TICKET_SYSTEM,
  /** An ordinary phone call. */
  PHONE,
  /** The emergency line 112. */
  EMERGENCY_LINE_112,
  /** The police service line 114 (Sweden: 114 14). */
  SERVICE_LINE_114,
  /** A letter. */
  LETTER,
  /** E-mail. */
  EMAIL,
  /** In person at a police station. */
  IN_PERSON,
  /** Orally; the police must write it down (Norway). */
  ORAL,
  /** Orally into a court record (Denmark, abuse of authority during a criminal case). */
  ORAL_IN_COURT,
  /** Forwarded by another body. */
  FORWARDED,
  /** Opened on the body's own initiative or after a mandatory notification (no complainant). */
  OWN_INITIATIVE
}
