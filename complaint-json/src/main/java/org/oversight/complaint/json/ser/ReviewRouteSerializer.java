package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
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
public final class ReviewRouteSerializer extends WireSerializer<ReviewRoute> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final ReviewRouteSerializer INSTANCE = new ReviewRouteSerializer();

  private ReviewRouteSerializer() {
    super(ReviewRoute.class);
  }

  @Override
  public void write(ReviewRoute value, JsonGenerator gen) throws IOException {
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
