/**
 * Jackson 3 module for oversight-complaint: the same versioned JSON wire format of complaint
 * cases, events and rejections as the Jackson 2 module {@code org.oversight.complaint.json}, with
 * the same golden files, typed errors, read limits, event-log I/O and audience views.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * String json = mapper.writeValueAsString(complaint);
 * ComplaintCase back = mapper.readValue(json, ComplaintCase.class);
 * // or, with read limits, NDJSON logs and lenient reading:
 * ComplaintJson io = ComplaintJson.standard();
 * }</pre>
 */
@SuppressWarnings("module") // the name says which Jackson it adapts (3); renaming the module would break every user
module org.oversight.complaint.json3 {
  requires static org.immutables.value;
  requires transitive org.oversight.complaint.core;
  requires transitive org.oversight.complaint.rules;
  requires transitive tools.jackson.databind;
  requires transitive tools.jackson.core;
  requires transitive io.vavr;
  requires transitive org.oversight.complaint.wire;

  exports org.oversight.complaint.json3;

  provides tools.jackson.databind.JacksonModule with org.oversight.complaint.json3.ComplaintModule;
}
