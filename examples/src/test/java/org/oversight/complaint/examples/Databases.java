package org.oversight.complaint.examples;

import java.sql.DriverManager;
import java.util.UUID;

/** A fresh in-memory H2 database per call, so tests do not share rows. */
final class Databases {
  private Databases() {}

  static JdbcEventStore.ConnectionSource freshH2() {
    String url = "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return () -> DriverManager.getConnection(url, "sa", "");
  }
}
