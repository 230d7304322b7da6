package org.oversight.complaint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case service on a real PostgreSQL server, with the payload as {@code jsonb}. Skipped, saying how
 * to run it, when no server is given (see {@link Databases#HOW_TO_RUN_POSTGRES}).
 */
class CaseServicePostgresTest extends CaseServiceTest {

  @BeforeAll
  static void aServerIsGiven() {
    Databases.assumePostgres();
  }

  @Override
  Databases.TestDatabase openDatabase() {
    return Databases.postgres();
  }

  @Test
  void thePayloadIsJsonbAndQueryable() throws Exception {
    storeUpTo(service, OSLO, 6);
    try (Connection c = db.open(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_typeof(payload)::text FROM case_event LIMIT 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("jsonb");
    }
    try (Connection c = db.open(); PreparedStatement s = c.prepareStatement(
        "SELECT version FROM case_event WHERE case_id = ? AND payload ->> 'type' = 'AllegationAdded' ORDER BY version")) {
      s.setString(1, ID.value());
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isEqualTo(6);
      }
    }
  }

  @Test
  void theExampleRunsOnPostgresql() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CaseServiceExample.run(db, JdbcEventStore.Dialect.POSTGRESQL, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("payload     JSONB                    NOT NULL,")
        .contains("Ola records a progress update:       REFUSED  case oslo-2026-000123 was changed by someone else")
        .contains("Equal to the case the service last returned: true");
  }
}
