package org.oversight.complaint.json.deser;

import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Referral;
import org.oversight.complaint.core.ReferralKind;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link Referral} from its object through the {@code Referral} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReferralDeserializer extends WireDeserializer<Referral> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final ReferralDeserializer INSTANCE = new ReferralDeserializer();

  private ReferralDeserializer() {
    super(Referral.class);
  }

  @Override
  Referral read(Node node) {
    return from(node);
  }

  static Referral from(Node n) {
    n.object("a referral");
    ReferralKind kind = n.field("kind", "a referral kind").enumValue(ReferralKind.class);
    Body to = StringValueDeserializer.BODY.at(n.field("to", "a body code"));
    Option<PartyId> party = n.optField("party").map(StringValueDeserializer.PARTY_ID::at);
    Option<LegalBasis> legalBasis = n.optField("legalBasis").map(StringValueDeserializer.LEGAL_BASIS::at);
    Instant at = n.field("at", "an instant").instant();
    n.done();
    return new Referral(kind, to, party, legalBasis, at);
  }
}
