package org.oversight.complaint.json3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.wire.contract.JsonUnderTest;
import org.oversight.complaint.wire.contract.ReplayContract;
import org.oversight.complaint.wire.ComplaintFeature;

/**
 * Laws of the wire format over random cases built through the core's public commands. Set
 * {@code QT_SEED} to replay a failure.
 */
class RoundTripProperties extends ReplayContract {

  private static final ComplaintJson JSON = ComplaintJson.standard();

  private static final org.oversight.complaint.json.ComplaintJson JACKSON2 =
      org.oversight.complaint.json.ComplaintJson.standard();

  @Override
  protected JsonUnderTest json() {
    return JsonUnderTest.of(JSON);
  }

  @Test
  void readOfWriteIsIdentityAndTheJackson2ModuleWritesTheSameBytes() {
    qt().withExamples(300).forAll(cases()).checkAssert(c -> {
      byte[] written = JSON.writeCase(c);
      assertThat(JSON.readCase(written)).isEqualTo(c);
      try {
        assertThat(JACKSON2.writeCase(c)).isEqualTo(written);
        assertThat(JACKSON2.readCase(written)).isEqualTo(c);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void writingIsDeterministicAndTheSnapshotIsOptional() {
    ComplaintJson compact = ComplaintJson.builder().feature(ComplaintFeature.WRITE_SNAPSHOT, false).build();
    qt().withExamples(100).forAll(cases()).checkAssert(c -> {
      assertThat(JSON.writeCase(JSON.readCase(JSON.writeCase(c)))).isEqualTo(JSON.writeCase(c));
      assertThat(JSON.readCase(compact.writeCase(c))).isEqualTo(c);
    });
  }

}
