package org.oversight.complaint.core;

import java.util.regex.Pattern;

/** Argument checks shared by the value types; package-private so it never becomes API. */
final class Checks {
  private Checks() {}

  /** Throws {@link NullPointerException} with the message "{@code name} is null". */
  static <T> T notNull(T value, String name) {
    // Not Objects.requireNonNull(value, supplier): its lambda would be allocated at every call.
    if (value == null) {
      throw new NullPointerException(name + " is null");
    }
    return value;
  }

  /**
   * Checks a code-like text against a pattern.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value does not match, naming the type and the expected form
   */
  static String matches(String value, String name, Pattern pattern, String expected) {
    notNull(value, name);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must be " + expected + " but was '" + printable(value) + "'");
    }
    return value;
  }

  /**
   * Checks a free text: not null, at most {@code max} characters, and none of the characters that
   * make a text read other than it is stored: control characters (but line breaks and tabs),
   * bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), the byte
   * order mark U+FEFF, and unpaired surrogates (which PostgreSQL {@code jsonb} refuses).
   */
  static String text(String value, String name, int max) {
    notNull(value, name);
    if (value.length() > max) {
      throw new IllegalArgumentException(
          name + " must be at most " + max + " characters but has " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t') {
        throw refused(name, "control character", ch, i);
      }
      if ((ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069')) {
        throw refused(name, "bidirectional formatting character", ch, i);
      }
      if (ch == '\uFEFF') {
        throw refused(name, "byte order mark", ch, i);
      }
      if (Character.isHighSurrogate(ch) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(ch)) {
        throw refused(name, "unpaired surrogate", ch, i);
      }
    }
    return value;
  }

  private static IllegalArgumentException refused(String name, String what, char ch, int index) {
    return new IllegalArgumentException(
        name + " must not contain " + what + " U+" + String.format("%04X", (int) ch) + " (at index " + index + ")");
  }

  /** Checks a free text that must also contain something other than white space. */
  static String nonBlankText(String value, String name, int max) {
    text(value, name, max);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  private static String printable(String value) {
    String cut = value.length() > 80 ? value.substring(0, 80) + "…" : value;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }

  /** Describes free text that may hold personal data by its length only ({@code <withheld, 42 chars>}). */
  static String withheld(String text) {
    return text.isEmpty() ? "<empty>" : "<withheld, " + text.length() + " chars>";
  }
}
