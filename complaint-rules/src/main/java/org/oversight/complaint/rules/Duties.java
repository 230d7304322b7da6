package org.oversight.complaint.rules;

import static org.oversight.complaint.core.CommandType.*;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import java.util.function.Predicate;
import org.oversight.complaint.core.StateGraph;

/**
 * When a duty becomes impossible to meet, shared by {@link RulePack#assess} (which reports it as a
 * {@link Breach.Cause#FORECLOSED} breach) and {@link RulePack#refusals} (which refuses the command
 * that would cause it), so the two cannot disagree.
 *
 * <p>A duty is foreclosed when it is unsatisfied, cannot be met by a recorded notification (one can
 * be recorded in every state), and the case's state no longer allows the command that meets it. A
 * suspended case is not foreclosed: it resumes where it stood.
 */
final class Duties {
  private static final StateGraph GRAPH = StateGraph.standard();

  /** Commands that meet a duty and are not allowed in every state. */
  static final EnumSet<CommandType> DUTY_COMMANDS = EnumSet.of(REFER, REFER_TO_VICTIM_SUPPORT, RECORD_CONSENT);

  /**
   * Commands that handle the matter locally: refused while a mandatory referral is pending. Referral,
   * registration, acknowledgement, assessment, facts (parties, allegations, consents, links,
   * notifications), suspension and withdrawal do not prejudge the matter.
   */
  static final EnumSet<CommandType> LOCAL_HANDLING = EnumSet.of(START_INFORMAL_RESOLUTION, OPEN_INVESTIGATION,
      OPEN_PARTY_HEARING, DECIDE_ALLEGATION, REFER_FOR_PROSECUTION_DECISION, REFER_FOR_ADMINISTRATIVE_REVIEW,
      NOTIFY_OUTCOME, REJECT, DISCONTINUE, CLOSE);

  /**
   * Duties a withdrawal gives rise to (telling the oversight body, asking for written confirmation):
   * the withdrawn case owes them, so its end does not end them.
   */
  private static final EnumSet<ObligationKind> OWED_AFTER_WITHDRAWAL =
      EnumSet.of(ObligationKind.WITHDRAWAL_NOTICE, ObligationKind.CONFIRM_WITHDRAWAL);

  /** Per state and command: whether some target state disallows a duty command. */
  private static final boolean[][] MAY_FORECLOSE = table();

  private Duties() {}

  private static boolean[][] table() {
    boolean[][] t = new boolean[CaseStatus.values().length][CommandType.values().length];
    for (StateGraph.Edge e : GRAPH.edges()) {
      if (e.to() == CaseStatus.SUSPENDED_PENDING_CRIMINAL) {
        continue;
      }
      for (CommandType duty : DUTY_COMMANDS) {
        if (!GRAPH.isAllowed(e.to(), duty)) {
          t[e.from().ordinal()][e.command().ordinal()] = true;
        }
      }
    }
    return t;
  }

  /** Whether a command in a state can lead to a state where some duty is foreclosed. */
  static boolean mayForeclose(CaseStatus state, CommandType command) {
    return MAY_FORECLOSE[state.ordinal()][command.ordinal()];
  }

  /** Whether an obligation is foreclosed in a state. */
  static boolean isForeclosed(Obligation o, CaseStatus state) {
    return !o.isSatisfied()
        && o.notificationKind().isEmpty()
        && DUTY_COMMANDS.contains(o.satisfiedBy())
        && state != CaseStatus.SUSPENDED_PENDING_CRIMINAL
        && !GRAPH.isAllowed(state, o.satisfiedBy());
  }

  /** The breach an obligation is at an instant in a state, if any: overdue first, else foreclosed. */
  static Option<Breach> breach(Obligation o, CaseStatus state, Instant at) {
    if (o.isOverdueAt(at)) {
      return Option.some(new Breach(o, at, Breach.Cause.OVERDUE));
    }
    return isForeclosed(o, state) ? Option.some(new Breach(o, at, Breach.Cause.FORECLOSED)) : Option.none();
  }

  /**
   * The obligation as it stands in a case: ended when the case moved on without it and has stayed
   * there (closed or otherwise finished; for a delay notice, decided; for a duty met by a command,
   * in a state that no longer allows it), at the first event of that last stretch.
   */
  static Obligation ended(Obligation o, ComplaintCase c) {
    if (o.isSatisfied() || OWED_AFTER_WITHDRAWAL.contains(o.kind()) && c.status() == CaseStatus.WITHDRAWN) {
      return o;
    }
    Predicate<CaseStatus> over = s -> !s.isOpen()
        || o.kind() == ObligationKind.DELAY_NOTICE && Feedback.DECIDED_OR_FINISHED.contains(s)
        || o.notificationKind().isEmpty() && DUTY_COMMANDS.contains(o.satisfiedBy())
            && s != CaseStatus.SUSPENDED_PENDING_CRIMINAL && !GRAPH.isAllowed(s, o.satisfiedBy());
    Option<Instant> since = Timeline.of(c).heldSince(over);
    return since.map(at -> o.endedAt(at.isBefore(o.triggeredAt()) ? o.triggeredAt() : at)).getOrElse(o);
  }

  /** Whether two obligations are the same duty (the same rule, kind and recipient). */
  static boolean same(Obligation a, Obligation b) {
    return a.rule().equals(b.rule()) && a.kind() == b.kind() && a.recipient().equals(b.recipient());
  }
}
