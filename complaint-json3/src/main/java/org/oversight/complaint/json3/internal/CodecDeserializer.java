package org.oversight.complaint.json3.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import java.util.function.BiConsumer;
import org.oversight.complaint.json3.ComplaintJsonException;
import org.oversight.complaint.wire.codec.Failure;
import org.oversight.complaint.wire.codec.Pointer;
import org.oversight.complaint.wire.codec.Reading;
import org.oversight.complaint.wire.codec.TreeBuilder;
import org.oversight.complaint.wire.codec.WireDecoder;
import org.oversight.complaint.wire.codec.WireProblem;
import org.oversight.complaint.wire.codec.WireValue;

/**
 * The one Jackson 3 deserializer of this module: it pumps the parser's tokens for one value into
 * the codec's {@link TreeBuilder} (bounded by the parser's {@code StreamReadConstraints}), then
 * hands the tree to the codec's decoder for its type. A {@link WireProblem} becomes a
 * {@link ComplaintJsonException}.
 *
 * <p>Unknown fields fail when {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is enabled
 * (Jackson's default); otherwise they are skipped, or handed to the sink a lenient
 * {@code ComplaintJson} reader sets as the context attribute {@link #UNKNOWN_FIELDS}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the read type
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /**
   * The context attribute key under which a {@code BiConsumer<Pointer, WireValue>} receives the
   * unknown fields when unknown fields do not fail.
   */
  public static final Object UNKNOWN_FIELDS = CodecDeserializer.class.getName() + ".unknownFields";

  private final transient WireDecoder<T> decoder;

  /**
   * Wraps a decoder.
   *
   * @param decoder the decoder, not null
   */
  public CodecDeserializer(WireDecoder<T> decoder) {
    super(decoder.type());
    this.decoder = decoder;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    Pointer base = Pointer.parse(p.streamReadContext().pathAsPointer().toString());
    Reading reading = new Reading(ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
        (BiConsumer<Pointer, WireValue>) ctxt.getAttribute(UNKNOWN_FIELDS));
    try {
      return decoder.decode(tree(p, base, reading), base, reading);
    } catch (Failure f) {
      throw exception(f.problem(), p);
    }
  }

  /**
   * Reads the value at the parser's current token into a tree.
   *
   * @param p the parser, on the value's first token, not null
   * @param base where the value sits, not null
   * @param reading how the tree will be read (a lenient read's maximum of unknown fields bounds an object's
   *     members), not null
   * @return the tree, never null
   * @throws Failure if a field name repeats within an object, or an object has more members than the read can keep
   */
  public static WireValue tree(JsonParser p, Pointer base, Reading reading) {
    TreeBuilder tree = new TreeBuilder(base, reading);
    JsonToken t = p.currentToken();
    if (t == JsonToken.PROPERTY_NAME) {
      // called inside an object whose start Jackson has already consumed
      tree.writeStartObject();
    }
    while (true) {
      switch (t) {
        case START_OBJECT -> tree.writeStartObject();
        case END_OBJECT -> tree.writeEndObject();
        case START_ARRAY -> tree.writeStartArray();
        case END_ARRAY -> tree.writeEndArray();
        case PROPERTY_NAME -> tree.writeFieldName(p.currentName());
        case VALUE_STRING -> tree.writeString(p.getString());
        case VALUE_NUMBER_INT -> tree.writeNumber(p.getString(), true);
        case VALUE_NUMBER_FLOAT -> tree.writeNumber(p.getString(), false);
        case VALUE_TRUE -> tree.writeBoolean(true);
        case VALUE_FALSE -> tree.writeBoolean(false);
        case VALUE_NULL -> tree.writeNull();
        default -> throw WireProblem.of("found " + t.asString(), Pointer.parse(p.streamReadContext().pathAsPointer()
            .toString()), "a JSON value").failure();
      }
      if (tree.isComplete()) {
        return tree.result();
      }
      t = p.nextToken();
      if (t == null) {
        throw WireProblem.of("the input ends inside a value", base, "a complete JSON value").failure();
      }
    }
  }

  /**
   * Builds this module's exception from a problem.
   *
   * @param problem the problem, not null
   * @param p the parser that was reading, null if none
   * @return the exception, never null
   */
  public static ComplaintJsonException exception(WireProblem problem, JsonParser p) {
    return exception(problem, p, null);
  }

  /**
   * Builds this module's exception from a problem at a parser location.
   *
   * @param problem the problem, not null
   * @param p the parser that was reading, null if none
   * @param location where the parser was, null if unknown
   * @return the exception, never null
   */
  public static ComplaintJsonException exception(WireProblem problem, JsonParser p, TokenStreamLocation location) {
    return new ComplaintJsonException(p, problem.problem(), JsonPointer.compile(problem.pointer().toString()),
        problem.line(), problem.expected(), location, problem.cause().getOrNull(), problem.rejection().getOrNull());
  }
}
