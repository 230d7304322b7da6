/**
 * Jackson 3 support for oversight-complaint: {@link org.oversight.complaint.json3.ComplaintModule}
 * (register it, or let {@code JsonMapper.builder().findAndAddModules()} find it), {@link
 * org.oversight.complaint.json3.ComplaintJson} (read limits, event logs as JSON arrays and NDJSON,
 * lenient reading, audience views) and the one error type {@link
 * org.oversight.complaint.json3.ComplaintJsonException}.
 *
 * <pre>{@code
 * ComplaintJson json = ComplaintJson.standard();
 * byte[] document = json.writeCase(complaint);
 * ComplaintCase back = json.readCase(document);                      // equals complaint
 * json.writeNdjson(complaint.history(), out);
 * ComplaintCase replayed = json.replay(json.readNdjson(in));         // equals complaint
 * byte[] forComplainant = json.writeView(complaint,
 *     AudienceView.of(NorwayRules.pack(), Audience.COMPLAINANT).forViewer(complainantId));
 * }</pre>
 *
 * <p>The wire format is a versioned contract, documented field by field in {@code docs/wire-format.md}
 * and described by the JSON Schemas of {@link org.oversight.complaint.wire.WireSchemas}.
 */
package org.oversight.complaint.json3;
