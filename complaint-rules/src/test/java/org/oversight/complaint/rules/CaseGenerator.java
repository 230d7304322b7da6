package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Channel;
import org.oversight.complaint.core.DutyStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.StatementForm;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.EnglandWalesRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.rules.jurisdiction.SwedenRules;

/**
 * A framework-neutral generator of valid cases: a random receipt, then a random walk of commands
 * through the core's public API (rejected commands are skipped). Driven by a seed, so any test
 * framework can use it in one line.
 */
final class CaseGenerator {
  private static final Actor ACTOR = Actor.of("gen");
  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
  private static final Seq<Body> BODIES = List.of(Body.of("NO-OSLO-PD"), NorwayRules.SPESIALENHETEN, NorwayRules.POD,
      DenmarkRules.DUP, DenmarkRules.STATSADVOKATEN, SwedenRules.SU, SwedenRules.SAK, SwedenRules.JO,
      EnglandWalesRules.IOPC, Body.of("EW-AA"), Body.of("EW-LPB"));
  private static final Seq<String> OUTCOMES = List.of("CRITICISM", "CRITICISABLE", "SERVICE_NOT_ACCEPTABLE",
      "NO_CRITICISM", "DISMISSED", "SOMETHING_ELSE");
  private static final Seq<String> NAMES = List.of("Kari", "Ola", "Anna");
  private static final Seq<String> NUMBERS = List.of("1001", "1002", "1003");

  private final Random random;

  private CaseGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A random valid case. */
  static ComplaintCase generate(long seed) {
    return new CaseGenerator(seed).next(Option.none());
  }

  /** A random valid case whose receipt carries an allegation with the flag. */
  static ComplaintCase generateWith(long seed, SeriousnessFlag flag) {
    return new CaseGenerator(seed).next(Option.some(flag));
  }

  /** Several random cases with distinct ids, sharing names and service numbers often. */
  static Seq<ComplaintCase> generateMany(long seed, int count) {
    CaseGenerator g = new CaseGenerator(seed);
    Seq<ComplaintCase> out = List.empty();
    for (int i = 0; i < count; i++) {
      out = out.append(g.next(Option.none(), "g" + i));
    }
    return out;
  }

  private <T> T pick(Seq<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private <E extends Enum<E>> E pick(Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[random.nextInt(all.length)];
  }

  ComplaintCase next(Option<SeriousnessFlag> forced) {
    return next(forced, "gen-" + random.nextInt(1000));
  }

  ComplaintCase next(Option<SeriousnessFlag> forced, String id) {
    Instant received = EPOCH.plus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
    IncidentTime incident = random.nextInt(5) == 0 ? IncidentTime.unknown()
        : IncidentTime.at(received.minus(Duration.ofHours(random.nextInt(24 * 400))));
    Seq<Party> parties = List.empty();
    if (random.nextInt(5) > 0) {
      parties = parties.append(random.nextBoolean()
          ? Party.complainant(PartyId.of("C1"), pick(NAMES), pick(Standing.class))
          : Party.anonymousComplainant(PartyId.of("C1")));
    }
    SubjectKind kind = pick(SubjectKind.class);
    parties = parties.append(kind == SubjectKind.UNIDENTIFIED
        ? Party.unidentifiedSubject(PartyId.of("S1"))
        : Party.subject(PartyId.of("S1"), kind, pick(NUMBERS), "Unit"));
    if (random.nextBoolean()) {
      parties = parties.append(Party.person(PartyId.of("V1"), PartyRole.VICTIM, "Victim"));
    }
    Seq<SeriousnessFlag> flags = randomFlags().appendAll(forced).distinct();
    Allegation first = Allegation.of(AllegationId.of("A1"), CategoryCode.of("CONDUCT"), "what", flags,
        List.of(PartyId.of("S1")));
    Seq<Allegation> allegations = List.of(random.nextInt(3) == 0 ? first.withDuty(pick(DutyStatus.class)) : first);
    CaseEvent.ComplaintReceived receipt = new CaseEvent.ComplaintReceived(CaseId.of(id),
        JurisdictionCode.of(pick(List.of("NO", "DK", "SE", "GB-EAW"))), pick(Track.class), pick(Channel.class),
        pick(BODIES), new Incident(incident, Option.none(), random.nextInt(4) == 0 ? "" : "what happened"),
        parties, allegations, Stamp.of(received, ACTOR));
    ComplaintCase c = ComplaintCase.receive(receipt).complaint();
    int steps = random.nextInt(25);
    Instant at = received;
    for (int i = 0; i < steps; i++) {
      at = at.plus(Duration.ofHours(random.nextInt(24 * (random.nextInt(4) == 0 ? 200 : 20))));
      CommandType command = pick(List.ofAll(c.allowedCommands()));
      Option<CaseEvent> event = event(c, command, at);
      if (event.isDefined()) {
        Either<org.oversight.complaint.core.Rejection, ComplaintCase> applied = c.apply(event.get());
        if (applied.isRight()) {
          c = applied.get();
        }
      }
    }
    return c;
  }

  private Seq<SeriousnessFlag> randomFlags() {
    Seq<SeriousnessFlag> out = List.empty();
    while (random.nextInt(3) == 0) {
      out = out.append(pick(SeriousnessFlag.class));
    }
    return out;
  }

  private Recipient recipient(ComplaintCase c) {
    return random.nextInt(3) == 0 || c.parties().isEmpty()
        ? Recipient.body(pick(BODIES))
        : Recipient.party(pick(c.parties()).id());
  }

  private PartyId party(ComplaintCase c) {
    return c.parties().isEmpty() ? PartyId.of("X9") : pick(c.parties()).id();
  }

  private Option<CaseEvent> event(ComplaintCase c, CommandType command, Instant at) {
    Option<ReviewRoute> route = random.nextBoolean() ? Option.none()
        : Option.some(ReviewRoute.of(pick(BODIES), at.plus(Duration.ofDays(random.nextInt(60))), LegalBasis.of("g")));
    switch (command) {
      case REGISTER:
        return Option.some(new CaseEvent.Registered(CaseReference.parse("G-2026-1"), RegistrationRequirements.NONE,
            Stamp.of(at, ACTOR)));
      case ACKNOWLEDGE:
        return Option.some(new CaseEvent.Acknowledged(recipient(c), Stamp.of(at, ACTOR)));
      case WAIVE_TIME_LIMIT:
        return Option.some(new CaseEvent.TimeLimitWaived(Option.none(), Stamp.of(at, ACTOR, "special")));
      case ASSESS:
        return Option.some(new CaseEvent.Assessed(pick(Track.class), pick(BODIES), Stamp.of(at, ACTOR)));
      case REJECT:
        return Option.some(new CaseEvent.Rejected(pick(RejectionGround.class), route, Stamp.of(at, ACTOR)));
      case FORWARD:
        return Option.some(new CaseEvent.Forwarded(pick(BODIES), Stamp.of(at, ACTOR)));
      case START_INFORMAL_RESOLUTION:
        return Option.some(new CaseEvent.InformalResolutionStarted(Stamp.of(at, ACTOR)));
      case FALL_BACK_TO_FORMAL:
        return Option.some(new CaseEvent.FellBackToFormal(Stamp.of(at, ACTOR)));
      case REFER:
        return Option.some(new CaseEvent.Referred(pick(BODIES), Option.none(), Stamp.of(at, ACTOR)));
      case REFER_BACK:
        return Option.some(new CaseEvent.ReferredBack(pick(BODIES), Stamp.of(at, ACTOR)));
      case OPEN_INVESTIGATION:
        return Option.some(new CaseEvent.InvestigationOpened(pick(InvestigationMode.class), pick(BODIES),
            Stamp.of(at, ACTOR)));
      case OPEN_PARTY_HEARING:
        return Option.some(new CaseEvent.PartyHearingOpened(Stamp.of(at, ACTOR)));
      case CLOSE_PARTY_HEARING:
        return Option.some(new CaseEvent.PartyHearingClosed(Stamp.of(at, ACTOR)));
      case DECIDE_ALLEGATION:
        return c.allegations().find(a -> !a.isDecided()).map(a -> new CaseEvent.AllegationDecided(a.id(),
            Outcome.of(pick(OUTCOMES)), pick(BODIES), Stamp.of(at, ACTOR, random.nextBoolean() ? "" : "because")));
      case REFER_FOR_PROSECUTION_DECISION:
        return Option.some(new CaseEvent.ReferredForProsecutionDecision(pick(BODIES), Stamp.of(at, ACTOR)));
      case REFER_FOR_ADMINISTRATIVE_REVIEW:
        return Option.some(new CaseEvent.ReferredForAdministrativeReview(pick(BODIES), Stamp.of(at, ACTOR)));
      case NOTIFY_OUTCOME:
        return Option.some(new CaseEvent.OutcomeNotified(List.of(recipient(c)), route, Stamp.of(at, ACTOR, "why")));
      case RECORD_NOTIFICATION:
        return Option.some(new CaseEvent.NotificationRecorded(pick(NotificationKind.class), recipient(c),
            Stamp.of(at, ACTOR)));
      case REQUEST_REVIEW:
        return Option.some(new CaseEvent.ReviewRequested(party(c), Stamp.of(at, ACTOR)));
      case DECIDE_REVIEW:
        return Option.some(new CaseEvent.ReviewDecided(random.nextBoolean(), Stamp.of(at, ACTOR)));
      case REOPEN:
        return Option.some(new CaseEvent.Reopened(Stamp.of(at, ACTOR)));
      case WITHDRAW:
        return Option.some(new CaseEvent.Withdrawn(Option.some(party(c)),
            random.nextBoolean() ? Option.none() : Option.some(pick(StatementForm.class)), Stamp.of(at, ACTOR)));
      case DISCONTINUE:
        return Option.some(new CaseEvent.Discontinued(Stamp.of(at, ACTOR)));
      case SUSPEND:
        return Option.some(new CaseEvent.Suspended(Stamp.of(at, ACTOR)));
      case RESUME:
        return Option.some(new CaseEvent.Resumed(Stamp.of(at, ACTOR)));
      case CLOSE:
        return Option.some(new CaseEvent.Closed(Stamp.of(at, ACTOR)));
      case RECORD_CONSENT:
        return Option.some(new CaseEvent.ConsentRecorded(party(c), pick(ConsentPurpose.class),
            pick(ConsentState.class), random.nextBoolean() ? Option.none() : Option.some(pick(StatementForm.class)),
            Stamp.of(at, ACTOR)));
      case LINK_RELATED_CASE:
        return Option.some(new CaseEvent.RelatedCaseLinked(random.nextInt(3) == 0
            ? RelatedCase.sameIncident(CaseId.of("g" + random.nextInt(6)), randomFlags())
            : new RelatedCase(CaseId.of("g" + random.nextInt(6)), pick(Relation.class)), Stamp.of(at, ACTOR)));
      case ADD_ALLEGATION:
        return Option.some(new CaseEvent.AllegationAdded(Allegation.of(AllegationId.of("A" + (2 + random.nextInt(3))),
            CategoryCode.of("CONDUCT"), "more", randomFlags(), List.empty()), Stamp.of(at, ACTOR)));
      case ADD_PARTY:
        return Option.some(new CaseEvent.PartyAdded(Party.person(PartyId.of("P" + random.nextInt(3)),
            random.nextBoolean() ? PartyRole.VICTIM : PartyRole.WITNESS, "Someone"), Stamp.of(at, ACTOR)));
      case REFER_TO_VICTIM_SUPPORT:
        return Option.some(new CaseEvent.VictimSupportReferred(party(c), pick(BODIES), Stamp.of(at, ACTOR)));
      case RECORD_MEASURE:
        return Option.some(new CaseEvent.MeasureRecorded(party(c),
            c.allegations().isEmpty() || random.nextBoolean() ? Option.none() : Option.some(pick(c.allegations()).id()),
            pick(MeasureKind.class), pick(BODIES), Stamp.of(at, ACTOR)));
      default:
        return Option.none();
    }
  }

  /** A random proposed event for a case (may or may not be allowed). */
  static CaseEvent proposal(ComplaintCase c, long seed) {
    CaseGenerator g = new CaseGenerator(seed);
    Instant at = c.lastEventAt().plus(Duration.ofHours(g.random.nextInt(24 * 60)));
    for (int i = 0; i < 50; i++) {
      Option<CaseEvent> e = g.event(c, g.pick(CommandType.class), at);
      if (e.isDefined()) {
        return e.get();
      }
    }
    return new CaseEvent.Closed(Stamp.of(at, ACTOR));
  }
}
