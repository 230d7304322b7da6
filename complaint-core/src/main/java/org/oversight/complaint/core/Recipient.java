package org.oversight.complaint.core;

/**
 * Who a notification was sent to: a party of the case, or a body (e.g. the local policing body or
 * the review body). A closed set; implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface Recipient {

  /**
   * A party of the case.
   *
   * @param party the party id, not null
   * @return the recipient, never null
   */
  static Recipient party(PartyId party) {
    return new ToParty(party);
  }

  /**
   * A body.
   *
   * @param body the body, not null
   * @return the recipient, never null
   */
  static Recipient body(Body body) {
    return new ToBody(body);
  }

  /**
   * A party of the case.
   *
   * @param party the party id, not null
   */
  record ToParty(PartyId party) implements Recipient {
    /**
     * Validates.
     *
     * @throws NullPointerException if party is null
     */
    public ToParty {
      Checks.notNull(party, "party");
    }
  }

  /**
   * A body.
   *
   * @param body the body, not null
   */
  record ToBody(Body body) implements Recipient {
    /**
     * Validates.
     *
     * @throws NullPointerException if body is null
     */
    public ToBody {
      Checks.notNull(body, "body");
    }
  }
}
