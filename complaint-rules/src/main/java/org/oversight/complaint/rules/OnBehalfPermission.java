package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.EnumSet;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Track;

/**
 * Whether a complaint made on someone's behalf needs that person's written permission before it is registered
 * or handled: a choice a pack offers where the law it follows does not settle it. England and Wales requires
 * one (Police Reform Act 2002 s. 12, not for a parent or guardian of a child); for Denmark, Norway and Sweden
 * the sources the packs follow say nothing, so the packs take this as a parameter, {@link #NOT_REQUIRED} by
 * default. With {@link #WRITTEN} a pack adds {@link EligibilityRule#writtenPermission} on its complaint
 * tracks ({@link #rules}).
 *
 * @since 0.1
 */
public enum OnBehalfPermission {
  /** A complaint on someone's behalf is registered and handled without a permission on record. */
  NOT_REQUIRED,
  /**
   * A complaint on someone's behalf is neither registered nor handled until the written permission of the
   * person acted for is on record ({@code standing.writtenPermissionMissing}).
   */
  WRITTEN;

  /** The commands refused while a permission asked for is missing: registration and every handling step. */
  private static final EnumSet<CommandType> REFUSED_WITHOUT = EnumSet.of(CommandType.REGISTER,
      CommandType.START_INFORMAL_RESOLUTION, CommandType.OPEN_INVESTIGATION, CommandType.DECIDE_ALLEGATION);

  /**
   * The eligibility rules this choice adds to a pack: none, or the written-permission rule on the tracks,
   * refusing registration, informal resolution, investigation and decision while the permission is missing.
   *
   * @param tracks the complaint tracks, not null
   * @param legalBasis the legal basis named in the refusal, not null
   * @return the rules, never null
   * @throws NullPointerException if an argument is null
   */
  public Seq<EligibilityRule> rules(java.util.Set<Track> tracks, LegalBasis legalBasis) {
    EligibilityRule rule = EligibilityRule.writtenPermission(tracks, REFUSED_WITHOUT, legalBasis);
    return this == WRITTEN ? List.of(rule) : List.empty();
  }
}
