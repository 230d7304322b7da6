package org.oversight.complaint.rules;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Track;

/**
 * A filing time-limit rule: whether a complaint came in time. The filing instant is when the complaint
 * was first lodged ({@link ComplaintCase#lodgedAt()}); the start point is the incident
 * ({@link org.oversight.complaint.core.IncidentTime}); a waiver is the case's
 * {@link ComplaintCase#timeLimitWaiver()}. The result is a fact the pack reports, not a gate: a late
 * complaint is registered, and then rejected as time-barred or waived.
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
   * A filing limit counted from the incident. The complaint counts as filed when it was first lodged
   * ({@link ComplaintCase#lodgedAt()}: forwarding keeps the date it was lodged with the first body). An
   * incident known as a range is {@link TimeLimitCheck.Status#IN_TIME} if the complaint is in time
   * counted from the range's start, {@link TimeLimitCheck.Status#EXPIRED} only if it is late counted
   * from the range's end, and {@link TimeLimitCheck.Status#UNDETERMINED} in between. A late complaint
   * (expired or undetermined) under a waivable limit is {@link TimeLimitCheck.Status#WAIVED} once the
   * case records a waiver.
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
    return Limits.rule(period, tracks, waivability, legalBasis, TimeLimitCheck.Status.EXPIRED);
  }

  /**
   * A practice threshold counted like {@link #of}, that is no legal limit (SE: JO does not normally
   * investigate matters older than two years): a complaint past it is
   * {@link TimeLimitCheck.Status#PAST_SCREENING_THRESHOLD}, a flag for screening, never a refusal to
   * register nor a ground to reject as time-barred. A recorded waiver (the body takes the matter up
   * anyway) makes it {@link TimeLimitCheck.Status#WAIVED}.
   *
   * @param period the threshold (SE JO: 2 years), counted in the pack's zone, not null
   * @param tracks the tracks it applies to, not null
   * @param legalBasis the source of the practice, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static TimeLimitRule screening(DeadlinePeriod period, java.util.Set<Track> tracks, LegalBasis legalBasis) {
    return Limits.rule(period, tracks, Waivability.WAIVABLE, legalBasis,
        TimeLimitCheck.Status.PAST_SCREENING_THRESHOLD);
  }
}

/** The shared arithmetic of {@link TimeLimitRule#of} and {@link TimeLimitRule#screening}. */
final class Limits {
  private Limits() {}

  static TimeLimitRule rule(DeadlinePeriod period, java.util.Set<Track> tracks, Waivability waivability,
      LegalBasis legalBasis, TimeLimitCheck.Status late) {
    Objects.requireNonNull(period, "period is null");
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    Objects.requireNonNull(waivability, "waivability is null");
    Option<LegalBasis> basis = Option.some(Objects.requireNonNull(legalBasis, "legalBasis is null"));
    return (complaint, zone) -> {
      if (!t.contains(complaint.track())) {
        return TimeLimitCheck.NOT_APPLICABLE;
      }
      IncidentTime time = complaint.incident().time();
      Option<Instant> start = time.start();
      if (start.isEmpty()) {
        return new TimeLimitCheck(TimeLimitCheck.Status.START_UNKNOWN, Option.none(), waivability, basis);
      }
      Instant filed = complaint.lodgedAt();
      Instant earliest = period.deadline(start.get(), zone);
      if (!filed.isAfter(earliest)) {
        return new TimeLimitCheck(TimeLimitCheck.Status.IN_TIME, Option.some(earliest), waivability, basis);
      }
      Instant latest = time instanceof IncidentTime.Between ? period.deadline(((IncidentTime.Between) time).to(), zone)
          : earliest;
      TimeLimitCheck.Status status = waivability == Waivability.WAIVABLE && complaint.timeLimitWaiver().isDefined()
          ? TimeLimitCheck.Status.WAIVED
          : filed.isAfter(latest) ? late : TimeLimitCheck.Status.UNDETERMINED;
      return new TimeLimitCheck(status, Option.some(latest), waivability, basis);
    };
  }
}
