package org.oversight.complaint.core;

import java.util.regex.Pattern;

/**
 * The jurisdiction whose rules govern a case. A value rather than a closed enum: rule packs define jurisdictions, and an integrator may define its own (for example a district's internal complaint unit).
 *
 * <p>Valid by construction: the value must be an ISO 3166-1 alpha-2 country code in upper case, optionally followed by - and up to 12 upper-case letters or digits (e.g. NO, DK, SE, GB-EAW, NO-OSLO). {@link #toString()} returns the value, and
 * {@link #of(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the code, not null
 * @since 0.1
 */
public record JurisdictionCode(String value) implements Comparable<JurisdictionCode> {
  private static final Pattern FORM = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,12})?");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not an ISO 3166-1 alpha-2 country code in upper case, optionally followed by - and up to 12 upper-case letters or digits (e.g. NO, DK, SE, GB-EAW, NO-OSLO)
   */
  public JurisdictionCode {
    Checks.matches(value, "JurisdictionCode", FORM, "an ISO 3166-1 alpha-2 country code in upper case, optionally followed by - and up to 12 upper-case letters or digits (e.g. NO, DK, SE, GB-EAW, NO-OSLO)");
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text, not null
   * @return the value, never null
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not an ISO 3166-1 alpha-2 country code in upper case, optionally followed by - and up to 12 upper-case letters or digits (e.g. NO, DK, SE, GB-EAW, NO-OSLO)
   */
  public static JurisdictionCode of(String value) {
    return new JurisdictionCode(value);
  }

  @Override
  public int compareTo(JurisdictionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
