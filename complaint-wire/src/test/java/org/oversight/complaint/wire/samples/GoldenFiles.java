package org.oversight.complaint.wire.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code complaint-wire/src/test/resources/golden}, one copy that the Jackson 2
 * and Jackson 3 modules' tests both read (from their own module directory). Regenerate them on purpose
 * only, with {@code mvn -q -pl complaint-json -am test -Dgolden.regenerate=true} (complaint-json3 must
 * then pass unchanged): every golden test then rewrites its file and fails, so that a regeneration never
 * passes unnoticed; review the diff, then run again without the switch.
 */
public final class GoldenFiles {

  /** The directory of the golden files, seen from a JSON module's directory. */
  public static final Path DIR = Path.of("..", "complaint-wire", "src", "test", "resources", "golden");

  /** True when the golden tests are to rewrite their files ({@code -Dgolden.regenerate=true}). */
  public static final boolean REGENERATE = Boolean.getBoolean("golden.regenerate");

  private GoldenFiles() {}

  /**
   * Reads a golden file.
   *
   * @param name the path below {@link #DIR}
   * @return its text
   */
  public static String read(String name) {
    try {
      return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("missing golden file " + name + " (regenerate with -Dgolden.regenerate=true)", e);
    }
  }

  /**
   * Asserts the exact text of a golden file, or rewrites it and fails when regenerating.
   *
   * @param name the path below {@link #DIR}
   * @param actual the text written
   */
  public static void assertText(String name, String actual) {
    if (REGENERATE) {
      try {
        Files.createDirectories(DIR.resolve(name).getParent());
        Files.writeString(DIR.resolve(name), actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      throw new AssertionError("regenerated " + name + "; review the diff and run again without -Dgolden.regenerate");
    }
    assertThat(actual).as("golden file %s", name).isEqualTo(read(name));
  }

  /**
   * Decodes UTF-8.
   *
   * @param bytes the bytes
   * @return the text
   */
  public static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
