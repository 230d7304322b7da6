package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.Track;

/**
 * A review or appeal rule: which body reviews a decision or rejection, by which deadline, and when
 * there is no review at all. It computes the core {@link ReviewRoute} that
 * {@link ComplaintCase#notifyOutcome} and {@link ComplaintCase#reject} take.
 *
 * <h2>Specification for implementors</h2>
 * Must not alter the case, must be thread-safe and deterministic (depend on the case, the occasion,
 * the instant told and the zone only), must not throw for any valid case. The deadline must not be
 * before {@code toldAt}. The zone is the pack's {@link RulePack#zone()}, passed at each evaluation: the
 * window must be counted in it (for instance through {@link DeadlinePeriod#deadline(Instant, ZoneId)}),
 * never in the system default, so that the factories need no zone of their own.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ReviewRule {

  /** What is being told, with a route. */
  enum Occasion {
    /** The outcome of a decided case. */
    OUTCOME,
    /** The rejection of a case without a decision on the merits (DK: rejection of a criminal report). */
    REJECTION
  }

  /**
   * Computes the route.
   *
   * @param complaint the case as it stands when told, not null
   * @param occasion what is told, not null
   * @param toldAt when the outcome or rejection is told (the start of the window), not null
   * @param zone the pack's zone, for day arithmetic, not null
   * @return the route, none if there is no review or appeal, never null
   */
  Option<ReviewRoute> route(ComplaintCase complaint, Occasion occasion, Instant toldAt, ZoneId zone);

  /**
   * No review or appeal (DK conduct decisions are final; JO decisions cannot be appealed).
   *
   * @return the rule, never null
   */
  static ReviewRule none() {
    return (complaint, occasion, toldAt, zone) -> Option.none();
  }

  /**
   * A fixed body and window for some tracks and one occasion.
   *
   * @param tracks the tracks, not null
   * @param occasion the occasion, not null
   * @param body the reviewing body, not null
   * @param window the window from the day told, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static ReviewRule of(java.util.Set<Track> tracks, Occasion occasion, Body body, DeadlinePeriod window,
      LegalBasis legalBasis) {
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    Objects.requireNonNull(occasion, "occasion is null");
    Objects.requireNonNull(body, "body is null");
    Objects.requireNonNull(window, "window is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, o, toldAt, zone) -> t.contains(complaint.track()) && o == occasion
        ? Option.some(ReviewRoute.of(body, window.deadline(toldAt, zone), legalBasis))
        : Option.none();
  }

  /**
   * The first route any of the rules gives.
   *
   * @param rules the rules, in order, not null
   * @return the rule, never null
   * @throws NullPointerException if rules is null
   */
  static ReviewRule firstOf(ReviewRule... rules) {
    Seq<ReviewRule> all = List.of(Objects.requireNonNull(rules, "rules is null"));
    return (complaint, occasion, toldAt, zone) -> all.toStream()
        .flatMap(r -> r.route(complaint, occasion, toldAt, zone))
        .headOption();
  }
}
