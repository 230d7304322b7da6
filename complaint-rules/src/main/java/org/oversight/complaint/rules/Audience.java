package org.oversight.complaint.rules;

/**
 * Who is told about a case: the audiences a {@link DisclosurePolicy} distinguishes.
 *
 * @since 0.1
 */
public enum Audience {
  /** The handling body and its staff. */
  INTERNAL,
  /** The complainant (or their representative). */
  COMPLAINANT,
  /** The person complained about. */
  SUBJECT,
  /** The public: published statistics and public documents. */
  PUBLIC,
  /**
   * Next of kin, an injured person or another person the law gives information about a case they did
   * not bring: a party in the role {@link org.oversight.complaint.core.PartyRole#INTERESTED_PERSON} or
   * {@link org.oversight.complaint.core.PartyRole#VICTIM} (Denmark: the next of kin and the injured person
   * are told the decision in a death or serious injury investigation, retsplejeloven § 1020 a, stk. 2 and
   * § 1020 f; England and Wales: interested persons are kept properly informed, Police Reform Act 2002
   * s. 21). A pack tells this audience nothing beyond what its law gives them; a viewer sees their own
   * personal data and no one else's.
   *
   * @since 0.1
   */
  INTERESTED_PERSON
}
