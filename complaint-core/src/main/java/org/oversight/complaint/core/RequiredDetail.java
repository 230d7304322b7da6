package org.oversight.complaint.core;

/**
 * A detail a complaint must contain before it can be registered. The Oslo district complaint body
 * asks for when it happened, who was involved and what happened; which details a body requires is a
 * {@link RegistrationRequirements} parameter.
 *
 * @since 0.1
 */
public enum RequiredDetail {
  /** When: the incident time is known, at least as a range. */
  INCIDENT_TIME,
  /** Where: the incident place is given. */
  INCIDENT_PLACE,
  /** Who: at least one subject (identified or not) is named. */
  SUBJECT,
  /** What: a description of what happened is given. */
  DESCRIPTION,
  /** At least one complainant is recorded. */
  COMPLAINANT,
  /** At least one complainant can be reached. */
  COMPLAINANT_CONTACT,
  /** At least one allegation is recorded. */
  ALLEGATION;

  /**
   * Tells whether the case contains this detail.
   *
   * @param complaint the case, not null
   * @return true if present
   */
  public boolean isPresentIn(ComplaintCase complaint) {
    switch (this) {
      case INCIDENT_TIME:
        return complaint.incident().time().isKnown();
      case INCIDENT_PLACE:
        return complaint.incident().place().isDefined();
      case SUBJECT:
        return complaint.parties().exists(p -> p.is(PartyRole.SUBJECT));
      case DESCRIPTION:
        return complaint.incident().isDescribed();
      case COMPLAINANT:
        return complaint.parties().exists(p -> p.is(PartyRole.COMPLAINANT));
      case COMPLAINANT_CONTACT:
        return complaint.parties().exists(p -> p.is(PartyRole.COMPLAINANT) && p.contact().isDefined());
      case ALLEGATION:
        return !complaint.allegations().isEmpty();
      default:
        throw new IllegalStateException("bug: unhandled detail " + this);
    }
  }
}
