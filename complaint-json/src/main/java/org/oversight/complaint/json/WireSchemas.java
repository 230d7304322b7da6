package org.oversight.complaint.json;

import org.oversight.complaint.wire.codec.Schemas;

/**
 * The JSON Schemas (draft 2020-12) of the wire format, shipped once in complaint-wire for both Jackson modules: one for a case
 * document, one for an event (a standalone event document, an element of an event array, or an
 * NDJSON line). Both describe {@code schemaVersion} 1. The schemas check shape, codes and
 * patterns; the core's rules (an allegation's subjects must be parties, a history must replay)
 * are checked by reading with {@link ComplaintJson}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WireSchemas {

  /** The file name of the case document schema. */
  public static final String CASE_DOCUMENT = Schemas.CASE_DOCUMENT;

  /** The file name of the event schema. */
  public static final String EVENT = Schemas.EVENT;

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
    return Schemas.load(name);
  }
}
