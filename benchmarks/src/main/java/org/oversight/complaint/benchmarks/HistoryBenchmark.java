package org.oversight.complaint.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import io.vavr.control.Either;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.Stamp;

/**
 * Goal 5 and issue 2 §7: cost must not grow with history. {@link #replay} rebuilds a case of n
 * events (every event checked against the graph and the guards, as commands are): linear means the
 * score for 10k is about 10x the one for 1k. {@link #append} applies one more event to a case that
 * already holds n events: flat (persistent collections) means the score barely moves with n.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class HistoryBenchmark {
  /** The number of events in the history. */
  @Param({"1000", "10000", "100000"})
  public int events;

  private List<CaseEvent> history;
  private ComplaintCase longCase;
  private CaseEvent next;

  /** Builds the history, replays it once and prepares the event to append. */
  @Setup(Level.Trial)
  public void setUp() {
    history = Fixtures.longHistory(events);
    longCase = Fixtures.replay(history);
    if (longCase.version() != events) {
      throw new IllegalStateException("replayed " + longCase.version() + " of " + events + " events");
    }
    CaseEvent last = history.get(history.size() - 1);
    next = new CaseEvent.NotificationRecorded(NotificationKind.PROGRESS_UPDATE,
        Recipient.party(longCase.parties().head().id()), Stamp.of(last.at().plusSeconds(1), last.actor()));
    if (append().isLeft()) {
      throw new IllegalStateException("the core refuses the appended event: " + append().getLeft());
    }
  }

  /**
   * Rebuilds the case from its n events.
   *
   * @return the case
   */
  @Benchmark
  public Either<Rejection, ComplaintCase> replay() {
    return ComplaintCase.replay(history);
  }

  /**
   * Appends one event to a case of n events.
   *
   * @return the new case
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 8, time = 1)
  public Either<Rejection, ComplaintCase> append() {
    return longCase.apply(next);
  }
}
