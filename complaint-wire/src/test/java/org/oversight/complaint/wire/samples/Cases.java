package org.oversight.complaint.wire.samples;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Admission;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Channel;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.DutyStatus;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.MeasureKind;
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
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.StatementForm;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.core.WrongBodyTime;

/**
 * Framework-neutral generators of random complaint cases, built only through the core's public
 * factories and commands, so they cannot produce what the API could not. A random walk proposes
 * events of every type (with known and, now and then, unknown ids) and keeps those the case
 * accepts. Texts mix quotes, backslashes, line breaks and non-ASCII (æøå, emoji) to exercise escaping.
 * A QuickTheories {@code Gen} is one line over them: {@code longs().all().map(s -> Cases.random(new SplittableRandom(s)))}.
 */
public final class Cases {

  private static final String[] WORDS = {"baton", "\"pushed\"", "back\\slash", "Grünerløkka", "Ærø", "Malmö",
      "kl. 02:15", "🚓", "line\nbreak", "tab\there", "{\"json\":true}", "<b>", "l'agent", "", "—", "null"};
  private static final Body[] BODIES = {Body.of("OSLO-PD"), Body.of("SPESIALENHETEN"), Body.of("DUP"), Body.of("IOPC"),
      Body.of("SIU"), Body.of("STATSADVOKAT"), Body.of("BROTTSOFFERJOUREN")};
  private static final String[] JURISDICTIONS = {"NO", "DK", "SE", "GB-EAW", "NO-OSLO"};

  private Cases() {}

  public static <T> T pick(RandomGenerator r, Seq<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  public static <T> T pick(RandomGenerator r, T[] from) {
    return from[r.nextInt(from.length)];
  }

  public static String text(RandomGenerator r, int maxWords) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(maxWords + 1);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(pick(r, WORDS));
    }
    return b.toString();
  }

  public static String nonBlank(RandomGenerator r) {
    String t = text(r, 3).trim();
    return t.isBlank() ? "Name" + r.nextInt(100) : t;
  }

  public static Instant instant(RandomGenerator r) {
    // Includes fractional seconds, so that Instant.toString's variable precision is exercised.
    long seconds = 1_700_000_000L + r.nextInt(100_000_000);
    return Instant.ofEpochSecond(seconds, r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
  }

  /** Personal data carries the party id, so that a leak of one party's data is recognisable in any text. */
  public static String personal(RandomGenerator r, PartyId id, String what) {
    return what + "·" + id.value() + "·" + r.nextInt(1000) + (r.nextBoolean() ? "" : " " + pick(r, WORDS).trim()).stripTrailing();
  }

  public static Party party(RandomGenerator r, PartyId id) {
    Party p;
    switch (r.nextInt(6)) {
      case 0:
        p = Party.complainant(id, personal(r, id, "Navn"), pick(r, Standing.values()));
        break;
      case 1:
        p = Party.anonymousComplainant(id);
        break;
      case 2:
        SubjectKind kind = pick(r, List.of(SubjectKind.values()).remove(SubjectKind.UNIDENTIFIED));
        String serviceNumber = personal(r, id, "SN");
        p = r.nextBoolean() ? Party.subject(id, kind, serviceNumber)
            : Party.subject(id, kind, serviceNumber, personal(r, id, "Unit"));
        break;
      case 3:
        p = r.nextBoolean() ? Party.unidentifiedSubject(id) : Party.unidentifiedSubject(id, personal(r, id, "Patrol"));
        break;
      default:
        PartyRole role = pick(r, List.of(PartyRole.VICTIM, PartyRole.WITNESS, PartyRole.REPRESENTATIVE,
            PartyRole.INTERESTED_PERSON));
        p = r.nextBoolean() ? Party.person(id, role) : Party.person(id, role, personal(r, id, "Person"));
    }
    return r.nextInt(3) == 0 ? p.withContact(personal(r, id, "tel")) : p;
  }

  public static Allegation allegation(RandomGenerator r, AllegationId id, Seq<PartyId> subjects) {
    Allegation a = Allegation.of(id, CategoryCode.of(pick(r, new String[] {"FORCE", "LANGUAGE", "CASE_HANDLING",
        "DISCRIMINATION"})), text(r, 6), List.of(SeriousnessFlag.values()).filter(f -> r.nextInt(7) == 0),
        subjects.filter(s -> r.nextBoolean()));
    return r.nextInt(4) == 0 ? a.withDuty(pick(r, DutyStatus.values())) : a;
  }

  public static IncidentTime incidentTime(RandomGenerator r) {
    switch (r.nextInt(3)) {
      case 0:
        return IncidentTime.unknown();
      case 1:
        return IncidentTime.at(instant(r));
      default:
        Instant from = instant(r);
        return IncidentTime.between(from, from.plusSeconds(r.nextInt(86_400)));
    }
  }

  public static Transition receipt(RandomGenerator r) {
    var b = ComplaintCase.receipt(CaseId.of("C-" + r.nextInt(1_000_000)), JurisdictionCode.of(pick(r, JURISDICTIONS)))
        .track(pick(r, Track.values()))
        .channel(pick(r, Channel.values()))
        .receivingBody(pick(r, BODIES))
        .incident(r.nextInt(4) == 0 ? Incident.unknown()
            : new Incident(incidentTime(r), r.nextBoolean() ? Option.none() : Option.some(nonBlank(r)), text(r, 8)));
    Vector<PartyId> subjects = Vector.empty();
    int parties = r.nextInt(6);
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
    Instant received = instant(r);
    if (r.nextInt(4) == 0) {
      b.lodgedAt(received.minus(Duration.ofHours(r.nextInt(500))));
    }
    return b.receive(Stamp.of(received, Actor.of("intake"), text(r, 3)));
  }

  /** A random case after up to {@code steps} proposed commands (some refused and skipped). */
  public static ComplaintCase random(RandomGenerator r, int steps) {
    ComplaintCase c = receipt(r).complaint();
    for (int i = 0; i < steps; i++) {
      CaseEvent proposal = proposal(r, c);
      Either<org.oversight.complaint.core.Rejection, ComplaintCase> next = c.apply(proposal);
      if (next.isRight()) {
        c = next.get();
      }
    }
    return c;
  }

  public static ComplaintCase random(RandomGenerator r) {
    return random(r, r.nextInt(40));
  }

  private static PartyId partyOf(RandomGenerator r, ComplaintCase c) {
    return c.parties().isEmpty() || r.nextInt(10) == 0 ? PartyId.of("P" + r.nextInt(9)) : pick(r, c.parties()).id();
  }

  private static Option<LegalBasis> basis(RandomGenerator r) {
    return r.nextBoolean() ? Option.none() : Option.some(LegalBasis.of(pick(r, new String[] {
        "politiloven § 1019 a stk. 3", "PRA 2002 Sch. 3 para. 4", "straffeprosessloven § 59 a", "RPS 12 kap."})));
  }

  private static Recipient recipient(RandomGenerator r, ComplaintCase c) {
    return r.nextBoolean() ? Recipient.party(partyOf(r, c)) : Recipient.body(pick(r, BODIES));
  }

  private static ReviewRoute route(RandomGenerator r, Instant at) {
    return new ReviewRoute(pick(r, BODIES), at.plus(Duration.ofDays(28)), basis(r), pick(r, WrongBodyTime.values()));
  }

  /** One proposed event of a random type, dated after the last event. */
  public static CaseEvent proposal(RandomGenerator r, ComplaintCase c) {
    Instant at = c.lastEventAt().plus(Duration.ofMinutes(1 + r.nextInt(20_000)));
    Actor actor = Actor.of(pick(r, new String[] {"caseworker:7", "lead@siu", "system"}));
    String why = text(r, 4);
    AllegationId allegation = c.allegations().isEmpty() || r.nextInt(10) == 0
        ? AllegationId.of("A" + r.nextInt(9)) : pick(r, c.allegations()).id();
    switch (r.nextInt(34)) {
      case 0:
        return new CaseEvent.Registered(CaseReference.parse("OSL-2026-" + r.nextInt(1_000_000)),
            r.nextBoolean() ? RegistrationRequirements.NONE : RegistrationRequirements.of(
                List.of(RequiredDetail.values()).filter(d -> r.nextInt(4) == 0).toJavaArray(RequiredDetail[]::new)),
            Stamp.of(at, actor, why));
      case 1:
        return new CaseEvent.Acknowledged(recipient(r, c), Stamp.of(at, actor, why));
      case 2:
        return new CaseEvent.TimeLimitWaived(basis(r), Stamp.of(at, actor, why));
      case 3:
        return new CaseEvent.Assessed(pick(r, Track.values()), pick(r, BODIES), Stamp.of(at, actor, why));
      case 4:
        return new CaseEvent.Rejected(pick(r, RejectionGround.values()),
            r.nextBoolean() ? Option.none() : Option.some(route(r, at)), Stamp.of(at, actor, why));
      case 5:
        return new CaseEvent.Forwarded(pick(r, BODIES), Stamp.of(at, actor, why));
      case 6:
        return new CaseEvent.InformalResolutionStarted(Stamp.of(at, actor, why));
      case 7:
        return new CaseEvent.FellBackToFormal(Stamp.of(at, actor, why));
      case 8:
        return new CaseEvent.Referred(pick(r, BODIES), basis(r), Stamp.of(at, actor, why));
      case 9:
        return new CaseEvent.ReferredBack(pick(r, BODIES), Stamp.of(at, actor, why));
      case 10:
        return new CaseEvent.InvestigationOpened(pick(r, InvestigationMode.values()), pick(r, BODIES),
            Stamp.of(at, actor, why));
      case 11:
        return new CaseEvent.PartyHearingOpened(Stamp.of(at, actor, why));
      case 12:
        return new CaseEvent.PartyHearingClosed(Stamp.of(at, actor, why));
      case 13:
        return new CaseEvent.AllegationDecided(allegation,
            Outcome.of(pick(r, new String[] {"UPHELD", "NOT_UPHELD", "MEDHOLD", "NO_FURTHER_ACTION"})), pick(r, BODIES),
            Stamp.of(at, actor, why));
      case 14:
        return new CaseEvent.ReferredForProsecutionDecision(pick(r, BODIES), Stamp.of(at, actor, why));
      case 15:
        return new CaseEvent.ReferredForAdministrativeReview(pick(r, BODIES), Stamp.of(at, actor, why));
      case 16:
        return new CaseEvent.OutcomeNotified(Vector.of(recipient(r, c)).appendAll(
            r.nextBoolean() ? Vector.empty() : Vector.of(recipient(r, c))),
            r.nextBoolean() ? Option.none() : Option.some(route(r, at)), Stamp.of(at, actor, why));
      case 17:
        return new CaseEvent.NotificationRecorded(pick(r, NotificationKind.values()), recipient(r, c),
            Stamp.of(at, actor, why));
      case 18:
        return new CaseEvent.ReviewRequested(partyOf(r, c),
            r.nextBoolean() ? Option.none() : Option.some(at.minus(Duration.ofDays(r.nextInt(30)))),
            why.isBlank() ? Admission.IN_TIME : pick(r, Admission.values()), Stamp.of(at, actor, why));
      case 19:
        return new CaseEvent.ReviewDecided(r.nextBoolean(), Stamp.of(at, actor, why));
      case 20:
        return new CaseEvent.Reopened(Stamp.of(at, actor, why));
      case 21:
        return new CaseEvent.Withdrawn(r.nextBoolean() ? Option.none() : Option.some(partyOf(r, c)),
            r.nextBoolean() ? Option.none() : Option.some(pick(r, StatementForm.values())), Stamp.of(at, actor, why));
      case 22:
        return new CaseEvent.Discontinued(Stamp.of(at, actor, why));
      case 23:
        return new CaseEvent.Suspended(Stamp.of(at, actor, why));
      case 24:
        return new CaseEvent.Resumed(Stamp.of(at, actor, why));
      case 25:
        return new CaseEvent.Closed(Stamp.of(at, actor, why));
      case 26:
        return new CaseEvent.ConsentRecorded(partyOf(r, c), pick(r, ConsentPurpose.values()),
            pick(r, ConsentState.values()), r.nextBoolean() ? Option.none() : Option.some(pick(r, StatementForm.values())),
            Stamp.of(at, actor, why));
      case 27: {
        CaseId other = CaseId.of("C-" + r.nextInt(1000));
        return new CaseEvent.RelatedCaseLinked(r.nextInt(4) == 0
            ? RelatedCase.sameIncident(other, List.of(SeriousnessFlag.values()).filter(f -> r.nextInt(3) == 0))
            : new RelatedCase(other, pick(r, Relation.values())), Stamp.of(at, actor, why));
      }
      case 28:
        return new CaseEvent.AllegationAdded(allegation(r, AllegationId.of("A" + (3 + r.nextInt(9))),
            c.parties(PartyRole.SUBJECT).map(Party::id)), Stamp.of(at, actor, why));
      case 29:
        return new CaseEvent.PartyAdded(party(r, PartyId.of("P" + (5 + r.nextInt(9)))), Stamp.of(at, actor, why));
      case 30:
        return new CaseEvent.VictimSupportReferred(partyOf(r, c), pick(r, BODIES), Stamp.of(at, actor, why));
      case 31:
        return new CaseEvent.AllegationsSplitOff(List.of(allegation), CaseId.of("C-" + r.nextInt(1000)),
            Stamp.of(at, actor, why));
      case 32:
        return new CaseEvent.MeasureRecorded(partyOf(r, c), r.nextBoolean() ? Option.none() : Option.some(allegation),
            pick(r, MeasureKind.values()), pick(r, BODIES), Stamp.of(at, actor, why));
      default:
        // Try the likeliest next step of the standard path, so that walks reach deep states.
        return c.allowedCommands().contains(org.oversight.complaint.core.CommandType.REGISTER)
            ? new CaseEvent.Registered(CaseReference.parse("OSL-2026-1"), RegistrationRequirements.NONE,
            Stamp.of(at, actor, why))
            : new CaseEvent.Assessed(Track.CONDUCT_COMPLAINT, pick(r, BODIES), Stamp.of(at, actor, why));
    }
  }
}
