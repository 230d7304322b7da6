package org.oversight.complaint.rules;

import io.vavr.control.Option;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;

/**
 * A rule on a proposed command: an extra check an integrator adds to a pack
 * ({@link RulePack#plusCommandRule(CommandRule)}), asked by {@link RulePack#refusals} (the pack's
 * command guard, on the path of {@link RulePack#execute}) after the state graph, the core's data checks
 * and the pack's built-in rules.
 *
 * <h2>Specification for implementors</h2>
 * Must not alter its inputs, must be thread-safe, deterministic (depend on the case and the proposed
 * event only) and must not throw for any valid case and event. The refusal's rule identifier should
 * have a message key {@code rejection.<rule>}; a key missing from the bundles is explained in English
 * by the refusal's own explanation.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CommandRule {

  /**
   * Checks a proposed command.
   *
   * @param complaint the case, not null
   * @param proposed the proposed event (the command's data), not yet applied, not null
   * @return the refusal, none if allowed, never null
   */
  Option<Refusal> check(ComplaintCase complaint, CaseEvent proposed);
}
