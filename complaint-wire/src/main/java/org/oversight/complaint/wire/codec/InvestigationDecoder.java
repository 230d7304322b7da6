package org.oversight.complaint.wire.codec;

import java.time.Instant;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.Investigation;
import org.oversight.complaint.core.InvestigationMode;

/**
 * Reads {@link Investigation} from its object through the {@code Investigation} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InvestigationDecoder extends WireDecoder<Investigation> {

  /** The instance. */
  public static final InvestigationDecoder INSTANCE = new InvestigationDecoder();

  private InvestigationDecoder() {
    super(Investigation.class);
  }

  @Override
  Investigation read(Node node) {
    return from(node);
  }

  static Investigation from(Node n) {
    n.object("an investigation");
    InvestigationMode mode = n.field("mode", "an investigation mode").enumValue(InvestigationMode.class);
    Body body = StringValueDecoder.BODY.at(n.field("body", "a body code"));
    Instant openedAt = n.field("openedAt", "an instant").instant();
    n.done();
    return new Investigation(mode, body, openedAt);
  }
}
