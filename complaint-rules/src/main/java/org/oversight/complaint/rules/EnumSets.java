package org.oversight.complaint.rules;

import java.util.EnumSet;
import java.util.Set;

/** Defensive copies of the sets of codes that rule factories take. */
final class EnumSets {
  private EnumSets() {}

  /**
   * Copies a set of enum constants; unlike {@link EnumSet#copyOf(java.util.Collection)}, an empty set
   * is fine.
   *
   * @param values the set, not null
   * @param type the enum, not null
   * @return a new set holding the same constants, never null
   * @throws NullPointerException if values is null
   */
  static <E extends Enum<E>> EnumSet<E> copyOf(Set<E> values, Class<E> type) {
    return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
  }
}
