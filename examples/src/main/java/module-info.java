/**
 * Runnable examples of oversight-complaint: {@link org.oversight.complaint.examples.Demo} walks the
 * Oslo and Danish scenarios end to end, and {@link org.oversight.complaint.examples.CaseService} is an
 * integrator's case service that keeps events in a relational database through plain JDBC, and
 * {@link org.oversight.complaint.examples.OverviewExample} summarises a generated year of complaints
 * for oversight.
 */
module org.oversight.complaint.examples {
  requires org.oversight.complaint.core;
  requires org.oversight.complaint.rules;
  requires org.oversight.complaint.json;
  requires org.oversight.complaint.fixtures;
  requires java.sql;
  requires org.oversight.complaint.importing;
  // Only so that DriverManager finds the embedded H2 driver on the module path. For PostgreSQL, require
  // its driver module (org.postgresql.jdbc) instead, or run on the class path; no code changes.
  requires com.h2database;

  exports org.oversight.complaint.examples;
}
