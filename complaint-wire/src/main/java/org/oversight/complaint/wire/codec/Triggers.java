package org.oversight.complaint.wire.codec;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.EscalationTrigger;
import org.oversight.complaint.core.PendingEscalation;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;

/**
 * Writes and reads an {@link EscalationTrigger} as a tagged object
 * (<code>{"type":"OnFlags","flags":[…]}</code>, <code>{"type":"OnTrack","track"}</code>,
 * <code>{"type":"OnSubject","subjectKind","flags":[…]}</code>, <code>{"type":"SameIncident","other","flags":[…]}</code>,
 * <code>{"type":"OnCondition","flags":[…]}</code>) and a {@link PendingEscalation} as
 * <code>{"to","due","trigger"}</code>, for the escalation, the refusal and the rule's rejection.
 */
final class Triggers {

  private static final String TYPES = "OnFlags, OnTrack, OnSubject, SameIncident or OnCondition";

  private Triggers() {}

  static void write(WireOut gen, String name, EscalationTrigger trigger) throws IOException {
    gen.writeObjectFieldStart(name);
    if (trigger instanceof EscalationTrigger.OnFlags) {
      gen.writeStringField("type", "OnFlags");
    } else if (trigger instanceof EscalationTrigger.OnTrack) {
      gen.writeStringField("type", "OnTrack");
      Fields.code(gen, "track", ((EscalationTrigger.OnTrack) trigger).track());
    } else if (trigger instanceof EscalationTrigger.OnSubject) {
      gen.writeStringField("type", "OnSubject");
      Fields.code(gen, "subjectKind", ((EscalationTrigger.OnSubject) trigger).subjectKind());
    } else if (trigger instanceof EscalationTrigger.SameIncident) {
      gen.writeStringField("type", "SameIncident");
      gen.writeStringField("other", ((EscalationTrigger.SameIncident) trigger).other().value());
    } else {
      gen.writeStringField("type", "OnCondition");
    }
    if (!(trigger instanceof EscalationTrigger.OnTrack)) {
      flags(gen, "flags", trigger.flags());
    }
    gen.writeEndObject();
  }

  static void flags(WireOut gen, String name, Seq<SeriousnessFlag> flags) throws IOException {
    gen.writeArrayFieldStart(name);
    for (SeriousnessFlag flag : flags) {
      gen.writeString(flag.name());
    }
    gen.writeEndArray();
  }

  static Seq<SeriousnessFlag> flags(Node n) {
    return n.elements("seriousness flags", x -> x.enumValue(SeriousnessFlag.class));
  }

  static EscalationTrigger read(Node n) {
    n.object("an escalation trigger");
    Node typeNode = n.field("type", TYPES);
    String type = typeNode.text(TYPES);
    EscalationTrigger trigger;
    switch (type) {
      case "OnFlags": {
        Seq<SeriousnessFlag> flags = flags(n.field("flags", "seriousness flags"));
        trigger = n.build(() -> new EscalationTrigger.OnFlags(flags), "escalation trigger");
        break;
      }
      case "OnTrack": {
        Track track = n.field("track", "a track").enumValue(Track.class);
        trigger = new EscalationTrigger.OnTrack(track);
        break;
      }
      case "OnSubject": {
        SubjectKind kind = n.field("subjectKind", "a subject kind").enumValue(SubjectKind.class);
        trigger = new EscalationTrigger.OnSubject(kind, flags(n.field("flags", "seriousness flags")));
        break;
      }
      case "SameIncident": {
        CaseId other = StringValueDecoder.CASE_ID.at(n.field("other", "a case id"));
        trigger = new EscalationTrigger.SameIncident(other, flags(n.field("flags", "seriousness flags")));
        break;
      }
      case "OnCondition":
        trigger = new EscalationTrigger.OnCondition(flags(n.field("flags", "seriousness flags")));
        break;
      default:
        throw typeNode.fail("unknown escalation trigger type '" + type + "'", "one of " + TYPES, null);
    }
    n.done();
    return trigger;
  }

  static void writePending(WireOut gen, Option<PendingEscalation> pending) throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    gen.writeObjectFieldStart("pending");
    gen.writeStringField("to", pending.get().to().value());
    Fields.instant(gen, "due", pending.get().due());
    write(gen, "trigger", pending.get().trigger());
    gen.writeEndObject();
  }

  static Option<PendingEscalation> readPending(Node parent) {
    return parent.optField("pending").map(n -> {
      n.object("a pending escalation");
      Body to = StringValueDecoder.BODY.at(n.field("to", "a body code"));
      PendingEscalation pending = new PendingEscalation(to, n.field("due", "an instant").instant(),
          read(n.field("trigger", "an escalation trigger")));
      n.done();
      return pending;
    });
  }
}
