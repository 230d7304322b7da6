package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Referral;
import org.oversight.complaint.core.ReferralKind;

/**
 * Reads {@link Referral} from its object through the {@code Referral} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReferralDecoder extends WireDecoder<Referral> {

  /** The instance. */
  public static final ReferralDecoder INSTANCE = new ReferralDecoder();

  private ReferralDecoder() {
    super(Referral.class);
  }

  @Override
  Referral read(Node node) {
    return from(node);
  }

  static Referral from(Node n) {
    n.object("a referral");
    ReferralKind kind = n.field("kind", "a referral kind").enumValue(ReferralKind.class);
    Body to = StringValueDecoder.BODY.at(n.field("to", "a body code"));
    Option<PartyId> party = n.optField("party").map(StringValueDecoder.PARTY_ID::at);
    Option<LegalBasis> legalBasis = n.optField("legalBasis").map(StringValueDecoder.LEGAL_BASIS::at);
    Instant at = n.field("at", "an instant").instant();
    n.done();
    return new Referral(kind, to, party, legalBasis, at);
  }
}
