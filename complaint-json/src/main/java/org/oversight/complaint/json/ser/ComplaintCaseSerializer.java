package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentRecord;
import org.oversight.complaint.core.Notification;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.Referral;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Review;
import org.oversight.complaint.json.internal.WireNames;

/**
 * Writes a {@link ComplaintCase} as the case document: {@code schemaVersion}, a snapshot of the
 * current state (for readers that do not replay), and {@code history}, the events the state is
 * derived from. The history is authoritative: a reader replays it through the core and checks
 * that the snapshot agrees. Field order is fixed (see docs/wire-format.md).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ComplaintCaseSerializer extends WireSerializer<ComplaintCase> {

  private static final long serialVersionUID = 1L;

  /** The instance that writes the snapshot. */
  public static final ComplaintCaseSerializer INSTANCE = new ComplaintCaseSerializer(true);

  private final boolean snapshot;

  private ComplaintCaseSerializer(boolean snapshot) {
    super(ComplaintCase.class);
    this.snapshot = snapshot;
  }

  /**
   * Returns a serializer that does or does not write the snapshot; without it a case document is
   * just {@code schemaVersion} and {@code history}, which is all a reader needs.
   *
   * @param write true to write the snapshot
   * @return a serializer, never null
   */
  public static ComplaintCaseSerializer withSnapshot(boolean write) {
    return write ? INSTANCE : new ComplaintCaseSerializer(false);
  }

  @Override
  public void write(ComplaintCase c, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField(WireNames.SCHEMA_VERSION_FIELD, WireNames.SCHEMA_VERSION);
    if (snapshot) {
      writeSnapshot(c, gen);
    }
    gen.writeArrayFieldStart("history");
    for (CaseEvent e : c.history()) {
      CaseEventSerializer.INSTANCE.write(e, gen);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /**
   * Writes the snapshot fields of a case (everything but {@code schemaVersion} and {@code history})
   * into the object being written.
   *
   * @param c the case, not null
   * @param gen the generator, inside an object, not null
   * @throws IOException if the generator fails
   */
  public static void writeSnapshot(ComplaintCase c, JsonGenerator gen) throws IOException {
    gen.writeStringField("id", c.id().value());
    if (c.reference().isDefined()) {
      gen.writeStringField("reference", c.reference().get().value());
    }
    gen.writeStringField("jurisdiction", c.jurisdiction().value());
    Fields.code(gen, "track", c.track());
    Fields.code(gen, "status", c.status());
    Fields.instant(gen, "receivedAt", c.receivedAt());
    Fields.code(gen, "channel", c.channel());
    gen.writeStringField("receivingBody", c.receivingBody().value());
    gen.writeStringField("handlingBody", c.handlingBody().value());
    gen.writeFieldName("incident");
    IncidentSerializer.INSTANCE.write(c.incident(), gen);
    gen.writeArrayFieldStart("parties");
    for (Party p : c.parties()) {
      PartySerializer.INSTANCE.write(p, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("allegations");
    for (Allegation a : c.allegations()) {
      AllegationSerializer.INSTANCE.write(a, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("relatedCases");
    for (RelatedCase r : c.relatedCases()) {
      RelatedCaseSerializer.INSTANCE.write(r, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("referrals");
    for (Referral r : c.referrals()) {
      ReferralSerializer.INSTANCE.write(r, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("notifications");
    for (Notification n : c.notifications()) {
      NotificationSerializer.INSTANCE.write(n, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("consents");
    for (ConsentRecord r : c.consents()) {
      ConsentRecordSerializer.INSTANCE.write(r, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("reviews");
    for (Review r : c.reviews()) {
      ReviewSerializer.INSTANCE.write(r, gen);
    }
    gen.writeEndArray();
    if (c.investigation().isDefined()) {
      gen.writeFieldName("investigation");
      InvestigationSerializer.INSTANCE.write(c.investigation().get(), gen);
    }
    if (c.reviewRoute().isDefined()) {
      gen.writeFieldName("reviewRoute");
      ReviewRouteSerializer.INSTANCE.write(c.reviewRoute().get(), gen);
    }
    if (c.timeLimitWaiver().isDefined()) {
      gen.writeFieldName("timeLimitWaiver");
      TimeLimitWaiverSerializer.INSTANCE.write(c.timeLimitWaiver().get(), gen);
    }
    Fields.optCode(gen, "suspendedFrom", c.suspendedFrom());
    gen.writeNumberField("version", c.version());
    Fields.instant(gen, "lastEventAt", c.lastEventAt());
  }
}
