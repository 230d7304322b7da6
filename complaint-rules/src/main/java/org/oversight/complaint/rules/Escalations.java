package org.oversight.complaint.rules;

import io.vavr.collection.IndexedSeq;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.EscalationTrigger;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.SubjectKind;

/** Helpers shared by the escalation factories. */
final class Escalations {
  private Escalations() {}

  /**
   * A rule of {@link EscalationRule#onFlags} or {@link EscalationRule#when}: its escalations depend on
   * the case alone (not on related cases), and it can find only those the case has not met without
   * working out the deadlines of those it has, which is what the pack's guard asks on every command.
   */
  abstract static class Unmet implements EscalationRule {
    @Override
    public final Seq<Escalation> escalations(ComplaintCase complaint, Seq<ComplaintCase> related, ZoneId zone) {
      return find(complaint, zone, false);
    }

    /** Equal to {@code escalations(complaint, related, zone)} without the met ones, for any related cases. */
    final Seq<Escalation> unmet(ComplaintCase complaint, ZoneId zone) {
      return find(complaint, zone, true);
    }

    abstract Seq<Escalation> find(ComplaintCase complaint, ZoneId zone, boolean unmetOnly);
  }

  /**
   * A rule of {@link EscalationRule#when} or {@link EscalationRule#onSubject}: escalates a case on which
   * the condition holds, from the first event after which it held, with the trigger the case gives.
   */
  static EscalationRule conditional(String rule, Predicate<ComplaintCase> condition,
      Function<ComplaintCase, EscalationTrigger> trigger, Body to, DeadlinePeriod within, LegalBasis legalBasis) {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(condition, "condition is null");
    Objects.requireNonNull(to, "to is null");
    Objects.requireNonNull(within, "within is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return new Unmet() {
      @Override
      Seq<Escalation> find(ComplaintCase complaint, ZoneId zone, boolean unmetOnly) {
        if (!condition.test(complaint)) {
          return List.empty();
        }
        Option<Instant> reached = reached(complaint, to);
        if (unmetOnly && reached.isDefined()) {
          return List.empty();
        }
        Instant triggered = firstHeld(complaint, condition);
        return List.of(new Escalation(rule, to, trigger.apply(complaint), legalBasis, triggered,
            within.deadline(triggered, zone), reached));
      }
    };
  }

  /** Whether a person complained about in the case is of the kind. */
  static boolean hasSubject(ComplaintCase complaint, SubjectKind kind) {
    // asked in every guarded command of a pack with such a rule: no filtered copy of the parties
    return complaint.parties().exists(p -> p.is(PartyRole.SUBJECT) && p.subjectKind().contains(kind));
  }

  /** When the case reached the body: received by it, or referred, forwarded, assessed to or investigated by it. */
  static Option<Instant> reached(ComplaintCase complaint, Body body) {
    if (complaint.receivingBody().equals(body)) {
      return Option.some(complaint.receivedAt());
    }
    // asked per escalation rule in every guarded command: an index walk allocates no iterator
    IndexedSeq<CaseEvent> history = complaint.history();
    for (int i = 0, n = history.size(); i < n; i++) {
      CaseEvent e = history.get(i);
      if (body.equals(target(e))) {
        return Option.some(e.at());
      }
    }
    return Option.none();
  }

  private static Body target(CaseEvent e) {
    if (e instanceof CaseEvent.Referred) {
      return ((CaseEvent.Referred) e).to();
    }
    if (e instanceof CaseEvent.Forwarded) {
      return ((CaseEvent.Forwarded) e).to();
    }
    if (e instanceof CaseEvent.Assessed) {
      return ((CaseEvent.Assessed) e).handlingBody();
    }
    if (e instanceof CaseEvent.InvestigationOpened) {
      return ((CaseEvent.InvestigationOpened) e).body();
    }
    return null;
  }

  /** The first event after which the condition held (it holds now). */
  static Instant firstHeld(ComplaintCase complaint, Predicate<ComplaintCase> condition) {
    return Timeline.of(complaint).firstHeld(condition).getOrElse(complaint::lastEventAt);
  }

  /** When two cases became linked as the same incident, from this case's point of view. */
  static Option<Instant> sameIncidentLink(ComplaintCase complaint, ComplaintCase other) {
    Option<Instant> mine = complaint.history()
        .find(e -> e instanceof CaseEvent.RelatedCaseLinked
            && ((CaseEvent.RelatedCaseLinked) e).link().relation() == Relation.SAME_INCIDENT
            && ((CaseEvent.RelatedCaseLinked) e).link().other().equals(other.id()))
        .map(CaseEvent::at);
    Option<Instant> theirs = other.history()
        .find(e -> e instanceof CaseEvent.RelatedCaseLinked
            && ((CaseEvent.RelatedCaseLinked) e).link().relation() == Relation.SAME_INCIDENT
            && ((CaseEvent.RelatedCaseLinked) e).link().other().equals(complaint.id()))
        .map(e -> e.at().isBefore(complaint.receivedAt()) ? complaint.receivedAt() : e.at());
    return mine.isEmpty() ? theirs : theirs.isEmpty() ? mine : Option.some(
        mine.get().isBefore(theirs.get()) ? mine.get() : theirs.get());
  }
}
