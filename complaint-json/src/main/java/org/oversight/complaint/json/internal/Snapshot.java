package org.oversight.complaint.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
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

  // A plain mapper (no modules) only to turn buffered tokens into a tree; never configured after
  // construction, so sharing it is thread-safe.
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** Writes the snapshot fields of a case into the object being written. */
  @FunctionalInterface
  public interface Writer {
    /**
     * Writes.
     *
     * @param c the case, not null
     * @param gen the generator, inside an object, not null
     * @throws IOException if the generator fails
     */
    void write(ComplaintCase c, JsonGenerator gen) throws IOException;
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
    JsonNode expected = expected(replayed, writer);
    for (String name : FIELDS) {
      for (Node actual : document.optField(name)) {
        JsonNode want = expected.get(name);
        if (want == null) {
          throw actual.fail("the snapshot has '" + name + "' but the history gives none",
              "no '" + name + "' field, as replayed from /history", null);
        }
        compare(actual, want);
      }
    }
  }

  private static JsonNode expected(ComplaintCase c, Writer writer) {
    try (TokenBuffer buffer = new TokenBuffer(PLAIN, false)) {
      buffer.writeStartObject();
      writer.write(c, buffer);
      buffer.writeEndObject();
      return PLAIN.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException("bug: writing to a token buffer failed", e);
    }
  }

  private static void compare(Node actual, JsonNode want) {
    JsonNode got = actual.json();
    if (want.isObject()) {
      actual.object("an object");
      for (Map.Entry<String, JsonNode> e : want.properties()) {
        compare(actual.field(e.getKey(), e.getValue().toString() + " as replayed from /history"), e.getValue());
      }
      actual.done();
    } else if (want.isArray()) {
      if (!got.isArray() || got.size() != want.size()) {
        throw mismatch(actual, want);
      }
      // in step over both arrays: indexing a linked list here made the check quadratic
      java.util.Iterator<JsonNode> wanted = want.elements();
      for (Node element : actual.elements("an array")) {
        compare(element, wanted.next());
      }
    } else if (want.isNumber()) {
      if (!got.isNumber() || !sameNumber(got, want)) {
        throw mismatch(actual, want);
      }
    } else if (!want.equals(got)) {
      throw mismatch(actual, want);
    }
  }

  /** Compares numbers by value; a number too large for a double (1e400) equals nothing we write. */
  private static boolean sameNumber(JsonNode got, JsonNode want) {
    if ((got.isDouble() || got.isFloat()) && !Double.isFinite(got.doubleValue())) {
      return false;
    }
    return got.decimalValue().compareTo(want.decimalValue()) == 0;
  }

  private static Failure mismatch(Node actual, JsonNode want) {
    return actual.fail("the snapshot disagrees with the history: found " + abbreviate(actual.json()),
        abbreviate(want) + " as replayed from /history", null);
  }

  private static String abbreviate(JsonNode n) {
    String text = n.toString();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
