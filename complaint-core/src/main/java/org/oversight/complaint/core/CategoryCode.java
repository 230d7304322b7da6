package org.oversight.complaint.core;

import java.util.regex.Pattern;

/**
 * The category of an allegation, from a pluggable taxonomy (for example {@code FORCE}, {@code LANGUAGE}, {@code DISCOURTESY}, {@code ABUSE_OF_AUTHORITY}, {@code CASE_HANDLING}). Rule packs and vocabulary mappings define the codes; the core only checks the form.
 *
 * <p>Valid by construction: the value must be 1 to 64 upper-case letters, digits, _ . or -, starting with a letter. {@link #toString()} returns the value, and
 * {@link #of(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the code, not null
 * @since 0.1
 */
public record CategoryCode(String value) implements Comparable<CategoryCode> {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_.-]{0,63}");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 1 to 64 upper-case letters, digits, _ . or -, starting with a letter
   */
  public CategoryCode {
    Checks.matches(value, "CategoryCode", FORM, "1 to 64 upper-case letters, digits, _ . or -, starting with a letter");
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text, not null
   * @return the value, never null
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not 1 to 64 upper-case letters, digits, _ . or -, starting with a letter
   */
  public static CategoryCode of(String value) {
    return new CategoryCode(value);
  }

  @Override
  public int compareTo(CategoryCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
