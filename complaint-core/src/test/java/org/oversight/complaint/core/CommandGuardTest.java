package org.oversight.complaint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.core.Samples.CASEWORKER;
import static org.oversight.complaint.core.Samples.OSLO;
import static org.oversight.complaint.core.Samples.received;
import static org.oversight.complaint.core.Samples.registered;
import static org.oversight.complaint.core.Samples.t;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The core's one command path: the graph, the data, the caller's guard, one application. */
class CommandGuardTest {

  private static final Rejection REFUSED = new Rejection.RuleRefused(CaseStatus.REGISTERED, CommandType.ASSESS,
      "local.noAssessment", io.vavr.control.Option.some(LegalBasis.of("local routine")), "not today");

  private static CaseEvent assessment(int minute) {
    return new CaseEvent.Assessed(Track.CONDUCT_COMPLAINT, OSLO, Stamp.of(t(minute), CASEWORKER));
  }

  @Test
  void should_return_the_guards_first_refusal_and_leave_the_case_as_it_was() {
    ComplaintCase c = registered();
    CommandGuard guard = (before, proposed) -> List.of(REFUSED, REFUSED);
    Either<Rejection, Transition> result = c.execute(assessment(10), guard);
    assertThat(result.getLeft()).isSameAs(REFUSED);
    assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
    assertThat(c.version()).isEqualTo(2);
  }

  @Test
  void should_ask_the_guard_only_about_commands_the_core_accepts() {
    AtomicInteger asked = new AtomicInteger();
    CommandGuard counting = (before, proposed) -> {
      asked.incrementAndGet();
      return List.empty();
    };
    assertThat(received().execute(new CaseEvent.Closed(Stamp.of(t(5), CASEWORKER)), counting).getLeft())
        .isInstanceOf(Rejection.IllegalTransition.class);
    assertThat(registered().execute(new CaseEvent.Assessed(Track.CONDUCT_COMPLAINT, OSLO, Stamp.of(t(-500), CASEWORKER)),
        counting).getLeft()).isInstanceOf(Rejection.OutOfOrder.class);
    assertThat(asked.get()).isZero();
    Either<Rejection, Transition> ok = registered().execute(assessment(10), counting);
    assertThat(asked.get()).isEqualTo(1);
    assertThat(ok.get().complaint().status()).isEqualTo(CaseStatus.ASSESSED);
    assertThat(ok.get().event()).isEqualTo(assessment(10));
    assertThat(ok.get().events()).containsExactly(assessment(10));
  }

  @Test
  void should_see_the_case_before_the_command_in_the_guard() {
    ComplaintCase c = registered();
    java.util.List<ComplaintCase> befores = new java.util.ArrayList<>();
    c.execute(assessment(10), (before, proposed) -> {
      befores.add(before);
      return List.empty();
    });
    assertThat(befores).containsExactly(c);
  }

  @Test
  void should_combine_guards_in_order() {
    CommandGuard first = (before, proposed) -> List.of(REFUSED);
    Rejection other = new Rejection.RuleRefused(CaseStatus.REGISTERED, CommandType.ASSESS, "other",
        io.vavr.control.Option.none(), "no");
    CommandGuard second = (before, proposed) -> List.of(other);
    assertThat(first.andThen(second).refusals(registered(), assessment(10))).containsExactly(REFUSED, other);
    assertThat(first.andThen(CommandGuard.none()).refusals(registered(), assessment(10))).containsExactly(REFUSED);
    assertThat(CommandGuard.none().andThen(second).refusals(registered(), assessment(10))).containsExactly(other);
    assertThat(CommandGuard.none().refusals(registered(), assessment(10))).isEmpty();
    assertThatThrownBy(() -> first.andThen(null)).hasMessage("next is null");
    assertThatThrownBy(() -> registered().execute(assessment(10), null)).hasMessage("guard is null");
    assertThatThrownBy(() -> registered().execute(assessment(10), (b, p) -> List.of((Rejection) null)))
        .hasMessage("the guard's refusal is null");
  }

  @Test
  void should_give_each_event_with_the_case_after_it() {
    ComplaintCase c = registered().assess(Track.CONDUCT_COMPLAINT, OSLO, Stamp.of(t(10), CASEWORKER)).get().complaint();
    Seq<TimelineStep> steps = c.timeline();
    assertThat(steps.map(TimelineStep::position)).containsExactly(0, 1, 2);
    assertThat(steps.map(TimelineStep::event)).isEqualTo(c.history());
    assertThat(steps.map(TimelineStep::status))
        .containsExactly(CaseStatus.RECEIVED, CaseStatus.REGISTERED, CaseStatus.ASSESSED);
    assertThat(steps.last().after()).isSameAs(c);
    assertThat(steps.get(1).after()).isEqualTo(registered());
    assertThat(steps.get(0).after().version()).isEqualTo(1);
    assertThat(c.timeline()).isSameAs(steps);
    ComplaintCase justReceived = received();
    assertThat(justReceived.timeline().single().after()).isSameAs(justReceived);
  }

  @Test
  void should_continue_a_computed_timeline_on_the_next_case() {
    ComplaintCase before = registered();
    Seq<TimelineStep> computed = before.timeline();
    ComplaintCase after = before.execute(assessment(10)).get().complaint();
    ComplaintCase fresh = ComplaintCase.replay(after.history()).get();
    assertThat(after.timeline().size()).isEqualTo(3);
    assertThat(after.timeline().init()).isEqualTo(computed);
    assertThat(after.timeline().map(TimelineStep::status)).isEqualTo(fresh.timeline().map(TimelineStep::status));
    assertThat(after.timeline().last().after()).isSameAs(after);
  }

  @Test
  void should_take_a_case_as_it_stood_from_its_timeline() {
    ComplaintCase c = registered().assess(Track.CONDUCT_COMPLAINT, OSLO, Stamp.of(t(10), CASEWORKER)).get().complaint();
    assertThat(c.asOf(t(10)).get()).isSameAs(c);
    assertThat(c.asOf(t(9)).get().status()).isEqualTo(CaseStatus.REGISTERED);
    assertThat(c.asOf(t(9)).get()).isEqualTo(registered());
    assertThat(c.asOf(c.receivedAt()).get().status()).isEqualTo(CaseStatus.RECEIVED);
    assertThat(c.asOf(c.receivedAt().minusNanos(1))).isEmpty();
    assertThat(c.eventsSince(1)).containsExactlyElementsOf(c.history().drop(1));
    assertThat(c.eventsSince(3)).isEmpty();
    assertThat(c.eventsSince(0)).isEqualTo(c.history());
  }

  @Test
  void should_refuse_a_command_dated_further_ahead_of_the_callers_clock_than_the_tolerance() {
    ComplaintCase c = registered();
    java.time.Instant now = t(10);
    CommandGuard clock = CommandGuard.notAheadOf(now, java.time.Duration.ofMinutes(5));
    assertThat(c.execute(assessment(15), clock).isRight()).isTrue();
    Rejection ahead = c.execute(assessment(16), clock).getLeft();
    assertThat(ahead).isEqualTo(new Rejection.AheadOfClock(CaseStatus.REGISTERED, CommandType.ASSESS, t(16), t(15)));
    assertThat(ahead.message()).contains("is dated after " + t(15));
  }

  @Test
  void should_cap_the_clock_guard_at_the_time_window_and_refuse_a_negative_tolerance() {
    CommandGuard forever = CommandGuard.notAheadOf(t(10), java.time.Duration.ofSeconds(Long.MAX_VALUE));
    CaseEvent last = new CaseEvent.Assessed(Track.CONDUCT_COMPLAINT, OSLO, Stamp.of(TimeWindow.LATEST, CASEWORKER));
    assertThat(registered().execute(last, forever).isRight()).isTrue();
    assertThat(CommandGuard.notAheadOf(t(10), java.time.Duration.ZERO).refusals(registered(), assessment(10))).isEmpty();
    assertThatThrownBy(() -> CommandGuard.notAheadOf(t(10), java.time.Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> CommandGuard.notAheadOf(null, java.time.Duration.ZERO)).hasMessage("now is null");
  }

  @Test
  void should_keep_every_stored_instant_inside_the_time_window() {
    assertThat(TimeWindow.contains(TimeWindow.EARLIEST)).isTrue();
    assertThat(TimeWindow.contains(TimeWindow.LATEST)).isTrue();
    assertThat(TimeWindow.contains(TimeWindow.EARLIEST.minusNanos(1))).isFalse();
    assertThat(TimeWindow.contains(TimeWindow.LATEST.plusNanos(1))).isFalse();
    assertThatThrownBy(() -> Stamp.of(java.time.Instant.MAX, CASEWORKER)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at must be from 1900-01-01T00:00:00Z to 2999-12-31T23:59:59.999999999Z but was " + java.time.Instant.MAX);
    assertThatThrownBy(() -> Stamp.of(TimeWindow.EARLIEST.minusSeconds(1), CASEWORKER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IncidentTime.at(java.time.Instant.MIN)).hasMessageStartingWith("instant must be from");
    assertThatThrownBy(() -> IncidentTime.between(t(0), java.time.Instant.MAX)).hasMessageStartingWith("to must be from");
    assertThatThrownBy(() -> IncidentTime.between(java.time.Instant.MIN, t(0))).hasMessageStartingWith("from must be from");
    assertThatThrownBy(() -> ReviewRoute.of(OSLO, TimeWindow.LATEST.plusNanos(1))).hasMessageStartingWith("deadline must be from");
    assertThatThrownBy(() -> TimeWindow.contains(null)).hasMessage("instant is null");
  }
}
