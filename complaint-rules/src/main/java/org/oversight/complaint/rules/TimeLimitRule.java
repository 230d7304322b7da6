package org.oversight.complaint.rules;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Track;

/**
 * A filing time-limit rule: whether a complaint came in time. The filing instant is the case's
 * receipt; the start point is the start of the incident ({@link org.oversight.complaint.core.IncidentTime#start()});
 * a waiver is the case's {@link ComplaintCase#timeLimitWaiver()}.
 *
 * <h2>Specification for implementors</h2>
 * Must not alter the case, must be thread-safe and deterministic (depend on the case and the zone
 * only), must not throw for any valid case. The zone is the pack's {@link RulePack#zone()}, passed at
 * each check: the deadline must be counted in it (for instance through
 * {@link DeadlinePeriod#deadline(Instant, ZoneId)}), never in the system default, so that the factories
 * need no zone of their own. Implementations should be immutable.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TimeLimitRule {

  /**
   * Checks the case.
   *
   * @param complaint the case, not null
   * @param zone the pack's zone, for day arithmetic, not null
   * @return the result, never null
   */
  TimeLimitCheck check(ComplaintCase complaint, ZoneId zone);

  /**
   * No filing limit (Norway, England and Wales 2020: none found).
   *
   * @return the rule, never null
   */
  static TimeLimitRule none() {
    return (complaint, zone) -> TimeLimitCheck.NOT_APPLICABLE;
  }

  /**
   * A filing limit counted from the start of the incident.
   *
   * @param period the period (DK: 6 calendar months), counted in the pack's zone, not null
   * @param tracks the tracks it applies to (DK: conduct complaints, not criminal reports), not null
   * @param waivability whether it may be waived (DK: {@link Waivability#WAIVABLE}), not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static TimeLimitRule of(DeadlinePeriod period, java.util.Set<Track> tracks, Waivability waivability,
      LegalBasis legalBasis) {
    Objects.requireNonNull(period, "period is null");
    EnumSet<Track> t = tracks.isEmpty() ? EnumSet.noneOf(Track.class) : EnumSet.copyOf(tracks);
    Objects.requireNonNull(waivability, "waivability is null");
    Option<LegalBasis> basis = Option.some(Objects.requireNonNull(legalBasis, "legalBasis is null"));
    return (complaint, zone) -> {
      if (!t.contains(complaint.track())) {
        return TimeLimitCheck.NOT_APPLICABLE;
      }
      Option<Instant> start = complaint.incident().time().start();
      if (start.isEmpty()) {
        return new TimeLimitCheck(TimeLimitCheck.Status.START_UNKNOWN, Option.none(), waivability, basis);
      }
      Instant deadline = period.deadline(start.get(), zone);
      TimeLimitCheck.Status status = !complaint.receivedAt().isAfter(deadline)
          ? TimeLimitCheck.Status.IN_TIME
          : waivability == Waivability.WAIVABLE && complaint.timeLimitWaiver().isDefined()
              ? TimeLimitCheck.Status.WAIVED
              : TimeLimitCheck.Status.EXPIRED;
      return new TimeLimitCheck(status, Option.some(deadline), waivability, basis);
    };
  }
}
