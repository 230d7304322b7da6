package org.oversight.complaint.core;

/**
 * The kind of case, which decides the route and the rules that apply.
 *
 * @since 0.1
 */
public enum Track {
  /** Complaint about an officer's conduct: Danish adfærdsklage, Norwegian klage på tjenesteutøvelse, E&amp;W complaint. */
  CONDUCT_COMPLAINT,
  /** Complaint about the service rather than a person: E&amp;W service complaint, Danish 112/114 service complaints. */
  SERVICE_COMPLAINT,
  /** Complaint about a police decision (Danish dispositionsklage); routed out of the oversight body. */
  DISPOSITION_COMPLAINT,
  /** Report of a criminal offence by police staff: Danish/Norwegian anmeldelse, Swedish SU case. */
  CRIMINAL_REPORT,
  /** Death or serious injury after police contact: DK retsplejeloven § 1020 a stk. 2, Norwegian mandatory investigation, E&amp;W DSI matter. */
  DEATH_OR_SERIOUS_INJURY,
  /** E&amp;W recordable conduct matter: an indication of misconduct without a complaint. */
  RECORDABLE_CONDUCT_MATTER
}
