package org.oversight.complaint.core;

import java.time.Instant;

/**
 * A notification that was sent: what kind, to whom, when. Feedback obligations are satisfied by these.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what it told, not null
 * @param recipient to whom, not null
 * @param sentAt when, not null
 * @since 0.1
 */
public record Notification(NotificationKind kind, Recipient recipient, Instant sentAt) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   */
  public Notification {
    Checks.notNull(kind, "kind");
    Checks.notNull(recipient, "recipient");
    Checks.notNull(sentAt, "sentAt");
  }
}
