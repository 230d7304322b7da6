package org.oversight.complaint.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.wire.samples.GoldenFiles;
import org.oversight.complaint.wire.samples.Samples;

/**
 * Seeded mutation fuzzing of every reader: valid documents are truncated, bit-flipped, spliced,
 * re-encoded (UTF-16/32, with and without BOMs) and sprinkled with bytes that break UTF-8 and
 * UTF-32. Whatever happens, a reader returns a value or throws {@link ComplaintJsonException};
 * anything else (NullPointerException, CharConversionException, IllegalArgumentException, …) fails.
 * Deterministic: the seed is fixed, so a failure reproduces. To fuzz longer or elsewhere:
 * {@code mvn -pl complaint-json -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=MalformedInputFuzzTest -Dfuzz.rounds=1000000 -Dfuzz.seed=42}.
 */
class MalformedInputFuzzTest {

  private static final ComplaintJson JSON = ComplaintJson.standard();
  private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 3_000);
  private static final long SEED = Long.getLong("fuzz.seed", 0L);
  private static final byte[][] NASTY = {
      {0, 0, (byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {(byte) 0xC3}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0x7F, 0x7F, 0x7F, 0x7F}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      "\\u".getBytes(StandardCharsets.US_ASCII), "\\uD800".getBytes(StandardCharsets.US_ASCII), {0}, {'"'}, {'{'}, {']'},
      "null".getBytes(StandardCharsets.US_ASCII), "1e999999".getBytes(StandardCharsets.US_ASCII)};

  private static List<byte[]> seeds() {
    ComplaintCase c = Samples.scenarios().head()._2;
    return List.of(JSON.writeCase(c), JSON.writeNdjson(c), JSON.writeEvent(Samples.receipt()),
        GoldenFiles.read("cases/gb-informal-then-withdrawn.json").getBytes(StandardCharsets.UTF_8),
        JSON.writeRejection(Samples.rejections().get("RuleRefused").get()));
  }

  static byte[] mutate(SplittableRandom r, byte[] in) {
    byte[] b = in.clone();
    switch (r.nextInt(8)) {
      case 0:
        return java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
      case 1:
        for (int i = 0; i < 1 + r.nextInt(8); i++) {
          int at = r.nextInt(b.length);
          b[at] = (byte) (b[at] ^ (1 << r.nextInt(8)));
        }
        return b;
      case 2: {
        byte[] nasty = NASTY[r.nextInt(NASTY.length)];
        int at = r.nextInt(b.length + 1);
        byte[] out = new byte[b.length + nasty.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(nasty, 0, out, at, nasty.length);
        System.arraycopy(b, at, out, at + nasty.length, b.length - at);
        return out;
      }
      case 3: {
        String[] charsets = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "UTF-16"};
        byte[] re = new String(b, StandardCharsets.UTF_8).getBytes(Charset.forName(charsets[r.nextInt(charsets.length)]));
        return r.nextBoolean() ? re : java.util.Arrays.copyOf(re, Math.max(0, re.length - 1 - r.nextInt(3)));
      }
      case 4: {
        int from = r.nextInt(b.length);
        int to = from + r.nextInt(b.length - from);
        byte[] out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
        return out;
      }
      case 5: {
        String s = new String(b, StandardCharsets.UTF_8);
        String[] tokens = {"\"", ":", ",", "[", "]", "{", "}", "null", "true", "0", "\"at\"", "\"type\"", "-1", "\"\""};
        int at = r.nextInt(s.length() + 1);
        return (s.substring(0, at) + tokens[r.nextInt(tokens.length)] + s.substring(at)).getBytes(StandardCharsets.UTF_8);
      }
      case 6: {
        byte[] prefix = NASTY[r.nextInt(3)];
        byte[] out = new byte[prefix.length + b.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(b, 0, out, prefix.length, b.length);
        return out;
      }
      default: {
        String s = new String(b, StandardCharsets.UTF_8);
        String[] from = {"\"P1\"", "\"CLOSED\"", "2026-", "\"A1\"", "true", "1,", "\"\"", "[ ]", "[]"};
        String[] to = {"\"P9\"", "\"OPEN\"", "1969-", "null", "\"true\"", "1.0,", "\"\\u0000\"", "[ null ]", "{}"};
        int i = r.nextInt(from.length);
        return s.replace(from[i], to[i]).getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  private static void onlyOurError(Runnable read, byte[] input) {
    try {
      read.run();
    } catch (ReadFailed e) {
      assertThat(e.getCause()).as("input %s", java.util.Arrays.toString(input)).isInstanceOf(ComplaintJsonException.class);
    } catch (RuntimeException e) {
      throw new AssertionError("not our error for input " + new String(input, StandardCharsets.ISO_8859_1), e);
    }
  }

  /** Wraps checked exceptions so that the lambda can throw them. */
  private static final class ReadFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReadFailed(IOException cause) {
      super(cause);
    }
  }

  private interface Reader {
    void read(byte[] in) throws IOException;
  }

  private static void fuzz(long seed, Reader reader) {
    SplittableRandom r = new SplittableRandom(seed + SEED * 1_000);
    List<byte[]> seeds = seeds();
    for (int round = 0; round < ROUNDS; round++) {
      byte[] input = seeds.get(r.nextInt(seeds.size()));
      for (int n = 1 + r.nextInt(3); n > 0; n--) {
        input = mutate(r, input.length == 0 ? new byte[] {'{'} : input);
      }
      byte[] bytes = input;
      onlyOurError(() -> {
        try {
          reader.read(bytes);
        } catch (IOException e) {
          throw new ReadFailed(e);
        }
      }, bytes);
    }
  }

  @Test
  void caseReader() {
    fuzz(1, JSON::readCase);
  }

  @Test
  void lenientCaseReader() {
    fuzz(2, JSON::readCaseLenient);
  }

  @Test
  void eventReader() {
    fuzz(3, JSON::readEvent);
  }

  @Test
  void rejectionReader() {
    fuzz(4, JSON::readRejection);
  }

  @Test
  void ndjsonReplay() {
    fuzz(5, in -> JSON.replay(JSON.readNdjson(new ByteArrayInputStream(in))));
  }

  @Test
  void eventArrayReplay() {
    fuzz(6, in -> JSON.replay(JSON.readEventArray(new ByteArrayInputStream(in))));
  }

  @Test
  void mutationsReallyBreakThings() throws IOException {
    // Guards the fuzzer itself: most mutants must be rejected, or it is not testing the error paths.
    SplittableRandom r = new SplittableRandom(7);
    byte[] seed = seeds().head();
    int rejected = 0;
    for (int i = 0; i < 200; i++) {
      try {
        JSON.readCase(mutate(r, seed));
      } catch (ComplaintJsonException e) {
        rejected++;
      }
    }
    assertThat(rejected).isGreaterThan(100);
  }
}
