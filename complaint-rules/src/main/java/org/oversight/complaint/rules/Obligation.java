package org.oversight.complaint.rules;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * @param endedAt when the case moved on without it, so that it can no longer be met (closed, decided
 *     for a delay notice, or in a state that no longer allows the command that meets it), none while
 *     it can still be met or once it is met, not null
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
    LegalBasis legalBasis,
    Option<Instant> endedAt) {

  /**
   * What became of an obligation at an instant.
   *
   * @since 0.1
   */
  public enum Status {
    /** Not met, and the case can still meet it (overdue if past its due instant: a breach that grows). */
    PENDING,
    /** Met by its due instant. */
    MET,
    /** Met after its due instant ({@link Obligation#daysLate(Instant, ZoneId)}). */
    MET_LATE,
    /** Not met, and no longer owed: the case moved on before it was due. Not a breach. */
    LAPSED,
    /**
     * Not met, and the case moved on or closed without it after it was due, or in a way that made it
     * impossible: a breach that no longer grows ({@link Obligation#daysLate(Instant, ZoneId)} counts to
     * {@link Obligation#endedAt()}).
     */
    MISSED
  }

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
    Objects.requireNonNull(endedAt, "endedAt is null");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank");
    }
    if (due.isBefore(triggeredAt)) {
      throw new IllegalArgumentException("due (" + due + ") must not be before triggeredAt (" + triggeredAt + ")");
    }
  }

  /**
   * Creates an obligation that can still be met or is met (no {@link #endedAt()}).
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
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if rule is blank or due is before triggeredAt
   */
  public Obligation(String rule, ObligationKind kind, Recipient recipient, Instant triggeredAt, Instant due,
      CommandType satisfiedBy, Option<NotificationKind> notificationKind, Option<Instant> satisfiedAt,
      LegalBasis legalBasis) {
    this(rule, kind, recipient, triggeredAt, due, satisfiedBy, notificationKind, satisfiedAt, legalBasis,
        Option.none());
  }

  /**
   * Returns this obligation as ended at an instant, when it is not met: the case moved on without it.
   * This instance is immutable and unaffected by this method.
   *
   * @param at when the case moved on, not null
   * @return the ended obligation, or this one if it is met, never null
   * @throws NullPointerException if at is null
   * @since 0.1
   */
  public Obligation endedAt(Instant at) {
    Objects.requireNonNull(at, "at is null");
    return isSatisfied() ? this
        : new Obligation(rule, kind, recipient, triggeredAt, due, satisfiedBy, notificationKind, satisfiedAt,
            legalBasis, Option.some(at));
  }

  /**
   * Returns what became of it: pending, met, met late, lapsed or missed.
   *
   * @return the status, never null
   * @since 0.1
   */
  public Status status() {
    if (isSatisfied()) {
      return wasLate() ? Status.MET_LATE : Status.MET;
    }
    if (endedAt.isEmpty()) {
      return Status.PENDING;
    }
    return endedAt.get().isAfter(due) || forecloses() ? Status.MISSED : Status.LAPSED;
  }

  /** Whether ending it before it is due still misses it: a duty met by a command, not a letter. */
  private boolean forecloses() {
    return notificationKind.isEmpty() && Duties.DUTY_COMMANDS.contains(satisfiedBy);
  }

  /**
   * Returns its deadline as a date in a zone: the last day on which it is met in time.
   *
   * @param zone the zone, usually the pack's {@link RulePack#zone()}, not null
   * @return the date, never null
   * @throws NullPointerException if zone is null
   * @since 0.1
   */
  public LocalDate dueDate(ZoneId zone) {
    Objects.requireNonNull(zone, "zone is null");
    return due.atZone(zone).toLocalDate();
  }

  /**
   * Returns by how many days it was or is late at an instant, counted in calendar days of a zone from
   * its due date: to when it was met if met late, to when the case moved on if missed (so that a
   * missed obligation stops growing), to the instant if pending; 0 if not late.
   *
   * @param at the instant, not null
   * @param zone the zone, usually the pack's, not null
   * @return the days, never negative
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public long daysLate(Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at is null");
    Instant until = satisfiedAt.orElse(endedAt).filter(end -> end.isBefore(at)).getOrElse(at);
    return until.isAfter(due) ? ChronoUnit.DAYS.between(dueDate(zone), until.atZone(zone).toLocalDate()) : 0;
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
   * Tells whether it is unsatisfied and past its due instant (pending and overdue, or missed).
   *
   * @param at the instant, not null
   * @return true if overdue at that instant
   * @throws NullPointerException if at is null
   */
  public boolean isOverdueAt(Instant at) {
    Objects.requireNonNull(at, "at is null");
    return satisfiedAt.isEmpty() && at.isAfter(due) && status() != Status.LAPSED;
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
   * Explains the obligation in a language: {0} the recipient, {1} the due date, {2} the legal basis.
   *
   * <p>The due date is taken in UTC; {@link #message(Locale, ZoneId)} takes it in a zone.
   *
   * @param locale the language (English, Norwegian bokmål, Danish or Swedish; others get English), not null
   * @return the message, never null
   * @throws NullPointerException if locale is null
   */
  public String message(Locale locale) {
    return message(locale, ZoneOffset.UTC);
  }

  /**
   * Explains the obligation in a language, with the due date taken in a zone (usually the pack's).
   *
   * @param locale the language, not null
   * @param zone the zone of the due date and time, not null
   * @return the message, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public String message(Locale locale, ZoneId zone) {
    return Messages.formatIn(messageKey(), locale, zone, recipient, due, legalBasis);
  }
}
