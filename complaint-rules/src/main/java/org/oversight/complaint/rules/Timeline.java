package org.oversight.complaint.rules;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Predicate;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.SeriousnessFlag;

/**
 * A case's events with the state after each, so rules can find when something first became true.
 * Rebuilt by replaying the history through the core, which is how deadlines survive any persistence.
 */
final class Timeline {

  private final Seq<Tuple2<CaseEvent, CaseStatus>> steps;

  private Timeline(Seq<Tuple2<CaseEvent, CaseStatus>> steps) {
    this.steps = steps;
  }

  static Timeline of(ComplaintCase complaint) {
    Seq<CaseEvent> history = complaint.history();
    ComplaintCase current = ComplaintCase.receive((CaseEvent.ComplaintReceived) history.head()).complaint();
    Vector<Tuple2<CaseEvent, CaseStatus>> steps = Vector.of(Tuple.of(history.head(), current.status()));
    for (CaseEvent e : history.tail()) {
      current = current.apply(e).getOrElseThrow(r ->
          new IllegalStateException("bug: a case's own history does not replay: " + r.message()));
      steps = steps.append(Tuple.of(e, current.status()));
    }
    return new Timeline(steps);
  }

  /** The instant of the first event after which the state satisfies the predicate. */
  Option<Instant> firstStatus(Predicate<CaseStatus> test) {
    return steps.find(s -> test.test(s._2)).map(s -> s._1.at());
  }

  /** The instant of the first event at or after an instant after which the state satisfies the predicate. */
  Option<Instant> firstStatusFrom(Instant from, Predicate<CaseStatus> test) {
    return steps.find(s -> !s._1.at().isBefore(from) && test.test(s._2)).map(s -> s._1.at());
  }

  /** The first event of a type. */
  <E extends CaseEvent> Option<E> first(Class<E> type) {
    return steps.map(s -> s._1).find(type::isInstance).map(type::cast);
  }

  /** When an allegation carrying the flag first came into the case (receipt or addition). */
  static Option<Instant> flagSince(ComplaintCase complaint, SeriousnessFlag flag) {
    for (CaseEvent e : complaint.history()) {
      if (e instanceof CaseEvent.ComplaintReceived
          && ((CaseEvent.ComplaintReceived) e).allegations().exists(a -> a.has(flag))) {
        return Option.some(e.at());
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
    boolean inside = tracks.contains(((CaseEvent.ComplaintReceived) complaint.history().head()).track());
    for (CaseEvent e : complaint.history().tail()) {
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
