package org.oversight.complaint.core;

import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.collection.SortedSet;

/**
 * Which details a complaint must contain before it is registered. {@link #DEFAULT} asks for when,
 * who and what ({@link RequiredDetail#INCIDENT_TIME}, {@link RequiredDetail#SUBJECT},
 * {@link RequiredDetail#DESCRIPTION}), as the Oslo district complaint body does; rule packs supply
 * their own.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param details the required details, not null, may be empty
 * @since 0.1
 */
public record RegistrationRequirements(SortedSet<RequiredDetail> details) {

  /** When, who and what. */
  public static final RegistrationRequirements DEFAULT =
      of(RequiredDetail.INCIDENT_TIME, RequiredDetail.SUBJECT, RequiredDetail.DESCRIPTION);

  /** Nothing required (e.g. a mandatory death-or-serious-injury investigation with no complainant). */
  public static final RegistrationRequirements NONE = of();

  /**
   * Validates.
   *
   * @throws NullPointerException if details or an element is null
   */
  public RegistrationRequirements {
    Checks.notNull(details, "details");
    details.forEach(d -> Checks.notNull(d, "detail"));
  }

  /**
   * Obtains requirements.
   *
   * @param details the required details, not null
   * @return the requirements, never null
   */
  public static RegistrationRequirements of(RequiredDetail... details) {
    return new RegistrationRequirements(TreeSet.of(details));
  }

  /**
   * Lists the required details the case lacks, in declaration order.
   *
   * @param complaint the case, not null
   * @return the missing details, empty when complete, never null
   */
  public Seq<RequiredDetail> missingIn(ComplaintCase complaint) {
    Checks.notNull(complaint, "complaint");
    return details.filter(d -> !d.isPresentIn(complaint)).toVector();
  }
}
