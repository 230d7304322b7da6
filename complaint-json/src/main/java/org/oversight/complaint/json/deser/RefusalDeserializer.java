package org.oversight.complaint.json.deser;

import io.vavr.control.Option;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.rules.Refusal;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link Refusal} from its object through the {@code Refusal} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RefusalDeserializer extends WireDeserializer<Refusal> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final RefusalDeserializer INSTANCE = new RefusalDeserializer();

  private RefusalDeserializer() {
    super(Refusal.class);
  }

  @Override
  Refusal read(Node node) {
    return from(node);
  }

  static Refusal from(Node n) {
    n.object("a refusal");
    String rule = n.field("rule", "a rule name").text("a rule name");
    Option<LegalBasis> legalBasis = n.optField("legalBasis").map(StringValueDeserializer.LEGAL_BASIS::at);
    String explanation = n.field("explanation", "an explanation").text("an explanation");
    n.done();
    return n.build(() -> new Refusal(rule, legalBasis, explanation), "refusal");
  }
}
