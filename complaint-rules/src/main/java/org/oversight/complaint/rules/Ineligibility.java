package org.oversight.complaint.rules;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.Objects;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.LegalBasis;

/**
 * What an {@link EligibilityRule} finds about a case: a reason the case may not be handled, or not
 * handled in some way, with the commands it refuses, or a screening flag that refuses nothing (Sweden:
 * JO generally does not investigate anonymous complaints, but registers them). One finding is both
 * a {@link Refusal} of its commands on the one command path and a {@link Warning} in the assessment,
 * so {@link RulePack#execute} and {@link RulePack#assess} say the same thing about it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule identifier, e.g. {@code standing.writtenPermissionMissing}: the message keys are
 *     {@code warning.<rule>} (with {@code args}) and, when it refuses commands, {@code rejection.<rule>};
 *     not blank
 * @param legalBasis the legal basis, none if the rule has none, not null
 * @param explanation the English explanation with details, not null
 * @param args the warning's arguments, language-neutral text (ids, instants, codes, citations), not null
 * @param refused the commands the finding refuses, empty for a screening flag, not null
 * @since 0.1
 */
public record Ineligibility(String rule, Option<LegalBasis> legalBasis, String explanation, Seq<String> args,
    Set<CommandType> refused) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if rule is blank
   */
  public Ineligibility {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    Objects.requireNonNull(explanation, "explanation is null");
    Objects.requireNonNull(args, "args is null");
    Objects.requireNonNull(refused, "refused is null");
    args.forEach(a -> Objects.requireNonNull(a, "arg is null"));
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank");
    }
  }

  /**
   * A finding that refuses commands.
   *
   * @param rule the rule identifier, not blank
   * @param legalBasis the legal basis, not null
   * @param explanation the English explanation, not null
   * @param args the warning's arguments, not null
   * @param refused the refused commands, not null
   * @return the finding, never null
   * @throws NullPointerException if an argument is null
   */
  public static Ineligibility refusing(String rule, LegalBasis legalBasis, String explanation, Seq<String> args,
      java.util.Set<CommandType> refused) {
    return new Ineligibility(rule, Option.some(Objects.requireNonNull(legalBasis, "legalBasis is null")),
        explanation, args, TreeSet.ofAll(Objects.requireNonNull(refused, "refused is null")));
  }

  /**
   * A screening flag: reported by the assessment, refusing no command.
   *
   * @param rule the rule identifier, not blank
   * @param legalBasis the legal basis, not null
   * @param explanation the English explanation, not null
   * @param args the warning's arguments, not null
   * @return the finding, never null
   * @throws NullPointerException if an argument is null
   */
  public static Ineligibility flag(String rule, LegalBasis legalBasis, String explanation, Seq<String> args) {
    return new Ineligibility(rule, Option.some(Objects.requireNonNull(legalBasis, "legalBasis is null")),
        explanation, args, TreeSet.empty());
  }

  /**
   * Tells whether the finding refuses a command.
   *
   * @param command the command, not null
   * @return true if refused
   */
  public boolean refuses(CommandType command) {
    return refused.contains(command);
  }

  /**
   * Returns the refusal of the finding's commands.
   *
   * @return the refusal with the rule, legal basis and explanation, never null
   */
  public Refusal refusal() {
    return new Refusal(rule, legalBasis, explanation);
  }

  /**
   * Returns the warning the assessment reports.
   *
   * @return the warning {@code warning.<rule>} with the arguments, never null
   */
  public Warning warning() {
    return new Warning("warning." + rule, args);
  }
}
