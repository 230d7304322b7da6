package org.oversight.complaint.core;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Something that happened to a complaint case: the unit of its history. A closed set of records,
 * one per {@link CommandType}. Every event carries a {@link Stamp}: the instant it happened, the
 * actor and a reason (which may be empty); {@link ComplaintCase#replay(Iterable)} rebuilds a case
 * from its events.
 *
 * <p>Events are facts: an event is valid in itself by construction (non-null fields, valid values),
 * and the case checks whether it may follow the history so far when it is applied.
 *
 * <p>All implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface CaseEvent {

  /**
   * Returns when it happened, who did it and why: the event's audit envelope.
   *
   * @return the stamp, never null
   */
  Stamp stamp();

  /**
   * Returns when it happened; short for {@code stamp().at()}.
   *
   * @return the instant, never null
   */
  default Instant at() {
    return stamp().at();
  }

  /**
   * Returns who did it; short for {@code stamp().actor()}.
   *
   * @return the actor, never null
   */
  default Actor actor() {
    return stamp().actor();
  }

  /**
   * Returns why, in the actor's words; short for {@code stamp().reason()}.
   *
   * @return the reason, never null, may be empty
   */
  default String reason() {
    return stamp().reason();
  }

  /**
   * Returns the command this event records.
   *
   * @return the command type, never null
   */
  CommandType command();

  /**
   * A complaint was received, or a case opened on the body's own initiative. Always the first event of a case.
   *
   * @param caseId the case id, not null
   * @param jurisdiction whose rules apply, not null
   * @param track the track as first classified, not null
   * @param channel how it came in, not null
   * @param receivingBody the body that received it, not null
   * @param incident when, where, what, not null
   * @param parties the parties known at receipt, ids unique, not null
   * @param allegations the allegations known at receipt, ids unique, undecided, not null
   * @param lodgedAt when the complaint was first lodged, with a body that forwarded it here (time limits
   *     run to this instant: DK retsplejeloven § 1019 a stk. 1, a complaint lodged with the police is
   *     forwarded to the authority), none if it was lodged here, not after the stamp's instant, never null
   * @param stamp when, who and why, not null
   */
  record ComplaintReceived(CaseId caseId, JurisdictionCode jurisdiction, Track track, Channel channel, Body receivingBody, Incident incident, Seq<Party> parties, Seq<Allegation> allegations, Option<Instant> lodgedAt, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if parties or allegations are inconsistent (repeated ids, an
     *     allegation against a party that is not a subject, a decided allegation), or if lodgedAt is
     *     after the receipt
     */
    public ComplaintReceived {
      Checks.notNull(caseId, "caseId");
      Checks.notNull(jurisdiction, "jurisdiction");
      Checks.notNull(track, "track");
      Checks.notNull(channel, "channel");
      Checks.notNull(receivingBody, "receivingBody");
      Checks.notNull(incident, "incident");
      Checks.notNull(parties, "parties");
      Checks.notNull(allegations, "allegations");
      parties.forEach(e -> Checks.notNull(e, "parties element"));
      allegations.forEach(e -> Checks.notNull(e, "allegations element"));
      Receipts.checkConsistent(caseId, parties, allegations);
      Checks.notNull(lodgedAt, "lodgedAt");
      Checks.notNull(stamp, "stamp");
      lodgedAt.filter(l -> l.isAfter(stamp.at())).forEach(l -> {
        throw new IllegalArgumentException("receipt of case " + caseId + ": lodged at " + l
            + ", after its receipt at " + stamp.at());
      });
    }

    /**
     * Creates a receipt of a complaint lodged with the receiving body itself.
     *
     * @param caseId the case id, not null
     * @param jurisdiction whose rules apply, not null
     * @param track the track as first classified, not null
     * @param channel how it came in, not null
     * @param receivingBody the body that received it, not null
     * @param incident when, where, what, not null
     * @param parties the parties known at receipt, ids unique, not null
     * @param allegations the allegations known at receipt, ids unique, undecided, not null
     * @param stamp when, who and why, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if parties or allegations are inconsistent
     */
    public ComplaintReceived(CaseId caseId, JurisdictionCode jurisdiction, Track track, Channel channel,
        Body receivingBody, Incident incident, Seq<Party> parties, Seq<Allegation> allegations, Stamp stamp) {
      this(caseId, jurisdiction, track, channel, receivingBody, incident, parties, allegations, Option.none(), stamp);
    }

    @Override
    public CommandType command() {
      return CommandType.RECEIVE;
    }
  }

  /**
   * The case was registered under a reference after its required details were checked.
   *
   * @param reference the reference, not null
   * @param requirements the details that were required (kept so that replay checks the same ones), not null
   * @param stamp when, who and why, not null
   */
  record Registered(CaseReference reference, RegistrationRequirements requirements, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Registered {
      Checks.notNull(reference, "reference");
      Checks.notNull(requirements, "requirements");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.REGISTER;
    }
  }

  /**
   * Receipt was acknowledged (Danish kvitteringsbrev).
   *
   * @param recipient to whom, not null
   * @param stamp when, who and why, not null
   */
  record Acknowledged(Recipient recipient, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Acknowledged {
      Checks.notNull(recipient, "recipient");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.ACKNOWLEDGE;
    }
  }

  /**
   * The filing time limit was disregarded (DK § 1019 a stk. 3).
   *
   * @param legalBasis the rule allowing the waiver, none if not given, never null
   * @param stamp when, who and why, not null
   */
  record TimeLimitWaived(Option<LegalBasis> legalBasis, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public TimeLimitWaived {
      Checks.notNull(legalBasis, "legalBasis");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.WAIVE_TIME_LIMIT;
    }
  }

  /**
   * The case was assessed: classified and routed.
   *
   * @param track the track after classification, not null
   * @param handlingBody the body that handles it, not null
   * @param stamp when, who and why, not null
   */
  record Assessed(Track track, Body handlingBody, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Assessed {
      Checks.notNull(track, "track");
      Checks.notNull(handlingBody, "handlingBody");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.ASSESS;
    }
  }

  /**
   * The case was rejected without a decision on the merits.
   *
   * @param ground why, not null
   * @param reviewRoute the appeal route told with the rejection (DK: rejection of a criminal report, 4 weeks to the statsadvokat), none if none, never null
   * @param stamp when, who and why, not null
   */
  record Rejected(RejectionGround ground, Option<ReviewRoute> reviewRoute, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Rejected {
      Checks.notNull(ground, "ground");
      Checks.notNull(reviewRoute, "reviewRoute");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.REJECT;
    }
  }

  /**
   * The case was forwarded to the competent body.
   *
   * @param to the body, not null
   * @param stamp when, who and why, not null
   */
  record Forwarded(Body to, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Forwarded {
      Checks.notNull(to, "to");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.FORWARD;
    }
  }

  /**
   * Informal handling started (notitssag, outside Schedule 3).
   *
   * @param stamp when, who and why, not null
   */
  record InformalResolutionStarted(Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public InformalResolutionStarted {
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.START_INFORMAL_RESOLUTION;
    }
  }

  /**
   * Informal handling ended without resolution; formal handling resumes.
   *
   * @param stamp when, who and why, not null
   */
  record FellBackToFormal(Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public FellBackToFormal {
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.FALL_BACK_TO_FORMAL;
    }
  }

  /**
   * The case was referred (escalated) to an oversight body.
   *
   * @param to the oversight body, not null
   * @param legalBasis the rule that required the referral, none for a voluntary referral, never null
   * @param stamp when, who and why, not null
   */
  record Referred(Body to, Option<LegalBasis> legalBasis, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Referred {
      Checks.notNull(to, "to");
      Checks.notNull(legalBasis, "legalBasis");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.REFER;
    }
  }

  /**
   * The oversight body referred the case back to be handled by the body that referred it.
   *
   * @param to the body it goes back to, not null
   * @param stamp when, who and why, not null
   */
  record ReferredBack(Body to, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public ReferredBack {
      Checks.notNull(to, "to");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.REFER_BACK;
    }
  }

  /**
   * An investigation was opened.
   *
   * @param mode the mode, not null
   * @param body the investigating body, not null
   * @param stamp when, who and why, not null
   */
  record InvestigationOpened(InvestigationMode mode, Body body, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public InvestigationOpened {
      Checks.notNull(mode, "mode");
      Checks.notNull(body, "body");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.OPEN_INVESTIGATION;
    }
  }

  /**
   * The party hearing (partshøring) was opened.
   *
   * @param stamp when, who and why, not null
   */
  record PartyHearingOpened(Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public PartyHearingOpened {
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.OPEN_PARTY_HEARING;
    }
  }

  /**
   * The party hearing was closed.
   *
   * @param stamp when, who and why, not null
   */
  record PartyHearingClosed(Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public PartyHearingClosed {
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.CLOSE_PARTY_HEARING;
    }
  }

  /**
   * One allegation was decided.
   *
   * @param allegation the allegation, not null
   * @param outcome the outcome, not null
   * @param decidedBy the deciding body, not null
   * @param stamp when, who and why, not null
   */
  record AllegationDecided(AllegationId allegation, Outcome outcome, Body decidedBy, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public AllegationDecided {
      Checks.notNull(allegation, "allegation");
      Checks.notNull(outcome, "outcome");
      Checks.notNull(decidedBy, "decidedBy");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.DECIDE_ALLEGATION;
    }
  }

  /**
   * A disciplinary or management measure was recorded: what the employer side or the handling body
   * does about a person complained about, separate from the finding on an allegation
   * ({@link AllegationDecided}). A measure may be recorded whenever the case is held here, also after
   * it closed, since the employer often decides after the complaint body (Sweden: after the
   * prosecutor's decision). {@link ComplaintCase#measures()} lists them.
   *
   * @param subject whom it concerns, a party in the role {@link PartyRole#SUBJECT}, not null
   * @param allegation the allegation it answers, one of the case's, none if it answers the case as a
   *     whole, never null
   * @param kind what the measure is, not null
   * @param decidedBy the deciding body, not null
   * @param stamp when, who and why, not null
   * @since 0.1
   */
  record MeasureRecorded(PartyId subject, Option<AllegationId> allegation, MeasureKind kind, Body decidedBy, Stamp stamp)
      implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument (or the allegation inside its option) is null
     */
    public MeasureRecorded {
      Measure.checkParts(subject, allegation, kind, decidedBy);
      Checks.notNull(stamp, "stamp");
    }

    /**
     * A measure that answers the case as a whole, not one allegation.
     *
     * @param subject whom it concerns, not null
     * @param kind what the measure is, not null
     * @param decidedBy the deciding body, not null
     * @param stamp when, who and why, not null
     * @throws NullPointerException if an argument is null
     */
    public MeasureRecorded(PartyId subject, MeasureKind kind, Body decidedBy, Stamp stamp) {
      this(subject, Option.none(), kind, decidedBy, stamp);
    }

    /**
     * Returns the measure this event records, as the case lists it.
     *
     * @return the measure, never null
     */
    public Measure measure() {
      return new Measure(subject, allegation, kind, decidedBy, stamp.at());
    }

    @Override
    public CommandType command() {
      return CommandType.RECORD_MEASURE;
    }
  }

  /**
   * The investigation was sent to a prosecutor for decision.
   *
   * @param to the prosecutor, not null
   * @param stamp when, who and why, not null
   */
  record ReferredForProsecutionDecision(Body to, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public ReferredForProsecutionDecision {
      Checks.notNull(to, "to");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.REFER_FOR_PROSECUTION_DECISION;
    }
  }

  /**
   * The case was sent for administrative assessment.
   *
   * @param to the body that assesses, not null
   * @param stamp when, who and why, not null
   */
  record ReferredForAdministrativeReview(Body to, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public ReferredForAdministrativeReview {
      Checks.notNull(to, "to");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.REFER_FOR_ADMINISTRATIVE_REVIEW;
    }
  }

  /**
   * The outcome was told (or, where it stays internal, that the case is finished).
   *
   * @param recipients to whom, not empty, not null
   * @param reviewRoute the review or appeal route told, none if none, never null
   * @param reasons the reasons the notice gives for the decision, none if it gives none, never null
   * @param stamp when, who and why, not null
   */
  record OutcomeNotified(Seq<Recipient> recipients, Option<ReviewRoute> reviewRoute, Option<StatementOfReasons> reasons,
      Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if recipients is empty
     */
    public OutcomeNotified {
      Checks.notNull(recipients, "recipients");
      Checks.notNull(reviewRoute, "reviewRoute");
      Checks.notNull(reasons, "reasons");
      recipients.forEach(e -> Checks.notNull(e, "recipients element"));
      if (recipients.isEmpty()) {
        throw new IllegalArgumentException("recipients must not be empty");
      }
      Checks.notNull(stamp, "stamp");
    }

    /**
     * A notice that gives no statement of reasons.
     *
     * @param recipients to whom, not empty, not null
     * @param reviewRoute the review or appeal route told, none if none, never null
     * @param stamp when, who and why, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if recipients is empty
     */
    public OutcomeNotified(Seq<Recipient> recipients, Option<ReviewRoute> reviewRoute, Stamp stamp) {
      this(recipients, reviewRoute, Option.none(), stamp);
    }

    @Override
    public CommandType command() {
      return CommandType.NOTIFY_OUTCOME;
    }
  }

  /**
   * A notification was sent.
   *
   * @param kind what it told, not null
   * @param recipient to whom, not null
   * @param stamp when, who and why, not null
   */
  record NotificationRecorded(NotificationKind kind, Recipient recipient, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public NotificationRecorded {
      Checks.notNull(kind, "kind");
      Checks.notNull(recipient, "recipient");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.RECORD_NOTIFICATION;
    }
  }

  /**
   * A review or appeal was applied for, and admitted.
   *
   * @param applicant who applied, not null
   * @param sentToWrongBodyAt when the application was first sent to a body other than the review
   *     body, none if it was sent to the review body, not after the stamp's instant, never null
   * @param admission whether it is admitted only in time or for exceptional circumstances; for
   *     {@link Admission#EXCEPTIONAL_CIRCUMSTANCES} the stamp's reason records them, not null
   * @param stamp when the review body received it, who and why, not null
   */
  record ReviewRequested(PartyId applicant, Option<Instant> sentToWrongBodyAt, Admission admission, Stamp stamp)
      implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if sentToWrongBodyAt is after the stamp's instant, or the
     *     admission is for exceptional circumstances and the stamp gives no reason
     */
    public ReviewRequested {
      Checks.notNull(applicant, "applicant");
      Checks.notNull(sentToWrongBodyAt, "sentToWrongBodyAt");
      Checks.notNull(admission, "admission");
      Checks.notNull(stamp, "stamp");
      sentToWrongBodyAt.filter(w -> w.isAfter(stamp.at())).forEach(w -> {
        throw new IllegalArgumentException("an application sent to a wrong body at " + w
            + " cannot reach the review body before, at " + stamp.at());
      });
      if (admission == Admission.EXCEPTIONAL_CIRCUMSTANCES && stamp.reason().isBlank()) {
        throw new IllegalArgumentException("a late application admitted for exceptional circumstances needs "
            + "the circumstances as the stamp's reason");
      }
    }

    /**
     * Creates an application sent to the review body and admitted only in time.
     *
     * @param applicant who applied, not null
     * @param stamp when, who and why, not null
     * @throws NullPointerException if an argument is null
     */
    public ReviewRequested(PartyId applicant, Stamp stamp) {
      this(applicant, Option.none(), Admission.IN_TIME, stamp);
    }

    @Override
    public CommandType command() {
      return CommandType.REQUEST_REVIEW;
    }
  }

  /**
   * The review or appeal was decided.
   *
   * @param upheld true if upheld
   * @param stamp when, who and why, not null
   */
  record ReviewDecided(boolean upheld, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public ReviewDecided {
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.DECIDE_REVIEW;
    }
  }

  /**
   * The case was reopened; decisions are cleared for the new handling (they stay in the history).
   *
   * @param stamp when, who and why, not null
   */
  record Reopened(Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Reopened {
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.REOPEN;
    }
  }

  /**
   * The complaint was withdrawn.
   *
   * @param by the party who withdrew, none if by a representative not recorded as a party, never null
   * @param form how the withdrawal was made (E&amp;W: a signed notification, SI 2020/2 reg 38, or
   *     otherwise, reg 39), none if not recorded, never null
   * @param stamp when, who and why, not null
   */
  record Withdrawn(Option<PartyId> by, Option<StatementForm> form, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Withdrawn {
      Checks.notNull(by, "by");
      Checks.notNull(form, "form");
      Checks.notNull(stamp, "stamp");
    }

    /**
     * Creates a withdrawal whose form is not recorded.
     *
     * @param by the party who withdrew, none if by a representative not recorded as a party, not null
     * @param stamp when, who and why, not null
     * @throws NullPointerException if an argument is null
     */
    public Withdrawn(Option<PartyId> by, Stamp stamp) {
      this(by, Option.none(), stamp);
    }

    @Override
    public CommandType command() {
      return CommandType.WITHDRAW;
    }
  }

  /**
   * The investigation was discontinued.
   *
   * @param stamp when, who and why, not null
   */
  record Discontinued(Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Discontinued {
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.DISCONTINUE;
    }
  }

  /**
   * The case was suspended while a criminal case runs.
   *
   * @param stamp when, who and why, not null
   */
  record Suspended(Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Suspended {
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.SUSPEND;
    }
  }

  /**
   * The case was resumed in the state it was suspended from.
   *
   * @param stamp when, who and why, not null
   */
  record Resumed(Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Resumed {
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.RESUME;
    }
  }

  /**
   * The case was closed.
   *
   * @param stamp when, who and why, not null
   */
  record Closed(Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Closed {
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.CLOSE;
    }
  }

  /**
   * A party's consent, refusal or withdrawal of consent was recorded.
   *
   * @param party who, not null
   * @param purpose for what, not null
   * @param state the answer, not null
   * @param form how the answer was given (E&amp;W: permission to complain on someone's behalf must be
   *     written, Police Reform Act 2002 s. 12), none if not recorded, never null
   * @param stamp when, who and why, not null
   */
  record ConsentRecorded(PartyId party, ConsentPurpose purpose, ConsentState state, Option<StatementForm> form,
      Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public ConsentRecorded {
      Checks.notNull(party, "party");
      Checks.notNull(purpose, "purpose");
      Checks.notNull(state, "state");
      Checks.notNull(form, "form");
      Checks.notNull(stamp, "stamp");
    }

    /**
     * Creates a record of an answer whose form is not recorded.
     *
     * @param party who, not null
     * @param purpose for what, not null
     * @param state the answer, not null
     * @param stamp when, who and why, not null
     * @throws NullPointerException if an argument is null
     */
    public ConsentRecorded(PartyId party, ConsentPurpose purpose, ConsentState state, Stamp stamp) {
      this(party, purpose, state, Option.none(), stamp);
    }

    @Override
    public CommandType command() {
      return CommandType.RECORD_CONSENT;
    }
  }

  /**
   * Another case was linked.
   *
   * @param link the link, not null
   * @param stamp when, who and why, not null
   */
  record RelatedCaseLinked(RelatedCase link, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public RelatedCaseLinked {
      Checks.notNull(link, "link");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.LINK_RELATED_CASE;
    }
  }

  /**
   * An allegation was added.
   *
   * @param allegation the allegation, undecided, not null
   * @param stamp when, who and why, not null
   */
  record AllegationAdded(Allegation allegation, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public AllegationAdded {
      Checks.notNull(allegation, "allegation");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.ADD_ALLEGATION;
    }
  }

  /**
   * Allegations were split off into a case of their own: a letter that mixes tracks (a conduct
   * complaint and a criminal report) is routed per allegation, each part with its own route,
   * deadlines and outcome. The allegations leave this case; the other case is linked as
   * {@link Relation#SPLIT}. {@link ComplaintCase#partSplitOff} builds the other case, received when
   * this one was, so that its deadlines run from the original lodging date.
   *
   * @param allegations the allegations split off, not empty, no duplicates, not null
   * @param into the new case's id, not null
   * @param stamp when, who and why, not null
   */
  record AllegationsSplitOff(Seq<AllegationId> allegations, CaseId into, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if allegations is empty or has duplicates
     */
    public AllegationsSplitOff {
      Checks.notNull(allegations, "allegations");
      Checks.notNull(into, "into");
      Checks.notNull(stamp, "stamp");
      allegations.forEach(a -> Checks.notNull(a, "allegation"));
      if (allegations.isEmpty()) {
        throw new IllegalArgumentException("allegations must not be empty");
      }
      if (allegations.distinct().size() != allegations.size()) {
        throw new IllegalArgumentException("allegations must not repeat: " + allegations.mkString(", "));
      }
    }

    @Override
    public CommandType command() {
      return CommandType.SPLIT_OFF;
    }
  }

  /**
   * A party was added.
   *
   * @param party the party, not null
   * @param stamp when, who and why, not null
   */
  record PartyAdded(Party party, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public PartyAdded {
      Checks.notNull(party, "party");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.ADD_PARTY;
    }
  }

  /**
   * A victim's contact was passed to a victim-support organisation (ärendeförmedling), with the victim's consent.
   *
   * @param victim the victim, not null
   * @param organisation the organisation, not null
   * @param stamp when, who and why, not null
   */
  record VictimSupportReferred(PartyId victim, Body organisation, Stamp stamp) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public VictimSupportReferred {
      Checks.notNull(victim, "victim");
      Checks.notNull(organisation, "organisation");
      Checks.notNull(stamp, "stamp");
    }

    @Override
    public CommandType command() {
      return CommandType.REFER_TO_VICTIM_SUPPORT;
    }
  }
}
