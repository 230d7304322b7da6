package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Review;

/**
 * Reads {@link Review} from its object through the {@code Review} constructor ({@code upheld} and {@code decidedAt} come together).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReviewDecoder extends WireDecoder<Review> {

  /** The instance. */
  public static final ReviewDecoder INSTANCE = new ReviewDecoder();

  private ReviewDecoder() {
    super(Review.class);
  }

  @Override
  Review read(Node node) {
    return from(node);
  }

  static Review from(Node n) {
    n.object("a review");
    PartyId applicant = StringValueDecoder.PARTY_ID.at(n.field("applicant", "a party id"));
    Body body = StringValueDecoder.BODY.at(n.field("body", "a body code"));
    Instant requestedAt = n.field("requestedAt", "an instant").instant();
    Option<Boolean> upheld = n.optField("upheld").map(Node::bool);
    Option<Instant> decidedAt = n.optField("decidedAt").map(Node::instant);
    n.done();
    return n.build(() -> new Review(applicant, body, requestedAt, upheld, decidedAt), "review");
  }
}
