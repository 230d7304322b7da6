package org.oversight.complaint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Laws of the aggregate over random command sequences (legal and illegal): no state outside the
 * graph, invariants hold after every step, the version grows by one per event, a refused command
 * names the state and command, and replaying the history gives the case back.
 */
class ComplaintCaseProperties {
  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  private static final StateGraph GRAPH = StateGraph.standard();

  /** A run: the case after applying the commands, checking laws at every step. */
  private static ComplaintCase run(long seed, java.util.List<Integer> commands) {
    SplittableRandom r = new SplittableRandom(seed);
    ComplaintCase c = ComplaintCase.receive(RandomCommands.receipt(r, START)).complaint();
    checkInvariants(c);
    CommandType[] types = CommandType.values();
    for (int pick : commands) {
      CommandType type = types[pick % types.length];
      CaseEvent event = RandomCommands.event(c, type, r);
      Either<Rejection, Transition> result = c.execute(event);
      if (result.isRight()) {
        ComplaintCase next = result.get().complaint();
        assertThat(next.version()).isEqualTo(c.version() + 1);
        assertThat(result.get().events()).containsExactly(event);
        assertThat(next.history().last()).isSameAs(event);
        assertThat(GRAPH.isLegal(c.status(), type, next.status()))
            .as("%s from %s to %s", type, c.status(), next.status()).isTrue();
        c = next;
        checkInvariants(c);
      } else {
        Rejection rejection = result.getLeft();
        assertThat(rejection.state()).isEqualTo(c.status());
        assertThat(rejection.command()).isEqualTo(type);
        assertThat(rejection.message()).isNotBlank();
        if (!GRAPH.isAllowed(c.status(), type) && !event.at().isBefore(c.lastEventAt()) && type != CommandType.RECEIVE) {
          assertThat(rejection).isInstanceOf(Rejection.IllegalTransition.class);
        }
      }
    }
    return c;
  }

  private static void checkInvariants(ComplaintCase c) {
    assertThat(GRAPH.reachableStates().contains(c.status())).isTrue();
    assertThat(c.version()).isEqualTo(c.history().size());
    assertThat(c.history().head()).isInstanceOf(CaseEvent.ComplaintReceived.class);
    assertThat(c.history().sliding(2).forAll(w -> w.size() < 2 || !w.get(1).at().isBefore(w.get(0).at()))).isTrue();
    assertThat(c.decisions().size()).isLessThanOrEqualTo(c.allegations().size());
    if (c.status() == CaseStatus.DECIDED) {
      assertThat(c.allegations().forAll(Allegation::isDecided)).isTrue();
    }
    assertThat(c.suspendedFrom().isDefined()).isEqualTo(c.status() == CaseStatus.SUSPENDED_PENDING_CRIMINAL);
    if (c.status() == CaseStatus.REVIEW_WINDOW_OPEN) {
      assertThat(c.reviewRoute()).isNotEmpty();
    }
    if (c.status() == CaseStatus.REGISTERED) {
      assertThat(c.reference()).isNotEmpty();
    }
    // Every victim-support referral followed a yes from that person.
    List<CaseEvent> events = c.history().toList();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof CaseEvent.VictimSupportReferred) {
        PartyId victim = ((CaseEvent.VictimSupportReferred) events.get(i)).victim();
        assertThat(events.take(i).filter(e -> e instanceof CaseEvent.ConsentRecorded)
            .map(e -> (CaseEvent.ConsentRecorded) e)
            .findLast(e -> e.party().equals(victim) && e.purpose() == ConsentPurpose.VICTIM_SUPPORT_REFERRAL)
            .map(e -> e.state() == ConsentState.GIVEN).getOrElse(false)).isTrue();
      }
    }
    for (Party p : c.parties()) {
      assertThat(c.parties().count(q -> q.id().equals(p.id()))).isEqualTo(1);
    }
    for (Allegation a : c.allegations()) {
      assertThat(c.allegations().count(b -> b.id().equals(a.id()))).isEqualTo(1);
    }
  }

  @Test
  void random_commands_keep_the_laws_and_replay_to_the_same_case() {
    qt().withExamples(300)
        .forAll(longs().all(), lists().of(integers().between(0, 1000)).ofSizeBetween(0, 60))
        .checkAssert((seed, commands) -> {
          ComplaintCase c = run(seed, commands);
          assertThat(ComplaintCase.replay(c.history()).get()).isEqualTo(c);
        });
  }

  @Test
  void a_case_taken_as_of_an_instant_has_the_history_and_timeline_of_its_own_replay() {
    qt().withExamples(150)
        .forAll(longs().all(), lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40), integers().between(0, 100))
        .checkAssert((seed, commands, percent) -> {
          ComplaintCase c = run(seed, commands);
          long span = java.time.Duration.between(c.receivedAt(), c.lastEventAt()).getSeconds();
          Instant at = c.receivedAt().plusSeconds(span * percent / 100);
          ComplaintCase then = c.asOf(at).get();
          ComplaintCase replayed = ComplaintCase.replay(then.history()).get();
          assertThat(then).isEqualTo(replayed);
          assertThat(then.history()).isEqualTo(c.history().filter(e -> !e.at().isAfter(at)));
          assertThat(then.timeline().map(TimelineStep::event)).isEqualTo(replayed.timeline().map(TimelineStep::event));
          assertThat(then.timeline().map(TimelineStep::after)).isEqualTo(replayed.timeline().map(TimelineStep::after));
          assertThat(then.timeline().map(TimelineStep::position)).isEqualTo(replayed.timeline().map(TimelineStep::position));
          assertThat(then.timeline().last().after()).isSameAs(then);
          assertThat(c.asOf(at).get()).isSameAs(then);
        });
  }

  @Test
  void the_same_seed_and_commands_give_the_same_case() {
    qt().withExamples(50)
        .forAll(longs().all(), lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40))
        .checkAssert((seed, commands) -> assertThat(run(seed, commands)).isEqualTo(run(seed, commands)));
  }

  @Test
  void walks_along_the_main_path_reach_deep_states() {
    // A guided walk that prefers allowed commands reaches the states random walks rarely see.
    java.util.Set<CaseStatus> seen = java.util.EnumSet.noneOf(CaseStatus.class);
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      ComplaintCase c = ComplaintCase.receive(RandomCommands.receipt(r, START)).complaint();
      for (int step = 0; step < 80; step++) {
        List<CommandType> allowed = List.ofAll(c.allowedCommands());
        CommandType type = allowed.get(r.nextInt(allowed.size()));
        Either<Rejection, Transition> result = c.execute(RandomCommands.event(c, type, r));
        if (result.isRight()) {
          c = result.get().complaint();
          seen.add(c.status());
          checkInvariants(c);
        }
      }
      assertThat(ComplaintCase.replay(c.history()).get()).isEqualTo(c);
    }
    assertThat(seen).containsAll(GRAPH.reachableStates().remove(CaseStatus.RECEIVED).toJavaSet());
  }
}
