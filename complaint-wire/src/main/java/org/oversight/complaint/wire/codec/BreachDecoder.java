package org.oversight.complaint.wire.codec;

import java.time.Instant;
import org.oversight.complaint.rules.Breach;
import org.oversight.complaint.rules.Obligation;

/**
 * Reads {@link Breach} from its object through the {@code Breach} constructor (which checks that the obligation is overdue); {@code overdueBy} and {@code messageKey} are derived and ignored.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BreachDecoder extends WireDecoder<Breach> {

  /** The instance. */
  public static final BreachDecoder INSTANCE = new BreachDecoder();

  private BreachDecoder() {
    super(Breach.class);
  }

  @Override
  Breach read(Node node) {
    return from(node);
  }

  static Breach from(Node n) {
    n.object("a breach");
    Obligation obligation = ObligationDecoder.from(n.field("obligation", "an obligation"));
    Instant at = n.field("at", "an instant").instant();
    n.optField("overdueBy").forEach(x -> x.text("the derived overdue duration"));
    Breach.Cause cause = n.optField("cause").map(x -> x.enumValue(Breach.Cause.class)).getOrElse(Breach.Cause.OVERDUE);
    n.optField("messageKey").forEach(x -> x.text("the derived message key"));
    n.done();
    return n.build(() -> new Breach(obligation, at, cause), "breach");
  }
}
