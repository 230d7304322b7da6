package org.oversight.complaint.wire.codec;

import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RequiredDetail;

/**
 * Reads any {@link Rejection} from its tagged object through the rejection record's public
 * constructor. The {@code message} field is derived and ignored; {@code legalBasis} is read only
 * for the rejections that carry one ({@code ReviewOutOfTime}, {@code RuleRefused}); an
 * {@code EventRefused} takes its state, command and legal basis from its nested {@code cause}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RejectionDecoder extends WireDecoder<Rejection> {

  /** The instance. */
  public static final RejectionDecoder INSTANCE = new RejectionDecoder();

  private static final String TYPES = WireNames.REJECTIONS.values().mkString(", ");

  private RejectionDecoder() {
    super(Rejection.class);
  }

  @Override
  Rejection read(Node n) {
    n.object("a rejection");
    Node typeNode = n.field(WireNames.TYPE, "a rejection type, one of " + TYPES);
    String type = typeNode.text("a rejection type");
    CaseStatus state = n.field("state", "a case status").enumValue(CaseStatus.class);
    CommandType command = n.field("command", "a command type").enumValue(CommandType.class);
    n.optField("message").forEach(m -> m.text("the derived message"));
    Rejection r = n.build(() -> fields(type, typeNode, state, command, n), type + " rejection");
    n.done();
    return r;
  }

  private static Instant instant(Node n, String field) {
    return n.field(field, "an instant").instant();
  }

  private static Option<LegalBasis> legalBasis(Node n) {
    return n.optField("legalBasis").map(StringValueDecoder.LEGAL_BASIS::at);
  }

  private static Rejection fields(String type, Node typeNode, CaseStatus state, CommandType command, Node n) {
    switch (type) {
      case "IllegalTransition":
        return new Rejection.IllegalTransition(state, command, HashSet.ofAll(
            n.field("allowed", "command types").set("command types", x -> x.enumValue(CommandType.class))));
      case "MissingDetails":
        return new Rejection.MissingDetails(state, command,
            n.field("missing", "required details").elements("required details", x -> x.enumValue(RequiredDetail.class)));
      case "UnknownParty":
        return new Rejection.UnknownParty(state, command, StringValueDecoder.PARTY_ID.at(n.field("party", "a party id")));
      case "UnknownAllegation":
        return new Rejection.UnknownAllegation(state, command,
            StringValueDecoder.ALLEGATION_ID.at(n.field("allegation", "an allegation id")));
      case "Duplicate":
        return new Rejection.Duplicate(state, command, n.field("id", "an id").text("an id"));
      case "WrongRole":
        return new Rejection.WrongRole(state, command, StringValueDecoder.PARTY_ID.at(n.field("party", "a party id")),
            n.field("expected", "a party role").enumValue(PartyRole.class),
            n.field("actual", "a party role").enumValue(PartyRole.class));
      case "AlreadyDecided":
        return new Rejection.AlreadyDecided(state, command,
            StringValueDecoder.ALLEGATION_ID.at(n.field("allegation", "an allegation id")));
      case "ConsentMissing":
        return new Rejection.ConsentMissing(state, command, StringValueDecoder.PARTY_ID.at(n.field("party", "a party id")),
            n.field("purpose", "a consent purpose").enumValue(ConsentPurpose.class));
      case "ReviewNotAvailable":
        return new Rejection.ReviewNotAvailable(state, command);
      case "ReviewOutOfTime":
        return new Rejection.ReviewOutOfTime(state, command, instant(n, "deadline"), instant(n, "requestedAt"),
            legalBasis(n));
      case "OutOfOrder":
        return new Rejection.OutOfOrder(state, command, instant(n, "last"), instant(n, "at"));
      case "AheadOfClock":
        return new Rejection.AheadOfClock(state, command, instant(n, "at"), instant(n, "latest"));
      case "InvalidHistory":
        return new Rejection.InvalidHistory(state, command, n.field("position", "an event position").integer("an event position"),
            n.field("problem", "a problem").text("a problem"));
      case "EventRefused":
        // state, command and legalBasis repeat the cause's: derived, like the message
        legalBasis(n);
        return new Rejection.EventRefused(n.field("position", "an event position").integer("an event position"),
            INSTANCE.read(n.field("cause", "the rejection of the event")));
      case "RuleRefused":
        return new Rejection.RuleRefused(state, command, n.field("rule", "a rule name").text("a rule name"),
            legalBasis(n), n.field("explanation", "an explanation").text("an explanation"), Triggers.readPending(n));
      default:
        throw typeNode.fail("unknown rejection type '" + type + "'", "one of " + TYPES, null);
    }
  }
}
