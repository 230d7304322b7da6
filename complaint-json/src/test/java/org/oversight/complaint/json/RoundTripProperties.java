package org.oversight.complaint.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.wire.contract.JsonUnderTest;
import org.oversight.complaint.wire.contract.ReplayContract;
import org.oversight.complaint.wire.ComplaintFeature;
import org.oversight.complaint.wire.samples.GoldenFiles;

/**
 * Laws of the wire format over random cases built through the core's public commands. Set
 * {@code QT_SEED} to replay a failure.
 */
class RoundTripProperties extends ReplayContract {

  private static final ComplaintJson JSON = ComplaintJson.standard();

  @Override
  protected JsonUnderTest json() {
    return JsonUnderTest.of(JSON);
  }

  @Test
  void readOfWriteIsIdentity() {
    qt().withExamples(300).forAll(cases()).checkAssert(c -> {
      try {
        assertThat(JSON.readCase(JSON.writeCase(c))).isEqualTo(c);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void writingIsDeterministicAndTheSnapshotIsOptional() {
    ComplaintJson compact = ComplaintJson.builder().feature(ComplaintFeature.WRITE_SNAPSHOT, false).build();
    qt().withExamples(100).forAll(cases()).checkAssert(c -> {
      try {
        assertThat(JSON.writeCase(JSON.readCase(JSON.writeCase(c)))).isEqualTo(JSON.writeCase(c));
        assertThat(JSON.readCase(compact.writeCase(c))).isEqualTo(c);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void everyWrittenDocumentMatchesTheSchema() {
    qt().withExamples(60).forAll(cases()).checkAssert(c -> {
      Schemas.assertValid(Schemas.CASE, "random case", GoldenFiles.utf8(JSON.writeCase(c)));
      for (String line : GoldenFiles.utf8(JSON.writeNdjson(c)).split("\n")) {
        Schemas.assertValid(Schemas.EVENT, "random event", line);
      }
    });
  }
}
