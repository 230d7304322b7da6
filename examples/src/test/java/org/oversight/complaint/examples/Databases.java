package org.oversight.complaint.examples;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, empty databases for tests, so that tests do not share rows: an in-memory H2 database, or a
 * schema of its own on the PostgreSQL server named by {@value #POSTGRES_URL_PROPERTY} (a system
 * property) or {@value #POSTGRES_URL_ENV} (an environment variable).
 */
final class Databases {
  static final String POSTGRES_URL_PROPERTY = "complaint.postgres.url";
  static final String POSTGRES_URL_ENV = "COMPLAINT_POSTGRES_URL";
  static final String HOW_TO_RUN_POSTGRES = "No PostgreSQL server given, so the PostgreSQL tests were skipped. "
      + "To run them, pass a JDBC URL of a database the user may create schemas in, e.g. "
      + POSTGRES_URL_ENV + "=jdbc:postgresql://localhost:5432/postgres?user=postgres mvn verify "
      + "(or -D" + POSTGRES_URL_PROPERTY + "=...); .ci/run starts a server and does this.";

  private Databases() {}

  /** A database for one test; closing it drops what the test stored. */
  record TestDatabase(JdbcEventStore.ConnectionSource connections, JdbcEventStore.Dialect dialect, String drop)
      implements AutoCloseable {
    @Override
    public void close() {
      try (Connection c = connections.open(); Statement s = c.createStatement()) {
        s.execute(drop);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop the test database (" + drop + "): " + e.getMessage(), e);
      }
    }
  }

  static JdbcEventStore.ConnectionSource freshH2() {
    String url = "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return () -> DriverManager.getConnection(url, "sa", "");
  }

  static TestDatabase h2() {
    return new TestDatabase(freshH2(), JdbcEventStore.Dialect.STANDARD, "SHUTDOWN");
  }

  /** The configured PostgreSQL URL, or none. */
  static String postgresUrl() {
    String url = System.getProperty(POSTGRES_URL_PROPERTY);
    if (url == null || url.isBlank()) {
      url = System.getenv(POSTGRES_URL_ENV);
    }
    return url == null || url.isBlank() ? null : url.trim();
  }

  /** Skips the calling test (or test class) with {@link #HOW_TO_RUN_POSTGRES} if no server is configured. */
  static void assumePostgres() {
    if (postgresUrl() == null) {
      System.err.println("[PostgreSQL] " + HOW_TO_RUN_POSTGRES);
    }
    Assumptions.assumeTrue(postgresUrl() != null, HOW_TO_RUN_POSTGRES);
  }

  /** A new schema on the configured PostgreSQL server, dropped on close. */
  static TestDatabase postgres() {
    assumePostgres();
    String url = postgresUrl();
    String schema = "complaint_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a schema on " + url + ": " + e.getMessage(), e);
    }
    Properties inSchema = new Properties();
    inSchema.setProperty("currentSchema", schema);
    return new TestDatabase(() -> DriverManager.getConnection(url, inSchema), JdbcEventStore.Dialect.POSTGRESQL,
        "DROP SCHEMA " + schema + " CASCADE");
  }
}
