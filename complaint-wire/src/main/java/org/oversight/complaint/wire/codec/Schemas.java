package org.oversight.complaint.wire.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the wire format, one copy for both Jackson modules.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Schemas {

  /** The file name of the case document schema. */
  public static final String CASE_DOCUMENT = "complaint-case.schema.json";

  /** The file name of the event schema. */
  public static final String EVENT = "case-event.schema.json";

  private Schemas() {}

  /**
   * Loads a schema.
   *
   * @param name {@link #CASE_DOCUMENT} or {@link #EVENT}, not null
   * @return the schema text, never null
   * @throws IllegalStateException if there is no such schema
   */
  public static String load(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bug: schema " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading schema " + name + " from the jar failed", e);
    }
  }
}
