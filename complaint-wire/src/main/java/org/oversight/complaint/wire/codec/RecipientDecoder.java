package org.oversight.complaint.wire.codec;

import org.oversight.complaint.core.Recipient;

/**
 * Reads {@link Recipient} from its tagged object (<code>{"type":"ToParty"|"ToBody", …}</code>) through {@code Recipient.party/body}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RecipientDecoder extends WireDecoder<Recipient> {

  /** The instance. */
  public static final RecipientDecoder INSTANCE = new RecipientDecoder();

  private RecipientDecoder() {
    super(Recipient.class);
  }

  @Override
  Recipient read(Node node) {
    return from(node);
  }

  static Recipient from(Node n) {
    n.object("a recipient");
    String type = n.field("type", "ToParty or ToBody").text("ToParty or ToBody");
    Recipient recipient;
    if (type.equals("ToParty")) {
      recipient = Recipient.party(StringValueDecoder.PARTY_ID.at(n.field("party", "a party id")));
    } else if (type.equals("ToBody")) {
      recipient = Recipient.body(StringValueDecoder.BODY.at(n.field("body", "a body code")));
    } else {
      throw n.field("type", "").fail("unknown recipient type '" + type + "'", "ToParty or ToBody", null);
    }
    n.done();
    return recipient;
  }
}
