package org.oversight.complaint.examples;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CommandGuard;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;

/**
 * An integrator's case service: commands come in as proposed events (from a form, a ticket system, a
 * message queue), are validated against the case as stored, by the core and by the jurisdiction's
 * rule pack, and only then appended to the {@link JdbcEventStore}. Cases are never stored as rows of
 * state: they are restored by replaying their events ({@link ComplaintCase#replay}).
 *
 * <p>Concurrency is optimistic: the caller says which version it decided on. If the case moved on
 * meanwhile, or another writer stores the same version first, the command fails with a
 * {@link ServiceFailure.VersionConflict} and nothing is stored; the caller reloads and decides again.
 *
 * <p>This class is immutable and thread-safe if its store is.
 */
public final class CaseService {
  private final JdbcEventStore store;
  private final Function<JurisdictionCode, Option<RulePack>> packs;

  /**
   * Creates a service.
   *
   * @param store the event store, not null
   * @param packs the rule pack for each jurisdiction, none where only the core's checks apply, not null
   */
  public CaseService(JdbcEventStore store, Function<JurisdictionCode, Option<RulePack>> packs) {
    this.store = Objects.requireNonNull(store, "store is null");
    this.packs = Objects.requireNonNull(packs, "packs is null");
  }

  /**
   * Returns the rule packs this library ships, by jurisdiction: Norway's and Denmark's.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return the pack, none for other jurisdictions, never null
   */
  public static Option<RulePack> shippedPacks(JurisdictionCode jurisdiction) {
    switch (jurisdiction.value().substring(0, 2)) {
      case "NO":
        return Option.some(NorwayRules.pack());
      case "DK":
        return Option.some(DenmarkRules.pack());
      default:
        return Option.none();
    }
  }

  /**
   * Opens a case from its receipt.
   *
   * @param receipt the receipt, not null
   * @return the new case, or {@link ServiceFailure.AlreadyExists}, never null
   * @throws StorageException if the database fails
   */
  public Either<ServiceFailure, ComplaintCase> open(CaseEvent.ComplaintReceived receipt) {
    Objects.requireNonNull(receipt, "receipt is null");
    ComplaintCase created = ComplaintCase.receive(receipt).complaint();
    if (store.version(created.id()) != 0 || !store.append(created.id(), 0, Vector.of(receipt))) {
      return Either.left(new ServiceFailure.AlreadyExists(created.id()));
    }
    return Either.right(created);
  }

  /**
   * Validates a proposed event against the stored case and appends it.
   *
   * @param caseId the case, not null
   * @param expectedVersion the version the caller decided on
   * @param proposed the proposed event (the command's data), not null
   * @return the new case, or why nothing was stored, never null
   * @throws StorageException if the database fails or the stored history does not replay
   */
  public Either<ServiceFailure, ComplaintCase> handle(CaseId caseId, long expectedVersion, CaseEvent proposed) {
    Objects.requireNonNull(caseId, "caseId is null");
    Objects.requireNonNull(proposed, "proposed is null");
    Option<ComplaintCase> loaded = load(caseId);
    if (loaded.isEmpty()) {
      return Either.left(new ServiceFailure.NotFound(caseId));
    }
    ComplaintCase current = loaded.get();
    if (current.version() != expectedVersion) {
      return Either.left(new ServiceFailure.VersionConflict(caseId, expectedVersion, current.version()));
    }
    // The one path: the core checks the graph and the data, the jurisdiction's pack guards it.
    CommandGuard rules = packs.apply(current.jurisdiction()).<CommandGuard>map(pack -> pack)
        .getOrElse(CommandGuard.none());
    Either<Rejection, Transition> executed = current.execute(proposed, rules);
    if (executed.isLeft()) {
      return Either.left(new ServiceFailure.Refused(executed.getLeft()));
    }
    Seq<CaseEvent> events = executed.get().events();
    if (!store.append(caseId, expectedVersion, events)) {
      return Either.left(new ServiceFailure.VersionConflict(caseId, expectedVersion, -1));
    }
    return Either.right(executed.get().complaint());
  }

  /**
   * Restores a case by replaying its stored events.
   *
   * @param caseId the case, not null
   * @return the case, none if there is no such case, never null
   * @throws StorageException if the database fails or the stored history does not replay
   */
  public Option<ComplaintCase> load(CaseId caseId) {
    Seq<CaseEvent> events = store.load(caseId);
    if (events.isEmpty()) {
      return Option.none();
    }
    Either<Rejection, ComplaintCase> replayed = ComplaintCase.replay(events);
    if (replayed.isLeft()) {
      throw new StorageException("the stored history of case " + caseId + " does not replay: "
          + replayed.getLeft().message(), null);
    }
    return Option.some(replayed.get());
  }
}
