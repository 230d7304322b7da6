package org.oversight.complaint.core;

import static org.oversight.complaint.core.CaseStatus.*;

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
  static Seq<TimelineStep> timeline(ComplaintCase c) {
    Seq<CaseEvent> history = c.history();
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
    ImmutableComplaintCase x = (ImmutableComplaintCase) c; // the only implementation
    Either<Rejection, ImmutableComplaintCase> next = evolve(x, e);
    if (next.isLeft()) {
      return Either.left(next.getLeft());
    }
    ImmutableComplaintCase n = next.get();
    if (n.status() != SUSPENDED_PENDING_CRIMINAL && n.suspendedFrom().isDefined()) {
      // Leaving suspension by any command (resume, withdraw, discontinue) ends it.
      n = n.withSuspendedFrom(Option.none());
    }
    if (!GRAPH.isLegal(s, cmd, n.status())) {
      throw new IllegalStateException("bug: " + cmd + " led from " + s + " to " + n.status()
          + ", which the state graph does not declare");
    }
    Seq<Rejection> refused = guard.refusals(c, e);
    if (!refused.isEmpty()) {
      return Either.left(Checks.notNull(refused.head(), "the guard's refusal"));
    }
    return Either.right(n.withNewestFirst(c.newestFirst().prepend(e)));
  }

  private static Either<Rejection, ImmutableComplaintCase> evolve(ImmutableComplaintCase c, CaseEvent e) {
    switch (e.command()) {
      case REGISTER:
        return register(c, (CaseEvent.Registered) e);
      case ACKNOWLEDGE: {
        CaseEvent.Acknowledged a = (CaseEvent.Acknowledged) e;
        return checkRecipient(c, e, a.recipient()).map(ok -> c.withStatus(ACKNOWLEDGED)
            .withNotifications(c.notifications().append(
                new Notification(NotificationKind.ACKNOWLEDGEMENT, a.recipient(), e.at()))));
      }
      case WAIVE_TIME_LIMIT: {
        CaseEvent.TimeLimitWaived w = (CaseEvent.TimeLimitWaived) e;
        return Either.right(c.withTimeLimitWaiver(
            Option.some(new TimeLimitWaiver(e.at(), w.legalBasis(), e.reason()))));
      }
      case ASSESS: {
        CaseEvent.Assessed a = (CaseEvent.Assessed) e;
        return Either.right(c.withTrack(a.track()).withHandlingBody(a.handlingBody()).withStatus(ASSESSED));
      }
      case REJECT:
        return Either.right(c.withStatus(REJECTED).withReviewRoute(((CaseEvent.Rejected) e).reviewRoute()));
      case FORWARD:
        return Either.right(c.withStatus(FORWARDED).withHandlingBody(((CaseEvent.Forwarded) e).to()));
      case START_INFORMAL_RESOLUTION:
        return Either.right(c.withStatus(INFORMAL_RESOLUTION));
      case FALL_BACK_TO_FORMAL:
        return Either.right(c.withStatus(ASSESSED));
      case REFER: {
        CaseEvent.Referred r = (CaseEvent.Referred) e;
        return Either.right(referred(c, REFERRED, ReferralKind.OVERSIGHT, r.to(), r.legalBasis(), e)
            .withHandlingBody(r.to()));
      }
      case REFER_BACK: {
        Body to = ((CaseEvent.ReferredBack) e).to();
        return Either.right(referred(c, ASSESSED, ReferralKind.REFERRED_BACK, to, Option.none(), e)
            .withHandlingBody(to));
      }
      case OPEN_INVESTIGATION: {
        CaseEvent.InvestigationOpened o = (CaseEvent.InvestigationOpened) e;
        return Either.right(c.withStatus(INVESTIGATION)
            .withInvestigation(Option.some(new Investigation(o.mode(), o.body(), e.at()))));
      }
      case OPEN_PARTY_HEARING:
        return Either.right(c.withStatus(PARTY_HEARING));
      case CLOSE_PARTY_HEARING:
        return Either.right(c.withStatus(INVESTIGATION));
      case DECIDE_ALLEGATION:
        return decide(c, (CaseEvent.AllegationDecided) e);
      case REFER_FOR_PROSECUTION_DECISION:
        return Either.right(referred(c, REFERRED_FOR_PROSECUTION_DECISION, ReferralKind.PROSECUTION,
            ((CaseEvent.ReferredForProsecutionDecision) e).to(), Option.none(), e));
      case REFER_FOR_ADMINISTRATIVE_REVIEW:
        return Either.right(referred(c, REFERRED_FOR_ADMINISTRATIVE_REVIEW,
            ReferralKind.ADMINISTRATIVE_REVIEW, ((CaseEvent.ReferredForAdministrativeReview) e).to(),
            Option.none(), e));
      case NOTIFY_OUTCOME:
        return notifyOutcome(c, (CaseEvent.OutcomeNotified) e);
      case RECORD_NOTIFICATION: {
        CaseEvent.NotificationRecorded n = (CaseEvent.NotificationRecorded) e;
        return checkRecipient(c, e, n.recipient()).map(ok -> c.withNotifications(
            c.notifications().append(new Notification(n.kind(), n.recipient(), e.at()))));
      }
      case REQUEST_REVIEW:
        return requestReview(c, (CaseEvent.ReviewRequested) e);
      case DECIDE_REVIEW: {
        boolean upheld = ((CaseEvent.ReviewDecided) e).upheld();
        Seq<Review> reviews = c.reviews();
        int pending = reviews.lastIndexWhere(r -> !r.isDecided());
        if (pending < 0) {
          throw new IllegalStateException("bug: UNDER_REVIEW without a pending review in case " + c.id());
        }
        return Either.right(c.withStatus(REVIEW_DECIDED)
            .withReviews(reviews.update(pending, reviews.get(pending).decided(upheld, e.at()))));
      }
      case REOPEN:
        return Either.right(c.withStatus(REOPENED)
            .withAllegations(c.allegations().map(a -> a.withDecision(null)))
            .withReviewRoute(Option.none()));
      case WITHDRAW: {
        Option<PartyId> by = ((CaseEvent.Withdrawn) e).by();
        if (by.isDefined() && c.party(by.get()).isEmpty()) {
          return unknownParty(c, e, by.get());
        }
        return Either.right(c.withStatus(WITHDRAWN));
      }
      case DISCONTINUE:
        return Either.right(c.withStatus(DISCONTINUED));
      case SUSPEND:
        return Either.right(c.withSuspendedFrom(Option.some(c.status())).withStatus(SUSPENDED_PENDING_CRIMINAL));
      case RESUME:
        return Either.right(c.withStatus(c.suspendedFrom().getOrElseThrow(() ->
            new IllegalStateException("bug: suspended without the state it was suspended from"))));
      case CLOSE:
        return Either.right(c.withStatus(CLOSED));
      case RECORD_CONSENT: {
        CaseEvent.ConsentRecorded r = (CaseEvent.ConsentRecorded) e;
        if (c.party(r.party()).isEmpty()) {
          return unknownParty(c, e, r.party());
        }
        return Either.right(c.withConsents(
            c.consents().append(new ConsentRecord(r.party(), r.purpose(), r.state(), e.at()))));
      }
      case LINK_RELATED_CASE: {
        RelatedCase link = ((CaseEvent.RelatedCaseLinked) e).link();
        if (link.other().equals(c.id()) || c.relatedCases().contains(link)) {
          return Either.left(new Rejection.Duplicate(c.status(), e.command(),
              link.other() + " (" + link.relation() + ")"));
        }
        return Either.right(c.withRelatedCases(c.relatedCases().append(link)));
      }
      case ADD_ALLEGATION:
        return addAllegation(c, (CaseEvent.AllegationAdded) e);
      case ADD_PARTY: {
        Party p = ((CaseEvent.PartyAdded) e).party();
        if (c.party(p.id()).isDefined()) {
          return Either.left(new Rejection.Duplicate(c.status(), e.command(), p.id().value()));
        }
        return Either.right(c.withParties(c.parties().append(p)));
      }
      case REFER_TO_VICTIM_SUPPORT: {
        CaseEvent.VictimSupportReferred v = (CaseEvent.VictimSupportReferred) e;
        if (c.party(v.victim()).isEmpty()) {
          return unknownParty(c, e, v.victim());
        }
        if (!c.hasConsent(v.victim(), ConsentPurpose.VICTIM_SUPPORT_REFERRAL)) {
          return Either.left(new Rejection.ConsentMissing(
              c.status(), e.command(), v.victim(), ConsentPurpose.VICTIM_SUPPORT_REFERRAL));
        }
        return Either.right(c.withReferrals(c.referrals().append(new Referral(ReferralKind.VICTIM_SUPPORT,
            v.organisation(), Option.some(v.victim()), Option.none(), e.at()))));
      }
      default:
        throw new IllegalStateException("bug: no evolution for " + e.command());
    }
  }

  private static Either<Rejection, ImmutableComplaintCase> register(
      ImmutableComplaintCase c, CaseEvent.Registered r) {
    Seq<RequiredDetail> missing = r.requirements().missingIn(c);
    if (!missing.isEmpty()) {
      return Either.left(new Rejection.MissingDetails(c.status(), r.command(), missing));
    }
    return Either.right(c.withReference(Option.some(r.reference())).withStatus(REGISTERED));
  }

  private static ImmutableComplaintCase referred(ImmutableComplaintCase c, CaseStatus status,
      ReferralKind kind, Body to, Option<LegalBasis> basis, CaseEvent e) {
    return c.withStatus(status)
        .withReferrals(c.referrals().append(new Referral(kind, to, Option.none(), basis, e.at())));
  }

  private static Either<Rejection, ImmutableComplaintCase> decide(
      ImmutableComplaintCase c, CaseEvent.AllegationDecided d) {
    int index = c.allegations().indexWhere(a -> a.id().equals(d.allegation()));
    if (index < 0) {
      return Either.left(new Rejection.UnknownAllegation(c.status(), d.command(), d.allegation()));
    }
    Allegation allegation = c.allegations().get(index);
    if (allegation.isDecided()) {
      return Either.left(new Rejection.AlreadyDecided(c.status(), d.command(), d.allegation()));
    }
    Seq<Allegation> allegations = c.allegations().update(index,
        allegation.withDecision(new Decision(d.outcome(), d.decidedBy(), d.at())));
    CaseStatus status = allegations.forAll(Allegation::isDecided) ? DECIDED : c.status();
    return Either.right(c.withAllegations(allegations).withStatus(status));
  }

  private static Either<Rejection, ImmutableComplaintCase> notifyOutcome(
      ImmutableComplaintCase c, CaseEvent.OutcomeNotified o) {
    for (Recipient r : o.recipients()) {
      Either<Rejection, Boolean> known = checkRecipient(c, o, r);
      if (known.isLeft()) {
        return Either.left(known.getLeft());
      }
    }
    Seq<Notification> sent = o.recipients().map(r -> new Notification(NotificationKind.OUTCOME, r, o.at()));
    return Either.right(c.withStatus(o.reviewRoute().isDefined() ? REVIEW_WINDOW_OPEN : OUTCOME_NOTIFIED)
        .withReviewRoute(o.reviewRoute())
        .withNotifications(c.notifications().appendAll(sent)));
  }

  private static Either<Rejection, ImmutableComplaintCase> requestReview(
      ImmutableComplaintCase c, CaseEvent.ReviewRequested r) {
    if (c.party(r.applicant()).isEmpty()) {
      return unknownParty(c, r, r.applicant());
    }
    if (c.reviewRoute().isEmpty()) {
      return Either.left(new Rejection.ReviewNotAvailable(c.status(), r.command()));
    }
    ReviewRoute route = c.reviewRoute().get();
    if (!route.isOpenAt(r.at())) {
      return Either.left(new Rejection.ReviewOutOfTime(
          c.status(), r.command(), route.deadline(), r.at(), route.legalBasis()));
    }
    return Either.right(c.withStatus(UNDER_REVIEW).withReviews(c.reviews().append(
        new Review(r.applicant(), route.body(), r.at(), Option.none(), Option.none()))));
  }

  private static Either<Rejection, ImmutableComplaintCase> addAllegation(
      ImmutableComplaintCase c, CaseEvent.AllegationAdded e) {
    Allegation a = e.allegation();
    if (c.allegation(a.id()).isDefined()) {
      return Either.left(new Rejection.Duplicate(c.status(), e.command(), a.id().value()));
    }
    if (a.isDecided()) {
      return Either.left(new Rejection.AlreadyDecided(c.status(), e.command(), a.id()));
    }
    for (PartyId subject : a.subjects()) {
      Option<Party> party = c.party(subject);
      if (party.isEmpty()) {
        return unknownParty(c, e, subject);
      }
      if (!party.get().is(PartyRole.SUBJECT)) {
        return Either.left(new Rejection.WrongRole(
            c.status(), e.command(), subject, PartyRole.SUBJECT, party.get().role()));
      }
    }
    return Either.right(c.withAllegations(c.allegations().append(a)));
  }

  private static Either<Rejection, Boolean> checkRecipient(ComplaintCase c, CaseEvent e, Recipient r) {
    if (r instanceof Recipient.ToParty) {
      PartyId id = ((Recipient.ToParty) r).party();
      if (c.party(id).isEmpty()) {
        return Either.left(new Rejection.UnknownParty(c.status(), e.command(), id));
      }
    }
    return Either.right(Boolean.TRUE);
  }

  private static <T> Either<Rejection, T> unknownParty(ComplaintCase c, CaseEvent e, PartyId id) {
    return Either.left(new Rejection.UnknownParty(c.status(), e.command(), id));
  }
}
