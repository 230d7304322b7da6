package org.oversight.complaint.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.StateGraph;

/**
 * Goal 3: "is this command allowed?", {@link StateGraph#isAllowed} against the hand-written switch,
 * over every state × command pair in a fixed shuffled order (so neither side can be folded to a
 * constant or predicted from a pattern). Scores are per query; run with {@code -prof gc} to see that
 * neither allocates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class GraphQueryBenchmark {
  /** Every state × command pair (22 states × 32 commands; checked in setup, since JMH needs a constant). */
  static final int PAIRS = 704;

  private final StateGraph graph = StateGraph.standard();
  private CaseStatus[] states;
  private CommandType[] commands;

  /** Shuffles the pairs with a fixed seed and checks both sides agree on each. */
  @Setup(Level.Trial)
  public void setUp() {
    if (PAIRS != CaseStatus.values().length * CommandType.values().length) {
      throw new IllegalStateException("the core's graph changed size: update PAIRS");
    }
    List<int[]> pairs = new ArrayList<>();
    for (int s = 0; s < CaseStatus.values().length; s++) {
      for (int c = 0; c < CommandType.values().length; c++) {
        pairs.add(new int[] {s, c});
      }
    }
    Collections.shuffle(pairs, new Random(42));
    states = new CaseStatus[PAIRS];
    commands = new CommandType[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      states[i] = CaseStatus.values()[pairs.get(i)[0]];
      commands[i] = CommandType.values()[pairs.get(i)[1]];
      if (graph.isAllowed(states[i], commands[i]) != HandWrittenCase.isAllowed(states[i], commands[i])) {
        throw new IllegalStateException("the switch and the graph disagree on " + states[i] + " " + commands[i]);
      }
    }
  }

  /**
   * The core's graph.
   *
   * @param bh sink
   */
  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void stateGraph(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(graph.isAllowed(states[i], commands[i]));
    }
  }

  /**
   * The hand-written switch.
   *
   * @param bh sink
   */
  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void handWritten(Blackhole bh) {
    for (int i = 0; i < PAIRS; i++) {
      bh.consume(HandWrittenCase.isAllowed(states[i], commands[i]));
    }
  }
}
