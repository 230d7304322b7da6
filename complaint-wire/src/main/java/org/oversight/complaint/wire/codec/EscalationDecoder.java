package org.oversight.complaint.wire.codec;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.EscalationTrigger;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.rules.Escalation;

/**
 * Reads {@link Escalation} from its object through the {@code Escalation} constructor. A document
 * without {@code trigger} (written before triggers were typed) reads as triggered by its {@code triggers}
 * flags ({@link EscalationTrigger.OnFlags}), or by a condition ({@link EscalationTrigger.OnCondition}) when it
 * names none; with {@code trigger}, {@code triggers} must be the trigger's flags.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EscalationDecoder extends WireDecoder<Escalation> {

  /** The instance. */
  public static final EscalationDecoder INSTANCE = new EscalationDecoder();

  private EscalationDecoder() {
    super(Escalation.class);
  }

  @Override
  Escalation read(Node node) {
    return from(node);
  }

  static Escalation from(Node n) {
    n.object("an escalation");
    String rule = n.field("rule", "a rule name").text("a rule name");
    Body to = StringValueDecoder.BODY.at(n.field("to", "a body code"));
    Node flagsNode = n.field("triggers", "seriousness flags");
    Seq<SeriousnessFlag> triggers = Triggers.flags(flagsNode);
    Option<EscalationTrigger> typed = n.optField("trigger").map(Triggers::read);
    if (typed.isDefined() && !typed.get().flags().equals(triggers)) {
      // the flags as read, written back: the array was read from tokens, without a tree
      String read = new WireValue.Arr(triggers.map(f -> (WireValue) new WireValue.Str(f.name())).toJavaList()).toJson();
      throw flagsNode.fail("triggers " + read + " differ from the trigger's flags",
          "the trigger's flags", null);
    }
    EscalationTrigger trigger = typed.getOrElse(() -> triggers.isEmpty()
        ? new EscalationTrigger.OnCondition(triggers)
        : new EscalationTrigger.OnFlags(triggers));
    LegalBasis legalBasis = StringValueDecoder.LEGAL_BASIS.at(n.field("legalBasis", "a legal basis citation"));
    Instant triggeredAt = n.field("triggeredAt", "an instant").instant();
    Instant due = n.field("due", "an instant").instant();
    Option<Instant> satisfiedAt = n.optField("satisfiedAt").map(Node::instant);
    n.done();
    return n.build(() -> new Escalation(rule, to, trigger, legalBasis, triggeredAt, due, satisfiedAt), "escalation");
  }
}
