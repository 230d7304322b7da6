package org.oversight.complaint.rules;

import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.LegalBasis;

/**
 * The body that handles a track, and why.
 *
 * @param body the handling body, not null
 * @param legalBasis the legal basis, not null
 * @since 0.1
 */
public record Route(Body body, LegalBasis legalBasis) {
  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   */
  public Route {
    Objects.requireNonNull(body, "body is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
  }
}
