package org.oversight.complaint.wire.codec;

import io.vavr.collection.List;
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
    TokenTape tape = document.tape();
    boolean matches = SnapshotMatch.matches(tape, writer, replayed, document.reading(), document.pointer());
    if (!matches) {
      explain(document, tape, replayed, writer);
    }
    FIELDS.forEach(document::optField);
  }

  // Finds the first difference through a tree of the expected snapshot, and fails there; passes
  // only where the lenient reading lets an unknown field inside a snapshot object through. The document
  // is read by position on its tape: a value that differs is never built as a tree.
  private static void explain(Node document, TokenTape tape, ComplaintCase replayed, Writer writer) {
    java.util.Map<String, WireValue> expected = expected(replayed, writer).fields();
    java.util.List<String> names = new java.util.ArrayList<>();
    TokenTape.IntList values = new TokenTape.IntList();
    tape.members(tape.start(), names, values);
    for (String name : FIELDS) {
      int at = names.indexOf(name);
      if (at < 0) {
        continue;
      }
      Pointer pointer = document.pointer().property(name);
      WireValue want = expected.get(name);
      if (want == null) {
        throw Node.failure(document.reading(), "the snapshot has '" + name + "' but the history gives none", pointer,
            "no '" + name + "' field, as replayed from /history", null);
      }
      compare(tape, values.get(at), pointer, want, document.reading());
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

  private static void compare(TokenTape tape, int at, Pointer pointer, WireValue want, Reading reading) {
    TokenSource.Kind kind = tape.kind(at);
    if (want instanceof WireValue.Obj wanted) {
      if (kind != TokenSource.Kind.START_OBJECT) {
        throw Node.failure(reading, "found " + describe(kind), pointer, "an object (a JSON object)", null);
      }
      java.util.List<String> names = new java.util.ArrayList<>();
      TokenTape.IntList values = new TokenTape.IntList();
      tape.members(at, names, values);
      for (Map.Entry<String, WireValue> e : wanted.fields().entrySet()) {
        int member = names.indexOf(e.getKey());
        if (member < 0) {
          throw Node.failure(reading, "missing field '" + e.getKey() + "'", pointer.property(e.getKey()),
              e.getValue().toJson() + " as replayed from /history", null);
        }
        compare(tape, values.get(member), pointer.property(e.getKey()), e.getValue(), reading);
      }
      String known = String.join(", ", wanted.fields().keySet());
      for (int i = 0; i < names.size(); i++) {
        if (!wanted.fields().containsKey(names.get(i))) {
          reading.unknown(pointer.property(names.get(i)), tape.slice(values.get(i)), known);
        }
      }
    } else if (want instanceof WireValue.Arr wanted) {
      if (kind != TokenSource.Kind.START_ARRAY || count(tape, at) != wanted.elements().size()) {
        throw mismatch(tape, at, pointer, want, reading);
      }
      // in step over both arrays: indexing a linked list here made the check quadratic
      java.util.Iterator<WireValue> next = wanted.elements().iterator();
      int element = tape.inside(at);
      for (int i = 0; next.hasNext(); i++) {
        compare(tape, element, pointer.index(i), next.next(), reading);
        element = tape.skip(element);
      }
    } else if (want instanceof WireValue.Num wanted) {
      // by exact value: 1e400 is a number like any other and equals nothing a case has
      if (!tape.numberEquals(at, wanted.decimal())) {
        throw mismatch(tape, at, pointer, want, reading);
      }
    } else if (!want.equals(scalar(tape, at))) {
      throw mismatch(tape, at, pointer, want, reading);
    }
  }

  // the number of elements of the array at a position
  private static int count(TokenTape tape, int at) {
    int n = 0;
    for (int element = tape.inside(at); tape.kind(element) != TokenSource.Kind.END_ARRAY; element = tape.skip(element)) {
      n++;
    }
    return n;
  }

  // the string, boolean or null at a position; null for anything else
  private static WireValue scalar(TokenTape tape, int at) {
    return switch (tape.kind(at)) {
      case STRING -> new WireValue.Str(tape.text(at));
      case TRUE -> new WireValue.Bool(true);
      case FALSE -> new WireValue.Bool(false);
      case NULL -> new WireValue.Null();
      default -> null;
    };
  }

  private static String describe(TokenSource.Kind kind) {
    return switch (kind) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case STRING -> "a string";
      case INTEGER, DECIMAL -> "a number";
      case TRUE, FALSE -> "a boolean";
      default -> "null";
    };
  }

  private static Failure mismatch(TokenTape tape, int at, Pointer pointer, WireValue want, Reading reading) {
    return Node.failure(reading, "the snapshot disagrees with the history: found " + abbreviate(tape.slice(at)),
        pointer, abbreviate(want) + " as replayed from /history", null);
  }

  private static String abbreviate(TokenTape value) {
    return abbreviate(value.toJson(201));
  }

  private static String abbreviate(WireValue n) {
    return abbreviate(n.toJson());
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
