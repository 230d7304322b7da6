/**
 * The wire format of oversight-complaint without Jackson: the encoders and decoders of every
 * case, event, rejection and rule result, the snapshot check, audience views and the typed problem
 * descriptions, written once and shared by the Jackson 2 module ({@code org.oversight.complaint.json})
 * and the Jackson 3 module ({@code org.oversight.complaint.json3}). Each of those adapts its own
 * parser and generator to the codec's {@code WireOut} and {@code TreeBuilder}.
 *
 * <p>The codec is not an API: it is exported only to those two modules. The one package exported to
 * everyone, {@code org.oversight.complaint.wire}, holds the types both modules' APIs share, once:
 * {@code ReadLimits}, {@code ComplaintFeature}, {@code AudienceView}, {@code Preserved} and
 * {@code WireSchemas} (the JSON Schemas of the wire format, {@code docs/wire-format.md}); and the
 * tamper-evident event chain ({@code EventChain}), which computes digests over the codec's canonical
 * wire bytes.
 */
@SuppressWarnings("module") // the codec is exported to the two JSON modules, which are built after this one
module org.oversight.complaint.wire {
  requires transitive org.oversight.complaint.core;
  requires transitive org.oversight.complaint.rules;
  requires transitive io.vavr;
  requires static org.immutables.value;

  exports org.oversight.complaint.wire;
  exports org.oversight.complaint.wire.codec to org.oversight.complaint.json, org.oversight.complaint.json3;
}
