package org.oversight.complaint.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import io.vavr.control.Option;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RequiredDetail;

/**
 * The JSON baseline: the same case as a plain mutable POJO with public fields, as an integrator
 * would write it for Jackson databind with the JavaTime module: strings for values, nullable fields
 * for options, lists for sequences, and one flat event class with the union of the events' fields.
 * It holds the same data as the core's case, so both documents carry the same information.
 *
 * <p>This class is mutable and not thread-safe, as POJOs are.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PojoCase {
  public String id;
  public String reference;
  public String jurisdiction;
  public String track;
  public String status;
  public Instant receivedAt;
  public String channel;
  public String receivingBody;
  public String handlingBody;
  public Incident incident;
  public List<Party> parties = new ArrayList<>();
  public List<PojoAllegation> allegations = new ArrayList<>();
  public List<Related> relatedCases = new ArrayList<>();
  public List<Referral> referrals = new ArrayList<>();
  public List<Notification> notifications = new ArrayList<>();
  public List<Consent> consents = new ArrayList<>();
  public List<Review> reviews = new ArrayList<>();
  public Investigation investigation;
  public Route reviewRoute;
  public Waiver timeLimitWaiver;
  public String suspendedFrom;
  public List<Event> history = new ArrayList<>();

  /** The incident. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Incident {
    public Instant at;
    public Instant from;
    public Instant to;
    public String place;
    public String description;
  }

  /** A party. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Party {
    public String id;
    public String role;
    public String name;
    public String contact;
    public String standing;
    public String subjectKind;
    public String serviceNumber;
    public String unit;
  }

  /** An allegation. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class PojoAllegation {
    public String id;
    public String category;
    public String description;
    public List<String> flags = new ArrayList<>();
    public List<String> subjects = new ArrayList<>();
    public Decision decision;
  }

  /** A decision. */
  public static class Decision {
    public String outcome;
    public String decidedBy;
    public Instant at;
  }

  /** A link to a related case. */
  public static class Related {
    public String other;
    public String relation;
  }

  /** A referral. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Referral {
    public String kind;
    public String to;
    public String party;
    public String legalBasis;
    public Instant at;
  }

  /** A recipient: a party or a body. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class To {
    public String party;
    public String body;
  }

  /** A notification sent. */
  public static class Notification {
    public String kind;
    public To recipient;
    public Instant sentAt;
  }

  /** A consent record. */
  public static class Consent {
    public String party;
    public String purpose;
    public String state;
    public Instant at;
  }

  /** A review. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Review {
    public String applicant;
    public String body;
    public Instant requestedAt;
    public Boolean upheld;
    public Instant decidedAt;
  }

  /** The investigation. */
  public static class Investigation {
    public String mode;
    public String body;
    public Instant openedAt;
  }

  /** A review route. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Route {
    public String body;
    public Instant deadline;
    public String legalBasis;
  }

  /** A time-limit waiver. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Waiver {
    public Instant at;
    public String legalBasis;
    public String reason;
  }

  /** An event: the union of every event's fields, the type saying which apply. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Event {
    public String type;
    public Instant at;
    public String actor;
    public String reason;
    public String caseId;
    public String jurisdiction;
    public String track;
    public String channel;
    public String body;
    public Incident incident;
    public List<Party> parties;
    public List<PojoAllegation> allegations;
    public String reference;
    public List<String> requirements;
    public To recipient;
    public List<To> recipients;
    public String legalBasis;
    public String ground;
    public Route reviewRoute;
    public String mode;
    public String allegation;
    public String outcome;
    public String kind;
    public String party;
    public Boolean upheld;
    public String purpose;
    public String state;
    public Related link;
  }

  /**
   * Copies a core case into a POJO.
   *
   * @param c the case, not null
   * @return the POJO, never null
   */
  public static PojoCase from(ComplaintCase c) {
    PojoCase p = new PojoCase();
    p.id = c.id().value();
    p.reference = c.reference().map(r -> r.value()).getOrNull();
    p.jurisdiction = c.jurisdiction().value();
    p.track = c.track().name();
    p.status = c.status().name();
    p.receivedAt = c.receivedAt();
    p.channel = c.channel().name();
    p.receivingBody = c.receivingBody().value();
    p.handlingBody = c.handlingBody().value();
    p.incident = incident(c.incident());
    c.parties().forEach(x -> p.parties.add(party(x)));
    c.allegations().forEach(x -> p.allegations.add(allegation(x)));
    c.relatedCases().forEach(x -> p.relatedCases.add(related(x)));
    c.referrals().forEach(x -> {
      Referral r = new Referral();
      r.kind = x.kind().name();
      r.to = x.to().value();
      r.party = x.party().map(v -> v.value()).getOrNull();
      r.legalBasis = x.legalBasis().map(v -> v.citation()).getOrNull();
      r.at = x.at();
      p.referrals.add(r);
    });
    c.notifications().forEach(x -> {
      Notification n = new Notification();
      n.kind = x.kind().name();
      n.recipient = to(x.recipient());
      n.sentAt = x.sentAt();
      p.notifications.add(n);
    });
    c.consents().forEach(x -> {
      Consent n = new Consent();
      n.party = x.party().value();
      n.purpose = x.purpose().name();
      n.state = x.state().name();
      n.at = x.at();
      p.consents.add(n);
    });
    c.reviews().forEach(x -> {
      Review r = new Review();
      r.applicant = x.applicant().value();
      r.body = x.body().value();
      r.requestedAt = x.requestedAt();
      r.upheld = x.upheld().getOrNull();
      r.decidedAt = x.decidedAt().getOrNull();
      p.reviews.add(r);
    });
    p.investigation = c.investigation().map(x -> {
      Investigation i = new Investigation();
      i.mode = x.mode().name();
      i.body = x.body().value();
      i.openedAt = x.openedAt();
      return i;
    }).getOrNull();
    p.reviewRoute = route(c.reviewRoute());
    p.timeLimitWaiver = c.timeLimitWaiver().map(x -> {
      Waiver w = new Waiver();
      w.at = x.at();
      w.legalBasis = x.legalBasis().map(v -> v.citation()).getOrNull();
      w.reason = x.reason();
      return w;
    }).getOrNull();
    p.suspendedFrom = c.suspendedFrom().map(Enum::name).getOrNull();
    c.history().forEach(e -> p.history.add(event(e)));
    return p;
  }

  private static Incident incident(org.oversight.complaint.core.Incident x) {
    Incident i = new Incident();
    IncidentTime t = x.time();
    if (t instanceof IncidentTime.At) {
      i.at = ((IncidentTime.At) t).instant();
    } else if (t instanceof IncidentTime.Between) {
      i.from = ((IncidentTime.Between) t).from();
      i.to = ((IncidentTime.Between) t).to();
    }
    i.place = x.place().getOrNull();
    i.description = x.description();
    return i;
  }

  private static Party party(org.oversight.complaint.core.Party x) {
    Party p = new Party();
    p.id = x.id().value();
    p.role = x.role().name();
    p.name = x.name().getOrNull();
    p.contact = x.contact().getOrNull();
    p.standing = x.standing().map(Enum::name).getOrNull();
    p.subjectKind = x.subjectKind().map(Enum::name).getOrNull();
    p.serviceNumber = x.serviceNumber().getOrNull();
    p.unit = x.unit().getOrNull();
    return p;
  }

  private static PojoAllegation allegation(Allegation x) {
    PojoAllegation a = new PojoAllegation();
    a.id = x.id().value();
    a.category = x.category().value();
    a.description = x.description();
    x.flags().forEach(f -> a.flags.add(f.name()));
    x.subjects().forEach(s -> a.subjects.add(s.value()));
    a.decision = x.decision().map(d -> {
      Decision n = new Decision();
      n.outcome = d.outcome().value();
      n.decidedBy = d.decidedBy().value();
      n.at = d.at();
      return n;
    }).getOrNull();
    return a;
  }

  private static Related related(org.oversight.complaint.core.RelatedCase x) {
    Related r = new Related();
    r.other = x.other().value();
    r.relation = x.relation().name();
    return r;
  }

  private static To to(Recipient x) {
    To t = new To();
    if (x instanceof Recipient.ToParty) {
      t.party = ((Recipient.ToParty) x).party().value();
    } else {
      t.body = ((Recipient.ToBody) x).body().value();
    }
    return t;
  }

  private static Route route(Option<org.oversight.complaint.core.ReviewRoute> x) {
    return x.map(r -> {
      Route n = new Route();
      n.body = r.body().value();
      n.deadline = r.deadline();
      n.legalBasis = r.legalBasis().map(v -> v.citation()).getOrNull();
      return n;
    }).getOrNull();
  }

  private static Event event(CaseEvent e) {
    Event v = new Event();
    v.type = e.command().name();
    v.at = e.at();
    v.actor = e.actor().value();
    v.reason = e.reason();
    if (e instanceof CaseEvent.ComplaintReceived) {
      CaseEvent.ComplaintReceived r = (CaseEvent.ComplaintReceived) e;
      v.caseId = r.caseId().value();
      v.jurisdiction = r.jurisdiction().value();
      v.track = r.track().name();
      v.channel = r.channel().name();
      v.body = r.receivingBody().value();
      v.incident = incident(r.incident());
      v.parties = new ArrayList<>();
      r.parties().forEach(x -> v.parties.add(party(x)));
      v.allegations = new ArrayList<>();
      r.allegations().forEach(x -> v.allegations.add(allegation(x)));
    } else if (e instanceof CaseEvent.Registered) {
      CaseEvent.Registered r = (CaseEvent.Registered) e;
      v.reference = r.reference().value();
      v.requirements = new ArrayList<>();
      for (RequiredDetail d : r.requirements().details()) {
        v.requirements.add(d.name());
      }
    } else if (e instanceof CaseEvent.Acknowledged) {
      v.recipient = to(((CaseEvent.Acknowledged) e).recipient());
    } else if (e instanceof CaseEvent.TimeLimitWaived) {
      v.legalBasis = ((CaseEvent.TimeLimitWaived) e).legalBasis().map(x -> x.citation()).getOrNull();
    } else if (e instanceof CaseEvent.Assessed) {
      v.track = ((CaseEvent.Assessed) e).track().name();
      v.body = ((CaseEvent.Assessed) e).handlingBody().value();
    } else if (e instanceof CaseEvent.Rejected) {
      v.ground = ((CaseEvent.Rejected) e).ground().name();
      v.reviewRoute = route(((CaseEvent.Rejected) e).reviewRoute());
    } else if (e instanceof CaseEvent.Forwarded) {
      v.body = ((CaseEvent.Forwarded) e).to().value();
    } else if (e instanceof CaseEvent.Referred) {
      v.body = ((CaseEvent.Referred) e).to().value();
      v.legalBasis = ((CaseEvent.Referred) e).legalBasis().map(x -> x.citation()).getOrNull();
    } else if (e instanceof CaseEvent.ReferredBack) {
      v.body = ((CaseEvent.ReferredBack) e).to().value();
    } else if (e instanceof CaseEvent.InvestigationOpened) {
      v.mode = ((CaseEvent.InvestigationOpened) e).mode().name();
      v.body = ((CaseEvent.InvestigationOpened) e).body().value();
    } else if (e instanceof CaseEvent.AllegationDecided) {
      CaseEvent.AllegationDecided d = (CaseEvent.AllegationDecided) e;
      v.allegation = d.allegation().value();
      v.outcome = d.outcome().value();
      v.body = d.decidedBy().value();
    } else if (e instanceof CaseEvent.MeasureRecorded) {
      CaseEvent.MeasureRecorded m = (CaseEvent.MeasureRecorded) e;
      v.party = m.subject().value();
      v.allegation = m.allegation().map(x -> x.value()).getOrNull();
      v.kind = m.kind().name();
      v.body = m.decidedBy().value();
    } else if (e instanceof CaseEvent.ReferredForProsecutionDecision) {
      v.body = ((CaseEvent.ReferredForProsecutionDecision) e).to().value();
    } else if (e instanceof CaseEvent.ReferredForAdministrativeReview) {
      v.body = ((CaseEvent.ReferredForAdministrativeReview) e).to().value();
    } else if (e instanceof CaseEvent.OutcomeNotified) {
      CaseEvent.OutcomeNotified o = (CaseEvent.OutcomeNotified) e;
      v.recipients = new ArrayList<>();
      o.recipients().forEach(x -> v.recipients.add(to(x)));
      v.reviewRoute = route(o.reviewRoute());
    } else if (e instanceof CaseEvent.NotificationRecorded) {
      v.kind = ((CaseEvent.NotificationRecorded) e).kind().name();
      v.recipient = to(((CaseEvent.NotificationRecorded) e).recipient());
    } else if (e instanceof CaseEvent.ReviewRequested) {
      v.party = ((CaseEvent.ReviewRequested) e).applicant().value();
    } else if (e instanceof CaseEvent.ReviewDecided) {
      v.upheld = ((CaseEvent.ReviewDecided) e).upheld();
    } else if (e instanceof CaseEvent.Withdrawn) {
      v.party = ((CaseEvent.Withdrawn) e).by().map(x -> x.value()).getOrNull();
    } else if (e instanceof CaseEvent.ConsentRecorded) {
      CaseEvent.ConsentRecorded r = (CaseEvent.ConsentRecorded) e;
      v.party = r.party().value();
      v.purpose = r.purpose().name();
      v.state = r.state().name();
    } else if (e instanceof CaseEvent.RelatedCaseLinked) {
      v.link = related(((CaseEvent.RelatedCaseLinked) e).link());
    } else if (e instanceof CaseEvent.AllegationAdded) {
      v.allegations = new ArrayList<>(List.of(allegation(((CaseEvent.AllegationAdded) e).allegation())));
    } else if (e instanceof CaseEvent.PartyAdded) {
      v.parties = new ArrayList<>(List.of(party(((CaseEvent.PartyAdded) e).party())));
    } else if (e instanceof CaseEvent.VictimSupportReferred) {
      v.party = ((CaseEvent.VictimSupportReferred) e).victim().value();
      v.body = ((CaseEvent.VictimSupportReferred) e).organisation().value();
    }
    // The remaining events (informal resolution started, fell back to formal, party hearing opened
    // and closed, reopened, discontinued, suspended, resumed, closed) carry only the common fields.
    return v;
  }
}
