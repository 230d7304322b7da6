package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.PendingEscalation;
import org.oversight.complaint.rules.Refusal;

/**
 * Reads {@link Refusal} from its object through the {@code Refusal} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RefusalDecoder extends WireDecoder<Refusal> {

  /** The instance. */
  public static final RefusalDecoder INSTANCE = new RefusalDecoder();

  private RefusalDecoder() {
    super(Refusal.class);
  }

  @Override
  Refusal read(Node node) {
    return from(node);
  }

  static Refusal from(Node n) {
    n.object("a refusal");
    String rule = n.field("rule", "a rule name").text("a rule name");
    Option<LegalBasis> legalBasis = n.optField("legalBasis").map(StringValueDecoder.LEGAL_BASIS::at);
    String explanation = n.field("explanation", "an explanation").text("an explanation");
    Option<PendingEscalation> pending = Triggers.readPending(n);
    n.done();
    return n.build(() -> new Refusal(rule, legalBasis, explanation, pending), "refusal");
  }
}
