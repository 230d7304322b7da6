package org.oversight.complaint.json.deser;

import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Review;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link Review} from its object through the {@code Review} constructor ({@code upheld} and {@code decidedAt} come together).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReviewDeserializer extends WireDeserializer<Review> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final ReviewDeserializer INSTANCE = new ReviewDeserializer();

  private ReviewDeserializer() {
    super(Review.class);
  }

  @Override
  Review read(Node node) {
    return from(node);
  }

  static Review from(Node n) {
    n.object("a review");
    PartyId applicant = StringValueDeserializer.PARTY_ID.at(n.field("applicant", "a party id"));
    Body body = StringValueDeserializer.BODY.at(n.field("body", "a body code"));
    Instant requestedAt = n.field("requestedAt", "an instant").instant();
    Option<Boolean> upheld = n.optField("upheld").map(Node::bool);
    Option<Instant> decidedAt = n.optField("decidedAt").map(Node::instant);
    n.done();
    return n.build(() -> new Review(applicant, body, requestedAt, upheld, decidedAt), "review");
  }
}
