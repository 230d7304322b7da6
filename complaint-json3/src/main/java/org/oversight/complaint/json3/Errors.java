package org.oversight.complaint.json3;

import java.io.CharConversionException;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/** Turns Jackson 3's reading failures into this module's one error type, with the Jackson 2 module's words. */
final class Errors {

  private Errors() {}

  static JsonPointer where(JsonParser p) {
    try {
      return p == null || p.streamReadContext() == null ? JsonPointer.empty() : p.streamReadContext().pathAsPointer();
    } catch (RuntimeException e) {
      // A parser broken by the failure may not answer; the root is the honest fallback.
      return JsonPointer.empty();
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
      return new ComplaintJsonException(p, "input exceeds a read limit: " + e.getOriginalMessage(), where(p), line,
          "input within the read limits (ReadLimits)", e.getLocation(), e);
    }
    if (e instanceof JacksonIOException io) {
      IOException cause = io.getCause();
      if (cause instanceof CharConversionException || !fromStream) {
        return new ComplaintJsonException(p, "undecodable input: " + cause.getMessage(), where(p), line,
            "JSON encoded as UTF-8, UTF-16 or UTF-32", null, cause);
      }
      throw cause;
    }
    return new ComplaintJsonException(p, "malformed JSON: " + e.getOriginalMessage(), where(p), line,
        "well-formed JSON (RFC 8259)", e.getLocation(), e);
  }
}
