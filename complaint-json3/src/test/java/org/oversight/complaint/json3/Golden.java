package org.oversight.complaint.json3;

import org.oversight.complaint.wire.samples.GoldenFiles;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

/** This module's writers of the golden files' layout; the files themselves are {@link GoldenFiles}. */
final class Golden {

  static final ComplaintJson PRETTY = ComplaintJson.builder().prettyPrint(true).build();

  private Golden() {}

  /** A writer laid out as Jackson 2's default pretty printer with {@code \n} line ends, as the golden files are. */
  static ObjectWriter prettyWriter(ObjectMapper mapper) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.BOTH)
        .withObjectEmptySeparator(" ").withArrayEmptySeparator(" ");
    return mapper.writer().with(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
  }
}
