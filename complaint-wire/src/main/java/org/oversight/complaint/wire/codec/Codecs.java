package org.oversight.complaint.wire.codec;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.oversight.complaint.core.Rejection;

/**
 * Every encoder and decoder of the wire format, for a Jackson module to register: each module
 * wraps them in one generic serializer and one generic deserializer class of its own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Codecs {

  private Codecs() {}

  /**
   * Returns the encoders, one per written type.
   *
   * @param writeSnapshot true to write a case document's snapshot fields
   * @return the encoders, never null
   */
  public static Seq<WireEncoder<?>> encoders(boolean writeSnapshot) {
    return List.of(
        ComplaintCaseEncoder.withSnapshot(writeSnapshot),
        CaseEventEncoder.INSTANCE,
        RejectionEncoder.INSTANCE,
        IncidentTimeEncoder.INSTANCE,
        RecipientEncoder.INSTANCE,
        IncidentEncoder.INSTANCE,
        PartyEncoder.INSTANCE,
        AllegationEncoder.INSTANCE,
        DecisionEncoder.INSTANCE,
        ReviewRouteEncoder.INSTANCE,
        RelatedCaseEncoder.INSTANCE,
        ReferralEncoder.INSTANCE,
        NotificationEncoder.INSTANCE,
        ConsentRecordEncoder.INSTANCE,
        ReviewEncoder.INSTANCE,
        InvestigationEncoder.INSTANCE,
        TimeLimitWaiverEncoder.INSTANCE,
        RegistrationRequirementsEncoder.INSTANCE,
        StringValueEncoder.CASE_ID,
        StringValueEncoder.PARTY_ID,
        StringValueEncoder.ALLEGATION_ID,
        StringValueEncoder.BODY,
        StringValueEncoder.ACTOR,
        StringValueEncoder.CATEGORY,
        StringValueEncoder.OUTCOME,
        StringValueEncoder.JURISDICTION,
        StringValueEncoder.REFERENCE,
        StringValueEncoder.LEGAL_BASIS,
        AssessmentEncoder.INSTANCE,
        ObligationEncoder.INSTANCE,
        EscalationEncoder.INSTANCE,
        BreachEncoder.INSTANCE,
        WarningEncoder.INSTANCE,
        TimeLimitCheckEncoder.INSTANCE,
        RefusalEncoder.INSTANCE,
        PatternFlagEncoder.INSTANCE,
        DisclosurePolicyEncoder.INSTANCE,
        PublicOverviewEncoder.INSTANCE);
  }

  /**
   * Returns the decoders, one per read type. Each event record has its own decoder too, which
   * fails naming the {@code type} field when the document holds another event.
   *
   * @param verifySnapshot true to check a case document's snapshot fields against its history
   * @return the decoders, never null
   */
  public static Seq<WireDecoder<?>> decoders(boolean verifySnapshot) {
    Seq<WireDecoder<?>> fixed = List.of(
        ComplaintCaseDecoder.verifyingSnapshot(verifySnapshot),
        CaseEventDecoder.INSTANCE,
        RejectionDecoder.INSTANCE,
        IncidentTimeDecoder.INSTANCE,
        RecipientDecoder.INSTANCE,
        IncidentDecoder.INSTANCE,
        PartyDecoder.INSTANCE,
        AllegationDecoder.INSTANCE,
        DecisionDecoder.INSTANCE,
        ReviewRouteDecoder.INSTANCE,
        RelatedCaseDecoder.INSTANCE,
        ReferralDecoder.INSTANCE,
        NotificationDecoder.INSTANCE,
        ConsentRecordDecoder.INSTANCE,
        ReviewDecoder.INSTANCE,
        InvestigationDecoder.INSTANCE,
        TimeLimitWaiverDecoder.INSTANCE,
        RegistrationRequirementsDecoder.INSTANCE,
        StringValueDecoder.CASE_ID,
        StringValueDecoder.PARTY_ID,
        StringValueDecoder.ALLEGATION_ID,
        StringValueDecoder.BODY,
        StringValueDecoder.ACTOR,
        StringValueDecoder.CATEGORY,
        StringValueDecoder.OUTCOME,
        StringValueDecoder.JURISDICTION,
        StringValueDecoder.REFERENCE,
        StringValueDecoder.LEGAL_BASIS,
        AssessmentDecoder.INSTANCE,
        ObligationDecoder.INSTANCE,
        EscalationDecoder.INSTANCE,
        BreachDecoder.INSTANCE,
        WarningDecoder.INSTANCE,
        TimeLimitCheckDecoder.INSTANCE,
        RefusalDecoder.INSTANCE,
        PatternFlagDecoder.INSTANCE,
        DisclosurePolicyDecoder.INSTANCE);
    Seq<WireDecoder<?>> events = WireNames.EVENTS.keySet().toList().map(CaseEventDecoder::narrowedTo);
    return fixed.appendAll(events);
  }

  /**
   * Describes why replaying an event log stopped, at the event the core refused (the last one
   * read).
   *
   * @param r the core's rejection, not null
   * @param ndjson true for NDJSON (the line says where), false for an array (the index does)
   * @param index the 0-based position of the refused event
   * @param line the NDJSON line of the refused event, or {@link WireProblem#NO_LINE}
   * @return the problem, never null
   */
  public static WireProblem refusedInLog(Rejection r, boolean ndjson, long index,
      long line) {
    Pointer at = ndjson ? Pointer.root() : Pointer.root().index(index);
    if (r instanceof Rejection.InvalidHistory h && h.position() == 0) {
      return new WireProblem("the log starts with a " + r.command() + " event", at, line,
          "a ComplaintReceived event first", Option.none(), Option.none());
    }
    Rejection cause =
        r instanceof Rejection.EventRefused e ? e.cause() : r;
    return new WireProblem("the core refused this event: " + cause.message(), at, line,
        "an event the case accepts in state " + r.state(), Option.none(), Option.some(r));
  }

  /**
   * Describes an event log with no event.
   *
   * @return the problem, never null
   */
  public static WireProblem emptyLog() {
    return WireProblem.of("empty log", Pointer.root(), "at least the ComplaintReceived event");
  }
}
