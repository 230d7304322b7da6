package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import java.util.function.Function;
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
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.ReceiptBuilder;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.Transition;

/** Test cases built through the core's public factories only (public for the jurisdiction packs' tests). */
public final class Fixtures {

  /**
   * The rule of a pack's refusal (a {@link Rejection.RuleRefused}).
   *
   * @param r the refusal
   * @return its rule
   */
  public static String ruleOf(Rejection r) {
    return ((Rejection.RuleRefused) r).rule();
  }

  public static final Actor ACTOR = Actor.of("caseworker");
  public static final PartyId COMPLAINANT = PartyId.of("C1");
  public static final PartyId SUBJECT = PartyId.of("S1");
  public static final PartyId VICTIM = PartyId.of("V1");
  public static final PartyId KIN = PartyId.of("K1");
  /** A second officer, added by {@link #withSecondSubject}. */
  public static final PartyId SECOND_SUBJECT = PartyId.of("S2");
  public static final AllegationId A1 = AllegationId.of("A1");
  public static final Recipient TO_COMPLAINANT = Recipient.party(COMPLAINANT);
  public static final Recipient TO_SUBJECT = Recipient.party(SUBJECT);

  private Fixtures() {}

  public static Instant t(String iso) {
    return Instant.parse(iso);
  }

  /** Starts a case description. */
  public static Spec spec(JurisdictionCode j, Track track, Body receivingBody) {
    return new Spec(j, track, receivingBody);
  }

  /** Unwraps a command's transition, failing the test with the rejection. */
  public static ComplaintCase ok(Either<Rejection, Transition> result) {
    if (result.isLeft()) {
      throw new AssertionError("unexpected rejection: " + result.getLeft());
    }
    return result.get().complaint();
  }

  public static ComplaintCase step(ComplaintCase c, Function<ComplaintCase, Either<Rejection, Transition>> command) {
    return ok(command.apply(c));
  }

  public static ComplaintCase register(ComplaintCase c, Instant at) {
    return ok(c.register(CaseReference.parse("T-2026-1"), RegistrationRequirements.NONE, Stamp.of(at, ACTOR)));
  }

  public static ComplaintCase assess(ComplaintCase c, Track track, Body body, Instant at) {
    return ok(c.assess(track, body, Stamp.of(at, ACTOR)));
  }

  public static ComplaintCase investigate(ComplaintCase c, Body body, Instant at) {
    return ok(c.openInvestigation(org.oversight.complaint.core.InvestigationMode.LOCAL, body, Stamp.of(at, ACTOR)));
  }

  public static ComplaintCase decideAll(ComplaintCase c, String outcome, Body body, Instant at) {
    ComplaintCase x = c;
    for (Allegation a : c.allegations()) {
      x = ok(x.decide(a.id(), Outcome.of(outcome), body, Stamp.of(at, ACTOR, "reasons given")));
    }
    return x;
  }

  /** Adds a second officer ({@link #SECOND_SUBJECT}) to a case. */
  public static ComplaintCase withSecondSubject(ComplaintCase c, Instant at) {
    return ok(c.addParty(Party.subject(SECOND_SUBJECT, SubjectKind.OFFICER, "5678", "Unit 2"), Stamp.of(at, ACTOR)));
  }

  /**
   * A case against two officers ({@link #SUBJECT}, {@link #SECOND_SUBJECT}), received and investigated on
   * 1 February 2026 by the spec's body, decided by {@code decidedBy} on 2 March 2026.
   */
  public static ComplaintCase decidedAgainstTwo(Spec s, String outcome, Body decidedBy) {
    ComplaintCase c = withSecondSubject(s.investigatedAt("2026-02-01T10:00:00Z"), t("2026-02-10T10:00:00Z"));
    return decideAll(c, outcome, decidedBy, t("2026-03-02T10:00:00Z"));
  }

  /** A measure about a subject answering {@link #A1}, decided by a body. */
  public static CaseEvent measure(PartyId subject, MeasureKind kind, Body decidedBy, String at) {
    return new CaseEvent.MeasureRecorded(subject, Option.some(A1), kind, decidedBy, Stamp.of(t(at), ACTOR));
  }

  public static ComplaintCase sent(ComplaintCase c, NotificationKind kind, Recipient to, Instant at) {
    return ok(c.recordNotification(kind, to, Stamp.of(at, ACTOR)));
  }

  /** A mutable description of a receipt (test helper only). */
  public static final class Spec {
    private final JurisdictionCode jurisdiction;
    private final Track track;
    private final Body body;
    private String id = "case-1";
    private IncidentTime incident = IncidentTime.at(t("2026-01-10T12:00:00Z"));
    private EnumSet<SeriousnessFlag> flags = EnumSet.noneOf(SeriousnessFlag.class);
    private SubjectKind subjectKind = SubjectKind.OFFICER;
    private String serviceNumber = "1234";
    private String complainantName = "Kari Nordmann";
    private Standing standing = Standing.DIRECTLY_AFFECTED;
    private PartyId actsFor;
    private boolean complainant = true;
    private boolean anonymous;
    private boolean subject = true;
    private DutyStatus duty;
    private boolean victim;
    private boolean kin;
    private String description = "Rude when asked for his number";
    private Instant lodgedAt;

    Spec(JurisdictionCode jurisdiction, Track track, Body body) {
      this.jurisdiction = jurisdiction;
      this.track = track;
      this.body = body;
    }

    public Spec id(String value) {
      id = value;
      return this;
    }

    public Spec incident(IncidentTime value) {
      incident = value;
      return this;
    }

    public Spec incidentAt(String iso) {
      incident = IncidentTime.at(t(iso));
      return this;
    }

    public Spec flags(SeriousnessFlag... values) {
      flags = EnumSet.noneOf(SeriousnessFlag.class);
      flags.addAll(java.util.List.of(values));
      return this;
    }

    public Spec subjectKind(SubjectKind value) {
      subjectKind = value;
      return this;
    }

    public Spec serviceNumber(String value) {
      serviceNumber = value;
      return this;
    }

    public Spec complainantName(String value) {
      complainantName = value;
      return this;
    }

    public Spec standing(Standing value) {
      standing = value;
      return this;
    }

    /** Records whether the subject was on duty. */
    public Spec duty(DutyStatus value) {
      duty = value;
      return this;
    }

    /** No one is named as the person complained about: no subject, and the allegation is against no one. */
    public Spec noSubject() {
      subject = false;
      return this;
    }

    /** The complainant gives no name and no contact. */
    public Spec anonymous() {
      anonymous = true;
      return this;
    }

    public Spec noComplainant() {
      complainant = false;
      return this;
    }

    /** The complainant acts for this party (their standing must be ON_BEHALF or PARENT_OF_CHILD). */
    public Spec actsFor(PartyId represented) {
      actsFor = represented;
      return this;
    }

    public Spec victim() {
      victim = true;
      return this;
    }

    public Spec kin() {
      kin = true;
      return this;
    }

    /** The complaint was first lodged with another body at this instant, which forwarded it. */
    public Spec lodgedAt(String iso) {
      lodgedAt = t(iso);
      return this;
    }

    public Spec description(String value) {
      description = value;
      return this;
    }

    public ComplaintCase receivedAt(String iso) {
      return receivedAt(t(iso));
    }

    /** Received, then registered, assessed to its own track and body, and investigated by that body, a minute apart. */
    public ComplaintCase investigatedAt(String iso) {
      ComplaintCase c = register(receivedAt(iso), t(iso).plusSeconds(60));
      c = assess(c, track, body, c.receivedAt().plusSeconds(120));
      return investigate(c, body, c.receivedAt().plusSeconds(180));
    }

    public ComplaintCase receivedAt(Instant at) {
      ReceiptBuilder b = ComplaintCase.receipt(CaseId.of(id), jurisdiction)
          .track(track).channel(Channel.TICKET_SYSTEM).receivingBody(body)
          .incident(new Incident(incident, Option.some("Grønland"), description));
      if (lodgedAt != null) {
        b.lodgedAt(lodgedAt);
      }
      if (complainant) {
        Party p = anonymous ? Party.anonymousComplainant(COMPLAINANT) : Party.complainant(COMPLAINANT, complainantName,
            standing);
        b.party(actsFor == null ? p : p.withActsFor(actsFor));
      }
      if (subject) {
        b.party(subjectKind == SubjectKind.UNIDENTIFIED
            ? Party.unidentifiedSubject(SUBJECT, "Unit 1")
            : Party.subject(SUBJECT, subjectKind, serviceNumber, "Unit 1"));
      }
      if (victim) {
        b.party(Party.person(VICTIM, PartyRole.VICTIM, "Victim"));
      }
      if (kin) {
        b.party(Party.person(KIN, PartyRole.INTERESTED_PERSON, "Next of kin"));
      }
      Seq<SeriousnessFlag> f = List.ofAll(flags);
      Allegation a = Allegation.of(A1, CategoryCode.of("CONDUCT"), description, f,
          subject ? List.of(SUBJECT) : List.empty());
      b.allegation(duty == null ? a : a.withDuty(duty));
      return b.receive(Stamp.of(at, ACTOR)).complaint();
    }
  }
}
