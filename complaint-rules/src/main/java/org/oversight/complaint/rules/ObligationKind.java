package org.oversight.complaint.rules;

/**
 * What an {@link Obligation} requires. Each kind has a message key {@code obligation.<kind>}.
 *
 * @since 0.1
 */
public enum ObligationKind {
  /** Refer the case to an oversight body (a mandatory escalation). */
  REFER,
  /** Acknowledge receipt (DK kvitteringsbrev; E&amp;W contact to seek views). */
  ACKNOWLEDGE,
  /** Tell the state of a case not decided in time (DK § 1019 n / § 1020 f; NO 1 month). */
  DELAY_NOTICE,
  /** Report a long investigation to oversight bodies (E&amp;W reg 13). */
  OVERSIGHT_REPORT,
  /** Tell the outcome, with reasons and the review route. */
  OUTCOME_NOTICE,
  /** Ask the victim whether they want contact with victim support. */
  ASK_VICTIM_SUPPORT_CONSENT,
  /** Pass the victim's contact to victim support, after a yes. */
  REFER_TO_VICTIM_SUPPORT,
  /** Tell the oversight body that a referred complaint was withdrawn (E&amp;W reg 38). */
  WITHDRAWAL_NOTICE,
  /** Inform the victim about the victim-support organisations, whatever they answer about a referral (SE). */
  INFORM_ABOUT_VICTIM_SUPPORT,
  /** Pass an appeal with its case file to the appeal body (NO: the district forwards to Politidirektoratet). */
  FORWARD_APPEAL,
  /** Tell the employer's disciplinary function of the prosecutor's decision (SE). */
  DISCIPLINARY_NOTICE,
  /** Obtain and preserve evidence in a death or serious injury matter (E&amp;W Sch. 3 para 14B). */
  PRESERVE_EVIDENCE,
  /**
   * Ask the complainant to confirm in writing a withdrawal made without a signed notice (E&amp;W SI 2020/2
   * reg 39).
   *
   * @since 0.1
   */
  CONFIRM_WITHDRAWAL,
  /**
   * Ask the complainant for the details an incomplete complaint lacks, after registering it (instead of
   * refusing to register it).
   *
   * @since 0.1
   */
  REQUEST_DETAILS;

  /**
   * Returns the message key.
   *
   * @return {@code obligation.} and the kind in lower camel case, never null
   */
  public String messageKey() {
    return "obligation." + Messages.camel(name());
  }
}
