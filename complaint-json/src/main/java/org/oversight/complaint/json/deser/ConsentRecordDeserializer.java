package org.oversight.complaint.json.deser;

import java.time.Instant;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentRecord;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link ConsentRecord} from its object through the {@code ConsentRecord} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConsentRecordDeserializer extends WireDeserializer<ConsentRecord> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final ConsentRecordDeserializer INSTANCE = new ConsentRecordDeserializer();

  private ConsentRecordDeserializer() {
    super(ConsentRecord.class);
  }

  @Override
  ConsentRecord read(Node node) {
    return from(node);
  }

  static ConsentRecord from(Node n) {
    n.object("a consent record");
    PartyId party = StringValueDeserializer.PARTY_ID.at(n.field("party", "a party id"));
    ConsentPurpose purpose = n.field("purpose", "a consent purpose").enumValue(ConsentPurpose.class);
    ConsentState state = n.field("state", "a consent state").enumValue(ConsentState.class);
    Instant at = n.field("at", "an instant").instant();
    n.done();
    return new ConsentRecord(party, purpose, state, at);
  }
}
