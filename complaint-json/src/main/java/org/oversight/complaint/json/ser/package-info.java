/**
 * The serializers of {@link org.oversight.complaint.json.ComplaintModule}: one stateless
 * {@link org.oversight.complaint.json.ser.WireSerializer} per type, each with an {@code INSTANCE},
 * writing field by field with the streaming generator and no reflection on domain types.
 */
package org.oversight.complaint.json.ser;
