package org.oversight.complaint.json.deser;

import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link Recipient} from its tagged object (<code>{"type":"ToParty"|"ToBody", …}</code>) through {@code Recipient.party/body}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RecipientDeserializer extends WireDeserializer<Recipient> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final RecipientDeserializer INSTANCE = new RecipientDeserializer();

  private RecipientDeserializer() {
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
      recipient = Recipient.party(StringValueDeserializer.PARTY_ID.at(n.field("party", "a party id")));
    } else if (type.equals("ToBody")) {
      recipient = Recipient.body(StringValueDeserializer.BODY.at(n.field("body", "a body code")));
    } else {
      throw n.field("type", "").fail("unknown recipient type '" + type + "'", "ToParty or ToBody", null);
    }
    n.done();
    return recipient;
  }
}
