package org.oversight.complaint.core;

import java.util.regex.Pattern;

/**
 * A complaint-handling, oversight, prosecuting or support body, identified by a code, for example {@code NO-OSLO-PD} (a police district), {@code NO-SPESIALENHETEN}, {@code DK-DUP} (Den Uafhængige Politiklagemyndighed), {@code SE-SU}, {@code GB-IOPC} or {@code SE-BOJ} (Brottsofferjouren). Rule packs name the bodies of their jurisdiction.
 *
 * <p>Valid by construction: the value must be 2 to 64 upper-case letters, digits, _ or -, starting with a letter or digit. {@link #toString()} returns the value, and
 * {@link #of(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the code, not null
 * @since 0.1
 */
public record Body(String value) implements Comparable<Body> {
  private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,63}");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 2 to 64 upper-case letters, digits, _ or -, starting with a letter or digit
   */
  public Body {
    Checks.matches(value, "Body", FORM, "2 to 64 upper-case letters, digits, _ or -, starting with a letter or digit");
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text, not null
   * @return the value, never null
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 2 to 64 upper-case letters, digits, _ or -, starting with a letter or digit
   */
  public static Body of(String value) {
    return new Body(value);
  }

  @Override
  public int compareTo(Body other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
