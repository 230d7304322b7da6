package org.oversight.complaint.json.deser;

import java.time.Instant;
import org.oversight.complaint.core.Notification;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link Notification} from its object through the {@code Notification} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NotificationDeserializer extends WireDeserializer<Notification> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final NotificationDeserializer INSTANCE = new NotificationDeserializer();

  private NotificationDeserializer() {
    super(Notification.class);
  }

  @Override
  Notification read(Node node) {
    return from(node);
  }

  static Notification from(Node n) {
    n.object("a notification");
    NotificationKind kind = n.field("kind", "a notification kind").enumValue(NotificationKind.class);
    Recipient recipient = RecipientDeserializer.from(n.field("recipient", "a recipient"));
    Instant sentAt = n.field("sentAt", "an instant").instant();
    n.done();
    return new Notification(kind, recipient, sentAt);
  }
}
