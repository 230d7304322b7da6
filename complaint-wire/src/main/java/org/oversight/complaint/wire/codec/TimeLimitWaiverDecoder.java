package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.TimeLimitWaiver;

/**
 * Reads {@link TimeLimitWaiver} from its object through the {@code TimeLimitWaiver} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TimeLimitWaiverDecoder extends WireDecoder<TimeLimitWaiver> {

  /** The instance. */
  public static final TimeLimitWaiverDecoder INSTANCE = new TimeLimitWaiverDecoder();

  private TimeLimitWaiverDecoder() {
    super(TimeLimitWaiver.class);
  }

  @Override
  TimeLimitWaiver read(Node node) {
    return from(node);
  }

  static TimeLimitWaiver from(Node n) {
    n.object("a time-limit waiver");
    Instant at = n.field("at", "an instant").instant();
    Option<LegalBasis> legalBasis = n.optField("legalBasis").map(StringValueDecoder.LEGAL_BASIS::at);
    String reason = n.field("reason", "a reason").text("a reason");
    n.done();
    return n.build(() -> new TimeLimitWaiver(at, legalBasis, reason), "time-limit waiver");
  }
}
