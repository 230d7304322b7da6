/**
 * Implementation details shared by the serializers and deserializers: the frozen wire names, the
 * tree cursor that turns refusals into errors with JSON pointers, and the snapshot check. Not
 * exported by the module; not an API.
 */
package org.oversight.complaint.json.internal;
