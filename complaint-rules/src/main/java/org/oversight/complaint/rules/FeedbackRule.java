package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.ReferralKind;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.StatementForm;
import org.oversight.complaint.core.Track;

/**
 * A feedback-obligation rule: what must be sent to whom by when (acknowledgement, delay notices,
 * reports to oversight bodies, notices of withdrawal), derived from the case's events.
 *
 * <h2>Specification for implementors</h2>
 * Must not alter the case, must be thread-safe and deterministic (the same case, instant and zone give
 * equal obligations), must not throw for any valid case. Instants must come from the case's events
 * and periods, never from a clock; an obligation's trigger must be an instant at or after the receipt
 * and its due instant must not be before its trigger. The instant {@code at} only decides which
 * repeated obligations have begun; it must not move due instants. The zone is the pack's
 * {@link RulePack#zone()}, passed at each evaluation: periods must be counted in it (for instance
 * through {@link DeadlinePeriod#deadline(Instant, ZoneId)}), never in the system default, so that the
 * factories need no zone of their own.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface FeedbackRule {

  /**
   * Derives the obligations.
   *
   * @param complaint the case as it stands at {@code at}, not null
   * @param at the assessed instant, not null
   * @param zone the pack's zone, for day arithmetic, not null
   * @return the obligations, never null
   */
  Seq<Obligation> obligations(ComplaintCase complaint, Instant at, ZoneId zone);

  /**
   * Acknowledgement of receipt to each addressee within a period of receipt, satisfied by an
   * {@link NotificationKind#ACKNOWLEDGEMENT} to that recipient ({@link CaseEvent.Acknowledged} or a
   * recorded notification).
   *
   * @param tracks the tracks it applies to, not null
   * @param to the addressees, not null
   * @param within the period, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static FeedbackRule acknowledgement(java.util.Set<Track> tracks, Addressee to, DeadlinePeriod within,
      LegalBasis legalBasis) {
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    Objects.requireNonNull(to, "to is null");
    Objects.requireNonNull(within, "within is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, at, zone) -> {
      if (!t.contains(complaint.track())) {
        return List.empty();
      }
      Instant received = complaint.receivedAt();
      Instant due = within.deadline(received, zone);
      return to.resolve(complaint).map(r -> new Obligation("feedback.acknowledgement", ObligationKind.ACKNOWLEDGE, r,
          received, due, CommandType.ACKNOWLEDGE, Option.some(NotificationKind.ACKNOWLEDGEMENT),
          Feedback.sent(complaint, NotificationKind.ACKNOWLEDGEMENT, r, received), legalBasis));
    };
  }

  /**
   * Delay notices: when a case is not decided within a first period from its start, each addressee
   * must be told by the end of that period, and again at the end of each repeat period while it stays
   * undecided. Notice 0 is due at the first period's deadline from the start; notice n is due one repeat
   * period after notice n-1's due date, each step counted in the pack's calendar from the date before
   * it ("thereafter every six months", DK retsplejeloven § 1020 f, E&amp;W SI 2020/2 reg 13): 12 months
   * from 31 August then 6-month repeats give 31 August, 28 February, 28 August, 28 February. Notice n
   * is triggered at its window start (the start for notice 0,
   * just after notice n-1's due instant otherwise) and is satisfied by the first notification of the
   * schedule's kind to the recipient sent at or after its trigger, and, when notices repeat, no later
   * than one repeat period after its due instant (later than that it counts for the next). A notice
   * is listed once its window has begun at {@code at} and only if the case was still undecided at
   * its due instant.
   *
   * @param schedule the schedule, not null
   * @return the rule, never null
   * @throws NullPointerException if schedule is null
   */
  static FeedbackRule delayNotices(DelaySchedule schedule) {
    Objects.requireNonNull(schedule, "schedule is null");
    return (complaint, at, zone) -> Feedback.delayNotices(schedule, complaint, at, zone);
  }

  /**
   * A notice owed once an event of a kind has happened in a case on one of the tracks: each
   * addressee must receive a notification of the given kind within a period of the first such event.
   * It is satisfied by the first notification of that kind to the recipient at or after the event.
   * Examples: a Norwegian district passes an appeal with its case file to Politidirektoratet after
   * the complainant asks for it ({@link CaseEvent.ReviewRequested}); in Sweden the employer's
   * disciplinary function is told of the prosecutor's decision ({@link CaseEvent.AllegationDecided});
   * in England and Wales steps to preserve evidence are recorded once a death or serious injury
   * matter comes in ({@link CaseEvent.ComplaintReceived}).
   *
   * @param rule the identifier, not blank
   * @param obligation the obligation kind, not null
   * @param tracks the tracks it applies to, not null
   * @param after the event class whose first occurrence triggers the notice, not null
   * @param to the addressee, not null
   * @param within the period after the event, counted in the pack's zone, not null
   * @param kind the notification kind that satisfies it, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if rule is blank
   */
  static FeedbackRule noticeAfter(String rule, ObligationKind obligation, java.util.Set<Track> tracks,
      Class<? extends CaseEvent> after, Addressee to, DeadlinePeriod within, NotificationKind kind,
      LegalBasis legalBasis) {
    Objects.requireNonNull(rule, "rule is null");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank");
    }
    Objects.requireNonNull(obligation, "obligation is null");
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    Objects.requireNonNull(after, "after is null");
    Objects.requireNonNull(to, "to is null");
    Objects.requireNonNull(within, "within is null");
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, at, zone) -> {
      Option<Instant> happened = complaint.history().find(after::isInstance).map(CaseEvent::at);
      if (!t.contains(complaint.track()) || happened.isEmpty()) {
        return List.empty();
      }
      Instant from = happened.get();
      Instant due = within.deadline(from, zone);
      return to.resolve(complaint).distinct().map(r -> new Obligation(rule, obligation, r, from, due,
          CommandType.RECORD_NOTIFICATION, Option.some(kind), Feedback.sent(complaint, kind, r, from), legalBasis));
    };
  }

  /**
   * An outcome notice owed to further recipients, with a legal basis of its own: once the case is decided
   * (it reached {@link org.oversight.complaint.core.CaseStatus#DECIDED}, since it was last reopened), each
   * addressee on one of the tracks must be told the outcome within the period, as the pack's
   * {@link OutcomeNoticeRule} asks for its own recipients (England and Wales: interested persons, such as
   * the bereaved family, are told the outcome, Police Reform Act 2002 s. 21). The obligation is
   * {@link ObligationKind#OUTCOME_NOTICE}, satisfied by the first {@link NotificationKind#OUTCOME} to the
   * recipient at or after the decision: an outcome notice naming them, or a notification recorded later.
   *
   * @param rule the identifier, not blank
   * @param tracks the tracks it applies to, not null
   * @param to the addressee, not null
   * @param within the period after the decision, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if rule is blank
   * @since 0.1
   */
  static FeedbackRule outcomeNotice(String rule, java.util.Set<Track> tracks, Addressee to, DeadlinePeriod within,
      LegalBasis legalBasis) {
    Objects.requireNonNull(rule, "rule is null");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank");
    }
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    Objects.requireNonNull(to, "to is null");
    Objects.requireNonNull(within, "within is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, at, zone) -> t.contains(complaint.track())
        ? Feedback.outcomeNotices(rule, complaint, List.of(to), within, CommandType.RECORD_NOTIFICATION, legalBasis,
            zone)
        : List.empty();
  }

  /**
   * Notice to an oversight body that a complaint referred to it was withdrawn, so that it can decide
   * whether to continue (E&amp;W reg 38). Satisfied by a notification of kind
   * {@link NotificationKind#OVERSIGHT_REPORT} to the body after the withdrawal.
   *
   * @param to the oversight body, not null
   * @param within the period after the withdrawal, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static FeedbackRule withdrawalNotice(Body to, DeadlinePeriod within, LegalBasis legalBasis) {
    Objects.requireNonNull(to, "to is null");
    Objects.requireNonNull(within, "within is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, at, zone) -> {
      boolean referred = complaint.referrals().exists(r -> r.kind() == ReferralKind.OVERSIGHT && r.to().equals(to));
      // Only the event is needed, not the states after each event: no replay.
      Option<Instant> withdrawn = complaint.history().find(e -> e instanceof CaseEvent.Withdrawn).map(CaseEvent::at);
      if (!referred || withdrawn.isEmpty()) {
        return List.empty();
      }
      Recipient r = Recipient.body(to);
      return List.of(new Obligation("feedback.withdrawalNotice", ObligationKind.WITHDRAWAL_NOTICE, r, withdrawn.get(),
          within.deadline(withdrawn.get(), zone), CommandType.RECORD_NOTIFICATION,
          Option.some(NotificationKind.OVERSIGHT_REPORT),
          Feedback.sent(complaint, NotificationKind.OVERSIGHT_REPORT, r, withdrawn.get()), legalBasis));
    };
  }

  /**
   * A request for the details an incomplete complaint lacks: a case registered without some of the
   * requested details ({@link RegistrationRequirements#missingIn}) is registered all the same, and each
   * addressee must be asked for them within a period of the registration. Satisfied by a
   * {@link NotificationKind#DETAILS_REQUEST} to that recipient after the registration. While the details
   * are missing the obligation stands; once they are all present it is owed only if a request was sent
   * (then it is met). Details the law requires before registration belong to the
   * {@link RegistrationRule}, which refuses registration instead.
   *
   * @param tracks the tracks it applies to, not null
   * @param requested the details to request when missing, not null
   * @param to the addressees, not null
   * @param within the period after the registration, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  static FeedbackRule missingDetails(java.util.Set<Track> tracks, RegistrationRequirements requested, Addressee to,
      DeadlinePeriod within, LegalBasis legalBasis) {
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    Objects.requireNonNull(requested, "requested is null");
    Objects.requireNonNull(to, "to is null");
    Objects.requireNonNull(within, "within is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, at, zone) -> {
      if (!t.contains(complaint.track())) {
        return List.empty();
      }
      Option<Instant> registered = complaint.history().find(e -> e instanceof CaseEvent.Registered).map(CaseEvent::at);
      if (registered.isEmpty()) {
        return List.empty();
      }
      Instant from = registered.get();
      boolean missing = !requested.missingIn(complaint).isEmpty();
      Instant due = within.deadline(from, zone);
      return to.resolve(complaint).distinct()
          .map(r -> new Obligation("feedback.missingDetails", ObligationKind.REQUEST_DETAILS, r, from, due,
              CommandType.RECORD_NOTIFICATION, Option.some(NotificationKind.DETAILS_REQUEST),
              Feedback.sent(complaint, NotificationKind.DETAILS_REQUEST, r, from), legalBasis))
          .filter(o -> missing || o.isSatisfied());
    };
  }

  /**
   * A request for written confirmation of a withdrawal made without a signed notice (E&amp;W SI 2020/2
   * reg 39): after the case's latest withdrawal, if its form is recorded and is not
   * {@link StatementForm#SIGNED_WRITTEN}, the party who withdrew (or, when none is named, each
   * complainant) is asked to confirm it in writing. Satisfied by a notification of kind
   * {@link NotificationKind#WITHDRAWAL_CONFIRMATION} to them after the withdrawal. A withdrawal whose form
   * is not recorded owes nothing here (refuse it with {@link CommandRule#withdrawalForms}).
   *
   * @param within the period after the withdrawal, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  static FeedbackRule withdrawalConfirmation(DeadlinePeriod within, LegalBasis legalBasis) {
    Objects.requireNonNull(within, "within is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, at, zone) -> WithdrawalConfirmation.of(complaint, within, zone, legalBasis);
  }
}

/** The body of {@link FeedbackRule#withdrawalConfirmation}. */
final class WithdrawalConfirmation {
  private WithdrawalConfirmation() {}

  static Seq<Obligation> of(ComplaintCase complaint, DeadlinePeriod within, ZoneId zone, LegalBasis legalBasis) {
    Option<CaseEvent.Withdrawn> last = complaint.history().findLast(e -> e instanceof CaseEvent.Withdrawn)
        .map(e -> (CaseEvent.Withdrawn) e);
    if (last.isEmpty() || !last.get().form().exists(f -> f != StatementForm.SIGNED_WRITTEN)) {
      return List.empty();
    }
    CaseEvent.Withdrawn w = last.get();
    Seq<Recipient> to = w.by().isDefined() ? List.of(Recipient.party(w.by().get()))
        : complaint.parties(PartyRole.COMPLAINANT).map(p -> Recipient.party(p.id()));
    Instant due = within.deadline(w.at(), zone);
    return to.map(r -> new Obligation("feedback.withdrawalConfirmation", ObligationKind.CONFIRM_WITHDRAWAL, r, w.at(),
        due, CommandType.RECORD_NOTIFICATION, Option.some(NotificationKind.WITHDRAWAL_CONFIRMATION),
        Feedback.sent(complaint, NotificationKind.WITHDRAWAL_CONFIRMATION, r, w.at()), legalBasis));
  }
}
