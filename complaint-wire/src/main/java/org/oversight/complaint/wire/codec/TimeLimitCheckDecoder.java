package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.rules.TimeLimitCheck;
import org.oversight.complaint.rules.Waivability;

/**
 * Reads {@link TimeLimitCheck} from its object through the {@code TimeLimitCheck} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TimeLimitCheckDecoder extends WireDecoder<TimeLimitCheck> {

  /** The instance. */
  public static final TimeLimitCheckDecoder INSTANCE = new TimeLimitCheckDecoder();

  private TimeLimitCheckDecoder() {
    super(TimeLimitCheck.class);
  }

  @Override
  TimeLimitCheck read(Node node) {
    return from(node);
  }

  static TimeLimitCheck from(Node n) {
    n.object("a time-limit check");
    TimeLimitCheck.Status status = n.field("status", "a time-limit status").enumValue(TimeLimitCheck.Status.class);
    Option<Instant> deadline = n.optField("deadline").map(Node::instant);
    Waivability waivability = n.field("waivable", "true or false").bool()
        ? Waivability.WAIVABLE
        : Waivability.NOT_WAIVABLE;
    Option<LegalBasis> legalBasis = n.optField("legalBasis").map(StringValueDecoder.LEGAL_BASIS::at);
    n.done();
    return n.build(() -> new TimeLimitCheck(status, deadline, waivability, legalBasis), "time-limit check");
  }
}
