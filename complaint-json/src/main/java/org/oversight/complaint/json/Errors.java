package org.oversight.complaint.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;

/** Turns Jackson's and the JDK's reading failures into this module's one error type. */
final class Errors {

  private Errors() {}

  static JsonPointer where(JsonParser p) {
    try {
      return p == null || p.getParsingContext() == null ? JsonPointer.empty() : p.getParsingContext().pathAsPointer();
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
   * @throws IOException the original failure when it is the caller's stream's own
   */
  static ComplaintJsonException convert(IOException e, JsonParser p, long line, boolean fromStream) throws IOException {
    if (e instanceof ComplaintJsonException) {
      ComplaintJsonException c = (ComplaintJsonException) e;
      return line == ComplaintJsonException.NO_LINE ? c : c.atLine(line);
    }
    if (e instanceof StreamConstraintsException) {
      return new ComplaintJsonException(p, "input exceeds a read limit: " + ((JsonProcessingException) e).getOriginalMessage(),
          where(p), line, "input within the read limits (ReadLimits)", ((JsonProcessingException) e).getLocation(), e);
    }
    if (e instanceof JsonProcessingException) {
      JsonProcessingException j = (JsonProcessingException) e;
      return new ComplaintJsonException(p, "malformed JSON: " + j.getOriginalMessage(), where(p), line,
          "well-formed JSON (RFC 8259)", j.getLocation(), e);
    }
    if (e instanceof CharConversionException || !fromStream) {
      // Jackson 2's UTF-32 reader reports undecodable bytes as a bare CharConversionException.
      return new ComplaintJsonException(p, "undecodable input: " + e.getMessage(), where(p), line,
          "JSON encoded as UTF-8, UTF-16 or UTF-32", null, e);
    }
    throw e;
  }
}
