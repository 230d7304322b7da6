package org.oversight.complaint.core;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Something that happened to a complaint case: the unit of its history. A closed set of records,
 * one per {@link CommandType}. Every event carries the instant it happened, the actor and a reason
 * (which may be empty); {@link ComplaintCase#replay(Iterable)} rebuilds a case from its events.
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
   * Returns when it happened.
   *
   * @return the instant, never null
   */
  Instant at();

  /**
   * Returns who did it.
   *
   * @return the actor, never null
   */
  Actor actor();

  /**
   * Returns why, in the actor's words.
   *
   * @return the reason, never null, may be empty
   */
  String reason();

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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record ComplaintReceived(CaseId caseId, JurisdictionCode jurisdiction, Track track, Channel channel, Body receivingBody, Incident incident, Seq<Party> parties, Seq<Allegation> allegations, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
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
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record Registered(CaseReference reference, RegistrationRequirements requirements, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public Registered {
      Checks.notNull(reference, "reference");
      Checks.notNull(requirements, "requirements");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record Acknowledged(Recipient recipient, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public Acknowledged {
      Checks.notNull(recipient, "recipient");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record TimeLimitWaived(Option<LegalBasis> legalBasis, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public TimeLimitWaived {
      Checks.notNull(legalBasis, "legalBasis");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record Assessed(Track track, Body handlingBody, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public Assessed {
      Checks.notNull(track, "track");
      Checks.notNull(handlingBody, "handlingBody");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record Rejected(RejectionGround ground, Option<ReviewRoute> reviewRoute, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public Rejected {
      Checks.notNull(ground, "ground");
      Checks.notNull(reviewRoute, "reviewRoute");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record Forwarded(Body to, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public Forwarded {
      Checks.notNull(to, "to");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.FORWARD;
    }
  }

  /**
   * Informal handling started (notitssag, outside Schedule 3).
   *

   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record InformalResolutionStarted(Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public InformalResolutionStarted {
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.START_INFORMAL_RESOLUTION;
    }
  }

  /**
   * Informal handling ended without resolution; formal handling resumes.
   *

   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record FellBackToFormal(Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public FellBackToFormal {
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record Referred(Body to, Option<LegalBasis> legalBasis, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public Referred {
      Checks.notNull(to, "to");
      Checks.notNull(legalBasis, "legalBasis");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record ReferredBack(Body to, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public ReferredBack {
      Checks.notNull(to, "to");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record InvestigationOpened(InvestigationMode mode, Body body, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public InvestigationOpened {
      Checks.notNull(mode, "mode");
      Checks.notNull(body, "body");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.OPEN_INVESTIGATION;
    }
  }

  /**
   * The party hearing (partshøring) was opened.
   *

   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record PartyHearingOpened(Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public PartyHearingOpened {
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.OPEN_PARTY_HEARING;
    }
  }

  /**
   * The party hearing was closed.
   *

   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record PartyHearingClosed(Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public PartyHearingClosed {
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record AllegationDecided(AllegationId allegation, Outcome outcome, Body decidedBy, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public AllegationDecided {
      Checks.notNull(allegation, "allegation");
      Checks.notNull(outcome, "outcome");
      Checks.notNull(decidedBy, "decidedBy");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.DECIDE_ALLEGATION;
    }
  }

  /**
   * The investigation was sent to a prosecutor for decision.
   *
   * @param to the prosecutor, not null
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record ReferredForProsecutionDecision(Body to, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public ReferredForProsecutionDecision {
      Checks.notNull(to, "to");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record ReferredForAdministrativeReview(Body to, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public ReferredForAdministrativeReview {
      Checks.notNull(to, "to");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record OutcomeNotified(Seq<Recipient> recipients, Option<ReviewRoute> reviewRoute, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public OutcomeNotified {
      Checks.notNull(recipients, "recipients");
      Checks.notNull(reviewRoute, "reviewRoute");
      recipients.forEach(e -> Checks.notNull(e, "recipients element"));
      if (recipients.isEmpty()) {
        throw new IllegalArgumentException("recipients must not be empty");
      }
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record NotificationRecorded(NotificationKind kind, Recipient recipient, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public NotificationRecorded {
      Checks.notNull(kind, "kind");
      Checks.notNull(recipient, "recipient");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.RECORD_NOTIFICATION;
    }
  }

  /**
   * A review or appeal was applied for.
   *
   * @param applicant who applied, not null
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record ReviewRequested(PartyId applicant, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public ReviewRequested {
      Checks.notNull(applicant, "applicant");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record ReviewDecided(boolean upheld, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public ReviewDecided {
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.DECIDE_REVIEW;
    }
  }

  /**
   * The case was reopened; decisions are cleared for the new handling (they stay in the history).
   *

   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record Reopened(Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public Reopened {
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record Withdrawn(Option<PartyId> by, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public Withdrawn {
      Checks.notNull(by, "by");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.WITHDRAW;
    }
  }

  /**
   * The investigation was discontinued.
   *

   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record Discontinued(Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public Discontinued {
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.DISCONTINUE;
    }
  }

  /**
   * The case was suspended while a criminal case runs.
   *

   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record Suspended(Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public Suspended {
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.SUSPEND;
    }
  }

  /**
   * The case was resumed in the state it was suspended from.
   *

   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record Resumed(Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public Resumed {
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.RESUME;
    }
  }

  /**
   * The case was closed.
   *

   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record Closed(Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public Closed {
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record ConsentRecorded(PartyId party, ConsentPurpose purpose, ConsentState state, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public ConsentRecorded {
      Checks.notNull(party, "party");
      Checks.notNull(purpose, "purpose");
      Checks.notNull(state, "state");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record RelatedCaseLinked(RelatedCase link, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public RelatedCaseLinked {
      Checks.notNull(link, "link");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record AllegationAdded(Allegation allegation, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public AllegationAdded {
      Checks.notNull(allegation, "allegation");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.ADD_ALLEGATION;
    }
  }

  /**
   * A party was added.
   *
   * @param party the party, not null
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record PartyAdded(Party party, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public PartyAdded {
      Checks.notNull(party, "party");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
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
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   */
  record VictimSupportReferred(PartyId victim, Body organisation, Instant at, Actor actor, String reason) implements CaseEvent {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is too long or a value is out of range
     */
    public VictimSupportReferred {
      Checks.notNull(victim, "victim");
      Checks.notNull(organisation, "organisation");
      Checks.notNull(at, "at");
      Checks.notNull(actor, "actor");
      Checks.text(reason, "reason", 4_000);
    }

    @Override
    public CommandType command() {
      return CommandType.REFER_TO_VICTIM_SUPPORT;
    }
  }
}
