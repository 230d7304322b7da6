package org.oversight.complaint.wire.codec;

import java.time.Instant;
import org.oversight.complaint.core.Notification;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Recipient;

/**
 * Reads {@link Notification} from its object through the {@code Notification} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NotificationDecoder extends WireDecoder<Notification> {

  /** The instance. */
  public static final NotificationDecoder INSTANCE = new NotificationDecoder();

  private NotificationDecoder() {
    super(Notification.class);
  }

  @Override
  Notification read(Node node) {
    return from(node);
  }

  static Notification from(Node n) {
    n.object("a notification");
    NotificationKind kind = n.field("kind", "a notification kind").enumValue(NotificationKind.class);
    Recipient recipient = RecipientDecoder.from(n.field("recipient", "a recipient"));
    Instant sentAt = n.field("sentAt", "an instant").instant();
    n.done();
    return new Notification(kind, recipient, sentAt);
  }
}
