/**
 * Jurisdiction rule packs for oversight-complaint: mandatory escalation, filing time limits,
 * registration completeness, routing, informal resolution, feedback obligations, review routes,
 * victim-support referral, repeat patterns, outcome taxonomies, disclosure and explanations in
 * English, Norwegian (bokmål), Danish and Swedish.
 *
 * <p>{@code org.oversight.complaint.rules} is the rule API (the {@code RulePack} value and its
 * one-method rules); {@code org.oversight.complaint.rules.jurisdiction} holds the four shipped packs,
 * written against that API only; {@code overview} builds on the API, {@code vocabulary} on the core.
 *
 * <pre>{@code
 * RulePack pack = NorwayRules.pack();
 * Assessment assessment = pack.assess(complaint, now);
 * assessment.breaches().forEach(b -> show(b.message(Locale.forLanguageTag("nb"))));
 * Either<Rejection, Transition> executed = pack.execute(complaint, proposedEvent);
 * }</pre>
 *
 * <p>Depends on complaint-core and Vavr only; Immutables is compile-time only. The message bundles live
 * inside this module and are loaded from it.
 */
module org.oversight.complaint.rules {
  requires transitive org.oversight.complaint.core;
  requires transitive io.vavr;
  requires static org.immutables.value;

  exports org.oversight.complaint.rules;
  exports org.oversight.complaint.rules.jurisdiction;
  exports org.oversight.complaint.rules.overview;
  exports org.oversight.complaint.rules.vocabulary;
}
