package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;

/**
 * Reads {@link Obligation} from its object through the {@code Obligation} constructor; {@code messageKey} is derived and ignored.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ObligationDecoder extends WireDecoder<Obligation> {

  /** The instance. */
  public static final ObligationDecoder INSTANCE = new ObligationDecoder();

  private ObligationDecoder() {
    super(Obligation.class);
  }

  @Override
  Obligation read(Node node) {
    return from(node);
  }

  static Obligation from(Node n) {
    n.object("an obligation");
    String rule = n.field("rule", "a rule name").text("a rule name");
    ObligationKind kind = n.field("kind", "an obligation kind").enumValue(ObligationKind.class);
    Recipient recipient = RecipientDecoder.from(n.field("recipient", "a recipient"));
    Instant triggeredAt = n.field("triggeredAt", "an instant").instant();
    Instant due = n.field("due", "an instant").instant();
    CommandType satisfiedBy = n.field("satisfiedBy", "a command type").enumValue(CommandType.class);
    Option<NotificationKind> notificationKind = n.optField("notificationKind").map(x -> x.enumValue(NotificationKind.class));
    Option<Instant> satisfiedAt = n.optField("satisfiedAt").map(Node::instant);
    LegalBasis legalBasis = StringValueDecoder.LEGAL_BASIS.at(n.field("legalBasis", "a legal basis citation"));
    Option<Instant> endedAt = n.optField("endedAt").map(Node::instant);
    n.optField("messageKey").forEach(x -> x.text("the derived message key"));
    n.done();
    return n.build(() -> new Obligation(rule, kind, recipient, triggeredAt, due, satisfiedBy, notificationKind,
        satisfiedAt, legalBasis, endedAt), "obligation");
  }
}
