package org.oversight.complaint.core;

/**
 * The commands a case understands: the vocabulary of the {@link StateGraph} and of
 * {@link Rejection rejections}. Each command, when accepted, records one {@link CaseEvent}.
 *
 * @since 0.1
 */
public enum CommandType {
  /** Receive a complaint or open a case on the body's own initiative (creates the case). */
  RECEIVE,
  /** Register the case under a reference after checking it is complete. */
  REGISTER,
  /** Acknowledge receipt to the complainant. */
  ACKNOWLEDGE,
  /** Disregard the filing time limit. */
  WAIVE_TIME_LIMIT,
  /** Assess: classify, check standing and time limit, route. */
  ASSESS,
  /** Reject without a decision on the merits. */
  REJECT,
  /** Forward to the competent body. */
  FORWARD,
  /** Start informal handling (notitssag, outside Schedule 3). */
  START_INFORMAL_RESOLUTION,
  /** Leave informal handling and return to formal handling. */
  FALL_BACK_TO_FORMAL,
  /** Refer (escalate) to an oversight body. */
  REFER,
  /** Refer a referred case back to the body that referred it. */
  REFER_BACK,
  /** Open an investigation. */
  OPEN_INVESTIGATION,
  /** Open the party hearing (partshøring). */
  OPEN_PARTY_HEARING,
  /** Close the party hearing. */
  CLOSE_PARTY_HEARING,
  /** Decide one allegation. */
  DECIDE_ALLEGATION,
  /** Send the investigation to a prosecutor for decision. */
  REFER_FOR_PROSECUTION_DECISION,
  /** Send the case for administrative assessment. */
  REFER_FOR_ADMINISTRATIVE_REVIEW,
  /** Tell the outcome (with the review route, if any). */
  NOTIFY_OUTCOME,
  /** Record any other notification (acknowledgement to others, update, delay notice, report). */
  RECORD_NOTIFICATION,
  /** Apply for review or appeal. */
  REQUEST_REVIEW,
  /** Decide the review or appeal. */
  DECIDE_REVIEW,
  /** Reopen. */
  REOPEN,
  /** Withdraw the complaint. */
  WITHDRAW,
  /** Discontinue the investigation. */
  DISCONTINUE,
  /** Suspend while a criminal case runs. */
  SUSPEND,
  /** Resume after suspension. */
  RESUME,
  /** Close. */
  CLOSE,
  /** Record a consent, refusal or withdrawal of consent. */
  RECORD_CONSENT,
  /** Link a related case. */
  LINK_RELATED_CASE,
  /** Add an allegation. */
  ADD_ALLEGATION,
  /** Add a party. */
  ADD_PARTY,
  /** Refer a victim to a victim-support organisation (only with the victim's consent). */
  REFER_TO_VICTIM_SUPPORT,
  /** Split allegations off into a case of their own (a letter that mixes tracks is routed per allegation). */
  SPLIT_OFF,
  /** Record a disciplinary or management measure about a person complained about. */
  RECORD_MEASURE
}
