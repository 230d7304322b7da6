package org.oversight.complaint.core.planted;

/** A top-level value class with a public constructor, planted for the rule tests. */
public final class PublicConstructorValue {
  private final String value;

  /**
   * Public, which the rule forbids.
   *
   * @param value the value
   */
  public PublicConstructorValue(String value) {
    this.value = value;
  }

  /** @return the value */
  public String value() {
    return value;
  }
}
