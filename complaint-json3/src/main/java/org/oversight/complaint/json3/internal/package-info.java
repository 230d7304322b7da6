/**
 * The Jackson 3 side of the shared codec (complaint-wire): one generic serializer, one generic
 * deserializer and the generator adapter. Not exported by the module; not an API.
 */
package org.oversight.complaint.json3.internal;
