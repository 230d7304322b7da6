package org.oversight.complaint.core.planted.internal;

/** A type of a package the planted module does not export. */
public interface Hidden {}
