package org.oversight.complaint.wire.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.wire.samples.Cases;
import org.quicktheories.core.Gen;

/**
 * Event logs of random cases, built through the core's public commands, replay to the same case, as NDJSON
 * and as a JSON array, in either Jackson module. Each module's {@code RoundTripProperties} extends this with
 * its {@link JsonUnderTest}. Set {@code QT_SEED} to replay a failure.
 */
public abstract class ReplayContract {

  /**
   * Returns the module under test with its standard configuration.
   *
   * @return the module
   */
  protected abstract JsonUnderTest json();

  /**
   * Random cases, each from a seed.
   *
   * @return the generator
   */
  protected static Gen<ComplaintCase> cases() {
    return longs().all().map(seed -> Cases.random(new SplittableRandom(seed)));
  }

  @Test
  void ndjsonLogReplaysToTheSameCase() {
    JsonUnderTest json = json();
    qt().withExamples(200).forAll(cases()).checkAssert(c -> {
      try {
        assertThat(json.replay(json.readNdjson(new ByteArrayInputStream(json.writeNdjson(c))))).isEqualTo(c);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void eventArrayReplaysToTheSameCase() {
    JsonUnderTest json = json();
    qt().withExamples(100).forAll(cases()).checkAssert(c -> {
      try {
        assertThat(json.replay(json.readEventArray(new ByteArrayInputStream(json.writeEventArray(c.history())))))
            .isEqualTo(c);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
