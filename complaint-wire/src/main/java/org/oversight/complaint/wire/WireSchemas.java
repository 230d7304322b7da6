package org.oversight.complaint.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the wire format ({@code docs/wire-format.md}), shipped once for
 * both Jackson modules: one for a case document, one for an event (a standalone event document, an
 * element of an event array, or an NDJSON line). Both describe {@code schemaVersion} 1. The schemas
 * check shape, codes and patterns; the core's rules (an allegation's subjects must be parties, a
 * history must replay) are checked by reading with either module's {@code ComplaintJson}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WireSchemas {

  /** The file name of the case document schema. */
  public static final String CASE_DOCUMENT = "complaint-case.schema.json";

  /** The file name of the event schema. */
  public static final String EVENT = "case-event.schema.json";

  private WireSchemas() {}

  /**
   * Returns the case document schema.
   *
   * @return the schema as JSON text, never null
   */
  public static String caseDocument() {
    return load(CASE_DOCUMENT);
  }

  /**
   * Returns the event schema.
   *
   * @return the schema as JSON text, never null
   */
  public static String event() {
    return load(EVENT);
  }

  private static String load(String name) {
    // The schema files sit beside the codec that writes what they describe.
    try (InputStream in = WireSchemas.class.getResourceAsStream("codec/" + name)) {
      if (in == null) {
        throw new IllegalStateException("bug: schema " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading schema " + name + " from the jar failed", e);
    }
  }
}
