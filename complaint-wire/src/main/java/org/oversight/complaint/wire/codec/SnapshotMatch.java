package org.oversight.complaint.wire.codec;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Tells whether a case document's snapshot fields say exactly what the replayed case says, by
 * walking the document's tape ({@link TokenTape}, read by position) while the encoder writes the replayed
 * case into this output: no tree of the expected snapshot or of the document is built. It only answers yes or no; {@link Snapshot} explains a
 * difference, so that there is one place that words the errors. For a read that lets unknown fields
 * through, a member of a snapshot object that the replayed case does not write is no difference: it is
 * handed to the read as an unknown field, at its pointer, as {@link Node#done()} would.
 *
 * <p>Not thread-safe: one instance per check.
 */
final class SnapshotMatch implements WireOut {

  private final class Frame {
    // where an object's member names and their values start; null for an array
    final TokenTape.IntList names;
    final TokenTape.IntList values;
    // by name, for an object with more members than an object of the format has
    java.util.Map<String, Integer> index;
    // where the next look-up starts
    int hint;
    // an array's next element
    int nextElement;
    String name;
    int next;
    // the names of the members compared, kept only for a lenient read: the others are unknown fields
    String[] seen;
    int seenCount;

    Frame(int position, boolean object) {
      if (object) {
        names = new TokenTape.IntList();
        values = new TokenTape.IntList();
        document.members(position, names, values);
        if (names.size() > TreeBuilder.KNOWN_FIELDS) {
          index = new java.util.HashMap<>();
          for (int i = 0; i < names.size(); i++) {
            index.put(document.text(names.get(i)), values.get(i));
          }
        }
      } else {
        names = null;
        values = null;
        nextElement = document.inside(position);
      }
    }

    // where the member's value starts, -1 if the object has none; the names are compared on the tape, the
    // writer asks for a few dozen at most
    int lookUp(String member) {
      if (index != null) {
        Integer at = index.get(member);
        return at == null ? -1 : at;
      }
      // from the member found last: the writer writes in the document's order, and asks for a member twice
      int size = names.size();
      for (int k = 0; k < size; k++) {
        int i = (hint + k) % size;
        if (document.textEquals(names.get(i), member)) {
          hint = i;
          return values.get(i);
        }
      }
      return -1;
    }
  }

  private final TokenTape document;
  private final Deque<Frame> open = new ArrayDeque<>();
  private final Frame root;
  private final List<String> written = new ArrayList<>();
  // > 0 while writing a top-level field the document leaves out: nothing to compare
  private int skipping;
  private boolean differs;
  // the read that keeps or drops unknown fields; null when they are differences
  private final Reading lenient;
  private final Pointer base;

  private SnapshotMatch(TokenTape document, Reading reading, Pointer base) {
    this.document = document;
    root = new Frame(document.start(), true);
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
    return matches(TokenTape.of(document), writer, replayed, null, Pointer.root());
  }

  /**
   * Compares a tree for a read, as {@link #matches(TokenTape, Snapshot.Writer,
   * org.oversight.complaint.core.ComplaintCase, Reading, Pointer)} compares a tape.
   *
   * @param document the case document, not null
   * @param writer writes the replayed case's snapshot fields, not null
   * @param replayed the case, not null
   * @param reading the read, null to count every member not written as a difference
   * @param base the document's pointer, not null
   * @return whether the snapshot agrees
   */
  static boolean matches(WireValue.Obj document, Snapshot.Writer writer,
      org.oversight.complaint.core.ComplaintCase replayed, Reading reading, Pointer base) {
    return matches(TokenTape.of(document), writer, replayed, reading, base);
  }

  /**
   * Compares for a read: when it lets unknown fields through, the members of snapshot objects that the
   * replayed case does not write are handed to it, and are no difference.
   *
   * @param document the case document's tape, an object, not null
   * @param writer writes the replayed case's snapshot fields, not null
   * @param replayed the case, not null
   * @param reading the read, null to count every member not written as a difference
   * @param base the document's pointer, not null
   * @return true if every snapshot field present in the document equals the replayed one (but for
   *     the unknown members handed on) and the document has no snapshot field the replay lacks
   */
  static boolean matches(TokenTape document, Snapshot.Writer writer,
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
      if (match.root.lookUp(name) >= 0 && !match.written.contains(name)) {
        return false;
      }
    }
    return true;
  }

  // Where the document's value sits where the next value is written; -1 when there is none to compare with.
  private int target() {
    Frame top = open.peek();
    if (top.names != null) {
      int value = top.lookUp(top.name);
      if (value < 0 && top != root) {
        differs = true;
      }
      return value;
    }
    if (document.kind(top.nextElement) != TokenSource.Kind.END_ARRAY) {
      int value = top.nextElement;
      top.nextElement = document.skip(value);
      top.next++;
      return value;
    }
    differs = true;
    return -1;
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
    int at = target();
    if (at < 0) {
      if (!differs) {
        skipping = 1;
      }
      return;
    }
    TokenSource.Kind kind = document.kind(at);
    if (object && kind == TokenSource.Kind.START_OBJECT || !object && kind == TokenSource.Kind.START_ARRAY) {
      open.push(new Frame(at, object));
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
    if (done.names == null) {
      if (document.kind(done.nextElement) != TokenSource.Kind.END_ARRAY) {
        differs = true;
      }
    } else if (done.next != done.names.size()) {
      // an object's fields were each looked up once by name, so a count tells whether any is left over
      if (lenient != null) {
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
      at = f.names != null ? at.property(f.name) : at.index(f.next - 1);
    }
    for (int i = 0; i < done.names.size(); i++) {
      String name = document.text(done.names.get(i));
      if (!seen(done, name)) {
        lenient.unknown(at.property(name), document.slice(done.values.get(i)), "");
      }
    }
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

  // Where the document's value sits where a scalar is written, counted for its object; -1 if none.
  private int scalarTarget() {
    if (idle()) {
      return -1;
    }
    int at = target();
    Frame top = open.peek();
    if (at >= 0 && top.names != null) {
      count(top);
    }
    return at;
  }

  private void differsUnless(int at, boolean equal) {
    if (at >= 0 && !equal) {
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
    if (top.names != null && top.lookUp(top.name) >= 0) {
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
    int at = scalarTarget();
    differsUnless(at, at >= 0 && document.kind(at) == TokenSource.Kind.STRING && document.textEquals(at, value));
  }

  @Override
  public void writeNumber(long value) {
    int at = scalarTarget();
    differsUnless(at, at >= 0 && document.numberEquals(at, BigDecimal.valueOf(value)));
  }

  @Override
  public void writeNumber(BigDecimal value) {
    int at = scalarTarget();
    differsUnless(at, at >= 0 && document.numberEquals(at, value));
  }

  @Override
  public void writeBoolean(boolean value) {
    int at = scalarTarget();
    differsUnless(at, at >= 0
        && document.kind(at) == (value ? TokenSource.Kind.TRUE : TokenSource.Kind.FALSE));
  }
}
