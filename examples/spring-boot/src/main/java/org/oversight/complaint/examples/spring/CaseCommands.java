package org.oversight.complaint.examples.spring;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CommandGuard;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.rules.RulePack;
import org.springframework.stereotype.Service;

/**
 * Receives complaints and executes commands: every command goes through the case's jurisdiction's
 * {@link RulePack#execute}, so that the state graph, the data and the law are checked in one place, and
 * only then are its events appended to the {@link CaseStore}.
 *
 * <p>Events dated more than {@link #CLOCK_TOLERANCE} ahead of the service's clock are refused first
 * ({@link CommandGuard#notAheadOf}): one mistyped year would otherwise block the case for every later
 * command.
 *
 * <p>Thread-safe.
 */
@Service
public class CaseCommands {

  /** How far ahead of the service's clock a command may be dated. */
  public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

  private final CaseStore store;
  private final RulePacks packs;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param store the events, not null
   * @param packs the rule pack of each jurisdiction, not null
   * @param clock "now", not null
   */
  public CaseCommands(CaseStore store, RulePacks packs, Clock clock) {
    this.store = store;
    this.packs = packs;
    this.clock = clock;
  }

  /**
   * Opens a case from its receipt.
   *
   * @param receipt the complaint as received, not null
   * @return the new case, or why nothing was stored, never null
   */
  public Either<CaseFailure, ComplaintCase> receive(CaseEvent.ComplaintReceived receipt) {
    CaseId caseId = receipt.caseId();
    if (packs.of(receipt.jurisdiction()).isEmpty()) {
      return Either.left(new CaseFailure.NotHandled(receipt.jurisdiction()));
    }
    ComplaintCase created = ComplaintCase.receive(receipt).complaint();
    // A receipt has no case before it: the clock is checked against the case it opens.
    Option<Rejection> early = CommandGuard.notAheadOf(clock.instant(), CLOCK_TOLERANCE)
        .refusals(created, receipt).headOption();
    if (early.isDefined()) {
      return Either.left(new CaseFailure.Refused(caseId, early.get()));
    }
    if (!store.append(caseId, 0, created.history())) {
      return Either.left(new CaseFailure.AlreadyExists(caseId));
    }
    return Either.right(created);
  }

  /**
   * Executes a command on a case, if the case is still at the version the caller decided on.
   *
   * @param caseId the case, not null
   * @param expectedVersion the version the caller decided on
   * @param proposed the event the command records, not null
   * @return the case after the command, or why nothing was stored, never null
   */
  public Either<CaseFailure, ComplaintCase> execute(CaseId caseId, long expectedVersion, CaseEvent proposed) {
    Option<ComplaintCase> loaded = load(caseId);
    if (loaded.isEmpty()) {
      return Either.left(new CaseFailure.NotFound(caseId));
    }
    ComplaintCase current = loaded.get();
    if (current.version() != expectedVersion) {
      return Either.left(new CaseFailure.VersionConflict(caseId, expectedVersion, current.version()));
    }
    Option<Rejection> early = CommandGuard.notAheadOf(clock.instant(), CLOCK_TOLERANCE)
        .refusals(current, proposed).headOption();
    if (early.isDefined()) {
      return Either.left(new CaseFailure.Refused(caseId, early.get()));
    }
    Either<Rejection, Transition> executed = pack(current).execute(current, proposed);
    if (executed.isLeft()) {
      return Either.left(new CaseFailure.Refused(caseId, executed.getLeft()));
    }
    Seq<CaseEvent> events = executed.get().events();
    if (!store.append(caseId, expectedVersion, events)) {
      return Either.left(new CaseFailure.VersionConflict(caseId, expectedVersion, store.load(caseId).size()));
    }
    return Either.right(executed.get().complaint());
  }

  /**
   * Restores a case from its events.
   *
   * @param caseId the case, not null
   * @return the case, none if there is no such case, never null
   * @throws IllegalStateException if the stored history does not replay (the table was edited by hand)
   */
  public Option<ComplaintCase> load(CaseId caseId) {
    Seq<CaseEvent> events = store.load(caseId);
    if (events.isEmpty()) {
      return Option.none();
    }
    return Option.some(ComplaintCase.replay(events).getOrElseThrow(rejection ->
        new IllegalStateException("the stored history of case " + caseId + " does not replay: "
            + rejection.message())));
  }

  /**
   * Returns the pack that governs a case.
   *
   * @param complaint the case, not null
   * @return the pack, never null
   * @throws IllegalStateException if the case's jurisdiction has no pack (it could not have been received)
   */
  public RulePack pack(ComplaintCase complaint) {
    return packs.of(complaint.jurisdiction()).getOrElseThrow(() ->
        new IllegalStateException("no rule pack for " + complaint.jurisdiction()));
  }
}
