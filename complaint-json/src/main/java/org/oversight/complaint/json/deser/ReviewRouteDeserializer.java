package org.oversight.complaint.json.deser;

import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.WrongBodyTime;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link ReviewRoute} from its object through the {@code ReviewRoute} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReviewRouteDeserializer extends WireDeserializer<ReviewRoute> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final ReviewRouteDeserializer INSTANCE = new ReviewRouteDeserializer();

  private ReviewRouteDeserializer() {
    super(ReviewRoute.class);
  }

  @Override
  ReviewRoute read(Node node) {
    return from(node);
  }

  static ReviewRoute from(Node n) {
    n.object("a review route");
    Body body = StringValueDeserializer.BODY.at(n.field("body", "a body code"));
    Instant deadline = n.field("deadline", "an instant").instant();
    Option<LegalBasis> legalBasis = n.optField("legalBasis").map(StringValueDeserializer.LEGAL_BASIS::at);
    WrongBodyTime wrongBodyTime = n.optField("wrongBodyTime").map(w -> w.enumValue(WrongBodyTime.class))
        .getOrElse(WrongBodyTime.COUNTED);
    n.done();
    return new ReviewRoute(body, deadline, legalBasis, wrongBodyTime);
  }
}
