/**
 * Rule packs: the rules of one jurisdiction as a value ({@link org.oversight.complaint.rules.RulePack}),
 * built from small one-method rules and applied to an immutable
 * {@link org.oversight.complaint.core.ComplaintCase} at an instant.
 *
 * <p>Four packs ship: {@link org.oversight.complaint.rules.NorwayRules},
 * {@link org.oversight.complaint.rules.DenmarkRules}, {@link org.oversight.complaint.rules.SwedenRules}
 * and {@link org.oversight.complaint.rules.EnglandWalesRules}. Each rule names its legal basis; every
 * value the domain reference marks UNCONFIRMED is a parameter of the jurisdiction's {@code Parameters}
 * record with a documented default.
 *
 * <pre>{@code
 * Assessment a = NorwayRules.pack().assess(complaint, now);
 * a.obligations();   // what must be sent to whom by when, and whether it was
 * a.breaches();      // what is overdue now
 * RulePack mine = NorwayRules.pack().withReview(ReviewRule.none()).named("NO-OSLO-INTERNAL");
 * }</pre>
 *
 * <p>Every rule is pure and deterministic: the same case and instant give the same answer. Deadlines
 * are derived from the case's events, so nothing needs a timer. All types in this package are
 * immutable and thread-safe. Parameters must not be null; returned values are never null.
 */
package org.oversight.complaint.rules;
