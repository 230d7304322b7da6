package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.Referral;

/**
 * Writes {@link Referral} as <code>{"kind","to","party"?,"legalBasis"?,"at"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReferralSerializer extends WireSerializer<Referral> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final ReferralSerializer INSTANCE = new ReferralSerializer();

  private ReferralSerializer() {
    super(Referral.class);
  }

  @Override
  public void write(Referral value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    Fields.code(gen, "kind", value.kind());
    gen.writeStringField("to", value.to().value());
    if (value.party().isDefined()) {
      gen.writeStringField("party", value.party().get().value());
    }
    Fields.optLegalBasis(gen, value.legalBasis());
    Fields.instant(gen, "at", value.at());
    gen.writeEndObject();
  }
}
