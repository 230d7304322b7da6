/**
 * Imports published police-complaint exports into complaint cases through the core's public commands:
 * the NYC Civilian Complaint Review Board's allegations file, Philadelphia's complaints and findings
 * files and the Chicago Citizens Police Data Project's complaints and accused files, each read as its
 * publisher publishes it (rows of one complaint anywhere in the file, text mis-decoded from
 * Windows-1252, spreadsheet error values). Every row is accounted for: imported, repaired, or refused
 * with a reason that names the file, line and column.
 *
 * <pre>{@code
 * try (ImportRun run = PhiladelphiaImport.standard().read("complaints.csv", complaints, "findings.csv", findings)) {
 *   ImportSummary summary = run.drain(cases::add);
 * }
 * }</pre>
 *
 * <p>Depends on complaint-rules (the vocabularies) and jackson-dataformat-csv.
 */
module org.oversight.complaint.importing {
  requires static org.immutables.value;
  requires transitive org.oversight.complaint.core;
  requires transitive org.oversight.complaint.rules;
  requires transitive io.vavr;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.databind;

  exports org.oversight.complaint.importing;
}
