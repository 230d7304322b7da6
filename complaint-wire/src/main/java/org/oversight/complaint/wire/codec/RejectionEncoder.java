package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.Rejection;

/**
 * Writes any {@link Rejection} as
 * <code>{"type":"RuleRefused","state":"…","command":"…", …own fields…, "legalBasis"?:"…","message":"…"}</code>;
 * a rule's refusal that names a pending escalation has {@code "pending":{"to","due","trigger"}} after its
 * {@code explanation}.
 * {@code message} is the core's human-readable text: informational, derived from the other fields,
 * and ignored when reading.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RejectionEncoder extends WireEncoder<Rejection> {

  /** The instance. */
  public static final RejectionEncoder INSTANCE = new RejectionEncoder();

  private RejectionEncoder() {
    super(Rejection.class);
  }

  @Override
  public void write(Rejection value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField(WireNames.TYPE, WireNames.rejectionName(value));
    Fields.code(gen, "state", value.state());
    Fields.code(gen, "command", value.command());
    writeFields(value, gen);
    Fields.optLegalBasis(gen, value.legalBasis());
    gen.writeStringField("message", value.message());
    gen.writeEndObject();
  }

  private static void writeFields(Rejection value, WireOut gen) throws IOException {
    if (value instanceof Rejection.IllegalTransition) {
      gen.writeArrayFieldStart("allowed");
      for (CommandType c : ((Rejection.IllegalTransition) value).allowed().toSortedSet()) {
        gen.writeString(c.name());
      }
      gen.writeEndArray();
    } else if (value instanceof Rejection.MissingDetails) {
      gen.writeArrayFieldStart("missing");
      for (RequiredDetail d : ((Rejection.MissingDetails) value).missing()) {
        gen.writeString(d.name());
      }
      gen.writeEndArray();
    } else if (value instanceof Rejection.UnknownParty) {
      gen.writeStringField("party", ((Rejection.UnknownParty) value).party().value());
    } else if (value instanceof Rejection.UnknownAllegation) {
      gen.writeStringField("allegation", ((Rejection.UnknownAllegation) value).allegation().value());
    } else if (value instanceof Rejection.Duplicate) {
      gen.writeStringField("id", ((Rejection.Duplicate) value).id());
    } else if (value instanceof Rejection.WrongRole) {
      Rejection.WrongRole r = (Rejection.WrongRole) value;
      gen.writeStringField("party", r.party().value());
      Fields.code(gen, "expected", r.expected());
      Fields.code(gen, "actual", r.actual());
    } else if (value instanceof Rejection.AlreadyDecided) {
      gen.writeStringField("allegation", ((Rejection.AlreadyDecided) value).allegation().value());
    } else if (value instanceof Rejection.ConsentMissing) {
      Rejection.ConsentMissing r = (Rejection.ConsentMissing) value;
      gen.writeStringField("party", r.party().value());
      Fields.code(gen, "purpose", r.purpose());
    } else if (value instanceof Rejection.ReviewOutOfTime) {
      Rejection.ReviewOutOfTime r = (Rejection.ReviewOutOfTime) value;
      Fields.instant(gen, "deadline", r.deadline());
      Fields.instant(gen, "requestedAt", r.requestedAt());
    } else if (value instanceof Rejection.OutOfOrder) {
      Rejection.OutOfOrder r = (Rejection.OutOfOrder) value;
      Fields.instant(gen, "last", r.last());
      Fields.instant(gen, "at", r.at());
    } else if (value instanceof Rejection.AheadOfClock) {
      Rejection.AheadOfClock r = (Rejection.AheadOfClock) value;
      Fields.instant(gen, "at", r.at());
      Fields.instant(gen, "latest", r.latest());
    } else if (value instanceof Rejection.InvalidHistory) {
      Rejection.InvalidHistory r = (Rejection.InvalidHistory) value;
      gen.writeNumberField("position", r.position());
      gen.writeStringField("problem", r.problem());
    } else if (value instanceof Rejection.EventRefused) {
      Rejection.EventRefused r = (Rejection.EventRefused) value;
      gen.writeNumberField("position", r.position());
      gen.writeFieldName("cause");
      INSTANCE.write(r.cause(), gen);
    } else if (value instanceof Rejection.RuleRefused) {
      Rejection.RuleRefused r = (Rejection.RuleRefused) value;
      gen.writeStringField("rule", r.rule());
      gen.writeStringField("explanation", r.explanation());
      Triggers.writePending(gen, r.pending());
    }
  }
}
