package org.oversight.complaint.core;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Builds a plausible event for any command against a case, from a random source: mostly with ids
 * the case has (so most commands are accepted where the graph allows them), sometimes with unknown
 * ids, and now and then dated in the past. The property tests use it to drive random command
 * sequences, legal and illegal, through the public API.
 */
public final class RandomCommands {
  private static final Body[] BODIES = {Body.of("NO-OSLO-PD"), Body.of("NO-SPESIALENHETEN"), Body.of("DK-DUP"),
      Body.of("GB-IOPC"), Body.of("SE-BOJ")};
  private static final Actor ACTOR = Actor.of("caseworker:random");

  private RandomCommands() {}

  /** A receipt with up to four parties and three allegations. */
  public static CaseEvent.ComplaintReceived receipt(RandomGenerator r, Instant at) {
    ReceiptBuilder b = ComplaintCase.receipt(CaseId.of("case-" + r.nextInt(1_000_000)), JurisdictionCode.of(pick(r,
            List.of("NO", "DK", "SE", "GB-EAW"))))
        .track(pick(r, List.of(Track.values())))
        .channel(pick(r, List.of(Channel.values())))
        .receivingBody(pick(r, List.of(BODIES)))
        .incident(r.nextBoolean()
            ? Incident.of(IncidentTime.at(at.minus(Duration.ofDays(r.nextInt(400)))), "Somewhere", "Something happened")
            : Incident.unknown());
    int parties = r.nextInt(5);
    List<PartyId> subjects = List.empty();
    for (int i = 0; i < parties; i++) {
      Party p = party(r, PartyId.of("P" + i));
      if (p.is(PartyRole.SUBJECT)) {
        subjects = subjects.append(p.id());
      }
      b.party(p);
    }
    int allegations = r.nextInt(4);
    for (int i = 0; i < allegations; i++) {
      b.allegation(allegation(r, AllegationId.of("A" + i), subjects));
    }
    return b.build(Stamp.of(at, ACTOR));
  }

  /** A party in a random role. */
  public static Party party(RandomGenerator r, PartyId id) {
    switch (r.nextInt(5)) {
      case 0:
        return Party.complainant(id, "Name " + id, pick(r, List.of(Standing.values())));
      case 1:
        return Party.anonymousComplainant(id);
      case 2:
        return Party.subject(id, SubjectKind.OFFICER, "S-" + id, "Unit");
      case 3:
        return Party.unidentifiedSubject(id);
      default:
        return Party.person(id, pick(r, List.of(PartyRole.VICTIM, PartyRole.WITNESS, PartyRole.INTERESTED_PERSON)), "N");
    }
  }

  /** An undecided allegation against some of the given subjects. */
  public static Allegation allegation(RandomGenerator r, AllegationId id, Seq<PartyId> subjects) {
    List<SeriousnessFlag> flags = List.of(SeriousnessFlag.values()).filter(f -> r.nextInt(6) == 0);
    return Allegation.of(id, CategoryCode.of(pick(r, List.of("FORCE", "LANGUAGE", "CASE_HANDLING"))), "alleged",
        flags, subjects.filter(s -> r.nextBoolean()));
  }

  /** An event for the command against the case, dated at or after its last event (rarely before). */
  public static CaseEvent event(ComplaintCase c, CommandType command, RandomGenerator r) {
    Instant at = r.nextInt(40) == 0 ? c.lastEventAt().minusSeconds(1) : c.lastEventAt().plus(Duration.ofHours(r.nextInt(200)));
    String why = "";
    switch (command) {
      case RECEIVE:
        return receipt(r, at);
      case REGISTER:
        return new CaseEvent.Registered(CaseReference.parse("REF-2026-" + r.nextInt(1000)),
            r.nextBoolean() ? RegistrationRequirements.NONE : RegistrationRequirements.DEFAULT,
            Stamp.of(at, ACTOR, why));
      case ACKNOWLEDGE:
        return new CaseEvent.Acknowledged(recipient(c, r), Stamp.of(at, ACTOR, why));
      case WAIVE_TIME_LIMIT:
        return new CaseEvent.TimeLimitWaived(io.vavr.control.Option.none(), Stamp.of(at, ACTOR, "special case"));
      case ASSESS:
        return new CaseEvent.Assessed(pick(r, List.of(Track.values())), body(r), Stamp.of(at, ACTOR, why));
      case REJECT:
        return new CaseEvent.Rejected(pick(r, List.of(RejectionGround.values())),
            io.vavr.control.Option.when(r.nextBoolean(), () -> route(r, at)), Stamp.of(at, ACTOR, why));
      case FORWARD:
        return new CaseEvent.Forwarded(body(r), Stamp.of(at, ACTOR, why));
      case START_INFORMAL_RESOLUTION:
        return new CaseEvent.InformalResolutionStarted(Stamp.of(at, ACTOR, why));
      case FALL_BACK_TO_FORMAL:
        return new CaseEvent.FellBackToFormal(Stamp.of(at, ACTOR, why));
      case REFER:
        return new CaseEvent.Referred(body(r), io.vavr.control.Option.none(), Stamp.of(at, ACTOR, why));
      case REFER_BACK:
        return new CaseEvent.ReferredBack(body(r), Stamp.of(at, ACTOR, why));
      case OPEN_INVESTIGATION:
        return new CaseEvent.InvestigationOpened(pick(r, List.of(InvestigationMode.values())), body(r),
            Stamp.of(at, ACTOR, why));
      case OPEN_PARTY_HEARING:
        return new CaseEvent.PartyHearingOpened(Stamp.of(at, ACTOR, why));
      case CLOSE_PARTY_HEARING:
        return new CaseEvent.PartyHearingClosed(Stamp.of(at, ACTOR, why));
      case DECIDE_ALLEGATION: {
        AllegationId id = c.allegations().isEmpty() || r.nextInt(10) == 0
            ? AllegationId.of("A-unknown")
            : pick(r, c.allegations().filter(a -> !a.isDecided() || r.nextInt(5) == 0).map(Allegation::id)
                .appendAll(c.allegations().map(Allegation::id)).take(c.allegations().size()));
        return new CaseEvent.AllegationDecided(id, Outcome.of(pick(r, List.of("CRITICISM", "NO_CRITICISM"))), body(r),
            Stamp.of(at, ACTOR, why));
      }
      case REFER_FOR_PROSECUTION_DECISION:
        return new CaseEvent.ReferredForProsecutionDecision(body(r), Stamp.of(at, ACTOR, why));
      case REFER_FOR_ADMINISTRATIVE_REVIEW:
        return new CaseEvent.ReferredForAdministrativeReview(body(r), Stamp.of(at, ACTOR, why));
      case NOTIFY_OUTCOME:
        return new CaseEvent.OutcomeNotified(List.of(recipient(c, r)),
            io.vavr.control.Option.when(r.nextBoolean(), () -> route(r, at)), Stamp.of(at, ACTOR, why));
      case RECORD_NOTIFICATION:
        return new CaseEvent.NotificationRecorded(pick(r, List.of(NotificationKind.values())), recipient(c, r),
            Stamp.of(at, ACTOR, why));
      case REQUEST_REVIEW:
        return new CaseEvent.ReviewRequested(partyId(c, r), Stamp.of(at, ACTOR, why));
      case DECIDE_REVIEW:
        return new CaseEvent.ReviewDecided(r.nextBoolean(), Stamp.of(at, ACTOR, why));
      case REOPEN:
        return new CaseEvent.Reopened(Stamp.of(at, ACTOR, why));
      case WITHDRAW:
        return new CaseEvent.Withdrawn(io.vavr.control.Option.when(r.nextBoolean(), () -> partyId(c, r)),
            Stamp.of(at, ACTOR, why));
      case DISCONTINUE:
        return new CaseEvent.Discontinued(Stamp.of(at, ACTOR, why));
      case SUSPEND:
        return new CaseEvent.Suspended(Stamp.of(at, ACTOR, why));
      case RESUME:
        return new CaseEvent.Resumed(Stamp.of(at, ACTOR, why));
      case CLOSE:
        return new CaseEvent.Closed(Stamp.of(at, ACTOR, why));
      case RECORD_CONSENT:
        return new CaseEvent.ConsentRecorded(partyId(c, r), pick(r, List.of(ConsentPurpose.values())),
            pick(r, List.of(ConsentState.values())), Stamp.of(at, ACTOR, why));
      case LINK_RELATED_CASE:
        return new CaseEvent.RelatedCaseLinked(new RelatedCase(CaseId.of("other-" + r.nextInt(3)),
            pick(r, List.of(Relation.values()))), Stamp.of(at, ACTOR, why));
      case ADD_ALLEGATION:
        return new CaseEvent.AllegationAdded(allegation(r, AllegationId.of("A" + r.nextInt(6)),
            c.parties(PartyRole.SUBJECT).map(Party::id)), Stamp.of(at, ACTOR, why));
      case ADD_PARTY:
        return new CaseEvent.PartyAdded(party(r, PartyId.of("P" + r.nextInt(8))), Stamp.of(at, ACTOR, why));
      case REFER_TO_VICTIM_SUPPORT:
        return new CaseEvent.VictimSupportReferred(partyId(c, r), Body.of("SE-BOJ"), Stamp.of(at, ACTOR, why));
      case SPLIT_OFF:
        return new CaseEvent.AllegationsSplitOff(List.of(AllegationId.of("A" + r.nextInt(6))),
            CaseId.of("part-" + r.nextInt(4)), Stamp.of(at, ACTOR, why));
      case RECORD_MEASURE:
        return new CaseEvent.MeasureRecorded(partyId(c, r),
            io.vavr.control.Option.when(r.nextBoolean(), () -> AllegationId.of("A" + r.nextInt(6))),
            pick(r, List.of(MeasureKind.values())), body(r), Stamp.of(at, ACTOR, why));
      default:
        throw new IllegalStateException("bug: no random event for " + command);
    }
  }

  private static ReviewRoute route(RandomGenerator r, Instant at) {
    return ReviewRoute.of(body(r), at.plus(Duration.ofHours(r.nextInt(400))));
  }

  private static Recipient recipient(ComplaintCase c, RandomGenerator r) {
    return r.nextInt(4) == 0 ? Recipient.body(body(r)) : Recipient.party(partyId(c, r));
  }

  private static PartyId partyId(ComplaintCase c, RandomGenerator r) {
    return c.parties().isEmpty() || r.nextInt(10) == 0 ? PartyId.of("P-unknown") : pick(r, c.parties()).id();
  }

  private static Body body(RandomGenerator r) {
    return BODIES[r.nextInt(BODIES.length)];
  }

  private static <T> T pick(RandomGenerator r, Seq<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
