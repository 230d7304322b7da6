package org.oversight.complaint.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.oversight.complaint.json.ComplaintJsonException;
import org.oversight.complaint.json.internal.Failure;
import org.oversight.complaint.json.internal.Node;
import org.oversight.complaint.json.internal.Reading;

/**
 * Base of this module's deserializers. Each reads one value into a tree (bounded by the parser's
 * {@code StreamReadConstraints}), then builds the domain value field by field through the core's
 * public factories and constructors, so that validation lives once, in the core. Every failure is
 * a {@link ComplaintJsonException} naming the JSON pointer of the offending value, what was
 * expected and (for a value the core refused) the core's exception as the cause.
 *
 * <p>Unknown fields fail when {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is enabled
 * (Jackson's default); otherwise they are skipped, or handed to the sink a lenient
 * {@code ComplaintJson} reader sets as the context attribute {@link #UNKNOWN_FIELDS}.
 *
 * <p>Only this package extends it (its constructor is package-private), so that the tree cursor it
 * reads with stays internal. Implementations are stateless, immutable and thread-safe.
 *
 * @param <T> the handled type
 * @since 0.1
 */
public abstract class WireDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /**
   * The context attribute key under which a {@code BiConsumer<JsonPointer, JsonNode>} receives the
   * unknown fields when unknown fields do not fail.
   */
  public static final Object UNKNOWN_FIELDS = WireDeserializer.class.getName() + ".unknownFields";

  /**
   * Creates a deserializer. Only this package's deserializers extend this class.
   *
   * @param type the handled type, not null
   */
  WireDeserializer(Class<T> type) {
    super(type);
  }

  @Override
  @SuppressWarnings("unchecked")
  public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonPointer base = p.getParsingContext().pathAsPointer();
    JsonNode tree = ctxt.readTree(p);
    Reading reading = new Reading(p, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
        (java.util.function.BiConsumer<JsonPointer, JsonNode>) ctxt.getAttribute(UNKNOWN_FIELDS));
    try {
      return read(Node.root(tree, base, reading));
    } catch (Failure f) {
      throw f.error();
    }
  }

  /**
   * Builds the value from its tree.
   *
   * @param node the value's cursor, not null
   * @return the value, never null
   * @throws Failure if the value cannot be read
   */
  abstract T read(Node node);
}
