/**
 * The codec of the wire format, shared by the Jackson 2 and Jackson 3 modules: encoders writing to
 * a {@link org.oversight.complaint.wire.codec.WireOut}, decoders reading a parser's tokens as they come
 * ({@link org.oversight.complaint.wire.codec.TokenSource}), or this module's own
 * {@link org.oversight.complaint.wire.codec.WireValue} tree, through a
 * {@link org.oversight.complaint.wire.codec.Node} cursor that names JSON pointers, and
 * {@link org.oversight.complaint.wire.codec.WireProblem}, from which each module builds its typed
 * exception. Exported only to those two modules; not an API.
 */
package org.oversight.complaint.wire.codec;
