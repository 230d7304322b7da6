package org.oversight.complaint.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Goals 4 and 6 by thread CPU time, beside the JMH figures: the benchmarks' own operations, run
 * on this thread and timed with {@link ThreadMXBean#getCurrentThreadCpuTime()}. CPU time leaves out
 * the time the thread waits, for a core that other work holds or for a collector's pause, so it
 * measures the library's own work on a busy machine, where JMH's wall-clock error bars do not; each
 * shot also reports its wall time and the collectors' time, so that the difference can be told
 * apart. Run: {@code java -Xmx3g -Xms3g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar
 * org.oversight.complaint.benchmarks.ThreadCpu json|assess|command} (the heap flags as {@link RulesBenchmark}'s fork).
 */
public final class ThreadCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ThreadCpu() {}

  /**
   * Prints Markdown tables.
   *
   * @param args {@code json}: the module's read against the POJO's; {@code assess}: 100,000 open
   *     cases with each shipped pack, as {@link RulesBenchmark}; {@code command}: one command and the
   *     lifecycle, through the core and the packs, against stateless4j, as {@link ApplyCommandBenchmark}
   *     and {@link LifecycleBenchmark}
   * @throws IOException if Jackson fails
   */
  public static void main(String[] args) throws IOException {
    String what = args.length == 0 ? "" : args[0];
    switch (what) {
      case "json" -> json();
      case "assess" -> assess();
      case "command" -> command();
      default -> throw new IllegalArgumentException("say json, assess or command");
    }
  }

  // the two reads alternated in rounds of 2,000, after 5 warm rounds
  private static void json() throws IOException {
    JsonBenchmark reads = new JsonBenchmark();
    reads.setUp();
    int warm = 5;
    int rounds = 15;
    int perRound = 2_000;
    double[] module = new double[rounds];
    double[] pojo = new double[rounds];
    for (int round = 0; round < warm + rounds; round++) {
      long start = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < perRound; i++) {
        reads.moduleRead();
      }
      long between = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < perRound; i++) {
        reads.pojoRead();
      }
      long end = THREADS.getCurrentThreadCpuTime();
      if (round >= warm) {
        module[round - warm] = (between - start) / 1e3 / perRound;
        pojo[round - warm] = (end - between) / 1e3 / perRound;
      }
    }
    Arrays.sort(module);
    Arrays.sort(pojo);
    System.out.printf("| read of the realistic case | CPU us/read, median | minimum |%n|---|---:|---:|%n");
    System.out.printf("| ComplaintModule | %.1f | %.1f |%n", module[rounds / 2], module[0]);
    System.out.printf("| POJO, plain Jackson | %.1f | %.1f |%n", pojo[rounds / 2], pojo[0]);
    System.out.printf("| ratio | %.2fx | %.2fx |%n", module[rounds / 2] / pojo[rounds / 2], module[0] / pojo[0]);
  }

  // RulesBenchmark's shots: 3 warm, 5 measured, per pack
  private static void assess() {
    Blackhole sink = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    System.out.printf("| pack | shot | thread CPU ms | wall ms | collectors ms |%n|---|---:|---:|---:|---:|%n");
    for (String pack : new String[] {"DK", "NO", "SE", "GB-EAW"}) {
      RulesBenchmark shots = new RulesBenchmark();
      shots.pack = pack;
      shots.setUp();
      for (int shot = -3; shot < 5; shot++) {
        long gc = collectorMillis();
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        shots.assessAll(sink);
        cpu = THREADS.getCurrentThreadCpuTime() - cpu;
        wall = System.nanoTime() - wall;
        gc = collectorMillis() - gc;
        if (shot >= 0) {
          System.out.printf("| %s | %d | %d | %d | %d |%n", pack, shot + 1, cpu / 1_000_000, wall / 1_000_000, gc);
        }
      }
    }
  }

  // ApplyCommandBenchmark's and LifecycleBenchmark's operations, alternated in rounds after warm rounds
  private static void command() {
    Blackhole sink = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    ApplyCommandBenchmark one = new ApplyCommandBenchmark();
    one.setUp();
    LifecycleBenchmark eight = new LifecycleBenchmark();
    eight.setUp();
    String[] names = {
      "one command: stateless4j restore-and-fire", "one command: core (builds event and stamp)",
      "one command: core, event given", "one command: RulePack.execute, DK, same case",
      "one command: RulePack.execute, NO, same case", "one command: RulePack.execute, DK, another case",
      "one command: RulePack.execute, NO, another case", "allowedCommands, NO, same case",
      "allowedCommands, NO, another case", "lifecycle of 8: stateless4j", "lifecycle of 8: core"};
    Runnable[] ops = {
      () -> sink.consume(one.stateless4j()), () -> sink.consume(one.core()),
      () -> sink.consume(one.coreApplyEvent()), () -> sink.consume(one.underDenmark()),
      () -> sink.consume(one.underNorway()), () -> sink.consume(one.underDenmarkOtherCase()),
      () -> sink.consume(one.underNorwayOtherCase()), () -> sink.consume(one.allowedUnderNorway()),
      () -> sink.consume(one.allowedUnderNorwayOtherCase()), () -> sink.consume(eight.stateless4j()),
      () -> sink.consume(eight.core())};
    int warm = 10;
    int rounds = 15;
    int perRound = 50_000;
    double[][] nanos = new double[ops.length][rounds];
    for (int round = 0; round < warm + rounds; round++) {
      for (int op = 0; op < ops.length; op++) {
        Runnable run = ops[op];
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < perRound; i++) {
          run.run();
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - start;
        if (round >= warm) {
          nanos[op][round - warm] = (double) cpu / perRound;
        }
      }
    }
    System.out.printf("| operation | CPU ns/op, median | minimum | median vs stateless4j's |%n|---|---:|---:|---:|%n");
    for (double[] n : nanos) {
      Arrays.sort(n);
    }
    for (int op = 0; op < ops.length; op++) {
      double peer = nanos[op < 9 ? 0 : 9][rounds / 2];
      System.out.printf("| %s | %.0f | %.0f | %.2fx |%n", names[op], nanos[op][rounds / 2], nanos[op][0],
          nanos[op][rounds / 2] / peer);
    }
  }

  private static long collectorMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }
}
