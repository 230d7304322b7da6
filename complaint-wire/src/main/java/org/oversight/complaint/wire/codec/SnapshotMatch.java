package org.oversight.complaint.wire.codec;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Tells whether a case document's snapshot fields say exactly what the replayed case says, by
 * walking the document while the encoder writes the replayed case into this output: no tree of
 * the expected snapshot is built. It only answers yes or no; {@link Snapshot} explains a
 * difference, so that there is one place that words the errors. For a read that lets unknown fields
 * through, a member of a snapshot object that the replayed case does not write is no difference: it is
 * handed to the read as an unknown field, at its pointer, as {@link Node#done()} would.
 *
 * <p>Not thread-safe: one instance per check.
 */
final class SnapshotMatch implements WireOut {

  private static final class Frame {
    final Map<String, WireValue> fields;
    final List<WireValue> elements;
    String name;
    int next;
    // the names of the members compared, kept only for a lenient read: the others are unknown fields
    String[] seen;
    int seenCount;

    Frame(Map<String, WireValue> fields, List<WireValue> elements) {
      this.fields = fields;
      this.elements = elements;
    }
  }

  private final Deque<Frame> open = new ArrayDeque<>();
  private final Frame root;
  private final List<String> written = new ArrayList<>();
  // > 0 while writing a top-level field the document leaves out: nothing to compare
  private int skipping;
  private boolean differs;
  // the read that keeps or drops unknown fields; null when they are differences
  private final Reading lenient;
  private final Pointer base;

  private SnapshotMatch(WireValue.Obj document, Reading reading, Pointer base) {
    root = new Frame(document.fields(), null);
    open.push(root);
    this.lenient = reading != null && !reading.failOnUnknown() ? reading : null;
    this.base = base;
  }

  /**
   * Compares.
   *
   * @param document the case document, not null
   * @param writer writes the replayed case's snapshot fields, not null
   * @param replayed the case, not null
   * @return true if every snapshot field present in the document equals the replayed one and the
   *     document has no snapshot field the replay lacks
   */
  static boolean matches(WireValue.Obj document, Snapshot.Writer writer,
      org.oversight.complaint.core.ComplaintCase replayed) {
    return matches(document, writer, replayed, null, Pointer.root());
  }

  /**
   * Compares for a read: when it lets unknown fields through, the members of snapshot objects that the
   * replayed case does not write are handed to it, and are no difference.
   *
   * @param document the case document, not null
   * @param writer writes the replayed case's snapshot fields, not null
   * @param replayed the case, not null
   * @param reading the read, null to count every member not written as a difference
   * @param base the document's pointer, not null
   * @return true if every snapshot field present in the document equals the replayed one (but for
   *     the unknown members handed on) and the document has no snapshot field the replay lacks
   */
  static boolean matches(WireValue.Obj document, Snapshot.Writer writer,
      org.oversight.complaint.core.ComplaintCase replayed, Reading reading, Pointer base) {
    SnapshotMatch match = new SnapshotMatch(document, reading, base);
    try {
      writer.write(replayed, match);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("bug: writing to a comparison failed", e);
    }
    if (match.differs) {
      return false;
    }
    for (String name : Snapshot.FIELDS) {
      if (document.fields().containsKey(name) && !match.written.contains(name)) {
        return false;
      }
    }
    return true;
  }

  // The document's value where the next value is written; null when there is none to compare with.
  private WireValue target() {
    Frame top = open.peek();
    if (top.fields != null) {
      WireValue value = top.fields.get(top.name);
      if (value == null && top != root) {
        differs = true;
      }
      return value;
    }
    if (top.next < top.elements.size()) {
      return top.elements.get(top.next++);
    }
    differs = true;
    return null;
  }

  private boolean idle() {
    return differs || skipping > 0;
  }

  private void startContainer(boolean object) {
    if (differs) {
      return;
    }
    if (skipping > 0) {
      skipping++;
      return;
    }
    WireValue at = target();
    if (at == null) {
      if (!differs) {
        skipping = 1;
      }
    } else if (object && at instanceof WireValue.Obj o) {
      open.push(new Frame(o.fields(), null));
    } else if (!object && at instanceof WireValue.Arr a) {
      open.push(new Frame(null, a.elements()));
    } else {
      differs = true;
    }
  }

  private void endContainer() {
    if (differs) {
      return;
    }
    if (skipping > 0) {
      skipping--;
      return;
    }
    Frame done = open.pop();
    // an object's fields were each looked up once by name, so a count tells whether any is left over
    int size = done.fields != null ? done.fields.size() : done.elements.size();
    if (done.next != size) {
      if (lenient != null && done.fields != null) {
        handOnUnknown(done);
      } else {
        differs = true;
      }
    }
  }

  // hands the members of a closed object that were not compared to the lenient read, in document order
  private void handOnUnknown(Frame done) {
    Pointer at = base;
    java.util.Iterator<Frame> outer = open.descendingIterator();
    while (outer.hasNext()) {
      Frame f = outer.next();
      at = f.fields != null ? at.property(f.name) : at.index(f.next - 1);
    }
    Pointer object = at;
    done.fields.forEach((name, value) -> {
      if (!seen(done, name)) {
        lenient.unknown(object.property(name), value, "");
      }
    });
  }

  private static boolean seen(Frame frame, String name) {
    for (int i = 0; i < frame.seenCount; i++) {
      if (frame.seen[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  // a member of an object is compared: counted, and remembered for a lenient read
  private void count(Frame top) {
    top.next++;
    if (lenient != null) {
      if (top.seen == null) {
        top.seen = new String[8];
      } else if (top.seenCount == top.seen.length) {
        top.seen = java.util.Arrays.copyOf(top.seen, top.seenCount * 2);
      }
      top.seen[top.seenCount++] = top.name;
    }
  }

  // The document's value where a scalar is written, counted for its object; null if nothing to compare.
  private WireValue scalarTarget() {
    if (idle()) {
      return null;
    }
    WireValue at = target();
    Frame top = open.peek();
    if (at != null && top.fields != null) {
      count(top);
    }
    return at;
  }

  private void differsUnless(WireValue at, boolean equal) {
    if (at != null && !equal) {
      differs = true;
    }
  }

  @Override
  public void writeStartObject() {
    countField();
    startContainer(true);
  }

  @Override
  public void writeStartArray() {
    countField();
    startContainer(false);
  }

  // an object member about to be written as a container: counted for its parent object
  private void countField() {
    if (idle()) {
      return;
    }
    Frame top = open.peek();
    if (top.fields != null && top.fields.containsKey(top.name)) {
      count(top);
    }
  }

  @Override
  public void writeEndObject() {
    endContainer();
  }

  @Override
  public void writeEndArray() {
    endContainer();
  }

  @Override
  public void writeFieldName(String name) {
    if (idle()) {
      return;
    }
    Frame top = open.peek();
    top.name = name;
    if (top == root) {
      written.add(name);
    }
  }

  @Override
  public void writeString(String value) {
    WireValue at = scalarTarget();
    differsUnless(at, at instanceof WireValue.Str s && s.value().equals(value));
  }

  @Override
  public void writeNumber(long value) {
    WireValue at = scalarTarget();
    differsUnless(at, at instanceof WireValue.Num n && n.decimal().compareTo(BigDecimal.valueOf(value)) == 0);
  }

  @Override
  public void writeNumber(BigDecimal value) {
    WireValue at = scalarTarget();
    differsUnless(at, at instanceof WireValue.Num n && n.decimal().compareTo(value) == 0);
  }

  @Override
  public void writeBoolean(boolean value) {
    WireValue at = scalarTarget();
    differsUnless(at, at instanceof WireValue.Bool b && b.value() == value);
  }
}
