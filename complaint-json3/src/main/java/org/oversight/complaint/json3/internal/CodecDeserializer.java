package org.oversight.complaint.json3.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import org.oversight.complaint.json3.ComplaintJsonException;
import org.oversight.complaint.wire.codec.ComplaintCaseDecoder;
import org.oversight.complaint.wire.codec.Failure;
import org.oversight.complaint.wire.codec.Pointer;
import org.oversight.complaint.wire.codec.Reading;
import org.oversight.complaint.wire.codec.WireDecoder;
import org.oversight.complaint.wire.codec.WireProblem;

/**
 * The one Jackson 3 deserializer of this module: it hands the parser's tokens ({@link ParserTokens}) to the
 * decoder of the read type, which reads the value from the tokens as they come, without a tree of the value
 * ({@link WireDecoder#read(org.oversight.complaint.wire.codec.TokenSource, Pointer, Reading)}; a case document's
 * history is replayed event by event as it is read, {@link ComplaintCaseDecoder#readStreaming}), within the
 * parser's {@code StreamReadConstraints}. A {@link WireProblem} becomes a
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
   * The context attribute key under which a {@code BiConsumer<Pointer, CharSequence>} receives the
   * unknown fields (each value as compact JSON text) when unknown fields do not fail.
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
        (BiConsumer<Pointer, CharSequence>) ctxt.getAttribute(UNKNOWN_FIELDS));
    try {
      try {
        return decoder.read(new ParserTokens(p), base, reading);
      } catch (IOException impossible) {
        throw new UncheckedIOException("bug: a Jackson 3 parser reported a checked exception", impossible);
      }
    } catch (Failure f) {
      throw exception(f.problem(), p);
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
