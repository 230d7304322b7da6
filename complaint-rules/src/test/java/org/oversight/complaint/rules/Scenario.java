package org.oversight.complaint.rules;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.provider.Arguments;

/** A row of a scenario table: a name and the check it makes. */
public final class Scenario {
  private Scenario() {}

  public static Arguments row(String name, Executable check) {
    return Arguments.of(name, check);
  }
}
