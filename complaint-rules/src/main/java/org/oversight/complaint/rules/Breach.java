package org.oversight.complaint.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * An obligation that is overdue at the assessed instant: unsatisfied and past its due instant.
 *
 * @param obligation the overdue obligation, not null
 * @param at the assessed instant, after the obligation's due instant, not null
 * @since 0.1
 */
public record Breach(Obligation obligation, Instant at) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the obligation is not overdue at the instant
   */
  public Breach {
    Objects.requireNonNull(obligation, "obligation is null");
    Objects.requireNonNull(at, "at is null");
    if (!obligation.isOverdueAt(at)) {
      throw new IllegalArgumentException("obligation " + obligation.kind() + " is not overdue at " + at);
    }
  }

  /**
   * Returns how long it is overdue.
   *
   * @return the duration, positive, never null
   */
  public Duration overdueBy() {
    return Duration.between(obligation.due(), at);
  }

  /**
   * Returns the message key, {@code breach.<kind>}.
   *
   * @return the key, never null
   */
  public String messageKey() {
    return "breach." + Messages.camel(obligation.kind().name());
  }

  /**
   * Explains the breach: {0} the recipient, {1} the due instant, {2} the legal basis.
   *
   * <p>Instants are shown in UTC; {@link #message(Locale, ZoneId)} shows them in a zone.
   *
   * @param locale the language, not null
   * @return the message, never null
   * @throws NullPointerException if locale is null
   */
  public String message(Locale locale) {
    return message(locale, ZoneOffset.UTC);
  }

  /**
   * Explains the breach in a language, with the due instant shown in a zone (usually the pack's).
   *
   * @param locale the language, not null
   * @param zone the zone of the due date and time, not null
   * @return the message, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public String message(Locale locale, ZoneId zone) {
    return Messages.formatIn(messageKey(), locale, zone,
        Messages.describe(obligation.recipient()), obligation.due(), obligation.legalBasis());
  }
}
