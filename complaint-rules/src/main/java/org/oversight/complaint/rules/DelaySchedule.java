package org.oversight.complaint.rules;

import io.vavr.collection.List;
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
 * <p>Build one with named steps rather than ten positional arguments:
 *
 * <pre>{@code
 * DelaySchedule criminal = DelaySchedule.builder()
 *     .rule("feedback.criminalDelayNotice")
 *     .tracks(EnumSet.of(Track.CRIMINAL_REPORT))
 *     .first(DeadlinePeriod.calendarMonths(12))
 *     .repeat(Option.some(DeadlinePeriod.calendarMonths(6)))
 *     .to(Addressee.complainants(), Addressee.subjects())
 *     .legalBasis(LegalBasis.of("retsplejeloven § 1020 f"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
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
      if (this == RECEIPT) {
        return Option.some(complaint.receivedAt());
      }
      Option<Instant> opened = timeline.first(CaseEvent.InvestigationOpened.class).map(CaseEvent::at);
      switch (this) {
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
    tracks = EnumSets.copyOf(tracks, Track.class);
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
    return EnumSets.copyOf(tracks, Track.class);
  }

  /**
   * Starts a schedule. The rule, the tracks, the first period, the addressees and the legal basis must
   * be set; the rest default to a {@link ObligationKind#DELAY_NOTICE} obligation, periods from the
   * {@link StartPoint#RECEIPT}, no repeat, satisfied by a {@link NotificationKind#DELAY_NOTICE}.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DelaySchedule} step by step; {@link #build()} validates. Not thread-safe; the
   * schedule it builds is.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String rule;
    private ObligationKind obligation = ObligationKind.DELAY_NOTICE;
    private EnumSet<Track> tracks;
    private StartPoint start = StartPoint.RECEIPT;
    private DeadlinePeriod first;
    private Option<DeadlinePeriod> repeat = Option.none();
    private Seq<Addressee> to = List.empty();
    private NotificationKind kind = NotificationKind.DELAY_NOTICE;
    private LegalBasis legalBasis;

    private Builder() {}

    /**
     * Sets the rule identifier and message key (e.g. {@code feedback.delayNotice}). Required.
     *
     * @param value the identifier, not blank
     * @return this builder
     * @throws NullPointerException if value is null
     */
    public Builder rule(String value) {
      rule = Objects.requireNonNull(value, "rule is null");
      return this;
    }

    /**
     * Sets the obligation kind; default {@link ObligationKind#DELAY_NOTICE}.
     *
     * @param value the kind ({@link ObligationKind#OVERSIGHT_REPORT} for reports to oversight bodies), not null
     * @return this builder
     * @throws NullPointerException if value is null
     */
    public Builder obligation(ObligationKind value) {
      obligation = Objects.requireNonNull(value, "obligation is null");
      return this;
    }

    /**
     * Sets the tracks the schedule applies to. Required.
     *
     * @param value the tracks, possibly empty, not null
     * @return this builder
     * @throws NullPointerException if value is null
     */
    public Builder tracks(java.util.Set<Track> value) {
      Objects.requireNonNull(value, "tracks is null");
      tracks = EnumSets.copyOf(value, Track.class);
      return this;
    }

    /**
     * Sets where the periods start; default {@link StartPoint#RECEIPT}.
     *
     * @param value the start point, not null
     * @return this builder
     * @throws NullPointerException if value is null
     */
    public Builder start(StartPoint value) {
      start = Objects.requireNonNull(value, "start is null");
      return this;
    }

    /**
     * Sets the first period, after which the first notice is due. Required.
     *
     * @param value the period, not null
     * @return this builder
     * @throws NullPointerException if value is null
     */
    public Builder first(DeadlinePeriod value) {
      first = Objects.requireNonNull(value, "first is null");
      return this;
    }

    /**
     * Sets the repeat period after the first notice; default none (told once).
     *
     * @param value the period, none if told once, not null
     * @return this builder
     * @throws NullPointerException if value is null
     */
    public Builder repeat(Option<DeadlinePeriod> value) {
      repeat = Objects.requireNonNull(value, "repeat is null");
      return this;
    }

    /**
     * Sets the addressees, replacing earlier ones. Required: at least one.
     *
     * @param values the addressees, no null element
     * @return this builder
     * @throws NullPointerException if values or an element is null
     */
    public Builder to(Addressee... values) {
      to = List.of(Objects.requireNonNull(values, "to is null"))
          .map(a -> Objects.requireNonNull(a, "addressee is null"));
      return this;
    }

    /**
     * Sets the notification kind that satisfies a notice; default {@link NotificationKind#DELAY_NOTICE}.
     *
     * @param value the kind, not null
     * @return this builder
     * @throws NullPointerException if value is null
     */
    public Builder kind(NotificationKind value) {
      kind = Objects.requireNonNull(value, "kind is null");
      return this;
    }

    /**
     * Sets the legal basis. Required.
     *
     * @param value the legal basis, not null
     * @return this builder
     * @throws NullPointerException if value is null
     */
    public Builder legalBasis(LegalBasis value) {
      legalBasis = Objects.requireNonNull(value, "legalBasis is null");
      return this;
    }

    /**
     * Builds the schedule.
     *
     * @return the schedule, never null
     * @throws IllegalStateException if the rule, tracks, first period or legal basis was not set, or no addressee
     * @throws IllegalArgumentException if the rule is blank
     */
    public DelaySchedule build() {
      Seq<String> missing = List.of(rule == null ? "rule" : null, tracks == null ? "tracks" : null,
          first == null ? "first" : null, to.isEmpty() ? "to" : null, legalBasis == null ? "legalBasis" : null)
          .filter(Objects::nonNull);
      if (!missing.isEmpty()) {
        throw new IllegalStateException("a delay schedule needs " + missing.mkString(", "));
      }
      return new DelaySchedule(rule, obligation, tracks, start, first, repeat, to, kind, legalBasis);
    }
  }
}
