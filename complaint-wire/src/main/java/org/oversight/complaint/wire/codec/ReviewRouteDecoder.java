package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.WrongBodyTime;

/**
 * Reads {@link ReviewRoute} from its object through the {@code ReviewRoute} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReviewRouteDecoder extends WireDecoder<ReviewRoute> {

  /** The instance. */
  public static final ReviewRouteDecoder INSTANCE = new ReviewRouteDecoder();

  private ReviewRouteDecoder() {
    super(ReviewRoute.class);
  }

  @Override
  ReviewRoute read(Node node) {
    return from(node);
  }

  static ReviewRoute from(Node n) {
    n.object("a review route");
    Body body = StringValueDecoder.BODY.at(n.field("body", "a body code"));
    Instant deadline = n.field("deadline", "an instant").instant();
    Option<LegalBasis> legalBasis = n.optField("legalBasis").map(StringValueDecoder.LEGAL_BASIS::at);
    WrongBodyTime wrongBodyTime = n.optField("wrongBodyTime").map(w -> w.enumValue(WrongBodyTime.class))
        .getOrElse(WrongBodyTime.COUNTED);
    n.done();
    return new ReviewRoute(body, deadline, legalBasis, wrongBodyTime);
  }
}
