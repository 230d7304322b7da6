package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.Admission;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.Recipient;

/**
 * Writes any {@link CaseEvent} as one JSON object:
 * <code>{"schemaVersion":1,"type":"Registered", …event fields…, "at":"…","actor":"…","reason":"…"}</code>.
 * The {@code type} values are frozen (see docs/wire-format.md); absent options are left out.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CaseEventEncoder extends WireEncoder<CaseEvent> {

  /** The instance. */
  public static final CaseEventEncoder INSTANCE = new CaseEventEncoder();

  private CaseEventEncoder() {
    super(CaseEvent.class);
  }

  @Override
  public void write(CaseEvent event, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField(WireNames.SCHEMA_VERSION_FIELD, WireNames.SCHEMA_VERSION);
    gen.writeStringField(WireNames.TYPE, WireNames.eventName(event));
    writeFields(event, gen);
    Fields.instant(gen, "at", event.at());
    gen.writeStringField("actor", event.actor().value());
    gen.writeStringField("reason", event.reason());
    gen.writeEndObject();
  }

  // One branch per record; events without own fields fall through. A new core event type fails
  // fast in WireNames.eventName before anything is written for it.
  private static void writeFields(CaseEvent event, WireOut gen) throws IOException {
    if (event instanceof CaseEvent.ComplaintReceived) {
      CaseEvent.ComplaintReceived e = (CaseEvent.ComplaintReceived) event;
      gen.writeStringField("caseId", e.caseId().value());
      gen.writeStringField("jurisdiction", e.jurisdiction().value());
      Fields.code(gen, "track", e.track());
      Fields.code(gen, "channel", e.channel());
      gen.writeStringField("receivingBody", e.receivingBody().value());
      gen.writeFieldName("incident");
      IncidentEncoder.INSTANCE.write(e.incident(), gen);
      gen.writeArrayFieldStart("parties");
      for (Party p : e.parties()) {
        PartyEncoder.INSTANCE.write(p, gen);
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("allegations");
      for (Allegation a : e.allegations()) {
        AllegationEncoder.INSTANCE.write(a, gen);
      }
      gen.writeEndArray();
      if (e.lodgedAt().isDefined()) {
        Fields.instant(gen, "lodgedAt", e.lodgedAt().get());
      }
    } else if (event instanceof CaseEvent.Registered) {
      CaseEvent.Registered e = (CaseEvent.Registered) event;
      gen.writeStringField("reference", e.reference().value());
      gen.writeFieldName("requirements");
      RegistrationRequirementsEncoder.INSTANCE.write(e.requirements(), gen);
    } else if (event instanceof CaseEvent.Acknowledged) {
      gen.writeFieldName("recipient");
      RecipientEncoder.INSTANCE.write(((CaseEvent.Acknowledged) event).recipient(), gen);
    } else if (event instanceof CaseEvent.TimeLimitWaived) {
      Fields.optLegalBasis(gen, ((CaseEvent.TimeLimitWaived) event).legalBasis());
    } else if (event instanceof CaseEvent.Assessed) {
      CaseEvent.Assessed e = (CaseEvent.Assessed) event;
      Fields.code(gen, "track", e.track());
      gen.writeStringField("handlingBody", e.handlingBody().value());
    } else if (event instanceof CaseEvent.Rejected) {
      CaseEvent.Rejected e = (CaseEvent.Rejected) event;
      Fields.code(gen, "ground", e.ground());
      if (e.reviewRoute().isDefined()) {
        gen.writeFieldName("reviewRoute");
        ReviewRouteEncoder.INSTANCE.write(e.reviewRoute().get(), gen);
      }
    } else if (event instanceof CaseEvent.Forwarded) {
      gen.writeStringField("to", ((CaseEvent.Forwarded) event).to().value());
    } else if (event instanceof CaseEvent.Referred) {
      CaseEvent.Referred e = (CaseEvent.Referred) event;
      gen.writeStringField("to", e.to().value());
      Fields.optLegalBasis(gen, e.legalBasis());
    } else if (event instanceof CaseEvent.ReferredBack) {
      gen.writeStringField("to", ((CaseEvent.ReferredBack) event).to().value());
    } else if (event instanceof CaseEvent.InvestigationOpened) {
      CaseEvent.InvestigationOpened e = (CaseEvent.InvestigationOpened) event;
      Fields.code(gen, "mode", e.mode());
      gen.writeStringField("body", e.body().value());
    } else if (event instanceof CaseEvent.AllegationDecided) {
      CaseEvent.AllegationDecided e = (CaseEvent.AllegationDecided) event;
      gen.writeStringField("allegation", e.allegation().value());
      gen.writeStringField("outcome", e.outcome().value());
      gen.writeStringField("decidedBy", e.decidedBy().value());
    } else if (event instanceof CaseEvent.MeasureRecorded) {
      CaseEvent.MeasureRecorded e = (CaseEvent.MeasureRecorded) event;
      gen.writeStringField("subject", e.subject().value());
      if (e.allegation().isDefined()) {
        gen.writeStringField("allegation", e.allegation().get().value());
      }
      Fields.code(gen, "kind", e.kind());
      gen.writeStringField("decidedBy", e.decidedBy().value());
    } else if (event instanceof CaseEvent.ReferredForProsecutionDecision) {
      gen.writeStringField("to", ((CaseEvent.ReferredForProsecutionDecision) event).to().value());
    } else if (event instanceof CaseEvent.ReferredForAdministrativeReview) {
      gen.writeStringField("to", ((CaseEvent.ReferredForAdministrativeReview) event).to().value());
    } else if (event instanceof CaseEvent.OutcomeNotified) {
      CaseEvent.OutcomeNotified e = (CaseEvent.OutcomeNotified) event;
      gen.writeArrayFieldStart("recipients");
      for (Recipient r : e.recipients()) {
        RecipientEncoder.INSTANCE.write(r, gen);
      }
      gen.writeEndArray();
      if (e.reviewRoute().isDefined()) {
        gen.writeFieldName("reviewRoute");
        ReviewRouteEncoder.INSTANCE.write(e.reviewRoute().get(), gen);
      }
      if (e.reasons().isDefined()) {
        gen.writeStringField("statementOfReasons", e.reasons().get().text());
      }
    } else if (event instanceof CaseEvent.NotificationRecorded) {
      CaseEvent.NotificationRecorded e = (CaseEvent.NotificationRecorded) event;
      Fields.code(gen, "kind", e.kind());
      gen.writeFieldName("recipient");
      RecipientEncoder.INSTANCE.write(e.recipient(), gen);
    } else if (event instanceof CaseEvent.ReviewRequested) {
      CaseEvent.ReviewRequested e = (CaseEvent.ReviewRequested) event;
      gen.writeStringField("applicant", e.applicant().value());
      if (e.sentToWrongBodyAt().isDefined()) {
        Fields.instant(gen, "sentToWrongBodyAt", e.sentToWrongBodyAt().get());
      }
      if (e.admission() != Admission.IN_TIME) {
        Fields.code(gen, "admission", e.admission());
      }
    } else if (event instanceof CaseEvent.ReviewDecided) {
      gen.writeBooleanField("upheld", ((CaseEvent.ReviewDecided) event).upheld());
    } else if (event instanceof CaseEvent.Withdrawn) {
      CaseEvent.Withdrawn e = (CaseEvent.Withdrawn) event;
      if (e.by().isDefined()) {
        gen.writeStringField("by", e.by().get().value());
      }
      Fields.optCode(gen, "form", e.form());
    } else if (event instanceof CaseEvent.ConsentRecorded) {
      CaseEvent.ConsentRecorded e = (CaseEvent.ConsentRecorded) event;
      gen.writeStringField("party", e.party().value());
      Fields.code(gen, "purpose", e.purpose());
      Fields.code(gen, "state", e.state());
      Fields.optCode(gen, "form", e.form());
    } else if (event instanceof CaseEvent.RelatedCaseLinked) {
      gen.writeFieldName("link");
      RelatedCaseEncoder.INSTANCE.write(((CaseEvent.RelatedCaseLinked) event).link(), gen);
    } else if (event instanceof CaseEvent.AllegationAdded) {
      gen.writeFieldName("allegation");
      AllegationEncoder.INSTANCE.write(((CaseEvent.AllegationAdded) event).allegation(), gen);
    } else if (event instanceof CaseEvent.PartyAdded) {
      gen.writeFieldName("party");
      PartyEncoder.INSTANCE.write(((CaseEvent.PartyAdded) event).party(), gen);
    } else if (event instanceof CaseEvent.VictimSupportReferred) {
      CaseEvent.VictimSupportReferred e = (CaseEvent.VictimSupportReferred) event;
      gen.writeStringField("victim", e.victim().value());
      gen.writeStringField("organisation", e.organisation().value());
    } else if (event instanceof CaseEvent.AllegationsSplitOff) {
      CaseEvent.AllegationsSplitOff e = (CaseEvent.AllegationsSplitOff) event;
      gen.writeArrayFieldStart("allegations");
      for (AllegationId id : e.allegations()) {
        gen.writeString(id.value());
      }
      gen.writeEndArray();
      gen.writeStringField("into", e.into().value());
    }
  }
}
