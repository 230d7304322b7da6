package org.oversight.complaint.rules;

/**
 * Who is told about a case: the audiences a {@link DisclosurePolicy} distinguishes.
 *
 * @since 0.1
 */
public enum Audience {
  /** The handling body and its staff. */
  INTERNAL,
  /** The complainant (or their representative). */
  COMPLAINANT,
  /** The person complained about. */
  SUBJECT,
  /** The public: published statistics and public documents. */
  PUBLIC
}
