/**
 * The shipped jurisdiction rule packs: {@link org.oversight.complaint.rules.jurisdiction.NorwayRules},
 * {@link org.oversight.complaint.rules.jurisdiction.DenmarkRules},
 * {@link org.oversight.complaint.rules.jurisdiction.SwedenRules} and
 * {@link org.oversight.complaint.rules.jurisdiction.EnglandWalesRules}.
 *
 * <p>Each is a static factory of a {@link org.oversight.complaint.rules.RulePack}, written against the
 * public rule API of {@link org.oversight.complaint.rules} only, exactly as a pack of your own would be.
 * Each rule names its legal basis; every value the domain reference marks UNCONFIRMED is a parameter of
 * the jurisdiction's {@code Parameters} record with a documented default.
 *
 * <pre>{@code
 * RulePack dk = DenmarkRules.pack();
 * RulePack ew = EnglandWalesRules.pack(EnglandWalesRules.Parameters.defaults()
 *     .withComplainantUpdateEvery(Option.some(DeadlinePeriod.days(28))));
 * }</pre>
 *
 * <p>All types in this package are immutable and thread-safe. Parameters must not be null; returned
 * values are never null.
 */
package org.oversight.complaint.rules.jurisdiction;
