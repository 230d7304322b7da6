package org.oversight.complaint.core;

import io.vavr.control.Option;
import java.time.Instant;

/**
 * A recorded decision to disregard the filing time limit (DK retsplejeloven § 1019 a stk. 3: "in
 * special cases"). Rule packs read it when they check the limit.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param at when it was waived, not null
 * @param legalBasis the rule that allows the waiver, none if not given, never null
 * @param reason why, not null, may be empty
 * @since 0.1
 */
public record TimeLimitWaiver(Instant at, Option<LegalBasis> legalBasis, String reason) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   */
  public TimeLimitWaiver {
    Checks.notNull(at, "at");
    Checks.notNull(legalBasis, "legalBasis");
    Checks.text(reason, "reason", 2_000);
  }

  /**
   * Returns the instant and the legal basis, and only the length of the reason.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "TimeLimitWaiver[at=" + at + ", legalBasis=" + legalBasis + ", reason=" + Checks.withheld(reason) + "]";
  }
}
