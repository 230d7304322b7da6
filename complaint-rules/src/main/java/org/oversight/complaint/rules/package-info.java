/**
 * The rule API: the rules of one jurisdiction as a value ({@link org.oversight.complaint.rules.RulePack}),
 * built from small one-method rules and applied to an immutable
 * {@link org.oversight.complaint.core.ComplaintCase} at an instant.
 *
 * <p>Each rule is a functional interface with a "Specification for implementors" and static
 * factories for the common cases ({@link org.oversight.complaint.rules.EscalationRule},
 * {@link org.oversight.complaint.rules.TimeLimitRule}, {@link org.oversight.complaint.rules.FeedbackRule},
 * {@link org.oversight.complaint.rules.ReviewRule} …); the values they produce
 * ({@link org.oversight.complaint.rules.Assessment}, {@link org.oversight.complaint.rules.Obligation},
 * {@link org.oversight.complaint.rules.Refusal} …) are records. Rules that count days receive the
 * pack's {@link org.oversight.complaint.rules.RulePack#zone() zone} when they are evaluated, so a rule
 * is written once and works in any jurisdiction.
 *
 * <p>The four shipped packs live in {@link org.oversight.complaint.rules.jurisdiction} and use only
 * this package's public API; a pack of your own is written the same way:
 *
 * <pre>{@code
 * Assessment a = NorwayRules.pack().assess(complaint, now);
 * a.obligations();   // what must be sent to whom by when, and whether it was
 * a.breaches();      // what is overdue now
 * RulePack mine = NorwayRules.pack().withReview(ReviewRule.none()).withName("NO-OSLO-INTERNAL");
 * }</pre>
 *
 * <p>Every rule is pure and deterministic: the same case and instant give the same answer. Deadlines
 * are derived from the case's events, so nothing needs a timer. All types in this package are
 * immutable and thread-safe. Parameters must not be null; returned values are never null.
 */
package org.oversight.complaint.rules;
