package org.oversight.complaint.json3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.wire.samples.Samples;
import org.oversight.complaint.wire.ReadLimits;

/**
 * The log readers stream: they read one event at a time from an endless input and stop reading
 * input as soon as the caller stops asking, so memory does not grow with the log.
 */
class EventLogStreamingTest {

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

  private static final String EVENT = Golden.utf8(ComplaintJson.standard().writeEvent(Samples.events().get("Closed").get()));

  @Test
  void ndjsonReadsOneEventAtATime() throws IOException {
    Endless in = new Endless("", EVENT + "\n");
    try (EventLogReader reader = ComplaintJson.standard().readNdjson(in)) {
      for (int i = 0; i < 20_000; i++) {
        assertThat(reader.next()).isInstanceOf(CaseEvent.Closed.class);
      }
    }
    // 20,000 events read from an endless stream: only about what was asked for was consumed.
    assertThat(in.served).isLessThan(20_001L * (EVENT.length() + 1) + 64 * 1024);
  }

  @Test
  void arrayReadsOneEventAtATime() throws IOException {
    Endless in = new Endless("[", EVENT + ",");
    try (EventLogReader reader = ComplaintJson.standard().readEventArray(in)) {
      for (int i = 0; i < 20_000; i++) {
        assertThat(reader.next()).isInstanceOf(CaseEvent.Closed.class);
      }
    }
    assertThat(in.served).isLessThan(20_001L * (EVENT.length() + 1) + 64 * 1024);
  }

  @Test
  void aMaximumOfEventsStopsAnEndlessLogAtTheFirstEventPastIt() throws IOException {
    ComplaintJson capped = ComplaintJson.builder().readLimits(ReadLimits.DEFAULT.withMaxEvents(1_000)).build();
    Endless in = new Endless("", EVENT + "\n");
    int read = 0;
    ComplaintJsonException stopped = null;
    try (EventLogReader reader = capped.readNdjson(in)) {
      while (true) {
        reader.next();
        read++;
      }
    } catch (ComplaintJsonException e) {
      stopped = e;
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
    ComplaintJson capped = ComplaintJson.builder()
        .readLimits(new ReadLimits(64, 100_000, 256, 32, 1_000_000, 50_000)).build();
    Endless in = new Endless("", EVENT + "\n");
    int read = 0;
    try (EventLogReader reader = capped.readNdjson(in)) {
      while (true) {
        reader.next();
        read++;
      }
    } catch (ComplaintJsonException e) {
      assertThat(e.problem()).startsWith("input exceeds a read limit");
      assertThat(e.line()).isGreaterThan(1);
    }
    // Jackson checks the length each time it refills its input buffer (8,000 bytes), so the stop
    // comes within one buffer after the limit.
    assertThat(read).isBetween(50_000 / (EVENT.length() + 1) - 2, 58_000 / (EVENT.length() + 1) + 1);
  }
}
