package org.oversight.complaint.rules;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import java.util.Objects;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Outcome;

/**
 * A jurisdiction's outcome codes and its definition of "upheld" (medhold): which outcomes count as
 * upheld, and which count in the denominator of the upheld share. Denmark: criticism ÷ investigated
 * and decided ({@code CRITICISM} ÷ {@code CRITICISM}, {@code REGRETTABLE}, {@code NO_CRITICISM});
 * Norway: criticisable ÷ all handled, rejections included.
 *
 * @param codes every outcome code, in a stable order, not null
 * @param upheld the outcomes that count as upheld, a subset of denominator, not null
 * @param denominator the outcomes that count in the denominator, a subset of codes, not null
 * @param source the definition's source, not null
 * @since 0.1
 */
public record OutcomeTaxonomy(Set<Outcome> codes, Set<Outcome> upheld, Set<Outcome> denominator, LegalBasis source) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if upheld is not within denominator or denominator not within codes
   */
  public OutcomeTaxonomy {
    Objects.requireNonNull(codes, "codes is null");
    Objects.requireNonNull(upheld, "upheld is null");
    Objects.requireNonNull(denominator, "denominator is null");
    Objects.requireNonNull(source, "source is null");
    codes.forEach(c -> Objects.requireNonNull(c, "code is null"));
    if (!codes.containsAll(denominator) || !denominator.containsAll(upheld)) {
      throw new IllegalArgumentException("upheld must be within denominator and denominator within codes");
    }
  }

  /**
   * Creates a taxonomy from code names.
   *
   * @param codes every code, not null
   * @param upheld the upheld codes, not null
   * @param denominator the denominator codes, not null
   * @param source the source, not null
   * @return the taxonomy, never null
   */
  public static OutcomeTaxonomy of(Iterable<String> codes, Iterable<String> upheld, Iterable<String> denominator,
      LegalBasis source) {
    return new OutcomeTaxonomy(outcomes(codes), outcomes(upheld), outcomes(denominator), source);
  }

  private static Set<Outcome> outcomes(Iterable<String> names) {
    return LinkedHashSet.ofAll(Objects.requireNonNull(names, "codes is null")).map(Outcome::of);
  }

  /**
   * Tells whether the outcome is one of the codes.
   *
   * @param outcome the outcome, not null
   * @return true if known
   */
  public boolean contains(Outcome outcome) {
    return codes.contains(Objects.requireNonNull(outcome, "outcome is null"));
  }

  /**
   * Tells whether the outcome counts as upheld.
   *
   * @param outcome the outcome, not null
   * @return true if upheld
   */
  public boolean isUpheld(Outcome outcome) {
    return upheld.contains(Objects.requireNonNull(outcome, "outcome is null"));
  }

  /**
   * Tells whether the outcome counts in the denominator of the upheld share.
   *
   * @param outcome the outcome, not null
   * @return true if it counts
   */
  public boolean countsInDenominator(Outcome outcome) {
    return denominator.contains(Objects.requireNonNull(outcome, "outcome is null"));
  }

  /**
   * Returns a copy with another upheld definition.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param newUpheld the upheld codes, not null
   * @param newDenominator the denominator codes, not null
   * @return the new taxonomy, never null
   * @throws IllegalArgumentException if the sets do not nest within the codes
   */
  public OutcomeTaxonomy withUpheld(Iterable<String> newUpheld, Iterable<String> newDenominator) {
    return new OutcomeTaxonomy(codes, outcomes(newUpheld), outcomes(newDenominator), source);
  }
}
