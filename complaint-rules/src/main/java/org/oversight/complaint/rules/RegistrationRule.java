package org.oversight.complaint.rules;

import io.vavr.control.Option;
import java.util.Objects;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.RegistrationRequirements;

/**
 * A registration-completeness rule: which details a case must hold before it is registered. Only the
 * details the law requires belong here, for they refuse registration; details a body asks for but
 * registers without (an oral complaint without a date) are requested after registration instead
 * ({@link FeedbackRule#missingDetails}).
 *
 * <h2>Specification for implementors</h2>
 * {@link #requirements(ComplaintCase)} must not alter the case, must be thread-safe, deterministic and
 * must not throw for any valid case. {@link #legalBasis()} must return the same value every time.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RegistrationRule {

  /**
   * Returns the details required to register the case.
   *
   * @param complaint the case, not null
   * @return the requirements, never null
   */
  RegistrationRequirements requirements(ComplaintCase complaint);

  /**
   * Returns the legal basis of the requirements.
   *
   * @return the basis, none by default, never null
   */
  default Option<LegalBasis> legalBasis() {
    return Option.none();
  }

  /**
   * Requires the same details of every case.
   *
   * @param requirements the details, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static RegistrationRule of(RegistrationRequirements requirements, LegalBasis legalBasis) {
    Objects.requireNonNull(requirements, "requirements is null");
    Option<LegalBasis> basis = Option.some(Objects.requireNonNull(legalBasis, "legalBasis is null"));
    return new RegistrationRule() {
      @Override
      public RegistrationRequirements requirements(ComplaintCase complaint) {
        return requirements;
      }

      @Override
      public Option<LegalBasis> legalBasis() {
        return basis;
      }
    };
  }
}
