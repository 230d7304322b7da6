/**
 * The deserializers of {@link org.oversight.complaint.json.ComplaintModule}: one stateless
 * {@link org.oversight.complaint.json.deser.WireDeserializer} per type, each with an {@code INSTANCE},
 * building values only through the core's and the rule packs' public factories and constructors.
 */
package org.oversight.complaint.json.deser;
