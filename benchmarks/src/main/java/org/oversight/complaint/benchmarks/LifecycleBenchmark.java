package org.oversight.complaint.benchmarks;

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
import com.github.oxo42.stateless4j.StateMachine;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;

/**
 * Goal 2: the full lifecycle, 8 commands from receipt to closure (receive, register, acknowledge,
 * assess, open investigation, decide the one allegation, tell the outcome with a review route,
 * close), against stateless4j and the hand-written limit doing the same 8 steps (create the entity,
 * fire 7 commands).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class LifecycleBenchmark {
  private static final CommandType[] AFTER_RECEIPT = {
    CommandType.REGISTER, CommandType.ACKNOWLEDGE, CommandType.ASSESS, CommandType.OPEN_INVESTIGATION,
    CommandType.DECIDE_ALLEGATION, CommandType.NOTIFY_OUTCOME, CommandType.CLOSE
  };

  private Fixtures.Lifecycle lifecycle;
  private Stateless4jPeer stateless4j;

  /** Builds the inputs and checks that every side ends closed. */
  @Setup(Level.Trial)
  public void setUp() {
    lifecycle = new Fixtures.Lifecycle();
    stateless4j = new Stateless4jPeer();
    Agreement.check(stateless4j);
    Agreement.check(new HandWrittenPeer());
    if (core().status() != CaseStatus.CLOSED || core().version() != 8) {
      throw new IllegalStateException("the core's lifecycle does not end closed after 8 events");
    }
    if (stateless4j() != CaseStatus.CLOSED || handWritten() != CaseStatus.CLOSED) {
      throw new IllegalStateException("a peer's lifecycle does not end closed");
    }
  }

  /**
   * The core: 8 command methods, 8 events recorded.
   *
   * @return the closed case
   */
  @Benchmark
  public ComplaintCase core() {
    return lifecycle.run();
  }

  /**
   * stateless4j: a new entity and machine on the shared config, 7 fires.
   *
   * @return the final state
   */
  @Benchmark
  public CaseStatus stateless4j() {
    Stateless4jPeer.Entity entity = new Stateless4jPeer.Entity(CaseStatus.RECEIVED, 1);
    StateMachine<CaseStatus, CommandType> machine = stateless4j.machine(entity);
    for (CommandType command : AFTER_RECEIPT) {
      stateless4j.fire(machine, command, 1);
    }
    return entity.status();
  }

  /**
   * The limit: a new entity, 7 switches.
   *
   * @return the final state
   */
  @Benchmark
  public CaseStatus handWritten() {
    HandWrittenCase entity = new HandWrittenCase(CaseStatus.RECEIVED, 1);
    for (CommandType command : AFTER_RECEIPT) {
      if (!entity.fire(command)) {
        throw new IllegalStateException("declined " + command);
      }
    }
    return entity.status();
  }
}
