package org.oversight.complaint.core;

/**
 * The role of a party in a case.
 *
 * @since 0.1
 */
public enum PartyRole {
  /** The person who complains (klager). */
  COMPLAINANT,
  /** The person complained about (indklagede, the officer or staff member). */
  SUBJECT,
  /** A victim (brottsoffer, forurettet). */
  VICTIM,
  /** A witness. */
  WITNESS,
  /** Someone acting for another party (solicitor, agent, parent). */
  REPRESENTATIVE,
  /** Next of kin or other interested person (e.g. the bereaved family in a death case). */
  INTERESTED_PERSON
}
