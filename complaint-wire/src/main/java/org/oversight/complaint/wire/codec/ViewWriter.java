package org.oversight.complaint.wire.codec;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentRecord;
import org.oversight.complaint.core.Decision;
import org.oversight.complaint.core.Notification;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Referral;
import org.oversight.complaint.core.Review;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.DisclosurePolicy;

/**
 * Writes a case for an audience. Each section is written only when the view's policy discloses
 * it, so that what may not be seen never reaches the bytes (not even as a field name).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ViewWriter {

  private final Audience audience;
  private final DisclosurePolicy policy;
  private final Option<PartyId> viewer;
  private final ComplaintCase c;

  private ViewWriter(Audience audience, DisclosurePolicy policy, Option<PartyId> viewer, ComplaintCase c) {
    this.audience = audience;
    this.policy = policy;
    this.viewer = viewer;
    this.c = c;
  }

  /**
   * Writes a case for an audience: only what the policy lets that audience see.
   *
   * @param c the case, not null
   * @param audience the audience, not null
   * @param policy the disclosure policy, not null
   * @param viewer the viewing party (complainant and subject views), none otherwise
   * @param gen the output, not null
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if the viewing party is not a party of the case in the view's role
   *     (a complainant for the complainant view, a subject for the subject view)
   */
  public static void write(ComplaintCase c, Audience audience, DisclosurePolicy policy, Option<PartyId> viewer,
      WireOut gen) throws IOException {
    for (PartyId v : viewer) {
      PartyRole role = audience == Audience.COMPLAINANT ? PartyRole.COMPLAINANT : PartyRole.SUBJECT;
      if (!c.party(v).exists(p -> p.is(role))) {
        throw new IllegalArgumentException("viewer " + v + " is not a " + role + " of case " + c.id());
      }
    }
    new ViewWriter(audience, policy, viewer, c).write(gen);
  }

  private boolean may(Disclosable part) {
    return policy.allows(audience, part);
  }

  private boolean isInternal() {
    return audience == Audience.INTERNAL;
  }

  private void write(WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField(WireNames.SCHEMA_VERSION_FIELD, WireNames.SCHEMA_VERSION);
    gen.writeStringField("view", audience.name());
    if (viewer.isDefined()) {
      gen.writeStringField("viewer", viewer.get().value());
    }
    gen.writeStringField("id", c.id().value());
    if (may(Disclosable.STATUS)) {
      if (c.reference().isDefined()) {
        gen.writeStringField("reference", c.reference().get().value());
      }
      gen.writeStringField("jurisdiction", c.jurisdiction().value());
      gen.writeStringField("track", c.track().name());
      gen.writeStringField("status", c.status().name());
      gen.writeStringField("receivedAt", c.receivedAt().toString());
      gen.writeStringField("handlingBody", c.handlingBody().value());
      gen.writeStringField("lastEventAt", c.lastEventAt().toString());
    }
    if (may(Disclosable.INCIDENT)) {
      gen.writeFieldName("incident");
      IncidentEncoder.INSTANCE.write(c.incident(), gen);
    }
    if (audience != Audience.PUBLIC) {
      gen.writeArrayFieldStart("parties");
      for (Party p : c.parties()) {
        writeParty(p, gen);
      }
      gen.writeEndArray();
    }
    writeAllegations(gen);
    if (may(Disclosable.REVIEW_ROUTE)) {
      if (c.reviewRoute().isDefined()) {
        gen.writeFieldName("reviewRoute");
        ReviewRouteEncoder.INSTANCE.write(c.reviewRoute().get(), gen);
      }
      gen.writeArrayFieldStart("reviews");
      for (Review r : c.reviews()) {
        gen.writeStartObject();
        gen.writeStringField("requestedAt", r.requestedAt().toString());
        gen.writeStringField("body", r.body().value());
        if (r.upheld().isDefined()) {
          gen.writeBooleanField("upheld", r.upheld().get());
          gen.writeStringField("decidedAt", r.decidedAt().get().toString());
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    if (may(Disclosable.REFERRALS)) {
      gen.writeArrayFieldStart("referrals");
      for (Referral r : c.referrals()) {
        ReferralEncoder.INSTANCE.write(r, gen);
      }
      gen.writeEndArray();
    }
    if (may(Disclosable.CONSENTS)) {
      gen.writeArrayFieldStart("consents");
      for (ConsentRecord r : c.consents()) {
        ConsentRecordEncoder.INSTANCE.write(r, gen);
      }
      gen.writeEndArray();
    }
    if (may(Disclosable.NOTIFICATIONS)) {
      gen.writeArrayFieldStart("notifications");
      for (Notification n : c.notifications()) {
        NotificationEncoder.INSTANCE.write(n, gen);
      }
      gen.writeEndArray();
    }
    if (may(Disclosable.HISTORY)) {
      writeHistory(gen);
    }
    gen.writeEndObject();
  }

  /** Whether the personal data (name, contact, service number, unit) of a party may be written. */
  private boolean personalDataVisible(Party p) {
    if (isInternal()) {
      return true;
    }
    if (audience == Audience.PUBLIC) {
      return false;
    }
    boolean own = viewer.contains(p.id());
    if (audience == Audience.COMPLAINANT && !own) {
      return false;
    }
    if (p.is(PartyRole.COMPLAINANT)) {
      return may(Disclosable.COMPLAINANT_IDENTITY);
    }
    if (p.is(PartyRole.SUBJECT)) {
      return may(Disclosable.SUBJECT_IDENTITY);
    }
    return may(Disclosable.OTHER_PARTIES_PERSONAL_DATA);
  }

  private void writeParty(Party p, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", p.id().value());
    gen.writeStringField("role", p.role().name());
    if (p.standing().isDefined()) {
      gen.writeStringField("standing", p.standing().get().name());
    }
    if (p.subjectKind().isDefined()) {
      gen.writeStringField("subjectKind", p.subjectKind().get().name());
    }
    if (personalDataVisible(p)) {
      optText(gen, "name", p.name());
      optText(gen, "contact", p.contact());
      optText(gen, "serviceNumber", p.serviceNumber());
      optText(gen, "unit", p.unit());
    }
    gen.writeEndObject();
  }

  private static void optText(WireOut gen, String name, Option<String> value) throws IOException {
    if (value.isDefined()) {
      gen.writeStringField(name, value.get());
    }
  }

  private Option<String> decisionReason(AllegationId id) {
    Seq<CaseEvent> decided = c.history().filter(e -> e instanceof CaseEvent.AllegationDecided
        && ((CaseEvent.AllegationDecided) e).allegation().equals(id));
    return decided.lastOption().map(CaseEvent::reason);
  }

  private void writeDecision(Allegation a, WireOut gen) throws IOException {
    Decision d = a.decision().get();
    gen.writeStringField("outcome", d.outcome().value());
    gen.writeStringField("decidedBy", d.decidedBy().value());
    gen.writeStringField("at", d.at().toString());
    if (may(Disclosable.REASONS)) {
      optText(gen, "reason", decisionReason(a.id()));
    }
  }

  private void writeAllegations(WireOut gen) throws IOException {
    boolean outcomes = may(Disclosable.OUTCOMES);
    if (may(Disclosable.ALLEGATIONS)) {
      gen.writeArrayFieldStart("allegations");
      for (Allegation a : c.allegations()) {
        gen.writeStartObject();
        gen.writeStringField("id", a.id().value());
        gen.writeStringField("category", a.category().value());
        gen.writeStringField("description", a.description());
        gen.writeArrayFieldStart("flags");
        for (SeriousnessFlag f : a.flags().toSortedSet(java.util.Comparator.comparing(Enum::name))) {
          gen.writeString(f.name());
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("subjects");
        for (PartyId s : a.subjects()) {
          gen.writeString(s.value());
        }
        gen.writeEndArray();
        if (outcomes && a.isDecided()) {
          gen.writeObjectFieldStart("decision");
          writeDecision(a, gen);
          gen.writeEndObject();
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
    } else if (outcomes) {
      // Outcomes without the allegations themselves (public statistics): category and outcome only.
      gen.writeArrayFieldStart("outcomes");
      for (Allegation a : c.allegations().filter(Allegation::isDecided)) {
        gen.writeStartObject();
        gen.writeStringField("category", a.category().value());
        writeDecision(a, gen);
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
  }

  private void writeHistory(WireOut gen) throws IOException {
    gen.writeArrayFieldStart("history");
    for (CaseEvent e : c.history()) {
      if (isInternal()) {
        CaseEventEncoder.INSTANCE.write(e, gen);
      } else {
        // Outside the organisation an event is only what happened and when: its payload may carry
        // personal data (a receipt, an added party) and its actor is a member of staff.
        gen.writeStartObject();
        gen.writeStringField(WireNames.TYPE, WireNames.eventName(e));
        gen.writeStringField("at", e.at().toString());
        if (may(Disclosable.REASONS)) {
          gen.writeStringField("reason", e.reason());
        }
        gen.writeEndObject();
      }
    }
    gen.writeEndArray();
  }
}
