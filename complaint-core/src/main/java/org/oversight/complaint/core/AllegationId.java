package org.oversight.complaint.core;

import java.util.regex.Pattern;

/**
 * The identifier of an allegation within one case. It is unique inside its case.
 *
 * <p>Valid by construction: the value must be 1 to 64 characters of letters, digits and . _ : - starting with a letter or digit. {@link #toString()} returns the value, and
 * {@link #of(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the code, not null
 * @since 0.1
 */
public record AllegationId(String value) implements Comparable<AllegationId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 1 to 64 characters of letters, digits and . _ : - starting with a letter or digit
   */
  public AllegationId {
    Checks.matches(value, "AllegationId", FORM, "1 to 64 characters of letters, digits and . _ : - starting with a letter or digit");
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text, not null
   * @return the value, never null
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 1 to 64 characters of letters, digits and . _ : - starting with a letter or digit
   */
  public static AllegationId of(String value) {
    return new AllegationId(value);
  }

  @Override
  public int compareTo(AllegationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
