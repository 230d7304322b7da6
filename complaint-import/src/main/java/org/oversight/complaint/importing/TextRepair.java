package org.oversight.complaint.importing;

/**
 * Repairs text that was decoded from Windows-1252 as if it were ISO-8859-1 and then stored as UTF-8:
 * its curly quotes, dashes and ellipses arrive as C1 control characters (U+0080 to U+009F), which the
 * core refuses in case text. Each C1 character is replaced by the character Windows-1252 gives its byte
 * (U+0092 becomes U+2019, U+0085 becomes U+2026); the five bytes Windows-1252 leaves undefined, and the
 * C0 controls other than tab, line feed and carriage return, become U+FFFD.
 *
 * <p>Stateless and thread-safe.
 */
final class TextRepair {
  /** Windows-1252 bytes 0x80 to 0x9F; U+FFFD where the code page defines none. */
  private static final char[] CP1252 = {
      '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
      '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFD', '\u017D', '\uFFFD',
      '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
      '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFD', '\u017E', '\u0178'};

  private TextRepair() {}

  /** Whether the text holds a character {@link #repair(String)} replaces. */
  static boolean needsRepair(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (replaced(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether UTF-8 bytes encode a character {@link #repair(String)} replaces: a C0 control other than tab,
   * line feed and carriage return, DEL, or a C1 control (0xC2 followed by 0x80 to 0x9F). A byte scan,
   * without decoding.
   */
  static boolean needsRepair(byte[] utf8, int length) {
    for (int i = 0; i < length; i++) {
      int b = utf8[i];
      if (b >= ' ' && b != 0x7F) {
        continue;
      }
      if (b >= 0 ? b != '\t' && b != '\n' && b != '\r' || b == 0x7F
          : b == (byte) 0xC2 && i + 1 < length && utf8[i + 1] >= (byte) 0x80 && utf8[i + 1] <= (byte) 0x9F) {
        return true;
      }
    }
    return false;
  }

  /** The text with every control character but tab, line feed and carriage return replaced. */
  static String repair(String text) {
    if (!needsRepair(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(replacement(c));
    }
    return out.toString();
  }

  /** What replaces one character (the character itself if it is not replaced). */
  static char replacement(char c) {
    if (c >= '\u0080' && c <= '\u009F') {
      return CP1252[c - '\u0080'];
    }
    return replaced(c) ? '\uFFFD' : c;
  }

  private static boolean replaced(char c) {
    return (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\u007F' || (c >= '\u0080' && c <= '\u009F');
  }

  /** Names the replaced characters of a text, for a warning: {@code U+0092 as ’, U+0085 as …}. */
  static String describe(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().filter(c -> replaced((char) c)).distinct().forEach(c -> {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(String.format(java.util.Locale.ROOT, "U+%04X as %c", c, replacement((char) c)));
    });
    return out.toString();
  }
}
