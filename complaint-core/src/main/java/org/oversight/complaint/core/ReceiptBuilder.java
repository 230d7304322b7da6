package org.oversight.complaint.core;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Builds the receipt of a new case: the {@link CaseEvent.ComplaintReceived} event, and with
 * {@link #receive(Stamp)} the new case itself. Obtained from
 * {@link ComplaintCase#receipt(CaseId, JurisdictionCode)}.
 *
 * <p>Track, channel and receiving body must be set; the incident defaults to
 * {@link Incident#unknown()}; parties and allegations default to none.
 *
 * <p>This builder is mutable and not thread-safe; the values it builds are immutable.
 *
 * @since 0.1
 */
public final class ReceiptBuilder {
  private final CaseId caseId;
  private final JurisdictionCode jurisdiction;
  private Track track;
  private Channel channel;
  private Body receivingBody;
  private Incident incident = Incident.unknown();
  private Vector<Party> parties = Vector.empty();
  private Vector<Allegation> allegations = Vector.empty();
  private Option<Instant> lodgedAt = Option.none();

  ReceiptBuilder(CaseId caseId, JurisdictionCode jurisdiction) {
    this.caseId = Checks.notNull(caseId, "caseId");
    this.jurisdiction = Checks.notNull(jurisdiction, "jurisdiction");
  }

  /**
   * Sets the track.
   *
   * @param value the track, not null
   * @return this builder, never null
   */
  public ReceiptBuilder track(Track value) {
    this.track = Checks.notNull(value, "track");
    return this;
  }

  /**
   * Sets the channel.
   *
   * @param value the channel, not null
   * @return this builder, never null
   */
  public ReceiptBuilder channel(Channel value) {
    this.channel = Checks.notNull(value, "channel");
    return this;
  }

  /**
   * Sets the receiving body.
   *
   * @param value the body, not null
   * @return this builder, never null
   */
  public ReceiptBuilder receivingBody(Body value) {
    this.receivingBody = Checks.notNull(value, "receivingBody");
    return this;
  }

  /**
   * Sets the incident.
   *
   * @param value the incident, not null
   * @return this builder, never null
   */
  public ReceiptBuilder incident(Incident value) {
    this.incident = Checks.notNull(value, "incident");
    return this;
  }

  /**
   * Adds a party.
   *
   * @param value the party, not null
   * @return this builder, never null
   */
  public ReceiptBuilder party(Party value) {
    parties = parties.append(Checks.notNull(value, "party"));
    return this;
  }

  /**
   * Adds an allegation.
   *
   * @param value the allegation, undecided, not null
   * @return this builder, never null
   */
  public ReceiptBuilder allegation(Allegation value) {
    allegations = allegations.append(Checks.notNull(value, "allegation"));
    return this;
  }

  /**
   * Sets when the complaint was first lodged, with a body that forwarded it to the receiving body; time
   * limits run to that instant, not to the receipt here. Unset means it was lodged here.
   *
   * @param value the instant, not after the receipt, not null
   * @return this builder, never null
   */
  public ReceiptBuilder lodgedAt(Instant value) {
    this.lodgedAt = Option.some(Checks.notNull(value, "lodgedAt"));
    return this;
  }

  /**
   * Builds the receipt event.
   *
   * @param stamp when it was received, who received it and a note, not null
   * @return the event, never null
   * @throws NullPointerException if stamp is null, or the track, the channel or the receiving body is not set
   * @throws IllegalArgumentException if parties or allegations are inconsistent (repeated ids, an
   *     allegation against a party that is not a subject), or the lodging instant is after the receipt
   */
  public CaseEvent.ComplaintReceived build(Stamp stamp) {
    return new CaseEvent.ComplaintReceived(caseId, jurisdiction, track, channel, receivingBody,
        incident, parties, allegations, lodgedAt, stamp);
  }

  /**
   * Builds the receipt and creates the case.
   *
   * @param stamp when it was received, who received it and a note, not null
   * @return the transition with the new case in state {@link CaseStatus#RECEIVED}, never null
   * @throws NullPointerException if stamp is null, or the track, the channel or the receiving body is not set
   * @throws IllegalArgumentException if parties or allegations are inconsistent
   */
  public Transition receive(Stamp stamp) {
    return ComplaintCase.receive(build(stamp));
  }
}
