package org.oversight.complaint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The case service on an embedded H2 database, in standard SQL. */
class CaseServiceH2Test extends CaseServiceTest {

  @Override
  Databases.TestDatabase openDatabase() {
    return Databases.h2();
  }

  @Test
  void thePayloadIsStoredAsText() throws Exception {
    storeUpTo(service, OSLO, 0);
    try (Connection c = db.open(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
            + "WHERE TABLE_NAME = 'CASE_EVENT' AND COLUMN_NAME = 'PAYLOAD'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("CHARACTER VARYING");
    }
  }
}
