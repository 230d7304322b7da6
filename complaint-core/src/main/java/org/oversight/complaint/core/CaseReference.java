package org.oversight.complaint.core;

import java.util.regex.Pattern;

/**
 * The human reference under which a registered case can always be found again (the journal number). Assigned when the case is registered; Danish plan "Nærhed og tryghed" 2.2.5 asks that every inquiry be registered so it can be retrieved.
 *
 * <p>Valid by construction: the value must be a prefix of 1 to 10 upper-case letters or digits starting with a letter, a four-digit year and a sequence number, separated by - (e.g. OSL-2026-000123). {@link #toString()} returns the value, and
 * {@link #parse(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the text, not null
 * @since 0.1
 */
public record CaseReference(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]{0,9}-[0-9]{4}-[0-9]{1,12}");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not a prefix of 1 to 10 upper-case letters or digits starting with a letter, a four-digit year and a sequence number, separated by - (e.g. OSL-2026-000123)
   */
  public CaseReference {
    Checks.matches(value, "CaseReference", FORM, "a prefix of 1 to 10 upper-case letters or digits starting with a letter, a four-digit year and a sequence number, separated by - (e.g. OSL-2026-000123)");
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text, not null
   * @return the value, never null
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not a prefix of 1 to 10 upper-case letters or digits starting with a letter, a four-digit year and a sequence number, separated by - (e.g. OSL-2026-000123)
   */
  public static CaseReference parse(String value) {
    return new CaseReference(value);
  }

  /**
   * Returns the prefix, the part before the year (typically the registering body's short name).
   *
   * @return the prefix, never null
   */
  public String prefix() {
    return value.substring(0, value.indexOf('-'));
  }

  /**
   * Returns the year of registration written in the reference.
   *
   * @return the four-digit year
   */
  public int year() {
    int first = value.indexOf('-');
    return Integer.parseInt(value.substring(first + 1, first + 5));
  }

  @Override
  public String toString() {
    return value;
  }
}
