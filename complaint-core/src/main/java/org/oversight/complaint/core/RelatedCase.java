package org.oversight.complaint.core;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;

/**
 * A link from one case to another.
 *
 * <p>A {@link Relation#SAME_INCIDENT} link can record the other matter's seriousness flags as they
 * were known when the cases were linked, so that a rule pack sees from this case alone that a matter
 * from the same incident must be referred (E&amp;W SI 2020/2 reg 4(1): a complaint arising from the
 * same incident as one that must be referred must be referred too). Linking the same case again with
 * other flags records the newer knowledge.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param other the other case, not null
 * @param relation how they relate, not null
 * @param flags the other matter's seriousness flags as recorded when linking, empty unless the relation
 *     is {@link Relation#SAME_INCIDENT}, not null
 * @since 0.1
 */
public record RelatedCase(CaseId other, Relation relation, Set<SeriousnessFlag> flags) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument or flag is null
   * @throws IllegalArgumentException if flags are recorded for another relation than the same incident
   */
  public RelatedCase {
    Checks.notNull(other, "other");
    Checks.notNull(relation, "relation");
    Checks.notNull(flags, "flags");
    flags.forEach(f -> Checks.notNull(f, "flag"));
    if (!flags.isEmpty() && relation != Relation.SAME_INCIDENT) {
      throw new IllegalArgumentException("link to " + other + ": flags are recorded only for SAME_INCIDENT, not "
          + relation);
    }
  }

  /**
   * A link that records no flags of the other matter.
   *
   * @param other the other case, not null
   * @param relation how they relate, not null
   * @throws NullPointerException if an argument is null
   */
  public RelatedCase(CaseId other, Relation relation) {
    this(other, relation, HashSet.empty());
  }

  /**
   * A same-incident link recording the other matter's seriousness flags.
   *
   * @param other the other case, not null
   * @param flags its flags as known now, not null
   * @return the link, never null
   * @throws NullPointerException if an argument or flag is null
   * @since 0.1
   */
  public static RelatedCase sameIncident(CaseId other, Iterable<SeriousnessFlag> flags) {
    Checks.notNull(flags, "flags");
    return new RelatedCase(other, Relation.SAME_INCIDENT, HashSet.ofAll(flags));
  }
}
