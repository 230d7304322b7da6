package org.oversight.complaint.core;

import static org.oversight.complaint.core.CaseStatus.*;

import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * How an event changes a case: the order of events and the state graph first, then the command's
 * data, then the caller's {@link CommandGuard}, then the new case. One code path serves commands and
 * replay, so a replayed history is checked exactly as it was made.
 */
final class Evolution {
  private static final StateGraph GRAPH = StateGraph.standard();

  private Evolution() {}

  static ComplaintCase start(CaseEvent.ComplaintReceived r) {
    return ImmutableComplaintCase.builder()
        .id(r.caseId())
        .reference(Option.none())
        .jurisdiction(r.jurisdiction())
        .track(r.track())
        .status(RECEIVED)
        .receivedAt(r.at())
        .channel(r.channel())
        .receivingBody(r.receivingBody())
        .handlingBody(r.receivingBody())
        .incident(r.incident())
        .parties(Vector.ofAll(r.parties()))
        .allegations(Vector.ofAll(r.allegations()))
        .relatedCases(Vector.empty())
        .referrals(Vector.empty())
        .notifications(Vector.empty())
        .consents(Vector.empty())
        .reviews(Vector.empty())
        .investigation(Option.none())
        .reviewRoute(Option.none())
        .timeLimitWaiver(Option.none())
        .suspendedFrom(Option.none())
        .newestFirst(io.vavr.collection.List.of(r))
        .build();
  }

  /** The timeline of a case: one pass over its history, each event applied once to the case before it. */
  static IndexedSeq<TimelineStep> timeline(ComplaintCase c) {
    IndexedSeq<CaseEvent> history = c.history();
    int last = history.size() - 1;
    ComplaintCase current = last == 0 ? c : start((CaseEvent.ComplaintReceived) history.head());
    Vector<TimelineStep> steps = Vector.of(new TimelineStep(0, history.head(), current));
    int position = 0;
    for (CaseEvent e : history.tail()) {
      position++;
      // The last step is this very case; the ones before are rebuilt, each from the one before it.
      current = position == last ? c : apply(current, e, CommandGuard.none()).getOrElseThrow(r ->
          new IllegalStateException("bug: case " + c.id() + "'s own history does not replay: " + r.message()));
      steps = steps.append(new TimelineStep(position, e, current));
    }
    return steps;
  }

  static Either<Rejection, ComplaintCase> apply(ComplaintCase c, CaseEvent e, CommandGuard guard) {
    CaseStatus s = c.status();
    CommandType cmd = e.command();
    if (cmd == CommandType.RECEIVE) {
      return Either.left(new Rejection.InvalidHistory(
          s, cmd, (int) c.version(), "a case has exactly one receipt, as its first event"));
    }
    if (e.at().isBefore(c.lastEventAt())) {
      return Either.left(new Rejection.OutOfOrder(s, cmd, c.lastEventAt(), e.at()));
    }
    if (!GRAPH.isAllowed(s, cmd)) {
      return Either.left(new Rejection.IllegalTransition(s, cmd, GRAPH.allowedCommands(s)));
    }
    // Every field starts as it is; the command changes some; one new case is built at the end.
    Option<CaseReference> reference = c.reference();
    Track track = c.track();
    CaseStatus status = s;
    Body handlingBody = c.handlingBody();
    Seq<Party> parties = c.parties();
    Seq<Allegation> allegations = c.allegations();
    Seq<RelatedCase> relatedCases = c.relatedCases();
    Seq<Referral> referrals = c.referrals();
    Seq<Notification> notifications = c.notifications();
    Seq<ConsentRecord> consents = c.consents();
    Seq<Review> reviews = c.reviews();
    Option<Investigation> investigation = c.investigation();
    Option<ReviewRoute> reviewRoute = c.reviewRoute();
    Option<TimeLimitWaiver> waiver = c.timeLimitWaiver();
    Option<CaseStatus> suspendedFrom = c.suspendedFrom();
    switch (cmd) {
      case REGISTER: {
        CaseEvent.Registered r = (CaseEvent.Registered) e;
        Seq<RequiredDetail> missing = r.requirements().missingIn(c);
        if (!missing.isEmpty()) {
          return Either.left(new Rejection.MissingDetails(s, cmd, missing));
        }
        reference = Option.some(r.reference());
        status = REGISTERED;
        break;
      }
      case ACKNOWLEDGE: {
        Recipient to = ((CaseEvent.Acknowledged) e).recipient();
        Rejection unknown = unknownRecipient(c, e, to);
        if (unknown != null) {
          return Either.left(unknown);
        }
        status = ACKNOWLEDGED;
        notifications = notifications.append(new Notification(NotificationKind.ACKNOWLEDGEMENT, to, e.at()));
        break;
      }
      case WAIVE_TIME_LIMIT:
        waiver = Option.some(new TimeLimitWaiver(e.at(), ((CaseEvent.TimeLimitWaived) e).legalBasis(), e.reason()));
        break;
      case ASSESS: {
        CaseEvent.Assessed a = (CaseEvent.Assessed) e;
        track = a.track();
        handlingBody = a.handlingBody();
        status = ASSESSED;
        break;
      }
      case REJECT:
        status = REJECTED;
        reviewRoute = ((CaseEvent.Rejected) e).reviewRoute();
        break;
      case FORWARD:
        status = FORWARDED;
        handlingBody = ((CaseEvent.Forwarded) e).to();
        break;
      case START_INFORMAL_RESOLUTION:
        status = INFORMAL_RESOLUTION;
        break;
      case FALL_BACK_TO_FORMAL:
        status = ASSESSED;
        break;
      case REFER: {
        CaseEvent.Referred r = (CaseEvent.Referred) e;
        status = REFERRED;
        handlingBody = r.to();
        referrals = referrals.append(new Referral(ReferralKind.OVERSIGHT, r.to(), Option.none(), r.legalBasis(), e.at()));
        break;
      }
      case REFER_BACK: {
        Body to = ((CaseEvent.ReferredBack) e).to();
        status = ASSESSED;
        handlingBody = to;
        referrals = referrals.append(new Referral(ReferralKind.REFERRED_BACK, to, Option.none(), Option.none(), e.at()));
        break;
      }
      case OPEN_INVESTIGATION: {
        CaseEvent.InvestigationOpened o = (CaseEvent.InvestigationOpened) e;
        status = INVESTIGATION;
        investigation = Option.some(new Investigation(o.mode(), o.body(), e.at()));
        break;
      }
      case OPEN_PARTY_HEARING:
        status = PARTY_HEARING;
        break;
      case CLOSE_PARTY_HEARING:
        status = INVESTIGATION;
        break;
      case DECIDE_ALLEGATION: {
        CaseEvent.AllegationDecided d = (CaseEvent.AllegationDecided) e;
        int index = allegations.indexWhere(a -> a.id().equals(d.allegation()));
        if (index < 0) {
          return Either.left(new Rejection.UnknownAllegation(s, cmd, d.allegation()));
        }
        Allegation allegation = allegations.get(index);
        if (allegation.isDecided()) {
          return Either.left(new Rejection.AlreadyDecided(s, cmd, d.allegation()));
        }
        allegations = allegations.update(index, allegation.withDecision(new Decision(d.outcome(), d.decidedBy(), d.at())));
        if (allegations.forAll(Allegation::isDecided)) {
          status = DECIDED;
        }
        break;
      }
      case REFER_FOR_PROSECUTION_DECISION: {
        Body to = ((CaseEvent.ReferredForProsecutionDecision) e).to();
        status = REFERRED_FOR_PROSECUTION_DECISION;
        referrals = referrals.append(new Referral(ReferralKind.PROSECUTION, to, Option.none(), Option.none(), e.at()));
        break;
      }
      case REFER_FOR_ADMINISTRATIVE_REVIEW: {
        Body to = ((CaseEvent.ReferredForAdministrativeReview) e).to();
        // After a decision the transfer goes with it and the case keeps its state (the decision's
        // notice and appeal go on); before one, the case waits for the administrative assessment.
        status = GRAPH.isLegal(s, cmd, s) ? s : REFERRED_FOR_ADMINISTRATIVE_REVIEW;
        referrals = referrals.append(
            new Referral(ReferralKind.ADMINISTRATIVE_REVIEW, to, Option.none(), Option.none(), e.at()));
        break;
      }
      case NOTIFY_OUTCOME: {
        CaseEvent.OutcomeNotified o = (CaseEvent.OutcomeNotified) e;
        for (Recipient r : o.recipients()) {
          Rejection unknown = unknownRecipient(c, e, r);
          if (unknown != null) {
            return Either.left(unknown);
          }
        }
        status = o.reviewRoute().isDefined() ? REVIEW_WINDOW_OPEN : OUTCOME_NOTIFIED;
        reviewRoute = o.reviewRoute();
        notifications = notifications.appendAll(
            o.recipients().map(r -> new Notification(NotificationKind.OUTCOME, r, o.at())));
        break;
      }
      case RECORD_NOTIFICATION: {
        CaseEvent.NotificationRecorded n = (CaseEvent.NotificationRecorded) e;
        Rejection unknown = unknownRecipient(c, e, n.recipient());
        if (unknown != null) {
          return Either.left(unknown);
        }
        notifications = notifications.append(new Notification(n.kind(), n.recipient(), e.at()));
        break;
      }
      case REQUEST_REVIEW: {
        CaseEvent.ReviewRequested r = (CaseEvent.ReviewRequested) e;
        if (c.party(r.applicant()).isEmpty()) {
          return Either.left(new Rejection.UnknownParty(s, cmd, r.applicant()));
        }
        if (reviewRoute.isEmpty()) {
          return Either.left(new Rejection.ReviewNotAvailable(s, cmd));
        }
        ReviewRoute route = reviewRoute.get();
        if (!route.isInTime(r) && r.admission() != Admission.EXCEPTIONAL_CIRCUMSTANCES) {
          return Either.left(new Rejection.ReviewOutOfTime(s, cmd, route.deadline(), r.at(), route.legalBasis()));
        }
        status = UNDER_REVIEW;
        reviews = reviews.append(new Review(r.applicant(), route.body(), r.at(), Option.none(), Option.none()));
        break;
      }
      case DECIDE_REVIEW: {
        boolean upheld = ((CaseEvent.ReviewDecided) e).upheld();
        int pending = reviews.lastIndexWhere(r -> !r.isDecided());
        if (pending < 0) {
          throw new IllegalStateException("bug: UNDER_REVIEW without a pending review in case " + c.id());
        }
        status = REVIEW_DECIDED;
        reviews = reviews.update(pending, reviews.get(pending).decided(upheld, e.at()));
        break;
      }
      case REOPEN:
        status = REOPENED;
        allegations = allegations.map(a -> a.withDecision(null));
        reviewRoute = Option.none();
        break;
      case WITHDRAW: {
        Option<PartyId> by = ((CaseEvent.Withdrawn) e).by();
        if (by.isDefined() && c.party(by.get()).isEmpty()) {
          return Either.left(new Rejection.UnknownParty(s, cmd, by.get()));
        }
        status = WITHDRAWN;
        break;
      }
      case DISCONTINUE:
        status = DISCONTINUED;
        break;
      case SUSPEND:
        suspendedFrom = Option.some(s);
        status = SUSPENDED_PENDING_CRIMINAL;
        break;
      case RESUME:
        status = suspendedFrom.getOrElseThrow(() ->
            new IllegalStateException("bug: suspended without the state it was suspended from"));
        break;
      case CLOSE:
        status = CLOSED;
        break;
      case RECORD_CONSENT: {
        CaseEvent.ConsentRecorded r = (CaseEvent.ConsentRecorded) e;
        if (c.party(r.party()).isEmpty()) {
          return Either.left(new Rejection.UnknownParty(s, cmd, r.party()));
        }
        consents = consents.append(new ConsentRecord(r.party(), r.purpose(), r.state(), r.form(), e.at()));
        break;
      }
      case RECORD_MEASURE: {
        CaseEvent.MeasureRecorded m = (CaseEvent.MeasureRecorded) e;
        Option<Party> subject = c.party(m.subject());
        if (subject.isEmpty()) {
          return Either.left(new Rejection.UnknownParty(s, cmd, m.subject()));
        }
        if (!subject.get().is(PartyRole.SUBJECT)) {
          return Either.left(new Rejection.WrongRole(s, cmd, m.subject(), PartyRole.SUBJECT, subject.get().role()));
        }
        if (m.allegation().isDefined() && c.allegation(m.allegation().get()).isEmpty()) {
          return Either.left(new Rejection.UnknownAllegation(s, cmd, m.allegation().get()));
        }
        // Measures are read from the history (ComplaintCase.measures); nothing else changes.
        break;
      }
      case LINK_RELATED_CASE: {
        RelatedCase link = ((CaseEvent.RelatedCaseLinked) e).link();
        if (link.other().equals(c.id()) || relatedCases.contains(link)) {
          return Either.left(new Rejection.Duplicate(s, cmd, link.other() + " (" + link.relation() + ")"));
        }
        relatedCases = relatedCases.append(link);
        break;
      }
      case ADD_ALLEGATION: {
        Allegation a = ((CaseEvent.AllegationAdded) e).allegation();
        Rejection invalid = invalidAllegation(c, e, a);
        if (invalid != null) {
          return Either.left(invalid);
        }
        allegations = allegations.append(a);
        break;
      }
      case SPLIT_OFF: {
        CaseEvent.AllegationsSplitOff split = (CaseEvent.AllegationsSplitOff) e;
        for (AllegationId id : split.allegations()) {
          Option<Allegation> a = c.allegation(id);
          if (a.isEmpty()) {
            return Either.left(new Rejection.UnknownAllegation(s, cmd, id));
          }
          if (a.get().isDecided()) {
            return Either.left(new Rejection.AlreadyDecided(s, cmd, id));
          }
        }
        if (split.allegations().size() == allegations.size()) {
          return Either.left(new Rejection.MissingDetails(s, cmd, Vector.of(RequiredDetail.ALLEGATION)));
        }
        RelatedCase link = new RelatedCase(split.into(), Relation.SPLIT);
        if (split.into().equals(c.id()) || relatedCases.exists(r -> r.other().equals(split.into()))) {
          return Either.left(new Rejection.Duplicate(s, cmd, split.into().toString()));
        }
        allegations = allegations.filter(a -> !split.allegations().contains(a.id()));
        relatedCases = relatedCases.append(link);
        break;
      }
      case ADD_PARTY: {
        Party p = ((CaseEvent.PartyAdded) e).party();
        if (c.party(p.id()).isDefined()) {
          return Either.left(new Rejection.Duplicate(s, cmd, p.id().value()));
        }
        if (p.actsFor().isDefined()) {
          // The party acted for must already be in the case, as someone a complaint can be made for.
          PartyId represented = p.actsFor().get();
          Option<Party> party = c.party(represented);
          if (party.isEmpty()) {
            return Either.left(new Rejection.UnknownParty(s, cmd, represented));
          }
          if (!Receipts.mayActFor(p, party.get())) {
            return Either.left(new Rejection.WrongRole(s, cmd, represented, Receipts.expectedRepresented(p),
                party.get().role()));
          }
        }
        parties = parties.append(p);
        break;
      }
      case REFER_TO_VICTIM_SUPPORT: {
        CaseEvent.VictimSupportReferred v = (CaseEvent.VictimSupportReferred) e;
        if (c.party(v.victim()).isEmpty()) {
          return Either.left(new Rejection.UnknownParty(s, cmd, v.victim()));
        }
        if (!c.hasConsent(v.victim(), ConsentPurpose.VICTIM_SUPPORT_REFERRAL)) {
          return Either.left(new Rejection.ConsentMissing(s, cmd, v.victim(), ConsentPurpose.VICTIM_SUPPORT_REFERRAL));
        }
        referrals = referrals.append(new Referral(ReferralKind.VICTIM_SUPPORT, v.organisation(),
            Option.some(v.victim()), Option.none(), e.at()));
        break;
      }
      default:
        throw new IllegalStateException("bug: no evolution for " + cmd);
    }
    if (status != SUSPENDED_PENDING_CRIMINAL && suspendedFrom.isDefined()) {
      // Leaving suspension by any command (resume, withdraw, discontinue) ends it.
      suspendedFrom = Option.none();
    }
    if (!GRAPH.isLegal(s, cmd, status)) {
      throw new IllegalStateException("bug: " + cmd + " led from " + s + " to " + status
          + ", which the state graph does not declare");
    }
    Seq<Rejection> refused = guard.refusals(c, e);
    if (!refused.isEmpty()) {
      return Either.left(Checks.notNull(refused.head(), "the guard's refusal"));
    }
    ComplaintCase next = ImmutableComplaintCase.of(c.id(), reference, c.jurisdiction(), track, status,
        c.receivedAt(), c.channel(), c.receivingBody(), handlingBody, c.incident(), parties, allegations,
        relatedCases, referrals, notifications, consents, reviews, investigation, reviewRoute, waiver,
        suspendedFrom, c.newestFirst().prepend(e));
    next.continueTimeline(c, e);
    return Either.right(next);
  }

  /** The rejection of a recipient who is not a party of the case, or null if it is known. */
  private static Rejection unknownRecipient(ComplaintCase c, CaseEvent e, Recipient r) {
    if (r instanceof Recipient.ToParty) {
      PartyId id = ((Recipient.ToParty) r).party();
      if (c.party(id).isEmpty()) {
        return new Rejection.UnknownParty(c.status(), e.command(), id);
      }
    }
    return null;
  }

  /** Why an allegation cannot be added, or null if it can. */
  private static Rejection invalidAllegation(ComplaintCase c, CaseEvent e, Allegation a) {
    if (c.allegation(a.id()).isDefined()) {
      return new Rejection.Duplicate(c.status(), e.command(), a.id().value());
    }
    if (a.isDecided()) {
      return new Rejection.AlreadyDecided(c.status(), e.command(), a.id());
    }
    for (PartyId subject : a.subjects()) {
      Option<Party> party = c.party(subject);
      if (party.isEmpty()) {
        return new Rejection.UnknownParty(c.status(), e.command(), subject);
      }
      if (!party.get().is(PartyRole.SUBJECT)) {
        return new Rejection.WrongRole(c.status(), e.command(), subject, PartyRole.SUBJECT, party.get().role());
      }
    }
    return null;
  }
}
