package org.oversight.complaint.wire.codec;

import io.vavr.collection.Set;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.DisclosurePolicy;

/**
 * Reads {@link DisclosurePolicy} from an object of {@code Disclosable} code arrays by {@code Audience} (every audience optional; {@code INTERNAL} always sees everything) through {@code DisclosurePolicy.internalOnly().allowing(..)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DisclosurePolicyDecoder extends WireDecoder<DisclosurePolicy> {

  /** The instance. */
  public static final DisclosurePolicyDecoder INSTANCE = new DisclosurePolicyDecoder();

  private DisclosurePolicyDecoder() {
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
    for (Node decisions : n.optField(DisclosurePolicyEncoder.DECISIONS_OF)) {
      decisions.object("the bodies whose decisions each audience is told");
      for (Audience audience : Audience.values()) {
        for (Node bodies : decisions.optField(audience.name())) {
          Set<Body> told = bodies.set("body codes", StringValueDecoder.BODY::at);
          policy = policy.allowingDecisionsOf(audience, told.toJavaArray(Body[]::new));
        }
      }
      decisions.done();
    }
    n.done();
    return policy;
  }
}
