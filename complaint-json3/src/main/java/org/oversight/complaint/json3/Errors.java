package org.oversight.complaint.json3;

import java.io.CharConversionException;
import java.io.IOException;
import org.oversight.complaint.json3.internal.CodecDeserializer;
import org.oversight.complaint.wire.codec.InputProblems;
import org.oversight.complaint.wire.codec.Pointer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/** Turns Jackson 3's reading failures into this module's one error type, in the codec's words. */
final class Errors {

  private Errors() {}

  private static Pointer where(JsonParser p) {
    try {
      return p == null || p.streamReadContext() == null ? Pointer.root()
          : Pointer.parse(p.streamReadContext().pathAsPointer().toString());
    } catch (RuntimeException e) {
      // A parser broken by the failure may not answer; the root is the honest fallback.
      return Pointer.root();
    }
  }

  /**
   * Converts a failure while reading.
   *
   * @param e the failure, not null
   * @param p the parser, null if it was not created
   * @param line the NDJSON line, or {@link ComplaintJsonException#NO_LINE}
   * @param fromStream true when the input was a caller's stream, whose own failures are passed on
   * @return the error to throw
   * @throws IOException the caller's stream's own failure, unwrapped
   */
  static ComplaintJsonException convert(JacksonException e, JsonParser p, long line, boolean fromStream)
      throws IOException {
    if (e instanceof ComplaintJsonException c) {
      return line == ComplaintJsonException.NO_LINE ? c : c.atLine(line);
    }
    if (e instanceof StreamConstraintsException) {
      return CodecDeserializer.exception(InputProblems.readLimit(e.getOriginalMessage(), where(p), line, e), p,
          e.getLocation());
    }
    if (e instanceof JacksonIOException io) {
      IOException cause = io.getCause();
      if (cause instanceof CharConversionException || !fromStream) {
        return CodecDeserializer.exception(InputProblems.undecodable(cause.getMessage(), where(p), line, cause), p);
      }
      throw cause;
    }
    return CodecDeserializer.exception(InputProblems.malformed(e.getOriginalMessage(), where(p), line, e), p,
        e.getLocation());
  }
}
