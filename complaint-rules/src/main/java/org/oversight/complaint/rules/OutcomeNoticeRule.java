package org.oversight.complaint.rules;

import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Track;

/**
 * An outcome-notice rule: which notice a decided case requires. The pack turns it into an obligation
 * (due the notice's period after the case became decided, satisfied by an
 * {@link org.oversight.complaint.core.NotificationKind#OUTCOME} to each recipient) and checks a
 * proposed {@link org.oversight.complaint.core.CaseEvent.OutcomeNotified} against it.
 *
 * <h2>Specification for implementors</h2>
 * Must not alter the case, must be thread-safe, deterministic, must not throw for any valid case.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface OutcomeNoticeRule {

  /**
   * Returns the notice the case requires.
   *
   * @param complaint the case, not null
   * @return the notice, none if no notice is required, never null
   */
  Option<OutcomeNotice> notice(ComplaintCase complaint);

  /**
   * No outcome notice is required.
   *
   * @return the rule, never null
   */
  static OutcomeNoticeRule none() {
    return complaint -> Option.none();
  }

  /**
   * The same notice for the given tracks.
   *
   * @param tracks the tracks, not null
   * @param notice the notice, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static OutcomeNoticeRule forTracks(java.util.Set<Track> tracks, OutcomeNotice notice) {
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    Objects.requireNonNull(notice, "notice is null");
    return complaint -> t.contains(complaint.track()) ? Option.some(notice) : Option.none();
  }

  /**
   * The first of several rules that requires a notice (for instance one notice for conduct
   * complaints and another, to more recipients, for mandatory death and injury investigations).
   *
   * @param rules the rules, in order, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static OutcomeNoticeRule firstOf(OutcomeNoticeRule... rules) {
    io.vavr.collection.List<OutcomeNoticeRule> all = io.vavr.collection.List.of(Objects.requireNonNull(rules, "rules is null"))
        .map(r -> Objects.requireNonNull(r, "rule is null"));
    return complaint -> all.iterator().flatMap(r -> r.notice(complaint)).headOption();
  }
}
