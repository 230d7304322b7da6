package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Objects;
import org.oversight.complaint.core.CaseId;

/**
 * What a {@link RulePack} says about a case at an instant: the mandatory escalations, the obligations
 * with their due instants and whether they were met, the breaches (obligations overdue now), the
 * warnings (deadlines approaching, repeat patterns, filing limit), and the filing time-limit check.
 *
 * <p>Everything is derived from the case's events as they stood at {@link #at()}, so assessing the
 * same case at the same instant always gives an equal assessment.
 *
 * @param caseId the case, not null
 * @param pack the name of the pack, not null
 * @param at the assessed instant, not null
 * @param escalations the mandatory escalations, not null
 * @param obligations every obligation (escalation referrals first), not null
 * @param breaches the obligations failed at {@code at}, one per obligation: overdue while pending,
 *     missed (their days overdue counted to when the case moved on), or foreclosed, not null
 * @param warnings the warnings, not null
 * @param timeLimit the filing time-limit check, not null
 * @since 0.1
 */
public record Assessment(
    CaseId caseId,
    String pack,
    Instant at,
    Seq<Escalation> escalations,
    Seq<Obligation> obligations,
    Seq<Breach> breaches,
    Seq<Warning> warnings,
    TimeLimitCheck timeLimit) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   */
  public Assessment {
    Objects.requireNonNull(caseId, "caseId is null");
    Objects.requireNonNull(pack, "pack is null");
    Objects.requireNonNull(at, "at is null");
    Objects.requireNonNull(escalations, "escalations is null");
    Objects.requireNonNull(obligations, "obligations is null");
    Objects.requireNonNull(breaches, "breaches is null");
    Objects.requireNonNull(warnings, "warnings is null");
    Objects.requireNonNull(timeLimit, "timeLimit is null");
  }

  static Assessment empty(CaseId caseId, String pack, Instant at) {
    return new Assessment(caseId, pack, at, List.empty(), List.empty(), List.empty(), List.empty(),
        TimeLimitCheck.NOT_APPLICABLE);
  }

  /**
   * Returns the obligations the case still owes and can still meet ({@link Obligation.Status#PENDING}),
   * overdue or not. Missed and lapsed obligations are not pending: the case moved on without them.
   *
   * @return the pending obligations, never null
   */
  public Seq<Obligation> pending() {
    return with(Obligation.Status.PENDING);
  }

  /**
   * Returns the obligations that have come to a status: met, met late, lapsed or missed (or pending).
   *
   * @param status the status, not null
   * @return the obligations with that status, in order, never null
   * @throws NullPointerException if status is null
   * @since 0.1
   */
  public Seq<Obligation> with(Obligation.Status status) {
    Objects.requireNonNull(status, "status is null");
    return obligations.filter(o -> o.status() == status);
  }

  /**
   * Returns the escalations not yet made.
   *
   * @return the open escalations, never null
   */
  public Seq<Escalation> pendingEscalations() {
    return escalations.filter(e -> e.satisfiedAt().isEmpty());
  }

  /**
   * Tells whether nothing is overdue.
   *
   * @return true if there are no breaches
   */
  public boolean isCompliant() {
    return breaches.isEmpty();
  }
}
