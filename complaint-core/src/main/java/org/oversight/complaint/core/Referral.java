package org.oversight.complaint.core;

import io.vavr.control.Option;
import java.time.Instant;

/**
 * A referral of a case (or, for victim support, of a party's contact) to another body.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the kind of referral, not null
 * @param to the body referred to, not null
 * @param party for a victim-support referral the party referred, otherwise none, never null
 * @param legalBasis the rule that required it, none for a voluntary referral, never null
 * @param at when, not null
 * @since 0.1
 */
public record Referral(
    ReferralKind kind, Body to, Option<PartyId> party, Option<LegalBasis> legalBasis, Instant at) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   */
  public Referral {
    Checks.notNull(kind, "kind");
    Checks.notNull(to, "to");
    Checks.notNull(party, "party");
    Checks.notNull(legalBasis, "legalBasis");
    Checks.notNull(at, "at");
  }
}
