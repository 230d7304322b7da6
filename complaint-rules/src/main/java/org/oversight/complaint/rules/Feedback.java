package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Notification;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Recipient;

/** Shared derivations of the feedback factories. */
final class Feedback {
  private Feedback() {}

  /** States in which a case counts as decided or finished for delay notices. */
  static final EnumSet<CaseStatus> DECIDED_OR_FINISHED = EnumSet.of(CaseStatus.DECIDED,
      CaseStatus.OUTCOME_NOTIFIED, CaseStatus.REVIEW_WINDOW_OPEN, CaseStatus.REJECTED, CaseStatus.FORWARDED,
      CaseStatus.WITHDRAWN, CaseStatus.DISCONTINUED, CaseStatus.CLOSED);

  /**
   * Every recipient the addressees resolve to in a case, each once, in the order of first appearance
   * (as {@code flatMap(resolve).distinct()}, without a hash set for a handful of recipients).
   */
  static Seq<Recipient> recipients(Seq<Addressee> to, ComplaintCase complaint) {
    List<Recipient> out = List.empty();
    for (Addressee a : to) {
      for (Recipient r : a.resolve(complaint)) {
        if (!out.contains(r)) {
          out = out.prepend(r);
        }
      }
    }
    return out.reverse();
  }

  /**
   * The outcome notices a decided case owes: from the instant it first became decided since it was last
   * reopened, each recipient is told the outcome within the period; none while it is not decided.
   */
  static Seq<Obligation> outcomeNotices(String rule, ComplaintCase c, Seq<Addressee> to, DeadlinePeriod within,
      CommandType satisfiedBy, LegalBasis legalBasis, ZoneId zone) {
    Instant reopened = c.history().filter(e -> e instanceof CaseEvent.Reopened).lastOption()
        .map(CaseEvent::at).getOrElse(c.receivedAt());
    Option<Instant> decided = Timeline.of(c).firstStatusFrom(reopened, st -> st == CaseStatus.DECIDED);
    if (decided.isEmpty()) {
      return List.empty();
    }
    Instant due = within.deadline(decided.get(), zone);
    return recipients(to, c).map(r -> new Obligation(rule, ObligationKind.OUTCOME_NOTICE, r, decided.get(), due,
        satisfiedBy, Option.some(NotificationKind.OUTCOME), sent(c, NotificationKind.OUTCOME, r, decided.get()),
        legalBasis));
  }

  /** The first notification of a kind to a recipient sent at or after an instant. */
  static Option<Instant> sent(ComplaintCase complaint, NotificationKind kind, Recipient to, Instant from) {
    return sentBetween(complaint, kind, to, from, null);
  }

  /** The first notification of a kind to a recipient sent in [from, until) (until null = open). */
  static Option<Instant> sentBetween(ComplaintCase complaint, NotificationKind kind, Recipient to, Instant from,
      Instant until) {
    // A loop, not filter/map/headOption: every assessment asks this for each notice duty.
    for (Notification n : complaint.notifications()) {
      if (n.kind() == kind && n.recipient().equals(to) && !n.sentAt().isBefore(from)
          && (until == null || n.sentAt().isBefore(until))) {
        return Option.some(n.sentAt());
      }
    }
    return Option.none();
  }

  static Seq<Obligation> delayNotices(DelaySchedule s, ComplaintCase complaint, Instant at, ZoneId zone) {
    if (!s.tracks().contains(complaint.track())) {
      return List.empty();
    }
    Timeline timeline = Timeline.of(complaint);
    Option<Instant> start = s.start().in(complaint, timeline);
    if (start.isEmpty()) {
      return List.empty();
    }
    Instant end = timeline.firstStatus(DECIDED_OR_FINISHED::contains).getOrNull();
    Seq<Recipient> recipients = recipients(s.to(), complaint);
    // Built newest first and reversed once: List.append copies the list at every call.
    List<Obligation> out = List.empty();
    Instant windowStart = start.get();
    Instant previousDue = null;
    for (int n = 0; n < DelaySchedule.MAX_NOTICES && !windowStart.isAfter(at); n++) {
      Instant due = n == 0 ? s.first().deadline(start.get(), zone) : s.repeat().get().deadline(previousDue, zone);
      previousDue = due;
      if (end != null && !end.isAfter(due)) {
        break;
      }
      Instant trigger = windowStart;
      Instant nextStart = due.plusNanos(1);
      for (Recipient r : recipients) {
        out = out.prepend(new Obligation(s.rule(), s.obligation(), r, trigger, due, CommandType.RECORD_NOTIFICATION,
            Option.some(s.kind()), sentBetween(complaint, s.kind(), r, trigger, null)
                .filter(sent -> s.repeat().isEmpty() || !sent.isAfter(s.repeat().get().deadline(due, zone))),
            s.legalBasis()));
      }
      if (s.repeat().isEmpty()) {
        break;
      }
      windowStart = nextStart;
    }
    return out.reverse();
  }
}
