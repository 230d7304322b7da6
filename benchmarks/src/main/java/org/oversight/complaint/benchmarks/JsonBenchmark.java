package org.oversight.complaint.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.json.ComplaintModule;

/**
 * Goal 4: write and read the realistic case (3 parties, 3 allegations, 25 events) through
 * {@link ComplaintModule}, against plain Jackson databind of the equivalent mutable {@link PojoCase}
 * with the JavaTime module (instants as ISO strings on both sides). The module reads a case by
 * replaying its history through the core, so every read is validated; the POJO is not validated at
 * all. Run with {@code -prof gc} for bytes per operation; {@link MemoryFootprint} prints both
 * documents' sizes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(1)
public class JsonBenchmark {
  private ObjectMapper module;
  private ObjectMapper plain;
  private ComplaintCase complaint;
  private PojoCase pojo;
  private byte[] moduleJson;
  private byte[] pojoJson;

  /**
   * Returns a mapper with the complaint module, as its documentation says to register it.
   *
   * @return a new mapper, never null
   */
  public static ObjectMapper moduleMapper() {
    return JsonMapper.builder().addModule(new ComplaintModule()).build();
  }

  /**
   * Returns the baseline's mapper: plain databind with the JavaTime module, ISO instants.
   *
   * @return a new mapper, never null
   */
  public static ObjectMapper pojoMapper() {
    return JsonMapper.builder().addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
  }

  /**
   * Builds the case, both documents, and checks that both sides round-trip.
   *
   * @throws IOException if Jackson fails
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    module = moduleMapper();
    plain = pojoMapper();
    complaint = Fixtures.realisticCase(1);
    pojo = PojoCase.from(complaint);
    moduleJson = module.writeValueAsBytes(complaint);
    pojoJson = plain.writeValueAsBytes(pojo);
    if (!module.readValue(moduleJson, ComplaintCase.class).equals(complaint)) {
      throw new IllegalStateException("the module does not round-trip the realistic case");
    }
    if (!Arrays.equals(plain.writeValueAsBytes(plain.readValue(pojoJson, PojoCase.class)), pojoJson)) {
      throw new IllegalStateException("the POJO does not round-trip");
    }
  }

  /**
   * Write then read through the module.
   *
   * @return the case read back
   * @throws IOException if Jackson fails
   */
  @Benchmark
  public ComplaintCase moduleRoundTrip() throws IOException {
    return module.readValue(module.writeValueAsBytes(complaint), ComplaintCase.class);
  }

  /**
   * Write then read the POJO.
   *
   * @return the POJO read back
   * @throws IOException if Jackson fails
   */
  @Benchmark
  public PojoCase pojoRoundTrip() throws IOException {
    return plain.readValue(plain.writeValueAsBytes(pojo), PojoCase.class);
  }

  /**
   * Write through the module.
   *
   * @return the document
   * @throws IOException if Jackson fails
   */
  @Benchmark
  public byte[] moduleWrite() throws IOException {
    return module.writeValueAsBytes(complaint);
  }

  /**
   * Write the POJO.
   *
   * @return the document
   * @throws IOException if Jackson fails
   */
  @Benchmark
  public byte[] pojoWrite() throws IOException {
    return plain.writeValueAsBytes(pojo);
  }

  /**
   * Read through the module (replays the history through the core).
   *
   * @return the case
   * @throws IOException if Jackson fails
   */
  @Benchmark
  public ComplaintCase moduleRead() throws IOException {
    return module.readValue(moduleJson, ComplaintCase.class);
  }

  /**
   * Read the POJO.
   *
   * @return the POJO
   * @throws IOException if Jackson fails
   */
  @Benchmark
  public PojoCase pojoRead() throws IOException {
    return plain.readValue(pojoJson, PojoCase.class);
  }
}
