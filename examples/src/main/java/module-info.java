/**
 * Runnable examples of oversight-complaint: {@link org.oversight.complaint.examples.Demo} walks the
 * Oslo and Danish scenarios end to end, and {@link org.oversight.complaint.examples.CaseService} is an
 * integrator's case service that keeps events in a relational database through plain JDBC, and
 * {@link org.oversight.complaint.examples.OverviewExample} summarises a generated year of complaints
 * for oversight.
 */
module org.oversight.complaint.examples {
  requires transitive org.oversight.complaint.core;
  requires transitive org.oversight.complaint.rules;
  requires org.oversight.complaint.json;
  requires org.oversight.complaint.fixtures;
  requires transitive java.sql;
  requires org.oversight.complaint.importing;
  // Only so that DriverManager finds the JDBC drivers on the module path: the embedded H2 database and
  // PostgreSQL. No code refers to either.
  requires com.h2database;
  requires org.postgresql.jdbc;

  exports org.oversight.complaint.examples;
}
