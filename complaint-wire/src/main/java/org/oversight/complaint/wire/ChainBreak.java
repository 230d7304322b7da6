package org.oversight.complaint.wire;

import java.util.Objects;

/**
 * Where and how a chained history stops being the one that was written: the first position at which
 * {@link EventChain#verify} finds a link that does not hold.
 *
 * <p>Immutable and thread-safe.
 *
 * @param position the index of the first link that does not hold (0 for the first event), or the
 *     history's length when it is the expected head that is missing
 * @param kind what does not hold, not null
 * @param expected the digest the chain required there, not null
 * @param found the digest found there, not null
 * @since 0.1
 */
public record ChainBreak(int position, Kind kind, Digest expected, Digest found) {

  /** What does not hold at the break. */
  public enum Kind {
    /**
     * The event's content is not what its digest was computed over: it was edited or re-dated after
     * it was chained.
     */
    CHANGED,
    /**
     * The event was not chained to the event now before it: an event before it was dropped, one was
     * inserted or moved, or this event comes from another history.
     */
    NOT_CHAINED_TO_PREDECESSOR,
    /**
     * The history does not end at the head the caller kept: events at its end were dropped, or it was
     * rewritten from some point on.
     */
    HEAD_MISSING
  }

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if position is negative
   */
  public ChainBreak {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(expected, "expected is null");
    Objects.requireNonNull(found, "found is null");
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative but was " + position);
    }
  }

  /**
   * Says what was found, in English.
   *
   * @return the explanation, never null
   */
  public String message() {
    switch (kind) {
      case CHANGED:
        return "event " + position + " was changed after it was chained: its content gives " + found
            + ", its recorded digest is " + expected;
      case NOT_CHAINED_TO_PREDECESSOR:
        return "event " + position + " was not chained to the event before it (it names " + found
            + ", the event before it is " + expected + "): an event was dropped, inserted or moved there,"
            + " or this one comes from another history";
      default:
        return "the history ends at " + found + " after " + position + " events, not at the head " + expected
            + " that was kept: events at its end were dropped, or it was rewritten";
    }
  }
}
