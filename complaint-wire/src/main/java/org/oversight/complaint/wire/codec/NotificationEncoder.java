package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.Notification;

/**
 * Writes {@link Notification} as <code>{"kind","recipient":{…},"sentAt"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NotificationEncoder extends WireEncoder<Notification> {

  /** The instance. */
  public static final NotificationEncoder INSTANCE = new NotificationEncoder();

  private NotificationEncoder() {
    super(Notification.class);
  }

  @Override
  public void write(Notification value, WireOut gen) throws IOException {
    gen.writeStartObject();
    Fields.code(gen, "kind", value.kind());
    gen.writeFieldName("recipient");
    RecipientEncoder.INSTANCE.write(value.recipient(), gen);
    Fields.instant(gen, "sentAt", value.sentAt());
    gen.writeEndObject();
  }
}
