package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.Review;

/**
 * Writes {@link Review} as <code>{"applicant","body","requestedAt","upheld"?,"decidedAt"?}</code>; the last two come together.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReviewEncoder extends WireEncoder<Review> {

  /** The instance. */
  public static final ReviewEncoder INSTANCE = new ReviewEncoder();

  private ReviewEncoder() {
    super(Review.class);
  }

  @Override
  public void write(Review value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("applicant", value.applicant().value());
    gen.writeStringField("body", value.body().value());
    Fields.instant(gen, "requestedAt", value.requestedAt());
    if (value.upheld().isDefined()) {
      gen.writeBooleanField("upheld", value.upheld().get());
      Fields.instant(gen, "decidedAt", value.decidedAt().get());
    }
    gen.writeEndObject();
  }
}
