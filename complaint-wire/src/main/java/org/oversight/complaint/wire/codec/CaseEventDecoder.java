package org.oversight.complaint.wire.codec;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Admission;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.Channel;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.StatementForm;
import org.oversight.complaint.core.Track;

/**
 * Reads any {@link CaseEvent} from its tagged object
 * (<code>{"schemaVersion":1,"type":"…", …, "at","actor","reason"}</code>) through the event
 * record's public constructor, so that the event validates itself. Whether the event may follow a
 * history is the core's business when it is applied, not this reader's.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CaseEventDecoder extends WireDecoder<CaseEvent> {

  /** The instance. */
  public static final CaseEventDecoder INSTANCE = new CaseEventDecoder();

  private static final String TYPES = WireNames.EVENTS.values().mkString(", ");
  private static final String A_TYPE = "an event type, one of " + TYPES;

  private CaseEventDecoder() {
    super(CaseEvent.class);
  }

  @Override
  CaseEvent read(Node node) {
    return from(node);
  }

  /**
   * Returns a decoder for one event record type, which fails naming the {@code type} field
   * when the document holds another event.
   *
   * @param <E> the event record
   * @param type the record class, not null
   * @return a decoder, never null
   */
  public static <E extends CaseEvent> WireDecoder<E> narrowedTo(Class<E> type) {
    return new Narrowed<>(type);
  }

  /**
   * Reads one event record type: the document must hold that type.
   *
   * @param <E> the event record
   */
  private static final class Narrowed<E extends CaseEvent> extends WireDecoder<E> {

    private final Class<E> type;

    Narrowed(Class<E> type) {
      super(type);
      this.type = type;
    }

    @Override
    E read(Node node) {
      CaseEvent event = from(node);
      if (!type.isInstance(event)) {
        throw node.field(WireNames.TYPE, "").fail("found a " + WireNames.eventName(event) + " event",
            "a " + WireNames.EVENTS.get(type).get() + " event", null);
      }
      return type.cast(event);
    }
  }

  /**
   * Checks the {@code schemaVersion} field of a document.
   *
   * @param n the document, an object, not null
   */
  static void checkVersion(Node n) {
    Node v = n.field(WireNames.SCHEMA_VERSION_FIELD, "the wire-format version " + WireNames.SCHEMA_VERSION);
    int version = v.integer("the wire-format version");
    if (version < 1 || version > WireNames.SCHEMA_VERSION) {
      throw v.fail("unsupported schemaVersion " + version,
          "a schemaVersion from 1 to " + WireNames.SCHEMA_VERSION, null);
    }
  }

  static CaseEvent from(Node n) {
    n.object("an event");
    checkVersion(n);
    Node typeNode = n.field(WireNames.TYPE, A_TYPE);
    String type = typeNode.text("an event type");
    if (WireNames.eventClass(type).isEmpty()) {
      throw typeNode.fail("unknown event type '" + type + "'", "one of " + TYPES, null);
    }
    CaseEvent event = n.build(() -> fields(type, n), type, " event");
    n.done();
    return event;
  }

  private static Instant at(Node n) {
    return n.field("at", "an instant").instant();
  }

  private static Actor actor(Node n) {
    return StringValueDecoder.ACTOR.at(n.field("actor", "an actor"));
  }

  private static String reason(Node n) {
    return n.field("reason", "a reason (may be empty)").text("a reason");
  }

  private static Stamp stamp(Node n) {
    return new Stamp(at(n), actor(n), reason(n));
  }

  private static Body body(Node n, String field) {
    return StringValueDecoder.BODY.at(n.field(field, "a body code"));
  }

  // The event fields are read before the common ones, in wire order, so that the first error
  // reported is the first problem in the document.
  private static CaseEvent fields(String type, Node n) {
    switch (type) {
      case "ComplaintReceived": {
        CaseId caseId = StringValueDecoder.CASE_ID.at(n.field("caseId", "a case id"));
        JurisdictionCode jurisdiction = StringValueDecoder.JURISDICTION.at(n.field("jurisdiction", "a jurisdiction code"));
        Track track = n.field("track", "a track").enumValue(Track.class);
        Channel channel = n.field("channel", "a channel").enumValue(Channel.class);
        Body receivingBody = body(n, "receivingBody");
        Incident incident = IncidentDecoder.from(n.field("incident", "an incident"));
        Seq<Party> parties = n.field("parties", "parties").elements("parties", PartyDecoder::from);
        Seq<Allegation> allegations =
            n.field("allegations", "allegations").elements("allegations", AllegationDecoder::from);
        Option<Instant> lodgedAt = n.optField("lodgedAt").map(Node::instant);
        return new CaseEvent.ComplaintReceived(caseId, jurisdiction, track, channel, receivingBody, incident,
            parties, allegations, lodgedAt, stamp(n));
      }
      case "Registered":
        return new CaseEvent.Registered(
            StringValueDecoder.REFERENCE.at(n.field("reference", "a case reference")),
            RegistrationRequirementsDecoder.from(n.field("requirements", "required detail codes")),
            stamp(n));
      case "Acknowledged":
        return new CaseEvent.Acknowledged(
            RecipientDecoder.from(n.field("recipient", "a recipient")), stamp(n));
      case "TimeLimitWaived":
        return new CaseEvent.TimeLimitWaived(
            n.optField("legalBasis").map(StringValueDecoder.LEGAL_BASIS::at), stamp(n));
      case "Assessed":
        return new CaseEvent.Assessed(n.field("track", "a track").enumValue(Track.class),
            body(n, "handlingBody"), stamp(n));
      case "Rejected":
        return new CaseEvent.Rejected(n.field("ground", "a rejection ground").enumValue(RejectionGround.class),
            n.optField("reviewRoute").map(ReviewRouteDecoder::from), stamp(n));
      case "Forwarded":
        return new CaseEvent.Forwarded(body(n, "to"), stamp(n));
      case "InformalResolutionStarted":
        return new CaseEvent.InformalResolutionStarted(stamp(n));
      case "FellBackToFormal":
        return new CaseEvent.FellBackToFormal(stamp(n));
      case "Referred":
        return new CaseEvent.Referred(body(n, "to"),
            n.optField("legalBasis").map(StringValueDecoder.LEGAL_BASIS::at), stamp(n));
      case "ReferredBack":
        return new CaseEvent.ReferredBack(body(n, "to"), stamp(n));
      case "InvestigationOpened":
        return new CaseEvent.InvestigationOpened(
            n.field("mode", "an investigation mode").enumValue(InvestigationMode.class), body(n, "body"),
            stamp(n));
      case "PartyHearingOpened":
        return new CaseEvent.PartyHearingOpened(stamp(n));
      case "PartyHearingClosed":
        return new CaseEvent.PartyHearingClosed(stamp(n));
      case "AllegationDecided":
        return new CaseEvent.AllegationDecided(
            StringValueDecoder.ALLEGATION_ID.at(n.field("allegation", "an allegation id")),
            StringValueDecoder.OUTCOME.at(n.field("outcome", "an outcome code")),
            body(n, "decidedBy"), stamp(n));
      case "MeasureRecorded":
        return new CaseEvent.MeasureRecorded(
            StringValueDecoder.PARTY_ID.at(n.field("subject", "a party id")),
            n.optField("allegation").map(StringValueDecoder.ALLEGATION_ID::at),
            n.field("kind", "a measure kind").enumValue(MeasureKind.class),
            body(n, "decidedBy"), stamp(n));
      case "ReferredForProsecutionDecision":
        return new CaseEvent.ReferredForProsecutionDecision(body(n, "to"), stamp(n));
      case "ReferredForAdministrativeReview":
        return new CaseEvent.ReferredForAdministrativeReview(body(n, "to"), stamp(n));
      case "OutcomeNotified": {
        Node recipientsNode = n.field("recipients", "at least one recipient");
        Seq<Recipient> recipients = recipientsNode.elements("recipients", RecipientDecoder::from);
        if (recipients.isEmpty()) {
          throw recipientsNode.fail("no recipients", "at least one recipient", null);
        }
        return new CaseEvent.OutcomeNotified(recipients,
            n.optField("reviewRoute").map(ReviewRouteDecoder::from),
            n.optField("statementOfReasons").map(StringValueDecoder.STATEMENT_OF_REASONS::at), stamp(n));
      }
      case "NotificationRecorded":
        return new CaseEvent.NotificationRecorded(
            n.field("kind", "a notification kind").enumValue(NotificationKind.class),
            RecipientDecoder.from(n.field("recipient", "a recipient")), stamp(n));
      case "ReviewRequested":
        return new CaseEvent.ReviewRequested(
            StringValueDecoder.PARTY_ID.at(n.field("applicant", "a party id")),
            n.optField("sentToWrongBodyAt").map(Node::instant),
            n.optField("admission").map(a -> a.enumValue(Admission.class)).getOrElse(Admission.IN_TIME), stamp(n));
      case "ReviewDecided":
        return new CaseEvent.ReviewDecided(n.field("upheld", "true or false").bool(), stamp(n));
      case "Reopened":
        return new CaseEvent.Reopened(stamp(n));
      case "Withdrawn":
        return new CaseEvent.Withdrawn(n.optField("by").map(StringValueDecoder.PARTY_ID::at),
            n.optField("form").map(f -> f.enumValue(StatementForm.class)), stamp(n));
      case "Discontinued":
        return new CaseEvent.Discontinued(stamp(n));
      case "Suspended":
        return new CaseEvent.Suspended(stamp(n));
      case "Resumed":
        return new CaseEvent.Resumed(stamp(n));
      case "Closed":
        return new CaseEvent.Closed(stamp(n));
      case "ConsentRecorded":
        return new CaseEvent.ConsentRecorded(
            StringValueDecoder.PARTY_ID.at(n.field("party", "a party id")),
            n.field("purpose", "a consent purpose").enumValue(ConsentPurpose.class),
            n.field("state", "a consent state").enumValue(ConsentState.class),
            n.optField("form").map(f -> f.enumValue(StatementForm.class)), stamp(n));
      case "RelatedCaseLinked":
        return new CaseEvent.RelatedCaseLinked(
            RelatedCaseDecoder.from(n.field("link", "a related case")), stamp(n));
      case "AllegationAdded":
        return new CaseEvent.AllegationAdded(
            AllegationDecoder.from(n.field("allegation", "an allegation")), stamp(n));
      case "PartyAdded":
        return new CaseEvent.PartyAdded(PartyDecoder.from(n.field("party", "a party")), stamp(n));
      case "VictimSupportReferred":
        return new CaseEvent.VictimSupportReferred(
            StringValueDecoder.PARTY_ID.at(n.field("victim", "a party id")), body(n, "organisation"),
            stamp(n));
      case "AllegationsSplitOff":
        return new CaseEvent.AllegationsSplitOff(n.field("allegations", "allegation ids")
            .elements("allegation ids", StringValueDecoder.ALLEGATION_ID::at),
            StringValueDecoder.CASE_ID.at(n.field("into", "a case id")), stamp(n));
      default:
        throw new IllegalStateException("bug: event type " + type + " is named in WireNames but not read");
    }
  }
}
