package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Measure;

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
    // Loops building each list once: every assessment passes here, and chained filter/map/appendAll
    // copied the lists several times.
    List<Breach> breaches = List.empty();
    List<Warning> warnings = List.empty();
    Instant horizon = at.plus(pack.warningLead());
    for (Obligation o : obligations) {
      Option<Breach> breach = Duties.breach(o, c.status(), at);
      if (breach.isDefined()) {
        breaches = breaches.prepend(breach.get());
      }
      if (!o.isSatisfied() && !at.isAfter(o.due()) && !o.due().isAfter(horizon)) {
        warnings = warnings.prepend(new Warning("warning.deadlineApproaching",
            List.of(o.messageKey(), Messages.describe(o.recipient()), o.due().toString())));
      }
    }
    TimeLimitCheck limit = pack.timeLimit().check(c, pack.zone());
    Option<Warning> limitWarning = timeLimitWarning(limit);
    if (limitWarning.isDefined()) {
      warnings = warnings.prepend(limitWarning.get());
    }
    for (PatternFlag f : pack.pattern().detect(others.prepend(c), pack.zone())) {
      if (f.cases().contains(c.id())) {
        warnings = warnings.prepend(f.toWarning());
      }
    }
    for (Warning w : Eligibility.warnings(pack, c)) {
      warnings = warnings.prepend(w);
    }
    for (Measure m : c.measures()) {
      Option<Refusal> refused = pack.measures().check(c, m);
      if (refused.isDefined()) {
        warnings = warnings.prepend(new Warning("warning." + refused.get().rule(), List.of(m.decidedBy().value(),
            m.kind().name(), m.subject().value(), refused.get().legalBasis().map(LegalBasis::citation).getOrElse("-"))));
      }
    }
    return new Assessment(c.id(), pack.name(), at, escalations, obligations, breaches.reverse(), warnings.reverse(),
        limit);
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
    // Built newest first and reversed once, each obligation taken as it stands in the case on the way.
    List<Obligation> out = List.empty();
    for (Escalation e : escalations) {
      out = out.prepend(Duties.ended(e.asObligation(), c));
    }
    for (FeedbackRule f : pack.feedback()) {
      out = prependEnded(out, f.obligations(c, at, pack.zone()), c);
    }
    out = prependEnded(out, outcomeObligations(pack, c), c);
    out = prependEnded(out, pack.victimSupport().obligations(c, at, pack.zone()), c);
    return out.reverse();
  }

  private static List<Obligation> prependEnded(List<Obligation> out, Seq<Obligation> found, ComplaintCase c) {
    List<Obligation> result = out;
    for (Obligation o : found) {
      result = result.prepend(Duties.ended(o, c));
    }
    return result;
  }

  private static Seq<Obligation> outcomeObligations(RulePack pack, ComplaintCase c) {
    Option<OutcomeNotice> notice = pack.outcomeNotice().notice(c);
    if (notice.isEmpty()) {
      return List.empty();
    }
    OutcomeNotice n = notice.get();
    return Feedback.outcomeNotices("outcome.notice", c, n.to(), n.within(), CommandType.NOTIFY_OUTCOME,
        n.legalBasis(), pack.zone());
  }

}
