/**
 * Test fixtures for suites that use oversight-complaint: builders with realistic defaults, a
 * catalogue of named scenarios per jurisdiction, seeded generators of valid cases and histories, a
 * phase-typed given/when/then fixture and framework-neutral assertions.
 *
 * <p>Add it with test scope. It depends on complaint-core (and, through it, Vavr) only: no test
 * framework comes with it, and its assertions throw plain {@link AssertionError}s, which every test
 * runner reports as failures. The package {@code org.oversight.complaint.fixtures.rules} (the
 * fixture and assertions for rule packs) also needs complaint-rules, which this module reads with
 * {@code requires static}: add complaint-rules yourself to use it.
 *
 * <pre>{@code
 * ComplaintCase oslo = Scenarios.osloEscalatedToSpesialenheten().latest();
 * ComplaintAssertions.assertThat(oslo).isEscalated().hasStatus(CaseStatus.CLOSED);
 * ComplaintFixture.given(Complaints.aComplaint().build())
 *     .when(c -> c.close(Stamp.of(later, Complaints.CASEWORKER)))
 *     .thenRejected(Rejection.IllegalTransition.class);
 * }</pre>
 */
module org.oversight.complaint.fixtures {
  requires static org.immutables.value;
  requires transitive org.oversight.complaint.core;
  requires transitive io.vavr;
  // Optional: only the rules package needs it, and only users who have complaint-rules use that package.
  // Transitive, because that package's API takes and returns the rules' types.
  requires static transitive org.oversight.complaint.rules;

  exports org.oversight.complaint.fixtures;
  exports org.oversight.complaint.fixtures.rules;
}
