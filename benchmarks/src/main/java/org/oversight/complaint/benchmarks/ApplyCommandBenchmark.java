package org.oversight.complaint.benchmarks;

import java.time.Instant;
import java.util.List;
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
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.rules.RulePack;
import io.vavr.control.Either;

/**
 * Goal 1: apply one command to a restored case, against every peer's restore-and-fire.
 *
 * <p>The command is {@code OPEN_INVESTIGATION} on the realistic case (3 parties, 3 allegations) as
 * it stands after assessment, referral and referral back (10 events, state ASSESSED). The core
 * validates the command against the graph and its guards, builds the new immutable case and records
 * the event in its history; the peers restore an entity to ASSESSED and fire the same command. Run
 * with {@code -prof gc} for bytes per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(1)
public class ApplyCommandBenchmark {
  private ComplaintCase assessed;
  private CaseEvent.InvestigationOpened event;
  private Body district;
  private Instant at;
  private Actor actor;

  private final CaseStatus from = CaseStatus.ASSESSED;
  private final CommandType command = CommandType.OPEN_INVESTIGATION;
  private final int openAllegations = 3;

  private final RulePack denmark = DenmarkRules.pack();
  private final RulePack norway = NorwayRules.pack();
  /** The realistic case, referred to the body each pack requires (so its law allows the investigation). */
  private ComplaintCase assessedDk;
  private ComplaintCase assessedNo;
  /**
   * Two equal but distinct instances of each referred case, taken in turn: a pack remembers the pending
   * escalations of the last case instance it was asked about, so these measure the path where it has
   * to work them out again (a command on a case it has not just seen).
   */
  private ComplaintCase[] otherDk;
  private ComplaintCase[] otherNo;
  private int turn;

  private HandWrittenPeer handWritten;
  private Stateless4jPeer stateless4j;
  private SquirrelPeer squirrel;
  private SpringPeer spring;

  /** Builds the case and the peers, and checks that every peer agrees with the core's graph. */
  @Setup(Level.Trial)
  public void setUp() {
    List<CaseEvent> events = Fixtures.realisticEvents(1);
    assessed = Fixtures.replay(events.subList(0, Fixtures.BEFORE_INVESTIGATION));
    event = (CaseEvent.InvestigationOpened) events.get(Fixtures.BEFORE_INVESTIGATION);
    district = event.body();
    at = event.at();
    actor = event.actor();
    if (assessed.status() != from) {
      throw new IllegalStateException("the restored case is " + assessed.status() + ", not " + from);
    }
    assessedDk = referredAsRequired(events, denmark);
    assessedNo = referredAsRequired(events, norway);
    otherDk = new ComplaintCase[] {referredAsRequired(events, denmark), referredAsRequired(events, denmark)};
    otherNo = new ComplaintCase[] {referredAsRequired(events, norway), referredAsRequired(events, norway)};
    handWritten = new HandWrittenPeer();
    stateless4j = new Stateless4jPeer();
    squirrel = new SquirrelPeer();
    spring = new SpringPeer();
    for (Peer peer : List.of(handWritten, stateless4j, squirrel, spring)) {
      Agreement.check(peer);
      if (peer.restoreAndFire(from, command, openAllegations) != CaseStatus.INVESTIGATION) {
        throw new IllegalStateException(peer.name() + " does not open the investigation");
      }
    }
    if (core().isLeft() || core().get().complaint().status() != CaseStatus.INVESTIGATION) {
      throw new IllegalStateException("the core does not open the investigation: " + core());
    }
    if (underDenmark().isLeft() || underNorway().isLeft()) {
      throw new IllegalStateException("a pack refuses the investigation: " + underDenmark() + " " + underNorway());
    }
  }

  /** The events before the investigation, with the referral going where the pack's escalation says. */
  private ComplaintCase referredAsRequired(List<CaseEvent> events, RulePack pack) {
    ComplaintCase plain = Fixtures.replay(events.subList(0, Fixtures.BEFORE_INVESTIGATION));
    Body owed = pack.assess(plain, at).escalations().map(Escalation::to).head();
    java.util.List<CaseEvent> adjusted = new java.util.ArrayList<>();
    for (CaseEvent e : events.subList(0, Fixtures.BEFORE_INVESTIGATION)) {
      adjusted.add(e instanceof CaseEvent.Referred
          ? new CaseEvent.Referred(owed, ((CaseEvent.Referred) e).legalBasis(), e.stamp())
          : e);
    }
    return Fixtures.replay(adjusted);
  }

  /**
   * The core, through the command method integrators call: graph check, guards, new case, event recorded.
   *
   * @return the transition (new case and recorded event)
   */
  @Benchmark
  public Either<Rejection, Transition> core() {
    return assessed.openInvestigation(InvestigationMode.LOCAL, district, Stamp.of(at, actor));
  }

  /**
   * The core, applying a proposed event (what replay and integrators receiving events do).
   *
   * @return the new case
   */
  @Benchmark
  public Either<Rejection, ComplaintCase> coreApplyEvent() {
    return assessed.apply(event);
  }

  /**
   * The one path under the Danish pack: {@code RulePack.execute}, the core with the pack as its guard.
   *
   * @return the transition
   */
  @Benchmark
  public Either<Rejection, Transition> underDenmark() {
    return denmark.execute(assessedDk, event);
  }

  /**
   * The one path under the Norwegian pack.
   *
   * @return the transition
   */
  @Benchmark
  public Either<Rejection, Transition> underNorway() {
    return norway.execute(assessedNo, event);
  }

  /**
   * The one path under the Danish pack, on a case instance the pack was not just asked about.
   *
   * @return the transition
   */
  @Benchmark
  public Either<Rejection, Transition> underDenmarkOtherCase() {
    turn ^= 1;
    return denmark.execute(otherDk[turn], event);
  }

  /**
   * The one path under the Norwegian pack, on a case instance the pack was not just asked about.
   *
   * @return the transition
   */
  @Benchmark
  public Either<Rejection, Transition> underNorwayOtherCase() {
    turn ^= 1;
    return norway.execute(otherNo[turn], event);
  }

  /**
   * What the Norwegian pack allows on a case instance it was not just asked about.
   *
   * @return the commands
   */
  @Benchmark
  public io.vavr.collection.Set<CommandType> allowedUnderNorwayOtherCase() {
    turn ^= 1;
    return norway.allowedCommands(otherNo[turn], at);
  }

  /**
   * What the Norwegian pack allows on the case now (a caseworker's menu).
   *
   * @return the commands
   */
  @Benchmark
  public io.vavr.collection.Set<CommandType> allowedUnderNorway() {
    return norway.allowedCommands(assessedNo, at);
  }

  /**
   * The limit.
   *
   * @return the state after
   */
  @Benchmark
  public CaseStatus handWritten() {
    return handWritten.restoreAndFire(from, command, openAllegations);
  }

  /**
   * stateless4j: a machine per entity on the shared config, one fire.
   *
   * @return the state after
   */
  @Benchmark
  public CaseStatus stateless4j() {
    return stateless4j.restoreAndFire(from, command, openAllegations);
  }

  /**
   * squirrel: a machine per entity from the shared builder, canAccept, one fire.
   *
   * @return the state after
   */
  @Benchmark
  public CaseStatus squirrel() {
    return squirrel.restoreAndFire(from, command, openAllegations);
  }

  /**
   * Spring Statemachine: reset, start, one event, blocking; a long warm-up.
   *
   * @return the state after
   */
  @Benchmark
  @Warmup(iterations = 30, time = 1)
  public CaseStatus spring() {
    return spring.restoreAndFire(from, command, openAllegations);
  }
}
