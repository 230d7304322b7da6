package org.oversight.complaint.wire.codec;

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
public final class ComplaintCaseEncoder extends WireEncoder<ComplaintCase> {

  /** The instance that writes the snapshot. */
  public static final ComplaintCaseEncoder INSTANCE = new ComplaintCaseEncoder(true);

  private final boolean snapshot;

  private ComplaintCaseEncoder(boolean snapshot) {
    super(ComplaintCase.class);
    this.snapshot = snapshot;
  }

  /**
   * Returns a encoder that does or does not write the snapshot; without it a case document is
   * just {@code schemaVersion} and {@code history}, which is all a reader needs.
   *
   * @param write true to write the snapshot
   * @return a encoder, never null
   */
  public static ComplaintCaseEncoder withSnapshot(boolean write) {
    return write ? INSTANCE : new ComplaintCaseEncoder(false);
  }

  @Override
  public void write(ComplaintCase c, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField(WireNames.SCHEMA_VERSION_FIELD, WireNames.SCHEMA_VERSION);
    if (snapshot) {
      writeSnapshot(c, gen);
    }
    gen.writeArrayFieldStart("history");
    for (CaseEvent e : c.history()) {
      CaseEventEncoder.INSTANCE.write(e, gen);
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
  public static void writeSnapshot(ComplaintCase c, WireOut gen) throws IOException {
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
    IncidentEncoder.INSTANCE.write(c.incident(), gen);
    gen.writeArrayFieldStart("parties");
    for (Party p : c.parties()) {
      PartyEncoder.INSTANCE.write(p, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("allegations");
    for (Allegation a : c.allegations()) {
      AllegationEncoder.INSTANCE.write(a, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("relatedCases");
    for (RelatedCase r : c.relatedCases()) {
      RelatedCaseEncoder.INSTANCE.write(r, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("referrals");
    for (Referral r : c.referrals()) {
      ReferralEncoder.INSTANCE.write(r, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("notifications");
    for (Notification n : c.notifications()) {
      NotificationEncoder.INSTANCE.write(n, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("consents");
    for (ConsentRecord r : c.consents()) {
      ConsentRecordEncoder.INSTANCE.write(r, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("reviews");
    for (Review r : c.reviews()) {
      ReviewEncoder.INSTANCE.write(r, gen);
    }
    gen.writeEndArray();
    if (c.investigation().isDefined()) {
      gen.writeFieldName("investigation");
      InvestigationEncoder.INSTANCE.write(c.investigation().get(), gen);
    }
    if (c.reviewRoute().isDefined()) {
      gen.writeFieldName("reviewRoute");
      ReviewRouteEncoder.INSTANCE.write(c.reviewRoute().get(), gen);
    }
    if (c.timeLimitWaiver().isDefined()) {
      gen.writeFieldName("timeLimitWaiver");
      TimeLimitWaiverEncoder.INSTANCE.write(c.timeLimitWaiver().get(), gen);
    }
    Fields.optCode(gen, "suspendedFrom", c.suspendedFrom());
    gen.writeNumberField("version", c.version());
    Fields.instant(gen, "lastEventAt", c.lastEventAt());
  }
}
