/**
 * Jackson 2 module for oversight-complaint: the versioned JSON wire format of complaint cases,
 * events and rejections, event-log I/O (JSON array and NDJSON) and audience views.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new ComplaintModule()).build();
 * String json = mapper.writeValueAsString(complaint);
 * ComplaintCase back = mapper.readValue(json, ComplaintCase.class);
 * // or, with read limits, NDJSON logs and lenient reading:
 * ComplaintJson io = ComplaintJson.standard();
 * }</pre>
 */
module org.oversight.complaint.json {
  requires static org.immutables.value;
  requires transitive org.oversight.complaint.core;
  requires transitive org.oversight.complaint.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.core;
  requires transitive io.vavr;
  requires transitive org.oversight.complaint.wire;

  exports org.oversight.complaint.json;

  provides com.fasterxml.jackson.databind.Module with org.oversight.complaint.json.ComplaintModule;
}
