package org.oversight.complaint.core;

import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A complaint case against the police: the aggregate root. It holds what is known about the
 * complaint (incident, parties, allegations), where it stands ({@link #status()}), what was decided,
 * notified, referred and consented to, and its full history of {@link CaseEvent events}.
 *
 * <p>A case is created by {@link #receipt(CaseId, JurisdictionCode) receiving} a complaint. Every
 * change after that is a command method ({@link #register}, {@link #refer}, {@link #decide} …) that
 * returns either a {@link Rejection} saying why the command was refused, or a {@link Transition}
 * with the new case and the recorded event. The state graph ({@link StateGraph#standard()}) decides
 * which commands are allowed in which state; guards check the command's data (the allegation
 * exists, the consent is on record, the review is in time). An illegal command never throws.
 *
 * <p>{@link #replay(Iterable)} rebuilds a case from its events, equal to the original: this is how
 * integrators restore a case from their own store. {@link #version()} is the number of events,
 * for optimistic concurrency. The history is a persistent vector, so a command does not copy it.
 *
 * <p>Time is always a parameter: every command takes a {@link Stamp} (when, who and why) that dates
 * its event, and a case's events never go back in time ({@link Rejection.OutOfOrder}). Optional parts
 * of a command are overloads, never null: {@code refer(body, stamp)} for a voluntary referral,
 * {@code refer(body, legalBasis, stamp)} for a required one.
 *
 * <p>This class is immutable and thread-safe. Every command method leaves this instance unaffected.
 *
 * @since 0.1
 */
// Immutables' annotations are compile-time only (requires static): users of the core never need them.
@SuppressWarnings("exports")
@Value.Immutable
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    // ImmutableComplaintCase.of(every attribute): a command builds its new case in one allocation.
    allParameters = true)
public abstract class ComplaintCase {

  ComplaintCase() {}

  // ---------------------------------------------------------------- state

  /**
   * Returns the case id.
   *
   * @return the id, never null
   */
  public abstract CaseId id();

  /**
   * Returns the reference under which the case was registered.
   *
   * @return the reference, none until registered, never null
   */
  public abstract Option<CaseReference> reference();

  /**
   * Returns the jurisdiction whose rules apply.
   *
   * @return the jurisdiction, never null
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * Returns the track, as last classified.
   *
   * @return the track, never null
   */
  public abstract Track track();

  /**
   * Returns the state.
   *
   * @return the state, never null
   */
  public abstract CaseStatus status();

  /**
   * Returns when the complaint was received.
   *
   * @return the instant, never null
   */
  public abstract Instant receivedAt();

  /**
   * Returns when the complaint was first lodged: with the body that forwarded it here, if it was
   * forwarded ({@link CaseEvent.ComplaintReceived#lodgedAt()}), otherwise its receipt here. Filing
   * time limits run to this instant.
   *
   * @return the instant, not after {@link #receivedAt()}, never null
   */
  public final Instant lodgedAt() {
    return ((CaseEvent.ComplaintReceived) history().head()).lodgedAt().getOrElse(receivedAt());
  }

  /**
   * Returns how the complaint came in.
   *
   * @return the channel, never null
   */
  public abstract Channel channel();

  /**
   * Returns the body that received the complaint.
   *
   * @return the body, never null
   */
  public abstract Body receivingBody();

  /**
   * Returns the body handling the case now (the receiving body until assessed, referred or forwarded).
   *
   * @return the body, never null
   */
  public abstract Body handlingBody();

  /**
   * Returns the incident.
   *
   * @return the incident, never null
   */
  public abstract Incident incident();

  /**
   * Returns the parties, in the order they were added; ids are unique.
   *
   * @return the parties, never null
   */
  public abstract Seq<Party> parties();

  /**
   * Returns the allegations, in the order they were added; ids are unique.
   *
   * @return the allegations, never null
   */
  public abstract Seq<Allegation> allegations();

  /**
   * Returns the links to related cases.
   *
   * @return the links, never null
   */
  public abstract Seq<RelatedCase> relatedCases();

  /**
   * Returns the referrals made, oldest first.
   *
   * @return the referrals, never null
   */
  public abstract Seq<Referral> referrals();

  /**
   * Returns the notifications sent, oldest first (acknowledgements, updates, delay notices, outcomes).
   *
   * @return the notifications, never null
   */
  public abstract Seq<Notification> notifications();

  /**
   * Returns the consent records, oldest first; refusals and withdrawals included.
   *
   * @return the consent records, never null
   */
  public abstract Seq<ConsentRecord> consents();

  /**
   * Returns the reviews and appeals, oldest first.
   *
   * @return the reviews, never null
   */
  public abstract Seq<Review> reviews();

  /**
   * Returns the current investigation.
   *
   * @return the investigation, none if none was opened, never null
   */
  public abstract Option<Investigation> investigation();

  /**
   * Returns the review or appeal route told with the last outcome or rejection.
   *
   * @return the route, none if none was told, never null
   */
  public abstract Option<ReviewRoute> reviewRoute();

  /**
   * Returns the waiver of the filing time limit.
   *
   * @return the waiver, none if the limit was not waived, never null
   */
  public abstract Option<TimeLimitWaiver> timeLimitWaiver();

  /**
   * Returns the state the case was suspended from, while it is suspended.
   *
   * @return the state, none unless suspended, never null
   */
  public abstract Option<CaseStatus> suspendedFrom();

  /**
   * The events, newest first: a persistent list, so that a command appends in constant time and
   * allocates one cell. {@link #history()} is the public, oldest-first view.
   */
  abstract io.vavr.collection.List<CaseEvent> newestFirst();

  @Value.Check
  void checkInvariants() {
    io.vavr.collection.List<CaseEvent> events = newestFirst();
    if (events.isEmpty() || events.size() == 1 && !(events.head() instanceof CaseEvent.ComplaintReceived)) {
      throw new IllegalStateException("bug: a case's history starts with its receipt");
    }
    // Unique party and allegation ids are kept where they can break, not here: Immutables runs this
    // check on every copy, and two distinct() passes made it the top of every profile
    // (benchmarks/RESULTS.md). The receipt (Receipts.checkConsistent) and the add commands
    // (Rejection.Duplicate) refuse repeats; ComplaintCaseProperties checks the law. The receipt is
    // checked when the case is created: later events are prepended, so the oldest never changes.
  }

  // Derived views, computed at most once per instance on first use (racy single-check: both are
  // immutable values, so a second computation on another thread gives an equal value). Fields in an
  // Immutables abstract value are deliberate here: @Value.Lazy would take a lock on every first use.
  @SuppressWarnings("immutables:incompat")
  private transient volatile IndexedSeq<CaseEvent> historyView;
  @SuppressWarnings("immutables:incompat")
  private transient volatile IndexedSeq<TimelineStep> timelineView;

  /**
   * Returns every event of the case, oldest first; the first is the receipt. Computed once per
   * instance, on first use.
   *
   * @return the history, never null, never empty
   */
  public final IndexedSeq<CaseEvent> history() {
    IndexedSeq<CaseEvent> h = historyView;
    if (h == null) {
      h = Vector.ofAll(newestFirst().reverse());
      historyView = h;
    }
    return h;
  }

  /**
   * Returns each event of the case with the case as it stood right after it, oldest first: the walk
   * over the history that rules, statistics and adapters share, so that none of them replays the
   * history again. The last step's case is this one. Computed once per instance, on first use, in
   * one pass (about the cost of one {@link #replay(Iterable)}).
   *
   * @return the steps, one per event, never null, never empty
   */
  public final IndexedSeq<TimelineStep> timeline() {
    IndexedSeq<TimelineStep> t = timelineView;
    if (t == null) {
      t = Evolution.timeline(this);
      timelineView = t;
    }
    return t;
  }

  /**
   * Extends the timeline of the case before a command to the case after it, when the one before has
   * one already: called once, by the command, before the new case is published.
   */
  final void continueTimeline(ComplaintCase before, CaseEvent event) {
    IndexedSeq<TimelineStep> t = before.timelineView;
    if (t != null) {
      timelineView = t.append(new TimelineStep(t.size(), event, this));
    }
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the version: the number of events, for optimistic concurrency.
   *
   * @return the version, at least 1
   */
  public final long version() {
    return newestFirst().size();
  }

  /**
   * Returns when the last event happened; a new command must not be dated earlier.
   *
   * @return the instant, never null
   */
  public final Instant lastEventAt() {
    return newestFirst().head().at();
  }

  /**
   * Tells whether the case is open (see {@link CaseStatus#isOpen()}).
   *
   * @return true if open
   */
  public final boolean isOpen() {
    return status().isOpen();
  }

  /**
   * Returns the commands the state graph allows now. The graph knows no jurisdiction: ask a rule
   * pack ({@code RulePack.allowedCommands(case, at)} in complaint-rules) for what the law allows.
   *
   * @return the commands, never null
   */
  public final Set<CommandType> allowedCommands() {
    return StateGraph.standard().allowedCommands(status());
  }

  /**
   * Finds a party.
   *
   * @param partyId the id, not null
   * @return the party, none if the case has none with that id, never null
   */
  public final Option<Party> party(PartyId partyId) {
    Checks.notNull(partyId, "partyId");
    return parties().find(p -> p.id().equals(partyId));
  }

  /**
   * Returns the parties with a role.
   *
   * @param role the role, not null
   * @return the parties, never null
   */
  public final Seq<Party> parties(PartyRole role) {
    Checks.notNull(role, "role");
    return parties().filter(p -> p.is(role));
  }

  /**
   * Finds an allegation.
   *
   * @param allegationId the id, not null
   * @return the allegation, none if the case has none with that id, never null
   */
  public final Option<Allegation> allegation(AllegationId allegationId) {
    Checks.notNull(allegationId, "allegationId");
    return allegations().find(a -> a.id().equals(allegationId));
  }

  /**
   * Tells whether any allegation carries a seriousness flag.
   *
   * @param flag the flag, not null
   * @return true if flagged
   */
  public final boolean hasFlag(SeriousnessFlag flag) {
    Checks.notNull(flag, "flag");
    return allegations().exists(a -> a.has(flag));
  }

  /**
   * Tells whether the case has allegations and every one of them is recorded as off duty
   * ({@link Allegation#isOffDuty()}): a crime committed outside service is not for an oversight body whose
   * mandate is crimes in service.
   *
   * @return true if every allegation is off duty, false when there is none or one is on duty or not recorded
   * @since 0.1
   */
  public final boolean isOffDutyOnly() {
    return !allegations().isEmpty() && allegations().forAll(Allegation::isOffDuty);
  }

  /**
   * Tells whether the case was referred to an oversight body.
   *
   * @return true if any referral is of kind {@link ReferralKind#OVERSIGHT}
   */
  public final boolean isEscalated() {
    return referrals().exists(r -> r.kind() == ReferralKind.OVERSIGHT);
  }

  /**
   * Returns a party's latest answer for a purpose.
   *
   * @param partyId the party, not null
   * @param purpose the purpose, not null
   * @return the latest record, none if the party was never asked, never null
   */
  public final Option<ConsentRecord> latestConsent(PartyId partyId, ConsentPurpose purpose) {
    Checks.notNull(partyId, "partyId");
    Checks.notNull(purpose, "purpose");
    return consents().findLast(c -> c.party().equals(partyId) && c.purpose() == purpose);
  }

  /**
   * Tells whether a party's consent for a purpose is on record now (the latest answer is a yes).
   *
   * @param partyId the party, not null
   * @param purpose the purpose, not null
   * @return true if the latest answer is {@link ConsentState#GIVEN}
   */
  public final boolean hasConsent(PartyId partyId, ConsentPurpose purpose) {
    return latestConsent(partyId, purpose).exists(c -> c.state() == ConsentState.GIVEN);
  }

  /**
   * Returns the decisions taken on the allegations, in allegation order.
   *
   * @return the decisions, never null
   */
  public final Seq<Decision> decisions() {
    return allegations().flatMap(Allegation::decision);
  }

  /**
   * Returns the disciplinary and management measures recorded on the case ({@link CaseEvent.MeasureRecorded}),
   * oldest first. Measures are facts of the employer side: reopening the case does not remove them.
   *
   * @return the measures, never null
   * @since 0.1
   */
  public final Seq<Measure> measures() {
    return history().filter(e -> e instanceof CaseEvent.MeasureRecorded)
        .map(e -> ((CaseEvent.MeasureRecorded) e).measure());
  }

  /**
   * Returns the id, the reference, the jurisdiction, the track, the state, the handling body and the
   * version: ids and codes only. Names, contact details, descriptions and reasons are personal data
   * and are never printed, so that logging a case writes none.
   *
   * @return the text, never null
   */
  @Override
  public final String toString() {
    return "ComplaintCase[id=" + id() + ", reference=" + reference().map(String::valueOf).getOrElse("none")
        + ", jurisdiction=" + jurisdiction() + ", track=" + track() + ", status=" + status()
        + ", handlingBody=" + handlingBody() + ", version=" + version() + "]";
  }

  /**
   * Returns the events recorded after a version, for appending to a store.
   *
   * @param since a version the caller has, 0 for all events
   * @return the events after it, never null
   * @throws IllegalArgumentException if since is negative or above the version
   */
  public final Seq<CaseEvent> eventsSince(long since) {
    if (since < 0 || since > version()) {
      throw new IllegalArgumentException("since must be between 0 and " + version() + " but was " + since);
    }
    return newestFirst().take((int) (version() - since)).reverse();
  }

  /**
   * Returns the case as it stood at an instant: the state after its last event at or before it.
   * Rule packs and statistics use it to take a case as it was at a deadline or a period's end.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param at the instant, not null
   * @return this case when no event is later than {@code at}; the case after its last event at or
   *     before {@code at} otherwise (from the {@link #timeline()}); none when the case was received after {@code at}; never null
   * @throws NullPointerException if at is null
   */
  public final Option<ComplaintCase> asOf(Instant at) {
    Checks.notNull(at, "at");
    if (!lastEventAt().isAfter(at)) {
      return Option.some(this);
    }
    // Events never go back in time, so the steps up to the instant are a prefix of the timeline, and its
    // last step is found by bisection (statistics ask this of every case for every period).
    IndexedSeq<TimelineStep> steps = timeline();
    int low = 0;
    int high = steps.size() - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (steps.get(middle).event().at().isAfter(at)) {
        high = middle - 1;
      } else {
        found = middle;
        low = middle + 1;
      }
    }
    if (found < 0) {
      return Option.none();
    }
    TimelineStep step = steps.get(found);
    return Option.some(step.after().withPrefixViews(this, steps, step.position()));
  }

  /**
   * Gives this case, the one after a step of a later case's timeline, its views as prefixes of that
   * case's, unless it has them: a case taken as of an earlier instant (statistics take each case as of
   * a period's end, again and again) would otherwise rebuild its history and replay its timeline.
   */
  private ComplaintCase withPrefixViews(ComplaintCase later, IndexedSeq<TimelineStep> steps, int position) {
    if (timelineView == null) {
      timelineView = steps.take(position + 1);
    }
    if (historyView == null) {
      historyView = later.history().take(position + 1);
    }
    return this;
  }

  // ---------------------------------------------------------------- creation and replay

  /**
   * Starts a receipt: a builder for the first event of a new case.
   *
   * @param caseId the new case's id, not null
   * @param jurisdiction whose rules apply, not null
   * @return a new builder, never null
   */
  public static ReceiptBuilder receipt(CaseId caseId, JurisdictionCode jurisdiction) {
    return new ReceiptBuilder(caseId, jurisdiction);
  }

  /**
   * Creates a case from its receipt event.
   *
   * @param receipt the receipt, not null
   * @return the transition holding the new case, in state {@link CaseStatus#RECEIVED}, never null
   * @throws NullPointerException if receipt is null
   */
  public static Transition receive(CaseEvent.ComplaintReceived receipt) {
    Checks.notNull(receipt, "receipt");
    return new Transition(Evolution.start(receipt), receipt);
  }

  /**
   * Rebuilds a case from its events, checking each against the state graph and the guards exactly
   * as the command did. Replaying the history of a case gives a case equal to it.
   *
   * @param events the events, oldest first, not null
   * @return the case, or why the first event that does not fit was refused, with that event's
   *     position: {@link Rejection.InvalidHistory} when the history's shape is wrong (empty, not
   *     starting with the receipt, a second receipt), {@link Rejection.EventRefused} wrapping the
   *     core's refusal of any other event; never null
   * @throws NullPointerException if events or an event is null
   */
  public static Either<Rejection, ComplaintCase> replay(Iterable<? extends CaseEvent> events) {
    Checks.notNull(events, "events");
    java.util.Iterator<? extends CaseEvent> it = events.iterator();
    if (!it.hasNext()) {
      return Either.left(new Rejection.InvalidHistory(
          CaseStatus.RECEIVED, CommandType.RECEIVE, 0, "a history is never empty"));
    }
    CaseEvent first = Checks.notNull(it.next(), "event");
    if (!(first instanceof CaseEvent.ComplaintReceived)) {
      return Either.left(new Rejection.InvalidHistory(
          CaseStatus.RECEIVED, first.command(), 0, "a history starts with the receipt"));
    }
    ComplaintCase current = Evolution.start((CaseEvent.ComplaintReceived) first);
    int position = 0;
    while (it.hasNext()) {
      CaseEvent next = Checks.notNull(it.next(), "event");
      position++;
      Either<Rejection, ComplaintCase> applied = Evolution.apply(current, next, CommandGuard.none());
      if (applied.isLeft()) {
        Rejection r = applied.getLeft();
        return Either.left(r instanceof Rejection.InvalidHistory ? r : new Rejection.EventRefused(position, r));
      }
      current = applied.get();
    }
    return Either.right(current);
  }

  /**
   * Applies an event after checking it may follow this case's history. Used by replay and by
   * integrators who receive events from elsewhere; the command methods call it too.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param event the event, not null
   * @return the new case, or why the event cannot follow, never null
   * @throws NullPointerException if event is null
   */
  public final Either<Rejection, ComplaintCase> apply(CaseEvent event) {
    Checks.notNull(event, "event");
    return Evolution.apply(this, event, CommandGuard.none());
  }

  /**
   * Executes an event as a command: applies it and returns the transition.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param event the event the command records, not null
   * @return the transition, or why the command is refused, never null
   * @throws NullPointerException if event is null
   */
  public final Either<Rejection, Transition> execute(CaseEvent event) {
    return execute(event, CommandGuard.none());
  }

  /**
   * Executes an event as a command under a guard (a jurisdiction's rule pack, say): the one path by
   * which a command is applied. It checks the order of events and the state graph once, then the
   * command's data, then asks the guard, and applies the event once, only if nothing refused it.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param event the event the command records, not null
   * @param guard the guard, not null ({@link CommandGuard#none()} for none)
   * @return the transition, or the first refusal (the core's own, or the guard's first), never null
   * @throws NullPointerException if an argument is null, or the guard returns null
   */
  public final Either<Rejection, Transition> execute(CaseEvent event, CommandGuard guard) {
    Checks.notNull(event, "event");
    Checks.notNull(guard, "guard");
    Either<Rejection, ComplaintCase> applied = Evolution.apply(this, event, guard);
    return applied.isLeft()
        ? Either.left(applied.getLeft())
        : Either.right(new Transition(applied.get(), event));
  }

  // ---------------------------------------------------------------- commands
  // Each command builds its event and executes it. Where a part of the event is optional, the command
  // has two overloads: without the part (an empty Option in the event) and with it (not null).

  /**
   * Registers the case under a reference, after checking that it holds the required details.
   *
   * @param reference the reference, not null
   * @param requirements the details required, not null ({@link RegistrationRequirements#DEFAULT}: when, who, what)
   * @param stamp when, who and why, not null
   * @return the transition, or {@link Rejection.MissingDetails} listing exactly what is missing, never null
   */
  public final Either<Rejection, Transition> register(
      CaseReference reference, RegistrationRequirements requirements, Stamp stamp) {
    return execute(new CaseEvent.Registered(reference, requirements, stamp));
  }

  /**
   * Acknowledges receipt.
   *
   * @param recipient to whom, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> acknowledge(Recipient recipient, Stamp stamp) {
    return execute(new CaseEvent.Acknowledged(recipient, stamp));
  }

  /**
   * Waives the filing time limit without citing the rule that allows it.
   *
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> waiveTimeLimit(Stamp stamp) {
    return execute(new CaseEvent.TimeLimitWaived(Option.none(), stamp));
  }

  /**
   * Waives the filing time limit under a rule.
   *
   * @param legalBasis the rule allowing it, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> waiveTimeLimit(LegalBasis legalBasis, Stamp stamp) {
    return execute(new CaseEvent.TimeLimitWaived(Option.some(Checks.notNull(legalBasis, "legalBasis")), stamp));
  }

  /**
   * Assesses the case: classifies it and routes it to a handling body.
   *
   * @param newTrack the track, not null
   * @param handler the handling body, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> assess(Track newTrack, Body handler, Stamp stamp) {
    return execute(new CaseEvent.Assessed(newTrack, handler, stamp));
  }

  /**
   * Rejects the case without a decision on the merits, telling no appeal route.
   *
   * @param ground why, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> reject(RejectionGround ground, Stamp stamp) {
    return execute(new CaseEvent.Rejected(ground, Option.none(), stamp));
  }

  /**
   * Rejects the case without a decision on the merits, telling the appeal route.
   *
   * @param ground why, not null
   * @param route the appeal route told with the rejection, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> reject(RejectionGround ground, ReviewRoute route, Stamp stamp) {
    return execute(new CaseEvent.Rejected(ground, Option.some(Checks.notNull(route, "route")), stamp));
  }

  /**
   * Forwards the case to the competent body.
   *
   * @param to the body, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> forward(Body to, Stamp stamp) {
    return execute(new CaseEvent.Forwarded(to, stamp));
  }

  /**
   * Starts informal handling.
   *
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> startInformalResolution(Stamp stamp) {
    return execute(new CaseEvent.InformalResolutionStarted(stamp));
  }

  /**
   * Returns from informal to formal handling.
   *
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> fallBackToFormal(Stamp stamp) {
    return execute(new CaseEvent.FellBackToFormal(stamp));
  }

  /**
   * Refers (escalates) the case to an oversight body voluntarily, without a rule requiring it.
   *
   * @param to the oversight body, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> refer(Body to, Stamp stamp) {
    return execute(new CaseEvent.Referred(to, Option.none(), stamp));
  }

  /**
   * Refers (escalates) the case to an oversight body under the rule requiring it.
   *
   * @param to the oversight body, not null
   * @param legalBasis the rule requiring it, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> refer(Body to, LegalBasis legalBasis, Stamp stamp) {
    return execute(new CaseEvent.Referred(to, Option.some(Checks.notNull(legalBasis, "legalBasis")), stamp));
  }

  /**
   * Refers a referred case back.
   *
   * @param to the body it goes back to, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> referBack(Body to, Stamp stamp) {
    return execute(new CaseEvent.ReferredBack(to, stamp));
  }

  /**
   * Opens an investigation.
   *
   * @param mode the mode, not null
   * @param body the investigating body, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> openInvestigation(InvestigationMode mode, Body body, Stamp stamp) {
    return execute(new CaseEvent.InvestigationOpened(mode, body, stamp));
  }

  /**
   * Opens the party hearing.
   *
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> openPartyHearing(Stamp stamp) {
    return execute(new CaseEvent.PartyHearingOpened(stamp));
  }

  /**
   * Closes the party hearing.
   *
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> closePartyHearing(Stamp stamp) {
    return execute(new CaseEvent.PartyHearingClosed(stamp));
  }

  /**
   * Decides one allegation. When it is the last undecided one, the case becomes {@link CaseStatus#DECIDED}.
   *
   * @param allegationId the allegation, not null
   * @param outcome the outcome, not null
   * @param decidedBy the deciding body, not null
   * @param stamp when, who and why (the reasons given), not null
   * @return the transition, or the rejection ({@link Rejection.UnknownAllegation},
   *     {@link Rejection.AlreadyDecided} …), never null
   */
  public final Either<Rejection, Transition> decide(
      AllegationId allegationId, Outcome outcome, Body decidedBy, Stamp stamp) {
    return execute(new CaseEvent.AllegationDecided(allegationId, outcome, decidedBy, stamp));
  }

  /**
   * Sends the investigation to a prosecutor for decision.
   *
   * @param to the prosecutor, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> referForProsecutionDecision(Body to, Stamp stamp) {
    return execute(new CaseEvent.ReferredForProsecutionDecision(to, stamp));
  }

  /**
   * Sends the case for administrative assessment.
   *
   * @param to the assessing body, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> referForAdministrativeReview(Body to, Stamp stamp) {
    return execute(new CaseEvent.ReferredForAdministrativeReview(to, stamp));
  }

  /**
   * Tells the outcome, with no review or appeal route.
   *
   * @param recipients to whom, not null, not empty
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> notifyOutcome(Seq<Recipient> recipients, Stamp stamp) {
    return execute(new CaseEvent.OutcomeNotified(recipients, Option.none(), stamp));
  }

  /**
   * Tells the outcome with the review or appeal route, which opens the review window.
   *
   * @param recipients to whom, not null, not empty
   * @param route the review or appeal route, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> notifyOutcome(Seq<Recipient> recipients, ReviewRoute route, Stamp stamp) {
    return execute(new CaseEvent.OutcomeNotified(recipients, Option.some(Checks.notNull(route, "route")), stamp));
  }

  /**
   * Tells the outcome with the reasons for it, with no review or appeal route.
   *
   * @param recipients to whom, not null, not empty
   * @param reasons the statement of reasons the notice gives, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> notifyOutcome(Seq<Recipient> recipients, StatementOfReasons reasons,
      Stamp stamp) {
    return execute(new CaseEvent.OutcomeNotified(recipients, Option.none(),
        Option.some(Checks.notNull(reasons, "reasons")), stamp));
  }

  /**
   * Tells the outcome with the reasons for it and the review or appeal route, which opens the review
   * window.
   *
   * @param recipients to whom, not null, not empty
   * @param route the review or appeal route, not null
   * @param reasons the statement of reasons the notice gives, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> notifyOutcome(Seq<Recipient> recipients, ReviewRoute route,
      StatementOfReasons reasons, Stamp stamp) {
    return execute(new CaseEvent.OutcomeNotified(recipients, Option.some(Checks.notNull(route, "route")),
        Option.some(Checks.notNull(reasons, "reasons")), stamp));
  }

  /**
   * Records a notification.
   *
   * @param kind what it told, not null
   * @param recipient to whom, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> recordNotification(
      NotificationKind kind, Recipient recipient, Stamp stamp) {
    return execute(new CaseEvent.NotificationRecorded(kind, recipient, stamp));
  }

  /**
   * Applies for review or appeal.
   *
   * @param applicant who applies, not null
   * @param stamp when, who and why, not null
   * @return the transition, or {@link Rejection.ReviewOutOfTime} / {@link Rejection.ReviewNotAvailable}, never null
   */
  public final Either<Rejection, Transition> requestReview(PartyId applicant, Stamp stamp) {
    return execute(new CaseEvent.ReviewRequested(applicant, stamp));
  }

  /**
   * Decides the pending review.
   *
   * @param upheld true if upheld
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> decideReview(boolean upheld, Stamp stamp) {
    return execute(new CaseEvent.ReviewDecided(upheld, stamp));
  }

  /**
   * Reopens the case.
   *
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> reopen(Stamp stamp) {
    return execute(new CaseEvent.Reopened(stamp));
  }

  /**
   * Withdraws the complaint on behalf of someone not recorded as a party (a representative).
   *
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> withdraw(Stamp stamp) {
    return execute(new CaseEvent.Withdrawn(Option.none(), stamp));
  }

  /**
   * Withdraws the complaint on a party's behalf.
   *
   * @param by the withdrawing party, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> withdraw(PartyId by, Stamp stamp) {
    return execute(new CaseEvent.Withdrawn(Option.some(Checks.notNull(by, "by")), stamp));
  }

  /**
   * Withdraws the complaint on a party's behalf, recording how the withdrawal was made.
   *
   * @param by the withdrawing party, not null
   * @param form how it was made (a signed notice, in writing, orally), not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   * @since 0.1
   */
  public final Either<Rejection, Transition> withdraw(PartyId by, StatementForm form, Stamp stamp) {
    return execute(new CaseEvent.Withdrawn(Option.some(Checks.notNull(by, "by")),
        Option.some(Checks.notNull(form, "form")), stamp));
  }

  /**
   * Discontinues the investigation.
   *
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> discontinue(Stamp stamp) {
    return execute(new CaseEvent.Discontinued(stamp));
  }

  /**
   * Suspends the case while a criminal case runs.
   *
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> suspend(Stamp stamp) {
    return execute(new CaseEvent.Suspended(stamp));
  }

  /**
   * Resumes a suspended case in the state it was suspended from.
   *
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> resume(Stamp stamp) {
    return execute(new CaseEvent.Resumed(stamp));
  }

  /**
   * Closes the case.
   *
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> close(Stamp stamp) {
    return execute(new CaseEvent.Closed(stamp));
  }

  /**
   * Records a party's answer to a request for consent.
   *
   * @param partyId who, not null
   * @param purpose for what, not null
   * @param state the answer, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> recordConsent(
      PartyId partyId, ConsentPurpose purpose, ConsentState state, Stamp stamp) {
    return execute(new CaseEvent.ConsentRecorded(partyId, purpose, state, stamp));
  }

  /**
   * Records a party's answer to a request for consent and how it was given (E&amp;W: permission to
   * complain on someone's behalf must be written).
   *
   * @param partyId who, not null
   * @param purpose for what, not null
   * @param state the answer, not null
   * @param form how it was given, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   * @since 0.1
   */
  public final Either<Rejection, Transition> recordConsent(
      PartyId partyId, ConsentPurpose purpose, ConsentState state, StatementForm form, Stamp stamp) {
    return execute(new CaseEvent.ConsentRecorded(partyId, purpose, state, Option.some(Checks.notNull(form, "form")),
        stamp));
  }

  /**
   * Links a related case.
   *
   * @param link the link, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> linkRelatedCase(RelatedCase link, Stamp stamp) {
    return execute(new CaseEvent.RelatedCaseLinked(link, stamp));
  }

  /**
   * Adds an allegation.
   *
   * @param allegation the allegation, undecided, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> addAllegation(Allegation allegation, Stamp stamp) {
    return execute(new CaseEvent.AllegationAdded(allegation, stamp));
  }

  /**
   * Adds a party. A complainant acting for another party ({@link Party#actsFor()}) is added after that
   * party: {@link Rejection.UnknownParty} if it is not in the case, {@link Rejection.WrongRole} if it is a
   * complainant or a subject.
   *
   * @param party the party, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection ({@link Rejection.Duplicate} for an id the case has), never null
   */
  public final Either<Rejection, Transition> addParty(Party party, Stamp stamp) {
    return execute(new CaseEvent.PartyAdded(party, stamp));
  }

  /**
   * Splits allegations off into a case of their own ({@link CaseEvent.AllegationsSplitOff}): each part
   * of a letter that mixes tracks gets its own route, deadlines and outcome. Build the other case with
   * {@link #partSplitOff} on this case as it stood before the split. Refused with
   * {@link Rejection.UnknownAllegation} or {@link Rejection.AlreadyDecided} for an allegation that is
   * not open here, with {@link Rejection.MissingDetails} ({@link RequiredDetail#ALLEGATION}) when no
   * allegation would stay, and with {@link Rejection.Duplicate} when {@code into} is this case or
   * already linked.
   *
   * @param allegations the allegations to split off, not empty, not null
   * @param into the new case's id, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> splitOff(Seq<AllegationId> allegations, CaseId into, Stamp stamp) {
    return execute(new CaseEvent.AllegationsSplitOff(allegations, into, stamp));
  }

  /**
   * Builds the case a split creates, from this case as it stood before the split: the same
   * jurisdiction, channel, receiving body, incident and parties, the allegations split off, on its own
   * track, received when this case was received (its deadlines run from the original lodging date)
   * and linked back to this case as {@link Relation#SPLIT} at the split's instant. The split's actor
   * is the receipt's actor.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param split the split event, as accepted for this case, not null
   * @param track the new case's track, not null
   * @return the new case, or {@link Rejection.UnknownAllegation} for an allegation this case does not have, never null
   * @throws NullPointerException if an argument is null
   */
  public final Either<Rejection, ComplaintCase> partSplitOff(CaseEvent.AllegationsSplitOff split, Track track) {
    Checks.notNull(split, "split");
    Checks.notNull(track, "track");
    ReceiptBuilder b = receipt(split.into(), jurisdiction()).track(track).channel(channel())
        .receivingBody(receivingBody()).incident(incident());
    parties().forEach(b::party);
    for (AllegationId id : split.allegations()) {
      Option<Allegation> a = allegation(id);
      if (a.isEmpty()) {
        return Either.left(new Rejection.UnknownAllegation(status(), CommandType.SPLIT_OFF, id));
      }
      b.allegation(a.get());
    }
    ComplaintCase part = b.receive(Stamp.of(receivedAt(), split.actor(), "split off from case " + id())).complaint();
    return part.linkRelatedCase(new RelatedCase(id(), Relation.SPLIT), split.stamp()).map(Transition::complaint);
  }

  /**
   * Records a disciplinary or management measure that answers the case as a whole. Refused with
   * {@link Rejection.UnknownParty} if the subject is not a party, {@link Rejection.WrongRole} if the party
   * is not a {@link PartyRole#SUBJECT}.
   *
   * @param subject whom it concerns, not null
   * @param kind what the measure is, not null
   * @param decidedBy the deciding body, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   * @since 0.1
   */
  public final Either<Rejection, Transition> recordMeasure(PartyId subject, MeasureKind kind, Body decidedBy,
      Stamp stamp) {
    return execute(new CaseEvent.MeasureRecorded(subject, kind, decidedBy, stamp));
  }

  /**
   * Records a disciplinary or management measure that answers one allegation. Refused as
   * {@link #recordMeasure(PartyId, MeasureKind, Body, Stamp)} is, and with
   * {@link Rejection.UnknownAllegation} if the allegation is not one of the case's.
   *
   * @param subject whom it concerns, not null
   * @param allegation the allegation it answers, not null
   * @param kind what the measure is, not null
   * @param decidedBy the deciding body, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   * @since 0.1
   */
  public final Either<Rejection, Transition> recordMeasure(PartyId subject, AllegationId allegation, MeasureKind kind,
      Body decidedBy, Stamp stamp) {
    Checks.notNull(allegation, "allegation");
    return execute(new CaseEvent.MeasureRecorded(subject, Option.some(allegation), kind, decidedBy, stamp));
  }

  /**
   * Passes a victim's contact to a victim-support organisation. Refused with
   * {@link Rejection.ConsentMissing} unless the victim's latest answer for
   * {@link ConsentPurpose#VICTIM_SUPPORT_REFERRAL} is a yes.
   *
   * @param victim the victim, not null
   * @param organisation the organisation, not null
   * @param stamp when, who and why, not null
   * @return the transition or the rejection, never null
   */
  public final Either<Rejection, Transition> referToVictimSupport(PartyId victim, Body organisation, Stamp stamp) {
    return execute(new CaseEvent.VictimSupportReferred(victim, organisation, stamp));
  }
}
