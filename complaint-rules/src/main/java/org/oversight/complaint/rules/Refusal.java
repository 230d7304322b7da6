package org.oversight.complaint.rules;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.PendingEscalation;
import org.oversight.complaint.core.Rejection;

/**
 * A rule's refusal of a proposed command, before it is bound to the case's state: the rule
 * identifier (whose message key is {@code rejection.<rule>}), its legal basis, and an English
 * explanation with the details (which flags, which deadline); a refusal of local handling while a
 * referral is pending ({@code escalation.pending}) also names that referral: its body, deadline and
 * trigger.
 *
 * @param rule the rule identifier, e.g. {@code informal.excludedFlag}, not blank
 * @param legalBasis the legal basis, none if the rule has none, not null
 * @param explanation the English explanation with details, not null
 * @param pending the pending referral that is the reason for the refusal, none for any other, not null
 * @since 0.1
 */
public record Refusal(String rule, Option<LegalBasis> legalBasis, String explanation,
    Option<PendingEscalation> pending) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if rule is blank
   */
  public Refusal {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    Objects.requireNonNull(explanation, "explanation is null");
    Objects.requireNonNull(pending, "pending is null");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank");
    }
  }

  /**
   * Creates a refusal that names no pending referral.
   *
   * @param rule the rule identifier, not blank
   * @param legalBasis the legal basis, none if the rule has none, not null
   * @param explanation the English explanation with details, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if rule is blank
   */
  public Refusal(String rule, Option<LegalBasis> legalBasis, String explanation) {
    this(rule, legalBasis, explanation, Option.none());
  }

  /**
   * Creates the refusal of local handling while an escalation is pending (rule {@code escalation.pending}),
   * naming it: its body, deadline and trigger, under its legal basis.
   *
   * @param escalation the pending escalation, not null
   * @param explanation the English explanation, not null
   * @return the refusal, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public static Refusal escalationPending(Escalation escalation, String explanation) {
    Objects.requireNonNull(escalation, "escalation is null");
    return new Refusal("escalation.pending", Option.some(escalation.legalBasis()), explanation,
        Option.some(escalation.pending()));
  }

  /**
   * Creates a refusal with a legal basis.
   *
   * @param rule the rule identifier, not blank
   * @param legalBasis the legal basis, not null
   * @param explanation the English explanation, not null
   * @return the refusal, never null
   */
  public static Refusal of(String rule, LegalBasis legalBasis, String explanation) {
    return new Refusal(rule, Option.of(Objects.requireNonNull(legalBasis, "legalBasis is null")), explanation);
  }

  /**
   * Binds the refusal to a case state and command, as the core's rejection.
   *
   * @param state the case's state, not null
   * @param command the refused command, not null
   * @return the rejection, never null
   */
  public Rejection.RuleRefused toRejection(CaseStatus state, CommandType command) {
    return new Rejection.RuleRefused(state, command, rule, legalBasis, explanation, pending);
  }

  /**
   * Returns the message key, {@code rejection.<rule>}.
   *
   * @return the key, never null
   */
  public String messageKey() {
    return "rejection." + rule;
  }

  /**
   * Explains the refusal for a command: {0} the command, {1} the legal basis, and for a pending referral
   * {2} the body, {3} its deadline (in UTC), {4} its trigger as a sentence, {5} 1 (0 without one). A rule
   * whose key is in no bundle (an integrator's own rule) is explained by its English explanation.
   *
   * @param command the refused command, not null
   * @param locale the language, not null
   * @return the message, never null
   */
  public String message(CommandType command, Locale locale) {
    return Messages.formatOr(messageKey(), locale, explanation, Messages.refusalArgs(command, legalBasis, pending));
  }
}
