package org.oversight.complaint.core;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;

/**
 * A check that a proposed command may be applied to a case, beyond what the core itself checks (the
 * state graph and the command's data). A jurisdiction's rule pack is a guard; the core knows no
 * jurisdiction and takes the guard as a parameter of {@link ComplaintCase#execute(CaseEvent,
 * CommandGuard)}, never from a registry.
 *
 * <p>{@link ComplaintCase#execute(CaseEvent, CommandGuard)} checks the order of events and the
 * state graph, then the command's data (the allegation exists, the consent is on record …), then
 * asks the guard, and applies the event once, only when the guard has no refusal. The guard is
 * therefore only asked about commands the core would accept.
 *
 * <h2>Specification for implementors</h2>
 * An implementation must be pure (it reads its arguments and its own immutable configuration,
 * nothing else: no clock, no I/O, no global state), thread-safe, and deterministic: the same case
 * and proposed event give equal refusals. It must not alter its inputs (they are immutable anyway),
 * and must not throw for any valid case and event: a refusal is a value. Instants come from the
 * proposed event ({@link CaseEvent#at()}), never from a clock. The refusals are in the order the
 * guard considers most telling first; {@code execute} reports the first one.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CommandGuard {

  /**
   * Lists why a proposed command must not be applied to a case now.
   *
   * @param before the case as it stands, not null
   * @param proposed the event the command would record, dated at or after the case's last event,
   *     allowed by the state graph and valid for the case's data, not null
   * @return the refusals, most telling first; empty if the guard allows the command; never null
   */
  Seq<Rejection> refusals(ComplaintCase before, CaseEvent proposed);

  /**
   * Returns the guard that allows every command the core accepts.
   *
   * @return the guard, never null
   */
  static CommandGuard none() {
    return Unguarded.INSTANCE;
  }

  /**
   * Returns a guard that refuses commands dated more than a tolerance after an instant the caller
   * read from its own clock: the core never reads a clock, so this is how an integrator keeps a
   * mistyped date (2062 for 2026) out of a history, where it would make every later command
   * {@link Rejection.OutOfOrder}. Combine it with a rule pack by {@link #andThen(CommandGuard)}.
   *
   * @param now the caller's current instant, not null
   * @param tolerance how far ahead of {@code now} a command may be dated, not null, not negative
   * @return the guard, refusing with {@link Rejection.AheadOfClock}, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if tolerance is negative
   */
  static CommandGuard notAheadOf(Instant now, Duration tolerance) {
    Checks.notNull(now, "now");
    Checks.notNull(tolerance, "tolerance");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must not be negative but was " + tolerance);
    }
    // beyond the window no event can be dated anyway; capping there also keeps plus() from overflowing
    Instant latest = tolerance.compareTo(Duration.between(now, TimeWindow.LATEST)) < 0
        ? now.plus(tolerance)
        : TimeWindow.LATEST;
    return (before, proposed) -> proposed.at().isAfter(latest)
        ? List.of(new Rejection.AheadOfClock(before.status(), proposed.command(), proposed.at(), latest))
        : List.empty();
  }

  /**
   * Returns a guard that asks this guard, then another, and lists the refusals of both in that order.
   *
   * @param next the guard asked second, not null
   * @return the combined guard, never null
   * @throws NullPointerException if next is null
   */
  default CommandGuard andThen(CommandGuard next) {
    Checks.notNull(next, "next");
    CommandGuard first = this;
    return (before, proposed) -> {
      Seq<Rejection> mine = first.refusals(before, proposed);
      Seq<Rejection> theirs = next.refusals(before, proposed);
      return mine.isEmpty() ? theirs : theirs.isEmpty() ? mine : mine.appendAll(theirs);
    };
  }
}

/** The guard that refuses nothing. */
enum Unguarded implements CommandGuard {
  INSTANCE;

  @Override
  public Seq<Rejection> refusals(ComplaintCase before, CaseEvent proposed) {
    return List.empty();
  }
}
