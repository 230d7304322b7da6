package org.oversight.complaint.core;

/**
 * The states of a complaint case in the generic state graph. Each jurisdiction uses a
 * subset. Which commands are allowed in which state is declared once in {@link StateGraph}.
 *
 * @since 0.1
 */
public enum CaseStatus {
  /** Received but not yet registered. */
  RECEIVED(true),
  /** Registered under a {@link CaseReference}, so it can be found again. */
  REGISTERED(true),
  /** Receipt acknowledged to the complainant (Danish kvitteringsbrev). */
  ACKNOWLEDGED(true),
  /** Classified, standing and time limit checked, routed. */
  ASSESSED(true),
  /** Rejected: time-barred (forældet), unfounded (grundløs), not eligible, not recorded or not investigated. */
  REJECTED(false),
  /** Forwarded to the competent body; this body's case ends here. */
  FORWARDED(false),
  /** Informal handling: Danish notitssag, E&amp;W handling outside Schedule 3. */
  INFORMAL_RESOLUTION(true),
  /** Referred to an oversight body (IOPC, DUP, Spesialenheten, SU). */
  REFERRED(true),
  /** Under investigation. */
  INVESTIGATION(true),
  /** Party hearing: Danish partshøring, E&amp;W provisional findings. */
  PARTY_HEARING(true),
  /** Every allegation decided. */
  DECIDED(true),
  /** Outcome told to the complainant; no review route is open. */
  OUTCOME_NOTIFIED(true),
  /** Outcome told with a review or appeal route whose window is open. */
  REVIEW_WINDOW_OPEN(true),
  /** A review or appeal is pending. */
  UNDER_REVIEW(true),
  /** The review or appeal has been decided. */
  REVIEW_DECIDED(true),
  /** Reopened (after an upheld review, or a continuation after withdrawal). */
  REOPENED(true),
  /** Closed. */
  CLOSED(false),
  /** Withdrawn by the complainant (may continue in the public interest by reopening). */
  WITHDRAWN(false),
  /** Investigation discontinued. */
  DISCONTINUED(false),
  /** Conduct case waits for a criminal case. */
  SUSPENDED_PENDING_CRIMINAL(true),
  /** Investigation report sent to a prosecutor for decision (DK statsadvokat, E&amp;W CPS). */
  REFERRED_FOR_PROSECUTION_DECISION(true),
  /** Sent for administrative assessment (NO Spesialenheten to the politimester, "administrativ vurdering"). */
  REFERRED_FOR_ADMINISTRATIVE_REVIEW(true);

  private final boolean open;

  CaseStatus(boolean open) {
    this.open = open;
  }

  /**
   * Tells whether a case in this state is still open (counted as open at a period's end).
   *
   * @return true unless the state ends the case for this body (closed, rejected, forwarded, withdrawn, discontinued)
   */
  public boolean isOpen() {
    return open;
  }
}
