package org.oversight.complaint.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.EnglandWalesRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.rules.jurisdiction.SwedenRules;

/**
 * Goal 6: assess 100,000 open cases with each shipped rule pack, on one thread (one core); the goal
 * is under 1 s per operation. The cases are distinct, in the pack's jurisdiction, and spread over
 * every open stage of the realistic case (1 to 24 of its 25 events: received, registered,
 * acknowledged, assessed, referred, investigated, party hearing, deciding, decided, review window,
 * under review, review decided), all assessed at one instant after their last event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
// The heap is committed and touched before the first shot: otherwise G1 grows the young generation
// into fresh memory during the measured shots, and the operating system's first-touch page faults,
// charged to this thread, tripled the time of some shots (benchmarks/RESULTS.md, seventh run).
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Xms3g", "-XX:+AlwaysPreTouch"})
public class RulesBenchmark {
  /** The number of open cases assessed per operation. */
  public static final int CASES = 100_000;

  /** The shipped pack. */
  @Param({"DK", "NO", "SE", "GB-EAW"})
  public String pack;

  private RulePack rules;
  private ComplaintCase[] cases;
  private Instant at;

  /**
   * Returns a shipped pack by jurisdiction code.
   *
   * @param code DK, NO, SE or GB-EAW
   * @return the pack, never null
   */
  public static RulePack shipped(String code) {
    switch (code) {
      case "DK":
        return DenmarkRules.pack();
      case "NO":
        return NorwayRules.pack();
      case "SE":
        return SwedenRules.pack();
      case "GB-EAW":
        return EnglandWalesRules.pack();
      default:
        throw new IllegalArgumentException("no shipped pack for " + code);
    }
  }

  /** Builds the open cases. */
  @Setup(Level.Trial)
  public void setUp() {
    rules = shipped(pack);
    cases = Fixtures.openCases(CASES, rules.jurisdiction());
    at = Fixtures.START.plus(Duration.ofDays(120));
    for (ComplaintCase c : cases) {
      if (!c.isOpen() || c.lastEventAt().isAfter(at)) {
        throw new IllegalStateException("fixture case " + c.id() + " is not open before " + at);
      }
    }
  }

  /**
   * Assesses every case once.
   *
   * @param bh sink for the assessments
   */
  @Benchmark
  public void assessAll(Blackhole bh) {
    for (ComplaintCase c : cases) {
      bh.consume(rules.assess(c, at));
    }
  }
}
