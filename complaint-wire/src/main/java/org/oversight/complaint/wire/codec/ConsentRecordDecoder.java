package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentRecord;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.StatementForm;

/**
 * Reads {@link ConsentRecord} from its object through the {@code ConsentRecord} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConsentRecordDecoder extends WireDecoder<ConsentRecord> {

  /** The instance. */
  public static final ConsentRecordDecoder INSTANCE = new ConsentRecordDecoder();

  private ConsentRecordDecoder() {
    super(ConsentRecord.class);
  }

  @Override
  ConsentRecord read(Node node) {
    return from(node);
  }

  static ConsentRecord from(Node n) {
    n.object("a consent record");
    PartyId party = StringValueDecoder.PARTY_ID.at(n.field("party", "a party id"));
    ConsentPurpose purpose = n.field("purpose", "a consent purpose").enumValue(ConsentPurpose.class);
    ConsentState state = n.field("state", "a consent state").enumValue(ConsentState.class);
    Option<StatementForm> form = n.optField("form").map(f -> f.enumValue(StatementForm.class));
    Instant at = n.field("at", "an instant").instant();
    n.done();
    return new ConsentRecord(party, purpose, state, form, at);
  }
}
