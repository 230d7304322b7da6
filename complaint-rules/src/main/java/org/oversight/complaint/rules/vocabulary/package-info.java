/**
 * Vocabularies of published police-complaint data mapped to the model of oversight-complaint: the
 * words an export uses for allegation categories, findings and case status, each mapped to a
 * {@link org.oversight.complaint.core.CategoryCode}, an {@link org.oversight.complaint.core.Outcome}
 * with its {@link org.oversight.complaint.rules.vocabulary.Counting} in the upheld share, or a
 * {@link org.oversight.complaint.core.CaseStatus}.
 *
 * <pre>{@code
 * Vocabulary philly = Vocabularies.philadelphia();
 * philly.category("general_cap_classification", "LACK OF SERVICE");   // Right(LACK_OF_SERVICE)
 * philly.finding("investigative_findings", "Pending");                // Right(StatusTerm ... INVESTIGATION)
 * philly.finding("investigative_findings", "Dismissed");              // Left(UnknownTerm ...)
 * }</pre>
 *
 * <p>The mappings are data (one {@code .vocabulary} file per source, in this package), read by a
 * validating loader ({@link org.oversight.complaint.rules.vocabulary.Vocabulary#parse(String, String)}),
 * so a reader can check every mapping and an integrator can ship another. Readings that the publisher
 * does not define are marked as assumptions and can be overridden. All types in this package are
 * immutable and thread-safe. Parameters must not be null; returned values are never null.
 */
package org.oversight.complaint.rules.vocabulary;
