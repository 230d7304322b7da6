package org.oversight.complaint.core;

import java.time.Instant;

/**
 * A party's recorded answer to a request for consent. A refusal is recorded too, so it is never lost.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param party who answered, not null
 * @param purpose what the consent is for, not null
 * @param state the answer, not null
 * @param at when, not null
 * @since 0.1
 */
public record ConsentRecord(PartyId party, ConsentPurpose purpose, ConsentState state, Instant at) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   */
  public ConsentRecord {
    Checks.notNull(party, "party");
    Checks.notNull(purpose, "purpose");
    Checks.notNull(state, "state");
    Checks.notNull(at, "at");
  }
}
