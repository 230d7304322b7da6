package org.oversight.complaint.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Track;

/**
 * The parameters of {@link FeedbackRule#delayNotices(DelaySchedule)}: when a case still undecided
 * must be reported, to whom, how often, under which law. The periods are counted in the zone of the
 * pack that evaluates the rule ({@link RulePack#zone()}).
 *
 * @param rule the rule identifier, not blank
 * @param obligation the obligation kind ({@link ObligationKind#DELAY_NOTICE} or {@link ObligationKind#OVERSIGHT_REPORT}), not null
 * @param tracks the tracks it applies to, not null
 * @param start where the periods start, not null
 * @param first the first period (DK conduct 6 months, DK criminal 1 year, NO 1 month, E&amp;W 12 months), not null
 * @param repeat the repeat period (DK criminal and E&amp;W 6 months), none if told once, not null
 * @param to the addressees (DK conduct: complainant and subject), not null, not empty
 * @param kind the notification kind that satisfies it, not null
 * @param legalBasis the legal basis, not null
 * @since 0.1
 */
public record DelaySchedule(
    String rule,
    ObligationKind obligation,
    EnumSet<Track> tracks,
    StartPoint start,
    DeadlinePeriod first,
    Option<DeadlinePeriod> repeat,
    Seq<Addressee> to,
    NotificationKind kind,
    LegalBasis legalBasis) {

  /** A guard against unbounded loops: at most this many notices are derived. */
  static final int MAX_NOTICES = 1_000;

  /** Where the periods of a schedule start. */
  public enum StartPoint {
    /** The receipt of the complaint or report. */
    RECEIPT,
    /** The first opening of an investigation (DK § 1020 f for a § 1020 a stk. 2 investigation). */
    INVESTIGATION_OPENED,
    /** The receipt, but only once an investigation was opened (E&amp;W reg 13: an investigation not complete in 12 months). */
    RECEIPT_IF_INVESTIGATED;

    Option<Instant> in(ComplaintCase complaint, Timeline timeline) {
      Option<Instant> opened = timeline.first(CaseEvent.InvestigationOpened.class).map(CaseEvent::at);
      switch (this) {
        case RECEIPT:
          return Option.some(complaint.receivedAt());
        case INVESTIGATION_OPENED:
          return opened;
        default:
          return opened.map(o -> complaint.receivedAt());
      }
    }
  }

  /**
   * Validates and copies the track set.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if rule is blank or to is empty
   */
  public DelaySchedule {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(obligation, "obligation is null");
    Objects.requireNonNull(tracks, "tracks is null");
    tracks = EnumSet.copyOf(tracks.isEmpty() ? EnumSet.noneOf(Track.class) : tracks);
    Objects.requireNonNull(start, "start is null");
    Objects.requireNonNull(first, "first is null");
    Objects.requireNonNull(repeat, "repeat is null");
    Objects.requireNonNull(to, "to is null");
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank");
    }
    if (to.isEmpty()) {
      throw new IllegalArgumentException("to must not be empty");
    }
  }

  @Override
  public EnumSet<Track> tracks() {
    return EnumSet.copyOf(tracks.isEmpty() ? EnumSet.noneOf(Track.class) : tracks);
  }
}
