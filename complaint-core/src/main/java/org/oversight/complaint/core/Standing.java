package org.oversight.complaint.core;

/**
 * On what basis a complainant may complain (E&amp;W PRA s. 12(1A)-(1B)).
 *
 * @since 0.1
 */
public enum Standing {
  /** The conduct happened to the complainant. */
  DIRECTLY_AFFECTED,
  /** The complainant was adversely affected. */
  ADVERSELY_AFFECTED,
  /** The complainant witnessed the conduct. */
  WITNESS,
  /** Complaining on someone's behalf, with their consent. */
  ON_BEHALF,
  /** Parent or guardian of a child (no written consent needed in E&amp;W for a child of 16 or under). */
  PARENT_OF_CHILD,
  /** Anyone, where the jurisdiction does not restrict standing (e.g. Swedish JO). */
  ANY_PERSON
}
