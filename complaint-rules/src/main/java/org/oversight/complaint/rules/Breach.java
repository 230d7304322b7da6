package org.oversight.complaint.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * An obligation the case has failed at the assessed instant: unsatisfied and past its due instant,
 * whether still pending or missed ({@link Obligation.Status})
 * ({@link Cause#OVERDUE}), or unsatisfied while the case is in a state where the command that would
 * satisfy it is no longer possible ({@link Cause#FORECLOSED}: a mandatory referral owed by a case
 * that was decided or closed locally).
 *
 * @param obligation the failed obligation, not null
 * @param at the assessed instant, not null
 * @param cause why it is a breach, not null
 * @since 0.1
 */
public record Breach(Obligation obligation, Instant at, Cause cause) {

  /**
   * Why an obligation is a breach.
   *
   * @since 0.1
   */
  public enum Cause {
    /** Unsatisfied after its due instant. */
    OVERDUE,
    /**
     * Unsatisfied, and the case's state no longer allows the command that satisfies it, whatever
     * its due instant: the case ended or moved past the duty (see {@link RulePack#execute}, which
     * refuses the command that would do that).
     */
    FORECLOSED
  }

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an overdue breach's obligation is not overdue at the
   *     instant, or a foreclosed one's is satisfied
   */
  public Breach {
    Objects.requireNonNull(obligation, "obligation is null");
    Objects.requireNonNull(at, "at is null");
    Objects.requireNonNull(cause, "cause is null");
    if (cause == Cause.OVERDUE && !obligation.isOverdueAt(at)) {
      throw new IllegalArgumentException("obligation " + obligation.kind() + " is not overdue at " + at);
    }
    if (obligation.isSatisfied()) {
      throw new IllegalArgumentException("obligation " + obligation.kind() + " is satisfied");
    }
  }

  /**
   * Creates an overdue breach.
   *
   * @param obligation the overdue obligation, not null
   * @param at the assessed instant, after the obligation's due instant, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the obligation is not overdue at the instant
   */
  public Breach(Obligation obligation, Instant at) {
    this(obligation, at, Cause.OVERDUE);
  }

  /**
   * Returns how long it is overdue: until the assessed instant, or until the case moved on without
   * it when it was missed (a missed obligation stops growing).
   *
   * @return the duration, zero for a foreclosed breach not yet due, never negative, never null
   */
  public Duration overdueBy() {
    Instant until = obligation.endedAt().filter(end -> end.isBefore(at)).getOrElse(at);
    return obligation.due().isBefore(until) ? Duration.between(obligation.due(), until) : Duration.ZERO;
  }

  /**
   * Returns by how many calendar days of a zone it is overdue ({@link Obligation#daysLate}): what a
   * person reads ("overdue by 12 days").
   *
   * @param zone the zone, usually the pack's {@link RulePack#zone()}, not null
   * @return the days, never negative
   * @throws NullPointerException if zone is null
   * @since 0.1
   */
  public long daysOverdue(ZoneId zone) {
    return obligation.daysLate(at, zone);
  }

  /**
   * Returns the message key, {@code breach.<kind>}.
   *
   * @return the key, never null
   */
  public String messageKey() {
    return cause == Cause.FORECLOSED
        ? "breach.foreclosed." + Messages.camel(obligation.kind().name())
        : "breach." + Messages.camel(obligation.kind().name());
  }

  /**
   * Explains the breach: {0} the recipient, {1} the due date, {2} the legal basis, {3} the days
   * overdue ({@link #daysOverdue}).
   *
   * <p>Dates are taken in UTC; {@link #message(Locale, ZoneId)} takes them in a zone.
   *
   * @param locale the language, not null
   * @return the message, never null
   * @throws NullPointerException if locale is null
   */
  public String message(Locale locale) {
    return message(locale, ZoneOffset.UTC);
  }

  /**
   * Explains the breach in a language, with the due date and the days overdue taken in a zone
   * (usually the pack's).
   *
   * @param locale the language, not null
   * @param zone the zone of the due date and time, not null
   * @return the message, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public String message(Locale locale, ZoneId zone) {
    return Messages.formatIn(messageKey(), locale, zone,
        obligation.recipient(), obligation.due(), obligation.legalBasis(), daysOverdue(zone));
  }
}
