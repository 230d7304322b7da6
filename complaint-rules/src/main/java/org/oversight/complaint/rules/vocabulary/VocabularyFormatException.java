package org.oversight.complaint.rules.vocabulary;

import java.util.Objects;

/**
 * Thrown when a vocabulary file does not follow the format of {@link Vocabulary#parse(String, String)}:
 * names the file, the line (1-based; 0 when the problem is the file as a whole) and what is wrong.
 *
 * <p>This exception makes no guarantees about immutability or thread-safety.
 *
 * @since 0.1
 */
public final class VocabularyFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String origin;
  private final int line;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param origin where the text came from (a resource or file name), not null
   * @param line the 1-based line, 0 for the file as a whole
   * @param detail what is wrong, not null
   * @throws NullPointerException if origin or detail is null
   */
  public VocabularyFormatException(String origin, int line, String detail) {
    super(Objects.requireNonNull(origin, "origin is null") + (line > 0 ? ", line " + line : "") + ": "
        + Objects.requireNonNull(detail, "detail is null"));
    this.origin = origin;
    this.line = line;
    this.detail = detail;
  }

  /**
   * Returns where the text came from.
   *
   * @return the origin, never null
   */
  public String origin() {
    return origin;
  }

  /**
   * Returns the line.
   *
   * @return the 1-based line, 0 for the file as a whole
   */
  public int line() {
    return line;
  }

  /**
   * Returns what is wrong, without the origin and line.
   *
   * @return the detail, never null
   */
  public String detail() {
    return detail;
  }
}
