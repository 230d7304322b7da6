package org.oversight.complaint.rules.overview;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Channel;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.ReceiptBuilder;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;

/** Test cases for the overview, built through the core's public API only. */
final class Cases {
  static final Actor ACTOR = Actor.of("caseworker");
  static final JurisdictionCode DK = DenmarkRules.JURISDICTION;
  static final Body DUP = DenmarkRules.DUP;
  static final PartyId COMPLAINANT = PartyId.of("C1");
  static final PartyId SUBJECT = PartyId.of("S1");
  static final Instant Y2020 = Instant.parse("2020-01-01T00:00:00Z");

  private Cases() {}

  static Instant t(String iso) {
    return Instant.parse(iso);
  }

  static ComplaintCase ok(Either<Rejection, Transition> result) {
    if (result.isLeft()) {
      throw new AssertionError("unexpected rejection: " + result.getLeft());
    }
    return result.get().complaint();
  }

  /** A receipt description; mutable, test helper only. */
  static final class Spec {
    private final String id;
    private JurisdictionCode jurisdiction = DK;
    private Track track = Track.CONDUCT_COMPLAINT;
    private Seq<String> categories = List.of("CONDUCT");
    private String unit = "Unit 1";
    private String serviceNumber = "1234";
    private String complainant = "Kari Nordmann";
    private boolean unidentified;
    private String contact;

    Spec(String id) {
      this.id = id;
    }

    Spec jurisdiction(JurisdictionCode value) {
      jurisdiction = value;
      return this;
    }

    Spec track(Track value) {
      track = value;
      return this;
    }

    Spec categories(String... values) {
      categories = List.of(values);
      return this;
    }

    Spec unit(String value) {
      unit = value;
      return this;
    }

    Spec serviceNumber(String value) {
      serviceNumber = value;
      return this;
    }

    Spec unidentified() {
      unidentified = true;
      return this;
    }

    Spec complainant(String value) {
      complainant = value;
      return this;
    }

    Spec contact(String value) {
      contact = value;
      return this;
    }

    ComplaintCase receivedAt(Instant at) {
      ReceiptBuilder b = ComplaintCase.receipt(CaseId.of(id), jurisdiction)
          .track(track).channel(Channel.LETTER).receivingBody(DUP)
          .incident(new Incident(IncidentTime.at(at.minus(Duration.ofDays(3))), io.vavr.control.Option.none(), "what"));
      Party who = complainant == null ? Party.anonymousComplainant(COMPLAINANT)
          : Party.complainant(COMPLAINANT, complainant, Standing.DIRECTLY_AFFECTED);
      b.party(contact == null ? who : who.withContact(contact));
      b.party(unidentified
          ? (unit == null ? Party.unidentifiedSubject(SUBJECT) : Party.unidentifiedSubject(SUBJECT, unit))
          : (unit == null ? Party.subject(SUBJECT, SubjectKind.OFFICER, serviceNumber)
              : Party.subject(SUBJECT, SubjectKind.OFFICER, serviceNumber, unit)));
      int i = 1;
      for (String category : categories) {
        b.allegation(Allegation.of(AllegationId.of("A" + i++), CategoryCode.of(category), "what", List.empty(),
            List.of(SUBJECT)));
      }
      return b.receive(Stamp.of(at, ACTOR)).complaint();
    }
  }

  static Spec spec(String id) {
    return new Spec(id);
  }

  static ComplaintCase received(String id, Instant at) {
    return spec(id).receivedAt(at);
  }

  static ComplaintCase assessed(ComplaintCase c, Instant at) {
    ComplaintCase r = ok(c.register(CaseReference.parse("DUP-2020-1"), RegistrationRequirements.NONE,
        Stamp.of(at, ACTOR)));
    return ok(r.assess(c.track(), DUP, Stamp.of(at, ACTOR)));
  }

  /** Investigated, every allegation decided with the outcomes in order (the last one repeats). */
  static ComplaintCase decided(ComplaintCase c, Instant at, String... outcomes) {
    ComplaintCase x = ok(assessed(c, at).openInvestigation(InvestigationMode.LOCAL, DUP, Stamp.of(at, ACTOR)));
    return decideAll(x, at, outcomes);
  }

  static ComplaintCase decideAll(ComplaintCase c, Instant at, String... outcomes) {
    ComplaintCase x = c;
    int i = 0;
    for (Allegation a : c.allegations()) {
      String outcome = outcomes[Math.min(i++, outcomes.length - 1)];
      x = ok(x.decide(a.id(), Outcome.of(outcome), DUP, Stamp.of(at, ACTOR, "reasons")));
    }
    return x;
  }

  /** A notitssag: informal resolution, closed with the outcome. */
  static ComplaintCase informal(ComplaintCase c, Instant at, String outcome) {
    ComplaintCase x = ok(assessed(c, at).startInformalResolution(Stamp.of(at, ACTOR, "consent given")));
    return decideAll(x, at, outcome);
  }

  static ComplaintCase rejected(ComplaintCase c, Instant at) {
    return ok(assessed(c, at).reject(RejectionGround.TIME_BARRED, Stamp.of(at, ACTOR)));
  }

  static ComplaintCase withdrawn(ComplaintCase c, Instant at) {
    return ok(c.withdraw(COMPLAINANT, Stamp.of(at, ACTOR)));
  }

  static ComplaintCase closed(ComplaintCase decided, Instant at) {
    ComplaintCase told = ok(decided.notifyOutcome(List.of(Recipient.party(COMPLAINANT)), Stamp.of(at, ACTOR)));
    return ok(told.close(Stamp.of(at, ACTOR)));
  }

  /** Outcome told with a review route, review requested at the same instant and, if given, decided. */
  static ComplaintCase reviewed(ComplaintCase decided, Instant at, Boolean upheld) {
    ComplaintCase told = ok(decided.notifyOutcome(List.of(Recipient.party(COMPLAINANT)),
        ReviewRoute.of(DenmarkRules.STATSADVOKATEN, at.plus(Duration.ofDays(28)), LegalBasis.of("test")),
        Stamp.of(at, ACTOR)));
    ComplaintCase requested = ok(told.requestReview(COMPLAINANT, Stamp.of(at, ACTOR)));
    return upheld == null ? requested : ok(requested.decideReview(upheld, Stamp.of(at, ACTOR)));
  }
}
