package org.oversight.complaint.core;

import java.time.Instant;

/**
 * Who did what when, and why: the audit envelope of every {@link CaseEvent}. Each command method of
 * {@link ComplaintCase} takes one, and the event it records carries it unchanged, so that the
 * history tells for every change the instant it happened, the {@link Actor} who made it and the
 * reason they gave.
 *
 * <pre>{@code
 * c.close(Stamp.of(now, caseworker, "No appeal within three weeks"));
 * c.openPartyHearing(Stamp.of(now, caseworker));   // no reason given
 * }</pre>
 *
 * <p>Valid by construction: the instant and the actor are required, the instant inside the
 * {@link TimeWindow}; the reason is free text of at
 * most 4,000 characters without control characters other than line breaks and tabs, and may be
 * empty (a reason is often not given). Neither the core nor the rule packs interpret it: what a
 * rule needs is a typed field of its event (the reasons an outcome notice gives are its
 * {@link StatementOfReasons}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param at when it happened, not null
 * @param actor who did it, not null
 * @param reason why, in the actor's words, not null, may be empty
 * @since 0.1
 */
public record Stamp(Instant at, Actor actor, String reason) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the instant is outside the {@link TimeWindow}, or the reason
   *     is longer than 4,000 characters or holds a control character other than a line break or a tab
   */
  public Stamp {
    TimeWindow.check(at, "at");
    Checks.notNull(actor, "actor");
    Checks.text(reason, "reason", 4_000);
  }

  /**
   * Obtains a stamp without a reason.
   *
   * @param at when, not null
   * @param actor who, not null
   * @return the stamp, with an empty reason, never null
   * @throws NullPointerException if an argument is null
   */
  public static Stamp of(Instant at, Actor actor) {
    return new Stamp(at, actor, "");
  }

  /**
   * Obtains a stamp.
   *
   * @param at when, not null
   * @param actor who, not null
   * @param reason why, not null, may be empty
   * @return the stamp, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reason is longer than 4,000 characters or holds a
   *     control character other than a line break or a tab
   */
  public static Stamp of(Instant at, Actor actor, String reason) {
    return new Stamp(at, actor, reason);
  }

  /**
   * Returns a copy with another reason.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param newReason the reason, not null, may be empty
   * @return the copy, never null
   * @throws NullPointerException if newReason is null
   * @throws IllegalArgumentException if the reason is longer than 4,000 characters or holds a
   *     control character other than a line break or a tab
   */
  public Stamp withReason(String newReason) {
    return new Stamp(at, actor, newReason);
  }

  /**
   * Returns the instant and the actor, and only the length of the reason, which is free text that
   * may hold personal data.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Stamp[at=" + at + ", actor=" + actor + ", reason=" + Checks.withheld(reason) + "]";
  }
}
