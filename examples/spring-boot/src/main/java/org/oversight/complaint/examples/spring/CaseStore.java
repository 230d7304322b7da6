package org.oversight.complaint.examples.spring;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.wire.ChainBreak;
import org.oversight.complaint.wire.ChainLink;
import org.oversight.complaint.wire.Digest;
import org.oversight.complaint.wire.EventChain;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events of each case (table {@code case_event}, created by {@code schema.sql}): one row per event,
 * keyed by case and version, the event in the library's wire format, chained to the event before it by
 * SHA-256 digests ({@link EventChain}); the head of each chain in {@code case_head}. Cases are never stored
 * as rows of state; they are restored by replaying their events, after the chain is verified against the
 * head, so that a row edited, deleted or re-dated behind the service's back is found, not replayed. A
 * row added past the head is not part of the case: it is never read, and the next writer finds its
 * version taken.
 *
 * <p>The event column is text on H2 ({@code schema-h2.sql}) and {@code jsonb} on PostgreSQL
 * ({@code schema-postgresql.sql}, the {@code postgresql} profile): {@link EventColumn} says how an event is
 * written into it. The chain's digests are computed from the events, not from the stored text, so
 * PostgreSQL's normalisation of {@code jsonb} (key order, white space) does not break the chain.
 *
 * <p>Concurrency is optimistic: {@link #append} writes only if the case is still at the version the
 * caller decided on, and the primary key turns a concurrent writer of the same version into a refusal,
 * not a lost update.
 *
 * <p>Thread-safe.
 */
@Repository
public class CaseStore {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final String insertEvent;

  /**
   * How the {@code event} column holds an event's JSON, set by the property
   * {@code complaint.store.event-column}.
   */
  public enum EventColumn {
    /** A character column (H2's {@code varchar}): the JSON text is stored as written. */
    TEXT("?"),
    /** PostgreSQL's {@code jsonb}: the text is cast, so the server checks it and stores it parsed. */
    JSONB("cast(? as jsonb)");

    private final String parameter;

    EventColumn(String parameter) {
      this.parameter = parameter;
    }
  }

  /**
   * Creates the store.
   *
   * @param jdbc the database, not null
   * @param transactions the transactions appends run in, not null
   * @param json Boot's mapper, with complaint-json3's module, not null
   * @param eventColumn how the event column holds JSON ({@code complaint.store.event-column}), not null
   */
  public CaseStore(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json,
      @Value("${complaint.store.event-column:TEXT}") EventColumn eventColumn) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.json = json;
    this.insertEvent = "insert into case_event (case_id, version, event, previous_digest, digest) values (?, ?, "
        + eventColumn.parameter + ", ?, ?)";
  }

  /**
   * Returns a case's events, oldest first, after verifying their chain against the kept head.
   *
   * @param caseId the case, not null
   * @return the events, empty if there is no such case, never null
   * @throws TamperedHistory if the stored events are not the ones that were written
   */
  public Seq<CaseEvent> load(CaseId caseId) {
    // The head first, then the events up to its version: a writer commits its events and the head
    // together, so a reader racing it sees a head and all the events it covers, never a later event
    // without its head (which would look like tampering). Events without any head are read whole, and
    // fail the check below.
    Option<Head> head = head(caseId);
    Seq<ChainLink> links = Vector.ofAll(jdbc.sql("select event, previous_digest, digest from case_event"
            + " where case_id = ? and version <= ? order by version")
        .params(caseId.value(), head.map(Head::version).getOrElse(Long.MAX_VALUE))
        .query((row, n) -> new ChainLink(json.readValue(row.getString(1), CaseEvent.class),
            Digest.parse(row.getString(2).strip()), Digest.parse(row.getString(3).strip())))
        .list());
    if (links.isEmpty() && head.isEmpty()) {
      return Vector.empty();
    }
    Either<ChainBreak, Digest> verified = EventChain.verify(links, head.map(Head::digest).getOrElse(Digest.NONE));
    if (verified.isLeft()) {
      throw new TamperedHistory(caseId, verified.getLeft());
    }
    return links.map(ChainLink::event);
  }

  /**
   * Appends events if the case is at the expected version, chaining each to the one before it and
   * moving the head.
   *
   * @param caseId the case, not null
   * @param expectedVersion the number of events the caller saw, 0 for a new case
   * @param events the events to append, not null
   * @return true if they were stored, false if the case had moved on (nothing is stored)
   */
  public boolean append(CaseId caseId, long expectedVersion, Seq<CaseEvent> events) {
    try {
      return Boolean.TRUE.equals(transactions.execute(status -> {
        Option<Long> current = jdbc.sql("select version from case_head where case_id = ?")
            .param(caseId.value()).query(Long.class).optional().map(Option::of).orElse(Option.none());
        if (current.getOrElse(0L) != expectedVersion) {
          return false;
        }
        Digest previous = head(caseId).map(Head::digest).getOrElse(Digest.NONE);
        long version = expectedVersion;
        for (CaseEvent event : events) {
          version++;
          ChainLink link = EventChain.append(previous, event);
          jdbc.sql(insertEvent)
              .params(caseId.value(), version, json.writeValueAsString(event), link.previous().toString(),
                  link.digest().toString())
              .update();
          previous = link.digest();
        }
        if (expectedVersion == 0) {
          jdbc.sql("insert into case_head (case_id, version, head) values (?, ?, ?)")
              .params(caseId.value(), version, previous.toString()).update();
        } else {
          jdbc.sql("update case_head set version = ?, head = ? where case_id = ? and version = ?")
              .params(version, previous.toString(), caseId.value(), expectedVersion).update();
        }
        return true;
      }));
    } catch (DuplicateKeyException | ConcurrencyFailureException concurrentWriter) {
      // Another writer stored this version first: its row's key, or the database's lock on it, says so.
      return false;
    }
  }

  /** The head of a case's chain: how many events it covers and the digest of the last. */
  private record Head(long version, Digest digest) {}

  private Option<Head> head(CaseId caseId) {
    return jdbc.sql("select version, head from case_head where case_id = ?").param(caseId.value())
        .query((row, n) -> new Head(row.getLong(1), Digest.parse(row.getString(2).strip())))
        .optional().map(Option::of).orElse(Option.none());
  }

  /**
   * The stored events of a case are not the ones this service wrote: a row was edited, deleted,
   * inserted or moved behind its back. Answered as 500 with the position at fault.
   */
  public static final class TamperedHistory extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The case. */
    private final transient CaseId caseId;
    /** Where and how the chain breaks. */
    private final transient ChainBreak broken;

    TamperedHistory(CaseId caseId, ChainBreak broken) {
      super("the stored history of case " + caseId + " was changed: " + broken.message());
      this.caseId = caseId;
      this.broken = broken;
    }

    /**
     * Returns the case.
     *
     * @return the case, never null
     */
    public CaseId caseId() {
      return caseId;
    }

    /**
     * Returns where and how the chain breaks.
     *
     * @return the break, never null
     */
    public ChainBreak broken() {
      return broken;
    }
  }
}
