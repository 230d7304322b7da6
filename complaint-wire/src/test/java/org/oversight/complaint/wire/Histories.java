package org.oversight.complaint.wire;

import io.vavr.collection.Seq;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.fixtures.ComplaintGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Random histories of the fixtures' generator, and the ways a store's history can be tampered with. */
final class Histories {

  private Histories() {}

  /** Random legal histories of at least two events, from a seed so that QuickTheories can shrink. */
  static Gen<Seq<CaseEvent>> histories() {
    return SourceDSL.longs().all()
        .map(seed -> ComplaintGenerators.histories().next(ComplaintGenerators.seeded(seed)))
        .assuming(h -> h.size() >= 2);
  }

  /** The same event with another stamp: every event is a record whose last component is its stamp. */
  static CaseEvent withStamp(CaseEvent event, Stamp stamp) {
    try {
      RecordComponent[] components = event.getClass().getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = components[i].getType() == Stamp.class ? stamp : components[i].getAccessor().invoke(event);
      }
      Constructor<?> canonical = event.getClass().getDeclaredConstructor(types);
      return (CaseEvent) canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot re-stamp " + event.getClass(), e);
    }
  }

  /** The event dated one second later, as a forger would. */
  static CaseEvent redated(CaseEvent event) {
    return withStamp(event, Stamp.of(event.at().plus(Duration.ofSeconds(1)), event.stamp().actor(),
        event.stamp().reason()));
  }

  /** The event with another audit reason. */
  static CaseEvent edited(CaseEvent event) {
    return withStamp(event, Stamp.of(event.at(), event.stamp().actor(), event.stamp().reason() + " (amended)"));
  }
}
