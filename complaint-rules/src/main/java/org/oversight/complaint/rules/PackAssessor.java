package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.NotificationKind;

/**
 * The assessment engine behind {@link RulePack#assess}: a pack's obligations, breaches and warnings for
 * a case at an instant. Stateless; every method reads the pack it is given.
 */
final class PackAssessor {
  private PackAssessor() {}

  /** See {@link RulePack#assess(ComplaintCase, Seq, Instant)}; the arguments are checked there. */
  static Assessment assess(RulePack pack, ComplaintCase complaint, Seq<ComplaintCase> related, Instant at) {
    Option<ComplaintCase> asOf = complaint.asOf(at);
    if (asOf.isEmpty()) {
      return Assessment.empty(complaint.id(), pack.name(), at);
    }
    ComplaintCase c = asOf.get();
    Seq<ComplaintCase> others = related.flatMap(r -> r.asOf(at)).filter(r -> !r.id().equals(c.id()));
    Seq<Escalation> escalations = escalations(pack, c, others);
    Seq<Obligation> obligations = obligations(pack, c, escalations, at);
    Seq<Breach> breaches = obligations.flatMap(o -> Duties.breach(o, c.status(), at));
    TimeLimitCheck limit = pack.timeLimit().check(c, pack.zone());
    Instant horizon = at.plus(pack.warningLead());
    Seq<Warning> warnings = obligations
        .filter(o -> !o.isSatisfied() && !at.isAfter(o.due()) && !o.due().isAfter(horizon))
        .map(o -> new Warning("warning.deadlineApproaching",
            List.of(o.messageKey(), Messages.describe(o.recipient()), o.due().toString())));
    warnings = warnings.appendAll(timeLimitWarning(limit));
    warnings = warnings.appendAll(pack.pattern().detect(others.prepend(c), pack.zone())
        .filter(f -> f.cases().contains(c.id()))
        .map(PatternFlag::toWarning));
    warnings = warnings.appendAll(Eligibility.warnings(pack, c));
    return new Assessment(c.id(), pack.name(), at, escalations, obligations, breaches, warnings, limit);
  }

  /** Every escalation the pack's rules find for a case, met or not. */
  static Seq<Escalation> escalations(RulePack pack, ComplaintCase c, Seq<ComplaintCase> related) {
    // A loop rather than flatMap: most rules find nothing, and then nothing is allocated.
    List<Escalation> out = List.empty();
    for (EscalationRule rule : pack.escalation()) {
      Seq<Escalation> found = rule.escalations(c, related, pack.zone());
      if (!found.isEmpty()) {
        out = out.appendAll(found);
      }
    }
    return out;
  }

  /** The filing time limit as a fact to report: unknown start, expired, undetermined, or past a screening threshold. */
  private static Option<Warning> timeLimitWarning(TimeLimitCheck limit) {
    switch (limit.status()) {
      case START_UNKNOWN:
        return Option.some(new Warning("warning.timeLimit.startUnknown", List.empty()));
      case EXPIRED:
        return Option.some(new Warning("warning.timeLimit.expired", List.of(limit.deadline().get().toString())));
      case UNDETERMINED:
        return Option.some(new Warning("warning.timeLimit.undetermined", List.of(limit.deadline().get().toString())));
      case PAST_SCREENING_THRESHOLD:
        return Option.some(new Warning("warning.timeLimit.screening", List.of(limit.deadline().get().toString())));
      default:
        return Option.none();
    }
  }

  /** Every obligation of a case at an instant: escalations, feedback, outcome notice, victim support. */
  static Seq<Obligation> obligations(RulePack pack, ComplaintCase c, Seq<Escalation> escalations, Instant at) {
    return escalations.map(Escalation::asObligation)
        .appendAll(pack.feedback().flatMap(f -> f.obligations(c, at, pack.zone())))
        .appendAll(outcomeObligations(pack, c))
        .appendAll(pack.victimSupport().obligations(c, at, pack.zone()))
        .map(o -> Duties.ended(o, c));
  }

  private static Seq<Obligation> outcomeObligations(RulePack pack, ComplaintCase c) {
    Option<OutcomeNotice> notice = pack.outcomeNotice().notice(c);
    if (notice.isEmpty()) {
      return List.empty();
    }
    Instant reopened = c.history().filter(e -> e instanceof CaseEvent.Reopened).lastOption()
        .map(CaseEvent::at).getOrElse(c.receivedAt());
    Option<Instant> decided = Timeline.of(c).firstStatusFrom(reopened, s -> s == CaseStatus.DECIDED);
    if (decided.isEmpty()) {
      return List.empty();
    }
    OutcomeNotice n = notice.get();
    Instant due = n.within().deadline(decided.get(), pack.zone());
    return n.to().flatMap(a -> a.resolve(c)).distinct().map(r -> new Obligation("outcome.notice",
        ObligationKind.OUTCOME_NOTICE, r, decided.get(), due, CommandType.NOTIFY_OUTCOME,
        Option.some(NotificationKind.OUTCOME), Feedback.sent(c, NotificationKind.OUTCOME, r, decided.get()),
        n.legalBasis()));
  }
}
