package org.oversight.complaint.wire.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jol.info.GraphLayout;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.wire.Preserved;
import org.oversight.complaint.wire.ReadLimits;
import org.oversight.complaint.wire.contract.JsonUnderTest.Reported;
import org.oversight.complaint.wire.samples.Samples;

/**
 * Reading costs time linear in the document and keeps memory proportional to it, within the default
 * {@link ReadLimits}: a 16 MB case document is read in under a second of CPU time, leniently too; a
 * lenient read keeps less than ten times the document's size, and each unknown field it keeps costs a
 * bounded number of bytes; a 16 MB document of a million unknown fields is refused as fast; and an
 * endless event log stops at the default maximum of events; and a hostile 16 MB document (one array of eight
 * million numbers where a reader meets it first, keeps it, or compares it) is read or refused within 64 MB
 * of heap beyond the document's own bytes, in a JVM of its own. Time is the reading thread's CPU time (a busy
 * machine does not slow it down), after warm-up reads of a smaller document of the same shape, the lesser
 * of two reads; memory is what the result keeps reachable (JOL), measured on a smaller document of the
 * same shape (walking a 16 MB case's graph of a million objects takes JOL many seconds). Each module's
 * {@code ReadCostTest} extends this with its {@link JsonUnderTest}.
 *
 * <p>The documents are those that made reading slow or large before: a case of tens of thousands of
 * consents (a snapshot check that indexed a linked list was quadratic in them: 8.5 s for 63,000) and a
 * lenient document full of unknown fields (980,000 of them kept 237 MB).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReadCostContract {

  /** The CPU time a 16 MB document may take. */
  private static final long MAX_CPU_NANOS = 1_000_000_000L;
  /** What a lenient read may keep, in multiples of the document's size. */
  private static final long MAX_KEPT_PER_BYTE = 10;
  /** What a kept unknown field may cost beyond its pointer's and value's characters. */
  private static final long MAX_BYTES_PER_UNKNOWN_FIELD = 32;
  /** The heap a read may use beyond its document's bytes. */
  private static final int MAX_HEAP_MB = 64;
  /** The size of the large documents: 16 MB, within the default limit of 16 MiB. */
  private static final int LARGE = 16_000_000;

  private static final ConsentPurpose[] PURPOSES = ConsentPurpose.values();
  private static final ConsentState[] STATES = ConsentState.values();

  private byte[] large;
  // an eighth of the large document, to warm up on
  private byte[] small;
  private int consents;

  /**
   * Returns the module under test with its standard configuration.
   *
   * @return the module
   */
  protected abstract JsonUnderTest json();

  @BeforeAll
  void writeTheDocuments() {
    // Records' fields have no Unsafe offsets on JDK 17; JOL then needs its "magic" offset mode. Attaching
    // the serviceability agent only to fail took JOL seconds to start.
    System.setProperty("jol.magicFieldOffset", "true");
    System.setProperty("jol.skipHotspotSAAttach", "true");
    int base = json().writeCase(withConsents(0)).length;
    int perHundred = json().writeCase(withConsents(100)).length - base;
    consents = (int) ((LARGE - base - 1_000) * 100L / perHundred);
    ComplaintCase c = withConsents(consents);
    large = json().writeCase(c);
    small = json().writeCase(withConsents(consents / 8));
  }
  /** The Swedish sample complaint, received, then consents recorded one second apart. */
  private static ComplaintCase withConsents(int count) {
    ComplaintCase c = ComplaintCase.receive(Samples.receipt()).complaint();
    Instant at = Samples.T0;
    for (int i = 0; i < count; i++) {
      at = at.plusSeconds(1);
      c = c.recordConsent(Samples.COMPLAINANT, PURPOSES[i % PURPOSES.length], STATES[i / PURPOSES.length % 2],
          Stamp.of(at, Samples.CASEWORKER)).get().complaint();
    }
    return c;
  }

  private interface Read {
    Object run() throws IOException;
  }

  /**
   * The reading thread's CPU time of one read, in nanoseconds, after three reads of a smaller document:
   * the lesser of two reads, so that a moment of contention for the core's caches does not fail the test
   * while a read that takes too long fails it both times.
   */
  private static long cpuNanos(Read warmUp, Read read) throws IOException {
    for (int i = 0; i < 3; i++) {
      warmUp.run();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      long start = threads.getCurrentThreadCpuTime();
      read.run();
      least = Math.min(least, threads.getCurrentThreadCpuTime() - start);
    }
    return least;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The document with an unknown field in each of the first {@code count} consents of its snapshot. */
  private static byte[] withUnknownFieldsInConsents(byte[] document, int count) {
    String text = text(document);
    int consentsAt = text.indexOf("\"consents\":[");
    StringBuilder out = new StringBuilder(text.length() + count * 12).append(text, 0, consentsAt);
    int from = consentsAt;
    for (int i = 0; i < count; i++) {
      int next = text.indexOf('{', from);
      out.append(text, from, next + 1).append("\"note\":").append(i % 10).append(',');
      from = next + 1;
    }
    return utf8(out.append(text, from, text.length()).toString());
  }

  /** The document with {@code count} short unknown fields at its end. */
  private static byte[] withUnknownFieldsAtTheEnd(byte[] document, int count) {
    String text = text(document);
    StringBuilder out = new StringBuilder(text.length() + count * 14).append(text, 0, text.length() - 1);
    for (int i = 0; i < count; i++) {
      out.append(",\"field").append(i).append("\":0");
    }
    return utf8(out.append('}').toString());
  }

  private static String mb(long bytes) {
    return String.format("%.1f MB", bytes / 1e6);
  }

  @Test
  void aSixteenMegabyteCaseOfTensOfThousandsOfConsentsIsReadInUnderASecondOfCpuTime() throws IOException {
    assertThat(large.length).isBetween(LARGE - 2_000, (int) ReadLimits.DEFAULT.maxDocumentLength());
    assertThat(consents).isGreaterThan(50_000);

    long cpu = cpuNanos(() -> json().readCase(small), () -> json().readCase(large));

    System.out.printf("read cost: a %s case of %,d consents read in %d ms of CPU time%n", mb(large.length), consents,
        cpu / 1_000_000);
    assertThat(cpu).as("CPU nanoseconds to read %s", mb(large.length)).isLessThan(MAX_CPU_NANOS);
  }

  @Test
  void aSixteenMegabyteCaseWithUnknownFieldsInItsSnapshotIsReadLenientlyInUnderASecondOfCpuTime()
      throws IOException {
    // Unknown fields inside the snapshot send the check down its slower path, through a tree.
    int unknown = ReadLimits.DEFAULT.maxUnknownFields();
    byte[] lenient = withUnknownFieldsInConsents(large, unknown);
    byte[] warmUp = withUnknownFieldsInConsents(small, unknown / 8);
    assertThat(lenient.length).isLessThanOrEqualTo((int) ReadLimits.DEFAULT.maxDocumentLength());
    int[] kept = new int[1];

    long cpu = cpuNanos(() -> json().readCaseLenient(warmUp),
        () -> kept[0] = json().readCaseLenient(lenient).unknownFields().size());

    System.out.printf("read cost: a lenient %s case with %,d unknown fields read in %d ms of CPU time%n",
        mb(lenient.length), unknown, cpu / 1_000_000);
    assertThat(kept[0]).isEqualTo(unknown);
    assertThat(cpu).as("CPU nanoseconds to read %s leniently", mb(lenient.length)).isLessThan(MAX_CPU_NANOS);
  }

  @Test
  void aLenientReadOfACaseWithUnknownFieldsKeepsLessThanTenTimesTheDocumentsSize() throws IOException {
    // A sixty-fourth of the large case: the ratio does not depend on the size, JOL's time does.
    ComplaintCase c = withConsents(consents / 64);
    byte[] lenient = withUnknownFieldsInConsents(json().writeCase(c), c.consents().size());

    Preserved<ComplaintCase> read = json().readCaseLenient(lenient);
    long kept = GraphLayout.parseInstance(read).totalSize();

    System.out.printf("read cost: a lenient %s case with %,d unknown fields keeps %s (%.1f times)%n",
        mb(lenient.length), read.unknownFields().size(), mb(kept), (double) kept / lenient.length);
    assertThat(kept).as("bytes kept from %s", mb(lenient.length)).isLessThan(MAX_KEPT_PER_BYTE * lenient.length);
  }

  @Test
  void eachUnknownFieldALenientReadKeepsCostsABoundedNumberOfBytes() throws IOException {
    // The densest document the default limits let through: the smallest case and the most unknown fields,
    // each as short as a field can be. Each kept field is its pointer and JSON text in one shared text, and
    // two offsets: a cost of its own whatever the field's size in the document, which the maximum of unknown
    // fields bounds, and small enough that even this document is kept in under ten times its size.
    int unknown = ReadLimits.DEFAULT.maxUnknownFields();
    byte[] plain = json().writeCase(ComplaintCase.receive(Samples.receipt()).complaint());
    byte[] dense = withUnknownFieldsAtTheEnd(plain, unknown);

    Preserved<ComplaintCase> read = json().readCaseLenient(dense);
    long kept = GraphLayout.parseInstance(read).totalSize();
    long keptWithout = GraphLayout.parseInstance(json().readCaseLenient(plain)).totalSize();
    long characters = 0;
    for (io.vavr.Tuple2<String, String> field : read.unknownFields()) {
      characters += field._1.length() + field._2.length();
    }

    System.out.printf("read cost: a lenient %s case with %,d unknown fields keeps %s (%.1f times), %d bytes a field%n",
        mb(dense.length), unknown, mb(kept), (double) kept / dense.length, (kept - keptWithout - characters) / unknown);
    assertThat(read.unknownFields().size()).isEqualTo(unknown);
    assertThat(kept - keptWithout - characters).isLessThan(MAX_BYTES_PER_UNKNOWN_FIELD * unknown);
    assertThat(kept).as("bytes kept from %s", mb(dense.length)).isLessThan(MAX_KEPT_PER_BYTE * dense.length);
  }

  @Test
  void aSixteenMegabyteDocumentOfAMillionUnknownFieldsIsRefusedInUnderASecondOfCpuTime() throws IOException {
    byte[] minimal = json().writeCase(ComplaintCase.receive(Samples.receipt()).complaint());
    byte[] hostile = withUnknownFieldsAtTheEnd(minimal, 1_000_000);
    byte[] warmUp = withUnknownFieldsAtTheEnd(minimal, 100_000);
    assertThat(hostile.length).isBetween(LARGE - 1_000_000, (int) ReadLimits.DEFAULT.maxDocumentLength());
    Throwable[] thrown = new Throwable[1];

    long cpu = cpuNanos(() -> catchThrowable(() -> json().readCaseLenient(warmUp)),
        () -> thrown[0] = catchThrowable(() -> json().readCaseLenient(hostile)));

    System.out.printf("read cost: a lenient %s case with 1,000,000 unknown fields refused in %d ms of CPU time%n",
        mb(hostile.length), cpu / 1_000_000);
    Reported refused = json().reported(thrown[0]).get();
    assertThat(refused.problem()).isEqualTo("more than 10000 unknown fields");
    assertThat(refused.expected()).isEqualTo("at most 10000 unknown fields (ReadLimits.maxUnknownFields)");
    // Refused while the object is read, at most a known object's fields past the maximum.
    assertThat(Integer.parseInt(refused.pointer().substring("/field".length()))).isBetween(10_000, 10_064);
    assertThat(cpu).as("CPU nanoseconds to refuse %s", mb(hostile.length)).isLessThan(MAX_CPU_NANOS);
  }

  @Test
  void aStrictReadOfAMillionUnknownFieldsReportsTheFirstWithoutBuildingThemInUnderASecondOfCpuTime()
      throws IOException {
    byte[] minimal = json().writeCase(ComplaintCase.receive(Samples.receipt()).complaint());
    byte[] hostile = withUnknownFieldsAtTheEnd(minimal, 1_000_000);
    byte[] warmUp = withUnknownFieldsAtTheEnd(minimal, 100_000);
    Throwable[] thrown = new Throwable[1];

    long cpu = cpuNanos(() -> catchThrowable(() -> json().readCase(warmUp)),
        () -> thrown[0] = catchThrowable(() -> json().readCase(hostile)));

    System.out.printf("read cost: a strict %s case with 1,000,000 unknown fields refused in %d ms of CPU time%n",
        mb(hostile.length), cpu / 1_000_000);
    Reported refused = json().reported(thrown[0]).get();
    assertThat(refused.problem()).isEqualTo("unknown field 'field0'");
    assertThat(refused.pointer()).isEqualTo("/field0");
    assertThat(cpu).as("CPU nanoseconds to refuse %s", mb(hostile.length)).isLessThan(MAX_CPU_NANOS);
  }

  @Test
  void aStrictReadOfAnEventWithAMillionUnknownFieldsReportsTheFirstWithoutReadingTheRestInUnderASecondOfCpuTime()
      throws IOException {
    byte[] closed = json().writeEvent(new CaseEvent.Closed(Stamp.of(Samples.t(1), Samples.CASEWORKER)));
    byte[] hostile = withUnknownFieldsAtTheEnd(closed, 1_000_000);
    byte[] warmUp = withUnknownFieldsAtTheEnd(closed, 100_000);
    Throwable[] thrown = new Throwable[1];

    long cpu = cpuNanos(() -> catchThrowable(() -> json().readEvent(warmUp)),
        () -> thrown[0] = catchThrowable(() -> json().readEvent(hostile)));

    System.out.printf("read cost: a strict %s event with 1,000,000 unknown fields refused in %d ms of CPU time%n",
        mb(hostile.length), cpu / 1_000_000);
    Reported refused = json().reported(thrown[0]).get();
    assertThat(refused.problem()).isEqualTo("unknown field 'field0'");
    assertThat(refused.pointer()).isEqualTo("/field0");
    assertThat(cpu).as("CPU nanoseconds to refuse %s", mb(hostile.length)).isLessThan(MAX_CPU_NANOS);
  }

  /** The text with an array of zeros in place of its first {@code []}, or added as a member at its start. */
  private static byte[] withZeros(String text, String at, int length) {
    StringBuilder zeros = new StringBuilder(length + 2).append('[');
    while (zeros.length() < length - 1) {
      zeros.append(zeros.length() == 1 ? "0" : ",0");
    }
    zeros.append(']');
    int where = text.indexOf(at);
    return utf8(text.substring(0, where) + at.replace("[]", zeros) + text.substring(where + at.length()));
  }

  /**
   * Runs the readers on a document in a JVM whose heap is the document's size plus {@link #MAX_HEAP_MB}, and
   * returns what each did, a line each. The serial collector measures what is live: G1 needs contiguous
   * regions for each large array, and can fail with less in use.
   */
  private List<String> readInItsOwnJvm(Path dir, String name, byte[] document, String... readers)
      throws IOException, InterruptedException {
    Path file = dir.resolve(name + ".json");
    Files.write(file, document);
    String classPath = System.getProperty("java.class.path");
    String modulePath = System.getProperty("jdk.module.path");
    if (modulePath != null && !modulePath.isEmpty()) {
      classPath = classPath + File.pathSeparator + modulePath;
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC",
        "-Xmx" + (document.length / 1_000_000 + 1 + MAX_HEAP_MB) + "m", "-cp", classPath,
        ReadHeapProbe.class.getName(), getClass().getName(), file.toString()));
    command.addAll(List.of(readers));
    Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(probe.exitValue()).as(output).isZero();
    System.out.printf("read cost: %s (%s) in %d MB of heap beyond it:%n%s", name, mb(document.length), MAX_HEAP_MB,
        output.lines().map(line -> "  " + (line.length() > 100 ? line.substring(0, 100) + "…" : line) + "\n")
            .collect(java.util.stream.Collectors.joining()));
    return output.lines().toList();
  }

  @Test
  void aSixteenMegabyteArrayOfNumbersIsReadOrRefusedInSixtyFourMegabytesOfHeapWhereverAReaderMeetsIt(
      @TempDir Path dir) throws IOException, InterruptedException {
    String closed = text(json().writeEvent(new CaseEvent.Closed(Stamp.of(Samples.t(1), Samples.CASEWORKER))));
    String minimal = text(json().writeCase(ComplaintCase.receive(Samples.receipt()).complaint()));
    // read ahead of the members an event's decoder asks for first, then kept by a lenient read
    byte[] firstInAnEvent = withZeros("{\"x\":[]," + closed.substring(1), "[]", LARGE);
    // where a snapshot has a collection, compared with the replayed case
    byte[] inASnapshot = withZeros(minimal, "\"consents\":[]", LARGE);
    // an unknown member at a case document's end, kept by a lenient read
    byte[] lastInACase = withZeros(minimal.substring(0, minimal.length() - 1) + ",\"x\":[]}", ",\"x\":[]", LARGE);
    // a document that is not an object
    byte[] notAnObject = withZeros("[]", "[]", LARGE);

    assertThat(readInItsOwnJvm(dir, "first in an event", firstInAnEvent, "readEvent", "readEventLenient"))
        .containsExactly("readEvent refused: unknown field 'x'", "readEventLenient read");
    assertThat(readInItsOwnJvm(dir, "in a snapshot", inASnapshot, "readCase", "readCaseLenient"))
        .allMatch(line -> line.contains(" refused: the snapshot disagrees with the history: found [0,0,0,"));
    assertThat(readInItsOwnJvm(dir, "last in a case", lastInACase, "readCase", "readCaseLenient"))
        .containsExactly("readCase refused: unknown field 'x'", "readCaseLenient read");
    assertThat(readInItsOwnJvm(dir, "not an object", notAnObject, "readCase", "readEvent"))
        .containsExactly("readCase refused: found an array", "readEvent refused: found an array");
  }

  /** A receipt, then the same consent over and over: a log no replay ends by itself. */
  private InputStream endlessConsents() {
    CaseEvent consent = new CaseEvent.ConsentRecorded(Samples.COMPLAINANT, ConsentPurpose.INFORMAL_RESOLUTION,
        ConsentState.GIVEN, Stamp.of(Samples.t(1), Samples.CASEWORKER));
    byte[] line = (text(json().writeEvent(consent)) + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream repeated = new InputStream() {
      private int pos;

      @Override
      public int read() {
        byte b = line[pos];
        pos = (pos + 1) % line.length;
        return b & 0xFF;
      }

      @Override
      public int read(byte[] into, int off, int len) {
        for (int i = 0; i < len; i++) {
          into[off + i] = line[pos];
          pos = (pos + 1) % line.length;
        }
        return len;
      }
    };
    byte[] receipt = (text(json().writeEvent(Samples.receipt())) + "\n").getBytes(StandardCharsets.UTF_8);
    return new SequenceInputStream(new ByteArrayInputStream(receipt), repeated);
  }

  @Test
  void replayingAnEndlessNdjsonLogStopsAtTheDefaultMaximumOfEvents() {
    assertThat(json().limits().maxEvents()).isEqualTo(100_000);

    Throwable thrown = catchThrowable(() -> json().replay(json().readNdjson(endlessConsents())));

    Reported stopped = json().reported(thrown).get();
    assertThat(stopped.problem()).isEqualTo("more than 100000 events");
    assertThat(stopped.line()).isEqualTo(100_001);
    assertThat(stopped.expected()).contains("ReadLimits.maxEvents");
  }
}
