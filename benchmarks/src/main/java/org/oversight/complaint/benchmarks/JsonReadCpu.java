package org.oversight.complaint.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Goal 4's read ratio by thread CPU time, beside {@link JsonBenchmark}'s wall-clock figures: the
 * module's read and the POJO's read of the same realistic case, alternated in rounds in one JVM, each
 * round timed with {@link ThreadMXBean#getCurrentThreadCpuTime()}. CPU time leaves out the time a
 * thread waits for a core, so the ratio holds on a machine that other work keeps busy, where JMH's
 * wall-clock error bars do not; it also leaves out the collector's threads (read {@code -prof gc}'s
 * bytes per operation for those). Run:
 * {@code java -cp benchmarks/target/benchmarks.jar org.oversight.complaint.benchmarks.JsonReadCpu}.
 */
public final class JsonReadCpu {

  private static final int WARM_ROUNDS = 5;
  private static final int ROUNDS = 15;
  private static final int READS_PER_ROUND = 2_000;

  private JsonReadCpu() {}

  /**
   * Prints the medians and minima of the two reads' CPU microseconds per read, and their ratios.
   *
   * @param args none
   * @throws IOException if Jackson fails
   */
  public static void main(String[] args) throws IOException {
    JsonBenchmark reads = new JsonBenchmark();
    reads.setUp();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] module = new double[ROUNDS];
    double[] pojo = new double[ROUNDS];
    for (int round = 0; round < WARM_ROUNDS + ROUNDS; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < READS_PER_ROUND; i++) {
        reads.moduleRead();
      }
      long between = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < READS_PER_ROUND; i++) {
        reads.pojoRead();
      }
      long end = threads.getCurrentThreadCpuTime();
      if (round >= WARM_ROUNDS) {
        module[round - WARM_ROUNDS] = (between - start) / 1e3 / READS_PER_ROUND;
        pojo[round - WARM_ROUNDS] = (end - between) / 1e3 / READS_PER_ROUND;
      }
    }
    Arrays.sort(module);
    Arrays.sort(pojo);
    System.out.printf("| read of the realistic case | CPU us/read, median | minimum |%n|---|---:|---:|%n");
    System.out.printf("| ComplaintModule | %.1f | %.1f |%n", module[ROUNDS / 2], module[0]);
    System.out.printf("| POJO, plain Jackson | %.1f | %.1f |%n", pojo[ROUNDS / 2], pojo[0]);
    System.out.printf("| ratio | %.2fx | %.2fx |%n", module[ROUNDS / 2] / pojo[ROUNDS / 2], module[0] / pojo[0]);
  }
}
