package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.WrongBodyTime;

/**
 * Writes {@link ReviewRoute} as <code>{"body":"STATSADVOKAT","deadline":"…","legalBasis"?:"…"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReviewRouteEncoder extends WireEncoder<ReviewRoute> {

  /** The instance. */
  public static final ReviewRouteEncoder INSTANCE = new ReviewRouteEncoder();

  private ReviewRouteEncoder() {
    super(ReviewRoute.class);
  }

  @Override
  public void write(ReviewRoute value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("body", value.body().value());
    Fields.instant(gen, "deadline", value.deadline());
    Fields.optLegalBasis(gen, value.legalBasis());
    if (value.wrongBodyTime() != WrongBodyTime.COUNTED) {
      Fields.code(gen, "wrongBodyTime", value.wrongBodyTime());
    }
    gen.writeEndObject();
  }
}
