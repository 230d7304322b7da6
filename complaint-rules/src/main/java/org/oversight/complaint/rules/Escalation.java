package org.oversight.complaint.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.SeriousnessFlag;

/**
 * A mandatory escalation: the case must go to an oversight body (to whom), because of what (the
 * triggering flags or track, or a related case from the same incident), under which legal basis,
 * by when, and whether it already did.
 *
 * @param rule the identifier of the rule, also its message key ({@code escalation.…}), not blank
 * @param to the body the case must go to, not null
 * @param triggers the seriousness flags that triggered it: those of the case, those a condition rests on (a
 *     chief officer's conduct that may be criminal or disciplinary), or those of the other matter from the same
 *     incident; empty when only the case's track or a condition without flags did, not null
 * @param legalBasis the legal basis, not null
 * @param triggeredAt when it arose (the event that brought the trigger into the case), not null
 * @param due the inclusive deadline for the referral, not before triggeredAt, not null
 * @param satisfiedAt when the case reached the body (referral, or handled by it from receipt), none if not yet, not null
 * @since 0.1
 */
public record Escalation(
    String rule,
    Body to,
    Seq<SeriousnessFlag> triggers,
    LegalBasis legalBasis,
    Instant triggeredAt,
    Instant due,
    Option<Instant> satisfiedAt) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if rule is blank or due is before triggeredAt
   */
  public Escalation {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(to, "to is null");
    Objects.requireNonNull(triggers, "triggers is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    Objects.requireNonNull(triggeredAt, "triggeredAt is null");
    Objects.requireNonNull(due, "due is null");
    Objects.requireNonNull(satisfiedAt, "satisfiedAt is null");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank");
    }
    if (due.isBefore(triggeredAt)) {
      throw new IllegalArgumentException("due (" + due + ") must not be before triggeredAt (" + triggeredAt + ")");
    }
  }

  /**
   * Returns the referral this escalation requires, as an obligation.
   *
   * @return the obligation of kind {@link ObligationKind#REFER}, satisfied by {@link CommandType#REFER}, never null
   */
  public Obligation asObligation() {
    return new Obligation(rule, ObligationKind.REFER, Recipient.body(to), triggeredAt, due,
        CommandType.REFER, Option.none(), satisfiedAt, legalBasis);
  }

  /**
   * Returns the deadline of the referral as a date in a zone: the last day on which it is in time.
   *
   * @param zone the zone, usually the pack's {@link RulePack#zone()}, not null
   * @return the date, never null
   * @throws NullPointerException if zone is null
   * @since 0.1
   */
  public java.time.LocalDate dueDate(ZoneId zone) {
    return asObligation().dueDate(zone);
  }

  /**
   * Returns the message key (the rule identifier).
   *
   * @return the key, never null
   */
  public String messageKey() {
    return rule;
  }

  /**
   * Explains the escalation: {0} the body's name, {1} the triggering flags, {2} the legal basis, {3} the
   * due date, {4} the number of triggering flags. Every text names what triggered the escalation: the
   * flags when there are any; otherwise what the rule's key stands for (a case on a death or serious
   * injury track, a criminal report, a complaint about police conduct, a chief officer as the subject, a
   * case from the same incident).
   *
   * <p>The due date is taken in UTC; {@link #message(Locale, ZoneId)} takes it in a zone.
   *
   * @param locale the language, not null
   * @return the message, never null
   * @throws NullPointerException if locale is null
   */
  public String message(Locale locale) {
    return message(locale, ZoneOffset.UTC);
  }

  /**
   * Explains the escalation in a language, with the deadline shown in a zone (usually the pack's).
   *
   * @param locale the language, not null
   * @param zone the zone of the deadline, not null
   * @return the message, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public String message(Locale locale, ZoneId zone) {
    return Messages.formatIn(rule, locale, zone, to, triggers, legalBasis, due, triggers.size());
  }
}
