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
import org.oversight.complaint.core.EscalationTrigger;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.PendingEscalation;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.SeriousnessFlag;

/**
 * A mandatory escalation: the case must go to an oversight body (to whom), because of what (its
 * {@link EscalationTrigger}: the case's flags, its track, the rank of the person complained about, a
 * matter from the same incident, or a condition of the integrator's own), under which legal basis, by
 * when, and whether it already did.
 *
 * @param rule the identifier of the rule, also its message key ({@code escalation.…}), not blank
 * @param to the body the case must go to, not null
 * @param trigger what triggered it, not null
 * @param legalBasis the legal basis, not null
 * @param triggeredAt when it arose (the event that brought the trigger into the case), not null
 * @param due the inclusive deadline for the referral, not before triggeredAt, not null
 * @param satisfiedAt when the case reached the body (referral, or handled by it from receipt), none if not yet, not null
 * @since 0.1
 */
public record Escalation(
    String rule,
    Body to,
    EscalationTrigger trigger,
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
    Objects.requireNonNull(trigger, "trigger is null");
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
   * Returns the seriousness flags that triggered the escalation: those of the case, those the subject's
   * rank or a condition rests on (a chief officer's conduct that may be criminal or disciplinary), or those
   * of the other matter from the same incident; empty when the case's track alone did.
   *
   * @return the trigger's {@link EscalationTrigger#flags() flags}, never null
   */
  public Seq<SeriousnessFlag> triggers() {
    return trigger.flags();
  }

  /**
   * Returns the escalation as the refusal of local handling names it while it is pending: the body, the
   * deadline and the trigger.
   *
   * @return the pending escalation, never null
   * @since 0.1
   */
  public PendingEscalation pending() {
    return new PendingEscalation(to, due, trigger);
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
   * Explains the escalation by its rule's key, or by the key {@code escalation} when the rule's key is in
   * no bundle (a rule of the integrator's own): {0} the body's name, {1} the trigger as a sentence
   * (from its type: the flags, the track, the subject's rank and the flags alleged, the other case of the
   * same incident and its flags), {2} the legal basis, {3} the due date, {4} the number of triggering flags.
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
    String key = Messages.bundle(locale).containsKey(rule) ? rule : "escalation";
    return Messages.formatIn(key, locale, zone, to, trigger, legalBasis, due, trigger.flags().size());
  }
}
