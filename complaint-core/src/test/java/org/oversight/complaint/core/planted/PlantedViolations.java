package org.oversight.complaint.core.planted;

import tools.jackson.planted.FakeJsonProperty;

/** Classes that break each architecture rule on purpose; only the rule tests import them. */
public final class PlantedViolations {
  private PlantedViolations() {}

  /** A value class with a public constructor and a mutable field, which prints and annotates with "Jackson". */
  public static final class MutableValue {
    /** Not final. */
    @FakeJsonProperty("count")
    public int count;

    /** Public. */
    public MutableValue() {
      System.out.println("created");
    }
  }
}
