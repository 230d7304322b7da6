package org.oversight.complaint.examples;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;

/**
 * An append-only store of case events in one relational table, through plain JDBC.
 *
 * <p>Each event is one row keyed by (case id, version), where version 1 is the receipt. The primary
 * key is the optimistic-concurrency guard: two writers that both read version n and both append
 * version n + 1 cannot both succeed, whatever the isolation level, because the database refuses the
 * second row (SQLState 23505). {@link #append} reports that as {@code false}.
 *
 * <p>The SQL is standard and runs unchanged on H2 (the embedded default) and PostgreSQL:
 * {@code VARCHAR}, {@code BIGINT}, {@code TIMESTAMP WITH TIME ZONE} (written as an
 * {@link OffsetDateTime}, JDBC 4.2), {@code TEXT} (H2 stores it as {@code CHARACTER VARYING}), and
 * {@code CREATE TABLE IF NOT EXISTS}. The payload is the event's JSON from complaint-json; the other
 * columns are there for queries and operations, the payload alone restores the event. On PostgreSQL,
 * {@link Dialect#POSTGRESQL} stores the payload as {@code jsonb} instead: the server checks that it is
 * JSON, and queries can look inside it ({@code payload ->> 'type'}, {@code payload @> ...}).
 *
 * <p>This class is immutable and thread-safe if its connection source is: each call opens and
 * closes its own connection.
 */
public final class JdbcEventStore {

  /** Opens a connection; for example {@code () -> DriverManager.getConnection(url, user, password)} or a pool. */
  @FunctionalInterface
  public interface ConnectionSource {
    /**
     * Opens a connection the caller closes.
     *
     * @return the connection, never null
     * @throws SQLException if none can be opened
     */
    Connection open() throws SQLException;
  }

  /**
   * How the payload column is declared and written. Everything else (the key, the version check, the
   * detection of a lost race) is the same SQL on every database.
   */
  public enum Dialect {
    /** Standard SQL that H2 and PostgreSQL both accept: the payload is {@code TEXT}. */
    STANDARD("TEXT", "?"),
    /** PostgreSQL: the payload is {@code jsonb}, checked by the server and queryable. */
    POSTGRESQL("JSONB", "CAST(? AS JSONB)");

    private final String payloadType;
    private final String payloadParameter;

    Dialect(String payloadType, String payloadParameter) {
      this.payloadType = payloadType;
      this.payloadParameter = payloadParameter;
    }

    /**
     * Picks the dialect for a JDBC URL: {@link #POSTGRESQL} for {@code jdbc:postgresql:} URLs,
     * {@link #STANDARD} for any other.
     *
     * @param jdbcUrl the URL, not null
     * @return the dialect, never null
     */
    public static Dialect forUrl(String jdbcUrl) {
      Objects.requireNonNull(jdbcUrl, "jdbcUrl is null");
      return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : STANDARD;
    }

    /**
     * The {@code CREATE TABLE} statement of the event table in this dialect.
     *
     * @return the SQL, never null
     */
    public String schema() {
      return String.join("\n",
          "CREATE TABLE IF NOT EXISTS case_event (",
          "  case_id     VARCHAR(64)              NOT NULL,",
          "  version     BIGINT                   NOT NULL,",
          "  event_type  VARCHAR(64)              NOT NULL,",
          "  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,",
          String.format("  payload     %-24s NOT NULL,", payloadType),
          "  PRIMARY KEY (case_id, version)",
          ")");
    }

    String insert() {
      return "INSERT INTO case_event (case_id, version, event_type, occurred_at, payload) VALUES (?, ?, ?, ?, "
          + payloadParameter + ")";
    }
  }

  /** The table, in SQL that H2 and PostgreSQL both accept ({@link Dialect#STANDARD}). */
  public static final String SCHEMA = Dialect.STANDARD.schema();

  private static final String SELECT =
      "SELECT payload FROM case_event WHERE case_id = ? ORDER BY version";
  private static final String VERSION =
      "SELECT COALESCE(MAX(version), 0) FROM case_event WHERE case_id = ?";

  private final ConnectionSource connections;
  private final EventCodec codec;
  private final Dialect dialect;

  /**
   * Creates a store in standard SQL ({@link Dialect#STANDARD}).
   *
   * @param connections where connections come from, not null
   * @param codec how events are written, not null
   */
  public JdbcEventStore(ConnectionSource connections, EventCodec codec) {
    this(connections, codec, Dialect.STANDARD);
  }

  /**
   * Creates a store.
   *
   * @param connections where connections come from, not null
   * @param codec how events are written, not null
   * @param dialect how the payload is stored, not null
   */
  public JdbcEventStore(ConnectionSource connections, EventCodec codec, Dialect dialect) {
    this.connections = Objects.requireNonNull(connections, "connections is null");
    this.codec = Objects.requireNonNull(codec, "codec is null");
    this.dialect = Objects.requireNonNull(dialect, "dialect is null");
  }

  /**
   * Returns how this store writes the payload.
   *
   * @return the dialect, never null
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Creates the table if it does not exist.
   *
   * @throws StorageException if the database fails
   */
  public void createSchema() {
    try (Connection c = connections.open(); Statement s = c.createStatement()) {
      s.execute(dialect.schema());
    } catch (SQLException e) {
      throw new StorageException("could not create the case_event table: " + e.getMessage(), e);
    }
  }

  /**
   * Loads a case's events, oldest first.
   *
   * @param caseId the case, not null
   * @return the events, empty if there is no such case, never null
   * @throws StorageException if the database fails or a row cannot be read
   */
  public Seq<CaseEvent> load(CaseId caseId) {
    Objects.requireNonNull(caseId, "caseId is null");
    try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(SELECT)) {
      s.setString(1, caseId.value());
      Vector<CaseEvent> events = Vector.empty();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          events = events.append(codec.decode(rs.getString(1)));
        }
      }
      return events;
    } catch (SQLException e) {
      throw new StorageException("could not load case " + caseId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the stored version of a case: the number of its events.
   *
   * @param caseId the case, not null
   * @return the version, 0 if there is no such case
   * @throws StorageException if the database fails
   */
  public long version(CaseId caseId) {
    Objects.requireNonNull(caseId, "caseId is null");
    try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(VERSION)) {
      s.setString(1, caseId.value());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StorageException("could not read the version of case " + caseId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Appends events after a version, in one transaction.
   *
   * @param caseId the case, not null
   * @param expectedVersion the version the caller's case had, 0 for a new case
   * @param events the new events, oldest first, not null
   * @return true if stored; false if another writer stored that version first (nothing was stored)
   * @throws StorageException if the database fails otherwise
   */
  public boolean append(CaseId caseId, long expectedVersion, Seq<CaseEvent> events) {
    Objects.requireNonNull(caseId, "caseId is null");
    Objects.requireNonNull(events, "events is null");
    try (Connection c = connections.open()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(dialect.insert())) {
        long version = expectedVersion;
        for (CaseEvent e : events) {
          version++;
          s.setString(1, caseId.value());
          s.setLong(2, version);
          s.setString(3, e.getClass().getSimpleName());
          s.setObject(4, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
          s.setString(5, codec.encode(e));
          s.addBatch();
        }
        s.executeBatch();
        c.commit();
        return true;
      } catch (SQLException e) {
        c.rollback();
        if (isDuplicateKey(e)) {
          return false;
        }
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StorageException("could not append to case " + caseId + ": " + e.getMessage(), e);
    }
  }

  /** SQLState class 23 is an integrity constraint violation; 23505 is a unique violation in H2 and PostgreSQL. */
  private static boolean isDuplicateKey(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return e.getCause() instanceof SQLException && isDuplicateKey((SQLException) e.getCause());
  }
}
