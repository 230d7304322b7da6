package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.Review;

/**
 * Writes {@link Review} as <code>{"applicant","body","requestedAt","upheld"?,"decidedAt"?}</code>; the last two come together.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReviewSerializer extends WireSerializer<Review> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final ReviewSerializer INSTANCE = new ReviewSerializer();

  private ReviewSerializer() {
    super(Review.class);
  }

  @Override
  public void write(Review value, JsonGenerator gen) throws IOException {
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
