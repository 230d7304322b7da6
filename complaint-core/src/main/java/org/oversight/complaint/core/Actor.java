package org.oversight.complaint.core;

import java.util.regex.Pattern;

/**
 * Who did something to a case: a caseworker, a system (the intake ticket system), a party. A plain identifier in the integrator's own scheme, for example {@code caseworker:kari.nordmann} or {@code system:ticket-intake}; the core never interprets it.
 *
 * <p>Valid by construction: the value must be 1 to 128 letters, digits or . _ : @ -, starting with a letter or digit. {@link #toString()} returns the value, and
 * {@link #of(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the text, not null
 * @since 0.1
 */
public record Actor(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 1 to 128 letters, digits or . _ : @ -, starting with a letter or digit
   */
  public Actor {
    Checks.matches(value, "Actor", FORM, "1 to 128 letters, digits or . _ : @ -, starting with a letter or digit");
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text, not null
   * @return the value, never null
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 1 to 128 letters, digits or . _ : @ -, starting with a letter or digit
   */
  public static Actor of(String value) {
    return new Actor(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
