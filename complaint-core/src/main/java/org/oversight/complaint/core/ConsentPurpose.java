package org.oversight.complaint.core;

/**
 * What a party consents to.
 *
 * @since 0.1
 */
public enum ConsentPurpose {
  /** Informal handling (Danish notitssag, § 1019 k, needs the complainant's consent). */
  INFORMAL_RESOLUTION,
  /** Passing contact details to a victim-support organisation (Swedish ärendeförmedling: only after a yes). */
  VICTIM_SUPPORT_REFERRAL,
  /** Someone complaining on the party's behalf. */
  COMPLAINT_ON_BEHALF
}
