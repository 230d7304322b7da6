package org.oversight.complaint.core;

import io.vavr.control.Option;
import java.time.Instant;

/**
 * A disciplinary or management measure recorded on a case ({@link CaseEvent.MeasureRecorded}): whom it
 * concerns, the allegation it answers (if any), its kind, the deciding body and when. A measure is
 * separate from the finding on an allegation, since the law discloses the two differently.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param subject the person complained about whom it concerns, a party in the role
 *     {@link PartyRole#SUBJECT}, not null
 * @param allegation the allegation it answers, none if it answers the case as a whole, never null
 * @param kind what the measure is, not null
 * @param decidedBy the body that decided it (the employer side, the handling body), not null
 * @param at when it was recorded, not null
 * @since 0.1
 */
public record Measure(PartyId subject, Option<AllegationId> allegation, MeasureKind kind, Body decidedBy, Instant at) {
  /**
   * Validates.
   *
   * @throws NullPointerException if an argument (or the allegation inside its option) is null
   */
  public Measure {
    checkParts(subject, allegation, kind, decidedBy);
    Checks.notNull(at, "at");
  }

  /** The checks a measure and the event that records it share. */
  static void checkParts(PartyId subject, Option<AllegationId> allegation, MeasureKind kind, Body decidedBy) {
    Checks.notNull(subject, "subject");
    Checks.notNull(allegation, "allegation");
    allegation.forEach(a -> Checks.notNull(a, "allegation"));
    Checks.notNull(kind, "kind");
    Checks.notNull(decidedBy, "decidedBy");
  }
}
