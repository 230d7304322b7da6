package org.oversight.complaint.core;

/**
 * A citation of the legal source for a rule, an obligation or a rejection, as people write it, for
 * example {@code "retsplejeloven § 1019 a stk. 3"} or {@code "SI 2020/2 reg 29(2)"}.
 *
 * <p>Valid by construction: the citation is not blank, at most 300 characters, without control
 * characters. This class is immutable and thread-safe.
 *
 * @param citation the citation, not null
 * @since 0.1
 */
public record LegalBasis(String citation) {
  /**
   * Validates the citation.
   *
   * @throws NullPointerException if citation is null
   * @throws IllegalArgumentException if citation is blank, too long or has control characters
   */
  public LegalBasis {
    Checks.nonBlankText(citation, "citation", 300);
  }

  /**
   * Obtains a legal basis.
   *
   * @param citation the citation, not null
   * @return the legal basis, never null
   * @throws NullPointerException if citation is null
   * @throws IllegalArgumentException if citation is blank, too long or has control characters
   */
  public static LegalBasis of(String citation) {
    return new LegalBasis(citation);
  }

  @Override
  public String toString() {
    return citation;
  }
}
