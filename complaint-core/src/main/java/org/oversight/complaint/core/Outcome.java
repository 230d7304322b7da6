package org.oversight.complaint.core;

import java.util.regex.Pattern;

/**
 * The outcome of a decision on an allegation, as a code from the jurisdiction's outcome taxonomy, for example {@code CRITICISM} (Danish "kritik"), {@code CRITICISABLE} (Norwegian "kritikkverdig"), {@code SERVICE_NOT_ACCEPTABLE} or {@code NO_CRITICISM}. Whether an outcome counts as upheld (medhold) is decided by the rule pack, not here.
 *
 * <p>Valid by construction: the value must be 1 to 64 upper-case letters, digits or _, starting with a letter. {@link #toString()} returns the value, and
 * {@link #of(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the code, not null
 * @since 0.1
 */
public record Outcome(String value) implements Comparable<Outcome> {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 1 to 64 upper-case letters, digits or _, starting with a letter
   */
  public Outcome {
    Checks.matches(value, "Outcome", FORM, "1 to 64 upper-case letters, digits or _, starting with a letter");
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text, not null
   * @return the value, never null
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 1 to 64 upper-case letters, digits or _, starting with a letter
   */
  public static Outcome of(String value) {
    return new Outcome(value);
  }

  @Override
  public int compareTo(Outcome other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
