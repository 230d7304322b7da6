package org.oversight.complaint.rules;

import io.vavr.collection.IndexedSeq;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Predicate;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.TimelineStep;
import org.oversight.complaint.core.SeriousnessFlag;

/**
 * Rule-side queries over a case's {@link ComplaintCase#timeline() timeline} (each event with the
 * case after it, computed once per case by the core), so rules can find when something first
 * became true without replaying the history.
 */
final class Timeline {

  private final IndexedSeq<TimelineStep> steps;

  private Timeline(IndexedSeq<TimelineStep> steps) {
    this.steps = steps;
  }

  static Timeline of(ComplaintCase complaint) {
    Seq<TimelineStep> steps = complaint.timeline();
    // The core's timeline is a vector; the check keeps index access cheap should that change.
    return new Timeline(steps instanceof IndexedSeq ? (IndexedSeq<TimelineStep>) steps : steps.toVector());
  }

  /** The instant of the first event after which the state satisfies the predicate. */
  Option<Instant> firstStatus(Predicate<CaseStatus> test) {
    return steps.find(s -> test.test(s.status())).map(s -> s.event().at());
  }

  /** The instant of the first event at or after an instant after which the state satisfies the predicate. */
  Option<Instant> firstStatusFrom(Instant from, Predicate<CaseStatus> test) {
    return steps.find(s -> !s.event().at().isBefore(from) && test.test(s.status())).map(s -> s.event().at());
  }

  /**
   * The instant of the first event of the last stretch of events after which the state satisfies the
   * predicate, none if the state after the last event does not.
   */
  Option<Instant> heldSince(Predicate<CaseStatus> test) {
    // Backwards by index: reversing the steps would copy them on every call.
    Instant since = null;
    for (int i = steps.size() - 1; i >= 0; i--) {
      TimelineStep s = steps.get(i);
      if (!test.test(s.status())) {
        break;
      }
      since = s.event().at();
    }
    return Option.of(since);
  }

  /** The first event of a type. */
  <E extends CaseEvent> Option<E> first(Class<E> type) {
    for (TimelineStep s : steps) {
      if (type.isInstance(s.event())) {
        return Option.some(type.cast(s.event()));
      }
    }
    return Option.none();
  }

  /** The instant of the first event after which the case satisfies the condition. */
  Option<Instant> firstHeld(Predicate<ComplaintCase> condition) {
    return steps.find(s -> condition.test(s.after())).map(s -> s.event().at());
  }

  /** When an allegation carrying the flag first came into the case (receipt or addition). */
  static Option<Instant> flagSince(ComplaintCase complaint, SeriousnessFlag flag) {
    for (CaseEvent e : complaint.history()) {
      if (e instanceof CaseEvent.ComplaintReceived received) {
        for (Allegation a : received.allegations()) {
          if (a.has(flag)) {
            return Option.some(e.at());
          }
        }
      }
      if (e instanceof CaseEvent.AllegationAdded && ((CaseEvent.AllegationAdded) e).allegation().has(flag)) {
        return Option.some(e.at());
      }
    }
    return Option.none();
  }

  /** When the track first became one of the given ones (receipt or an assessment). */
  static Option<Instant> trackSince(ComplaintCase complaint, java.util.Set<org.oversight.complaint.core.Track> tracks) {
    if (!tracks.contains(complaint.track())) {
      return Option.none();
    }
    Instant since = complaint.receivedAt();
    Seq<CaseEvent> history = complaint.history();
    boolean inside = tracks.contains(((CaseEvent.ComplaintReceived) history.head()).track());
    // The receipt is not an assessment, so the loop may start at it: tail() would copy the history.
    for (CaseEvent e : history) {
      if (e instanceof CaseEvent.Assessed) {
        boolean now = tracks.contains(((CaseEvent.Assessed) e).track());
        if (now && !inside) {
          since = e.at();
        }
        inside = now;
      }
    }
    return Option.some(since);
  }
}
