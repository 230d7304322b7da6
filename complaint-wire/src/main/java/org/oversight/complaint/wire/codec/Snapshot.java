package org.oversight.complaint.wire.codec;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.oversight.complaint.core.ComplaintCase;

/**
 * Checks the snapshot fields of a case document against the case replayed from its history. The
 * history is authoritative; a snapshot field that is present must say what the replay says.
 */
public final class Snapshot {

  /** The snapshot field names, in wire order. */
  public static final List<String> FIELDS = List.of("id", "reference", "jurisdiction", "track", "status",
      "receivedAt", "channel", "receivingBody", "handlingBody", "incident", "parties", "allegations",
      "relatedCases", "referrals", "notifications", "consents", "reviews", "investigation", "reviewRoute",
      "timeLimitWaiver", "suspendedFrom", "version", "lastEventAt");

  /** Writes the snapshot fields of a case into the object being written. */
  @FunctionalInterface
  public interface Writer {
    /**
     * Writes.
     *
     * @param c the case, not null
     * @param gen the output, inside an object, not null
     * @throws IOException if the output fails
     */
    void write(ComplaintCase c, WireOut gen) throws IOException;
  }

  private Snapshot() {}

  /**
   * Compares the snapshot fields present in a document with the replayed case.
   *
   * @param document the case document, an object, not null
   * @param replayed the case its history gives, not null
   * @param writer writes the replayed case's snapshot, not null
   */
  public static void check(Node document, ComplaintCase replayed, Writer writer) {
    if (document.json() instanceof WireValue.Obj fields
        && SnapshotMatch.matches(fields, writer, replayed, document.reading(), document.pointer())) {
      FIELDS.forEach(document::optField);
      return;
    }
    explain(document, replayed, writer);
  }

  // Finds the first difference through a tree of the expected snapshot, and fails there; passes
  // only where the lenient reading lets an unknown field inside a snapshot object through.
  private static void explain(Node document, ComplaintCase replayed, Writer writer) {
    java.util.Map<String, WireValue> expected = expected(replayed, writer).fields();
    for (String name : FIELDS) {
      for (Node actual : document.optField(name)) {
        WireValue want = expected.get(name);
        if (want == null) {
          throw actual.fail("the snapshot has '" + name + "' but the history gives none",
              "no '" + name + "' field, as replayed from /history", null);
        }
        compare(actual, want);
      }
    }
  }

  private static WireValue.Obj expected(ComplaintCase c, Writer writer) {
    TreeBuilder tree = new TreeBuilder(Pointer.root());
    try {
      tree.writeStartObject();
      writer.write(c, tree);
      tree.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("bug: writing to a tree failed", e);
    }
    return (WireValue.Obj) tree.result();
  }

  private static void compare(Node actual, WireValue want) {
    WireValue got = actual.json();
    if (want instanceof WireValue.Obj wanted) {
      actual.object("an object");
      for (Map.Entry<String, WireValue> e : wanted.fields().entrySet()) {
        Option<Node> field = actual.optField(e.getKey());
        if (field.isEmpty()) {
          throw Node.failure(actual.reading(), "missing field '" + e.getKey() + "'", actual.pointer().property(e.getKey()),
              e.getValue().toJson() + " as replayed from /history", null);
        }
        compare(field.get(), e.getValue());
      }
      actual.done();
    } else if (want instanceof WireValue.Arr wanted) {
      if (!(got instanceof WireValue.Arr found) || found.elements().size() != wanted.elements().size()) {
        throw mismatch(actual, want);
      }
      // in step over both arrays: indexing a linked list here made the check quadratic
      java.util.Iterator<WireValue> next = wanted.elements().iterator();
      for (Node element : actual.elements("an array")) {
        compare(element, next.next());
      }
    } else if (want instanceof WireValue.Num wanted) {
      // by exact value: 1e400 is a number like any other and equals nothing a case has
      if (!(got instanceof WireValue.Num found) || found.decimal().compareTo(wanted.decimal()) != 0) {
        throw mismatch(actual, want);
      }
    } else if (!want.equals(got)) {
      throw mismatch(actual, want);
    }
  }

  private static Failure mismatch(Node actual, WireValue want) {
    return actual.fail("the snapshot disagrees with the history: found " + abbreviate(actual.json()),
        abbreviate(want) + " as replayed from /history", null);
  }

  private static String abbreviate(WireValue n) {
    String text = n.toJson();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
