package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.core.Notification;

/**
 * Writes {@link Notification} as <code>{"kind","recipient":{…},"sentAt"}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NotificationSerializer extends WireSerializer<Notification> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final NotificationSerializer INSTANCE = new NotificationSerializer();

  private NotificationSerializer() {
    super(Notification.class);
  }

  @Override
  public void write(Notification value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    Fields.code(gen, "kind", value.kind());
    gen.writeFieldName("recipient");
    RecipientSerializer.INSTANCE.write(value.recipient(), gen);
    Fields.instant(gen, "sentAt", value.sentAt());
    gen.writeEndObject();
  }
}
