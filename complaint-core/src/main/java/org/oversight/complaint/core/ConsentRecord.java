package org.oversight.complaint.core;

import io.vavr.control.Option;
import java.time.Instant;

/**
 * A party's recorded answer to a request for consent. A refusal is recorded too, so it is never lost.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param party who answered, not null
 * @param purpose what the consent is for, not null
 * @param state the answer, not null
 * @param form how the answer was given, none if not recorded, never null
 * @param at when, not null
 * @since 0.1
 */
public record ConsentRecord(PartyId party, ConsentPurpose purpose, ConsentState state, Option<StatementForm> form,
    Instant at) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   */
  public ConsentRecord {
    Checks.notNull(party, "party");
    Checks.notNull(purpose, "purpose");
    Checks.notNull(state, "state");
    Checks.notNull(form, "form");
    Checks.notNull(at, "at");
  }

  /**
   * Creates a record of an answer whose form is not recorded.
   *
   * @param party who answered, not null
   * @param purpose what the consent is for, not null
   * @param state the answer, not null
   * @param at when, not null
   * @throws NullPointerException if any argument is null
   */
  public ConsentRecord(PartyId party, ConsentPurpose purpose, ConsentState state, Instant at) {
    this(party, purpose, state, Option.none(), at);
  }

  /**
   * Tells whether the answer is a yes given in writing (signed or not).
   *
   * @return true if the state is {@link ConsentState#GIVEN} and the form is a written one
   * @since 0.1
   */
  public boolean isGivenInWriting() {
    return state == ConsentState.GIVEN && form.exists(StatementForm::isWritten);
  }
}
