package org.oversight.complaint.json;

import org.oversight.complaint.wire.samples.GoldenFiles;

/** This module's writer of the golden files' layout; the files themselves are {@link GoldenFiles}. */
final class Golden {

  static final ComplaintJson PRETTY = ComplaintJson.builder().prettyPrint(true).build();

  private Golden() {}
}
