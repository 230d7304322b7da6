package org.oversight.complaint.rules;

/**
 * A part of a case that an {@link Audience} may or may not be told, per {@link DisclosurePolicy}.
 *
 * @since 0.1
 */
public enum Disclosable {
  /** Where the case stands, including that it is finished. */
  STATUS,
  /** When, where and what happened. */
  INCIDENT,
  /** The allegations, their categories and descriptions. */
  ALLEGATIONS,
  /** The outcomes decided: the finding on each allegation (measures are {@link #MEASURES}). */
  OUTCOMES,
  /** The reasons given for the decisions. */
  REASONS,
  /**
   * The disciplinary and management measures recorded on the case ({@code ComplaintCase.measures()}),
   * apart from the finding ({@link #OUTCOMES}): Norway keeps the measures against an officer from the
   * complainant even where the finding is told; England and Wales tells the complainant the action taken
   * (Police Reform Act 2002 s. 20). A subject is shown only the measures concerning them.
   *
   * @since 0.1
   */
  MEASURES,
  /** The review or appeal route, its body and deadline. */
  REVIEW_ROUTE,
  /** Who the subject is (name, service number, unit). */
  SUBJECT_IDENTITY,
  /** Who the complainant is. */
  COMPLAINANT_IDENTITY,
  /**
   * For a subject, who the other subjects of the case are (name, service number, unit). Off in every
   * shipped pack: a subject sees only their own personal data unless a pack allows this.
   */
  CO_SUBJECT_IDENTITY,
  /** Personal data of witnesses, victims and other parties. */
  OTHER_PARTIES_PERSONAL_DATA,
  /** Referrals to oversight bodies, prosecutors and victim support. */
  REFERRALS,
  /** Consent records. */
  CONSENTS,
  /** The notifications sent. */
  NOTIFICATIONS,
  /** The full event history. */
  HISTORY
}
