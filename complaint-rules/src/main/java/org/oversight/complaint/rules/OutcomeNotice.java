package org.oversight.complaint.rules;

import io.vavr.collection.Seq;
import java.util.Objects;
import org.oversight.complaint.core.LegalBasis;

/**
 * What an outcome notice must be: to whom, by when after the decision, and whether it must give
 * reasons. The review route it must name comes from the pack's {@link ReviewRule}; what it may say
 * comes from the pack's {@link DisclosurePolicy} (Norway district: the finding and its reasons, while
 * measures against the officer stay internal).
 *
 * @param to the addressees, not null, not empty
 * @param within the period after the decision, not null
 * @param reasons whether the notice must give reasons (NO: "begrunnet svar": {@link Reasons#REQUIRED}), not null
 * @param legalBasis the legal basis, not null
 * @since 0.1
 */
public record OutcomeNotice(Seq<Addressee> to, DeadlinePeriod within, Reasons reasons, LegalBasis legalBasis) {

  /** Whether an outcome notice must give the reasons for the outcome. */
  public enum Reasons {
    /** The notice must give reasons; a notice without them is refused. */
    REQUIRED,
    /** Reasons may be given but are not required. */
    NOT_REQUIRED
  }

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if to is empty
   */
  public OutcomeNotice {
    Objects.requireNonNull(to, "to is null");
    Objects.requireNonNull(within, "within is null");
    Objects.requireNonNull(reasons, "reasons is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    if (to.isEmpty()) {
      throw new IllegalArgumentException("to must not be empty");
    }
  }

  /**
   * Tells whether the notice must give reasons.
   *
   * @return true if {@link #reasons()} is {@link Reasons#REQUIRED}
   */
  public boolean reasonsRequired() {
    return reasons == Reasons.REQUIRED;
  }
}
