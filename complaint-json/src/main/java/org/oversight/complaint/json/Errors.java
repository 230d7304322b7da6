package org.oversight.complaint.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import org.oversight.complaint.json.internal.CodecDeserializer;
import org.oversight.complaint.wire.codec.InputProblems;
import org.oversight.complaint.wire.codec.Pointer;

/** Turns Jackson's and the JDK's reading failures into this module's one error type, in the codec's words. */
final class Errors {

  private Errors() {}

  private static Pointer where(JsonParser p) {
    try {
      return p == null || p.getParsingContext() == null ? Pointer.root()
          : Pointer.parse(p.getParsingContext().pathAsPointer().toString());
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
   * @throws IOException the original failure when it is the caller's stream's own
   */
  static ComplaintJsonException convert(IOException e, JsonParser p, long line, boolean fromStream) throws IOException {
    if (e instanceof ComplaintJsonException c) {
      return line == ComplaintJsonException.NO_LINE ? c : c.atLine(line);
    }
    if (e instanceof StreamConstraintsException j) {
      return CodecDeserializer.exception(InputProblems.readLimit(j.getOriginalMessage(), where(p), line, e), p,
          j.getLocation());
    }
    if (e instanceof JsonProcessingException j) {
      return CodecDeserializer.exception(InputProblems.malformed(j.getOriginalMessage(), where(p), line, e), p,
          j.getLocation());
    }
    if (e instanceof CharConversionException || !fromStream) {
      // Jackson 2's UTF-32 reader reports undecodable bytes as a bare CharConversionException.
      return CodecDeserializer.exception(InputProblems.undecodable(e.getMessage(), where(p), line, e), p);
    }
    throw e;
  }
}
