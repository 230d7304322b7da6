package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.Referral;

/**
 * Writes {@link Referral} as <code>{"kind","to","party"?,"legalBasis"?,"at"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReferralEncoder extends WireEncoder<Referral> {

  /** The instance. */
  public static final ReferralEncoder INSTANCE = new ReferralEncoder();

  private ReferralEncoder() {
    super(Referral.class);
  }

  @Override
  public void write(Referral value, WireOut gen) throws IOException {
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
