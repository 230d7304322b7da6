package org.oversight.complaint.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service over real HTTP with its events as {@code jsonb} on a real PostgreSQL server (the
 * {@code postgresql} profile), in a schema of its own that is dropped afterwards. The server is the one
 * named by the system property {@value #URL_PROPERTY} or the environment variable {@value #URL_ENV}
 * ({@code .ci/run} starts one and sets it); without it the class is skipped and says how to run it.
 */
class ComplaintServicePostgresHttpTest extends ComplaintServiceOverHttp {

  static final String URL_PROPERTY = "complaint.postgres.url";
  static final String URL_ENV = "COMPLAINT_POSTGRES_URL";
  static final String HOW_TO_RUN = "No PostgreSQL server given, so the Spring Boot service's PostgreSQL tests were "
      + "skipped. To run them, pass a JDBC URL of a database the user may create schemas in, e.g. " + URL_ENV
      + "=jdbc:postgresql://localhost:5432/postgres?user=postgres mvn verify (or -D" + URL_PROPERTY
      + "=...); .ci/run starts a server and does this.";

  private final String schema = "complaint_http_" + UUID.randomUUID().toString().replace("-", "");
  private String url;

  @Override
  Seq<String> databaseArguments() {
    url = configuredUrl();
    if (url.isEmpty()) {
      System.err.println("[PostgreSQL] " + HOW_TO_RUN);
    }
    Assumptions.assumeFalse(url.isEmpty(), HOW_TO_RUN);
    execute("create schema " + schema);
    return List.of("--spring.profiles.active=postgresql",
        "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  @Override
  String redateStoredEvent() {
    return "update case_event set event = replace(event::text, '09:10:00Z', '09:10:01Z')::jsonb"
        + " where case_id = ? and version = 3";
  }

  @Override
  void dropDatabase() {
    if (url != null && !url.isEmpty()) {
      execute("drop schema if exists " + schema + " cascade");
    }
  }

  @Test
  void theEventsAreStoredAsJsonbThatTheServerCanQuery() throws Exception {
    String caseId = caseAtStep("acknowledged");
    JdbcClient jdbc = service.getBean(JdbcClient.class);

    String columnType = jdbc.sql("select pg_typeof(event)::text from case_event where case_id = ? and version = 1")
        .param(caseId).query(String.class).single();
    java.util.List<String> types = jdbc.sql("select event->>'type' from case_event where case_id = ? order by version")
        .param(caseId).query(String.class).list();

    assertThat(columnType).isEqualTo("jsonb");
    assertThat(types).containsExactly("ComplaintReceived", "Registered", "Acknowledged");
  }

  private static String configuredUrl() {
    String configured = System.getProperty(URL_PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(URL_ENV);
    }
    return configured == null ? "" : configured.strip();
  }

  private void execute(String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run \"" + sql + "\" on " + url + ": " + e.getMessage(), e);
    }
  }
}
