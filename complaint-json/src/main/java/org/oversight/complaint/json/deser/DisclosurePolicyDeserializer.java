package org.oversight.complaint.json.deser;

import io.vavr.collection.Set;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link DisclosurePolicy} from an object of {@code Disclosable} code arrays by {@code Audience} (every audience optional; {@code INTERNAL} always sees everything) through {@code DisclosurePolicy.internalOnly().allowing(..)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DisclosurePolicyDeserializer extends WireDeserializer<DisclosurePolicy> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final DisclosurePolicyDeserializer INSTANCE = new DisclosurePolicyDeserializer();

  private DisclosurePolicyDeserializer() {
    super(DisclosurePolicy.class);
  }

  @Override
  DisclosurePolicy read(Node node) {
    return from(node);
  }

  static DisclosurePolicy from(Node n) {
    n.object("a disclosure policy");
    DisclosurePolicy policy = DisclosurePolicy.internalOnly();
    for (Audience audience : Audience.values()) {
      for (Node parts : n.optField(audience.name())) {
        Set<Disclosable> allowed = parts.set("disclosable parts", x -> x.enumValue(Disclosable.class));
        policy = policy.allowing(audience, allowed.toJavaArray(Disclosable[]::new));
      }
    }
    n.done();
    return policy;
  }
}
