package org.oversight.complaint.rules;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Recipient;

/**
 * Something a rule requires to be done for a case by a due instant: what ({@link #kind()}), for
 * whom ({@link #recipient()}), which event satisfies it ({@link #satisfiedBy()} and, for
 * notifications, {@link #notificationKind()}), and whether and when one did.
 *
 * <p>Obligations are derived from the case's events: {@link #triggeredAt()} is the instant of the
 * event (or the deadline of an earlier period) that gave rise to it, and the due instant is never
 * before it. The due instant is inclusive ({@link DeadlinePeriod}).
 *
 * @param rule the identifier of the rule that derived it, not blank
 * @param kind what must be done, not null
 * @param recipient to whom or to which body, not null
 * @param triggeredAt when the obligation arose, not null
 * @param due the inclusive deadline, not before triggeredAt, not null
 * @param satisfiedBy the command whose event satisfies it, not null
 * @param notificationKind the notification kind that satisfies it, none unless it is a notification, not null
 * @param satisfiedAt when a satisfying event happened, none if none yet, not null
 * @param legalBasis the rule's legal basis, not null
 * @since 0.1
 */
public record Obligation(
    String rule,
    ObligationKind kind,
    Recipient recipient,
    Instant triggeredAt,
    Instant due,
    CommandType satisfiedBy,
    Option<NotificationKind> notificationKind,
    Option<Instant> satisfiedAt,
    LegalBasis legalBasis) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if rule is blank or due is before triggeredAt
   */
  public Obligation {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(recipient, "recipient is null");
    Objects.requireNonNull(triggeredAt, "triggeredAt is null");
    Objects.requireNonNull(due, "due is null");
    Objects.requireNonNull(satisfiedBy, "satisfiedBy is null");
    Objects.requireNonNull(notificationKind, "notificationKind is null");
    Objects.requireNonNull(satisfiedAt, "satisfiedAt is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank");
    }
    if (due.isBefore(triggeredAt)) {
      throw new IllegalArgumentException("due (" + due + ") must not be before triggeredAt (" + triggeredAt + ")");
    }
  }

  /**
   * Tells whether a satisfying event happened.
   *
   * @return true if satisfied
   */
  public boolean isSatisfied() {
    return satisfiedAt.isDefined();
  }

  /**
   * Tells whether it is unsatisfied and past its due instant.
   *
   * @param at the instant, not null
   * @return true if overdue at that instant
   * @throws NullPointerException if at is null
   */
  public boolean isOverdueAt(Instant at) {
    Objects.requireNonNull(at, "at is null");
    return satisfiedAt.isEmpty() && at.isAfter(due);
  }

  /**
   * Tells whether it was satisfied after its due instant.
   *
   * @return true if satisfied late
   */
  public boolean wasLate() {
    return satisfiedAt.exists(s -> s.isAfter(due));
  }

  /**
   * Returns the message key, {@code obligation.<kind>}.
   *
   * @return the key, never null
   */
  public String messageKey() {
    return kind.messageKey();
  }

  /**
   * Explains the obligation in a language: {0} the recipient, {1} the due instant, {2} the legal basis.
   *
   * <p>Instants are shown in UTC; {@link #message(Locale, ZoneId)} shows them in a zone.
   *
   * @param locale the language (English, Norwegian bokmål, Danish or Swedish; others get English), not null
   * @return the message, never null
   * @throws NullPointerException if locale is null
   */
  public String message(Locale locale) {
    return message(locale, ZoneOffset.UTC);
  }

  /**
   * Explains the obligation in a language, with the due instant shown in a zone (usually the pack's).
   *
   * @param locale the language, not null
   * @param zone the zone of the due date and time, not null
   * @return the message, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public String message(Locale locale, ZoneId zone) {
    return Messages.formatIn(messageKey(), locale, zone, Messages.describe(recipient), due, legalBasis);
  }
}
