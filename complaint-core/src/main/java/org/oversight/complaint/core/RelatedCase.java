package org.oversight.complaint.core;

/**
 * A link from one case to another.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param other the other case, not null
 * @param relation how they relate, not null
 * @since 0.1
 */
public record RelatedCase(CaseId other, Relation relation) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   */
  public RelatedCase {
    Checks.notNull(other, "other");
    Checks.notNull(relation, "relation");
  }
}
