package org.oversight.complaint.wire.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.wire.ReadLimits;
import org.oversight.complaint.wire.contract.JsonUnderTest.Log;
import org.oversight.complaint.wire.contract.JsonUnderTest.Reported;
import org.oversight.complaint.wire.samples.Samples;

/**
 * The log readers stream: they read one event at a time from an endless input and stop reading
 * input as soon as the caller stops asking, so memory does not grow with the log. Each module's
 * {@code EventLogStreamingTest} extends this with its {@link JsonUnderTest}.
 */
public abstract class EventLogStreamingContract {

  /**
   * Returns the module under test with its standard configuration.
   *
   * @return the module
   */
  protected abstract JsonUnderTest json();

  /** An endless NDJSON (or array) stream of the same event, counting the bytes handed out. */
  private static final class Endless extends InputStream {
    private final byte[] line;
    private final byte[] prefix;
    private int pos;
    private boolean prefixDone;
    long served;

    Endless(String prefix, String line) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.line = line.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte[] source = prefixDone ? line : prefix;
      if (source.length == 0) {
        prefixDone = true;
        source = line;
      }
      byte b = source[pos++];
      if (pos == source.length) {
        pos = 0;
        prefixDone = true;
      }
      served++;
      return b & 0xFF;
    }
  }

  private String event() {
    return new String(json().writeEvent(Samples.events().get("Closed").get()), StandardCharsets.UTF_8);
  }

  @Test
  void ndjsonReadsOneEventAtATime() throws IOException {
    String event = event();
    Endless in = new Endless("", event + "\n");
    try (Log reader = json().readNdjson(in)) {
      for (int i = 0; i < 20_000; i++) {
        assertThat(reader.next()).isInstanceOf(CaseEvent.Closed.class);
      }
    }
    // 20,000 events read from an endless stream: only about what was asked for was consumed.
    assertThat(in.served).isLessThan(20_001L * (event.length() + 1) + 64 * 1024);
  }

  @Test
  void arrayReadsOneEventAtATime() throws IOException {
    String event = event();
    Endless in = new Endless("[", event + ",");
    try (Log reader = json().readEventArray(in)) {
      for (int i = 0; i < 20_000; i++) {
        assertThat(reader.next()).isInstanceOf(CaseEvent.Closed.class);
      }
    }
    assertThat(in.served).isLessThan(20_001L * (event.length() + 1) + 64 * 1024);
  }

  @Test
  void aMaximumOfEventsStopsAnEndlessLogAtTheFirstEventPastIt() throws IOException {
    JsonUnderTest capped = json().withLimits(ReadLimits.DEFAULT.withMaxEvents(1_000));
    Endless in = new Endless("", event() + "\n");
    int read = 0;
    Reported stopped = null;
    try (Log reader = capped.readNdjson(in)) {
      while (true) {
        reader.next();
        read++;
      }
    } catch (IOException | RuntimeException e) {
      stopped = capped.reported(e).get();
    }
    assertThat(read).isEqualTo(1_000);
    assertThat(stopped.problem()).isEqualTo("more than 1000 events");
    assertThat(stopped.line()).isEqualTo(1_001);
    assertThat(stopped.expected()).contains("ReadLimits.maxEvents");
  }

  @Test
  void theDefaultMaximumOfEventsIsAHundredThousand() {
    assertThat(ReadLimits.DEFAULT.maxEvents()).isEqualTo(100_000);
    assertThat(new ReadLimits(64, 100_000, 256, 32, 1_000_000, 0).maxEvents()).isEqualTo(100_000);
  }

  @Test
  void aLogLengthLimitStopsAnEndlessLog() throws IOException {
    JsonUnderTest capped = json().withLimits(new ReadLimits(64, 100_000, 256, 32, 1_000_000, 50_000));
    String event = event();
    Endless in = new Endless("", event + "\n");
    int read = 0;
    try (Log reader = capped.readNdjson(in)) {
      while (true) {
        reader.next();
        read++;
      }
    } catch (IOException | RuntimeException e) {
      Reported stopped = capped.reported(e).get();
      assertThat(stopped.problem()).startsWith("input exceeds a read limit");
      assertThat(stopped.line()).isGreaterThan(1);
    }
    // Jackson checks the length each time it refills its input buffer (8,000 bytes), so the stop
    // comes within one buffer after the limit.
    assertThat(read).isBetween(50_000 / (event.length() + 1) - 2, 58_000 / (event.length() + 1) + 1);
  }
}
