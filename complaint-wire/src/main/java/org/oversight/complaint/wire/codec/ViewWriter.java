package org.oversight.complaint.wire.codec;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import org.oversight.complaint.core.ConsentRecord;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.Notification;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Referral;
import org.oversight.complaint.core.Review;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.rules.DisclosedCase;
import org.oversight.complaint.rules.DisclosurePolicy;

/**
 * Renders what an audience may see of a case, a {@link DisclosedCase} that
 * {@link DisclosurePolicy#disclose} projected: the decision of what may be seen is the policy's, taken
 * once in complaint-rules; this class only writes the sections present, so that what may not be seen
 * never reaches the bytes (not even as a field name).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ViewWriter {

  private ViewWriter() {}

  /**
   * Writes a projected case.
   *
   * @param view what the audience may see, not null
   * @param gen the output, not null
   * @throws IOException if the output fails
   */
  public static void write(DisclosedCase view, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField(WireNames.SCHEMA_VERSION_FIELD, WireNames.SCHEMA_VERSION);
    gen.writeStringField("view", view.audience().name());
    if (view.viewer().isDefined()) {
      gen.writeStringField("viewer", view.viewer().get().value());
    }
    if (view.id().isDefined()) {
      gen.writeStringField("id", view.id().get().value());
    }
    for (DisclosedCase.StatusView status : view.status()) {
      if (status.reference().isDefined()) {
        gen.writeStringField("reference", status.reference().get().value());
      }
      gen.writeStringField("jurisdiction", status.jurisdiction().value());
      gen.writeStringField("track", status.track().name());
      gen.writeStringField("status", status.status().name());
      gen.writeStringField("receivedAt", status.receivedAt().toString());
      gen.writeStringField("handlingBody", status.handlingBody().value());
      gen.writeStringField("lastEventAt", status.lastEventAt().toString());
    }
    for (Incident incident : view.incident()) {
      gen.writeFieldName("incident");
      IncidentEncoder.INSTANCE.write(incident, gen);
    }
    for (Seq<DisclosedCase.PartyView> parties : view.parties()) {
      gen.writeArrayFieldStart("parties");
      for (DisclosedCase.PartyView p : parties) {
        writeParty(p, gen);
      }
      gen.writeEndArray();
    }
    for (Seq<DisclosedCase.AllegationView> allegations : view.allegations()) {
      gen.writeArrayFieldStart("allegations");
      for (DisclosedCase.AllegationView a : allegations) {
        writeAllegation(a, gen);
      }
      gen.writeEndArray();
    }
    for (Seq<DisclosedCase.OutcomeView> outcomes : view.outcomes()) {
      // Outcomes without the allegations themselves (public statistics): category and outcome only.
      gen.writeArrayFieldStart("outcomes");
      for (DisclosedCase.OutcomeView o : outcomes) {
        gen.writeStartObject();
        gen.writeStringField("category", o.category().value());
        writeDecision(o.decision(), gen);
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    for (Seq<DisclosedCase.MeasureView> measures : view.measures()) {
      // Written whenever the policy discloses measures, empty when none is recorded (or none concerns the
      // viewer), so that a reader can tell "no measure" from "withheld" (absent), as for every other section.
      gen.writeArrayFieldStart("measures");
      for (DisclosedCase.MeasureView m : measures) {
        gen.writeStartObject();
        if (m.subject().isDefined()) {
          gen.writeStringField("subject", m.subject().get().value());
        }
        if (m.allegation().isDefined()) {
          gen.writeStringField("allegation", m.allegation().get().value());
        }
        gen.writeStringField("kind", m.kind().name());
        gen.writeStringField("decidedBy", m.decidedBy().value());
        gen.writeStringField("at", m.at().toString());
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    for (DisclosedCase.ReviewView review : view.review()) {
      if (review.route().isDefined()) {
        gen.writeFieldName("reviewRoute");
        ReviewRouteEncoder.INSTANCE.write(review.route().get(), gen);
      }
      gen.writeArrayFieldStart("reviews");
      for (Review r : review.reviews()) {
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
    for (Seq<Referral> referrals : view.referrals()) {
      gen.writeArrayFieldStart("referrals");
      for (Referral r : referrals) {
        ReferralEncoder.INSTANCE.write(r, gen);
      }
      gen.writeEndArray();
    }
    for (Seq<ConsentRecord> consents : view.consents()) {
      gen.writeArrayFieldStart("consents");
      for (ConsentRecord r : consents) {
        ConsentRecordEncoder.INSTANCE.write(r, gen);
      }
      gen.writeEndArray();
    }
    for (Seq<Notification> notifications : view.notifications()) {
      gen.writeArrayFieldStart("notifications");
      for (Notification n : notifications) {
        NotificationEncoder.INSTANCE.write(n, gen);
      }
      gen.writeEndArray();
    }
    for (Seq<DisclosedCase.EventView> history : view.history()) {
      gen.writeArrayFieldStart("history");
      for (DisclosedCase.EventView e : history) {
        if (e.event().isDefined()) {
          CaseEventEncoder.INSTANCE.write(e.event().get(), gen);
        } else {
          gen.writeStartObject();
          gen.writeStringField(WireNames.TYPE, e.kind());
          gen.writeStringField("at", e.at().toString());
          if (e.reason().isDefined()) {
            gen.writeStringField("reason", e.reason().get());
          }
          gen.writeEndObject();
        }
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  private static void writeParty(DisclosedCase.PartyView p, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", p.id().value());
    gen.writeStringField("role", p.role().name());
    if (p.standing().isDefined()) {
      gen.writeStringField("standing", p.standing().get().name());
    }
    if (p.subjectKind().isDefined()) {
      gen.writeStringField("subjectKind", p.subjectKind().get().name());
    }
    for (DisclosedCase.PersonalData data : p.personalData()) {
      optText(gen, "name", data.name());
      optText(gen, "contact", data.contact());
      optText(gen, "serviceNumber", data.serviceNumber());
      optText(gen, "unit", data.unit());
    }
    gen.writeEndObject();
  }

  private static void writeAllegation(DisclosedCase.AllegationView a, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", a.id().value());
    gen.writeStringField("category", a.category().value());
    gen.writeStringField("description", a.description());
    gen.writeArrayFieldStart("flags");
    for (SeriousnessFlag f : a.flags()) {
      gen.writeString(f.name());
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("subjects");
    for (PartyId s : a.subjects()) {
      gen.writeString(s.value());
    }
    gen.writeEndArray();
    for (DisclosedCase.DecisionView d : a.decision()) {
      gen.writeObjectFieldStart("decision");
      writeDecision(d, gen);
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  private static void writeDecision(DisclosedCase.DecisionView d, WireOut gen) throws IOException {
    gen.writeStringField("outcome", d.outcome().value());
    gen.writeStringField("decidedBy", d.decidedBy().value());
    gen.writeStringField("at", d.at().toString());
    optText(gen, "reason", d.reason());
  }

  private static void optText(WireOut gen, String name, Option<String> value) throws IOException {
    if (value.isDefined()) {
      gen.writeStringField(name, value.get());
    }
  }
}
