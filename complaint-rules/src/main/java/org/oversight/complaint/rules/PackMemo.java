package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.StateGraph;

/**
 * What one {@link RulePack} instance remembers between calls, so that a caseworker's menu
 * ({@link RulePack#allowedCommands}) and the command that follows ({@link RulePack#execute}) on the same
 * case instance work out the case's pending escalations once: the pending escalations of the last case
 * instance asked about, and per state the last menu built.
 *
 * <p>Bounded (one case, one menu per state), held weakly where it refers to a case (a pack never keeps
 * a case alive), and thread-safe: every entry is immutable and published through a volatile or atomic
 * reference, and both are pure functions of their key (the rules are deterministic, as their
 * specifications require), so a race only computes an equal value twice. Never shared between packs.
 */
final class PackMemo {
  private static final StateGraph GRAPH = StateGraph.standard();

  private volatile PendingEntry pending;
  private final AtomicReferenceArray<MenuEntry> menus = new AtomicReferenceArray<>(CaseStatus.values().length);

  private record PendingEntry(WeakReference<ComplaintCase> complaint, Seq<Escalation> escalations) {}

  private record MenuEntry(long refused, Set<CommandType> commands) {}

  /** The escalations a case owes and has not met, on its own (a guard sees no related cases). */
  Seq<Escalation> pendingEscalations(RulePack pack, ComplaintCase complaint) {
    PendingEntry last = pending;
    if (last != null && last.complaint().get() == complaint) {
      return last.escalations();
    }
    // The package's own rules skip what the case has met before working out deadlines; others are filtered.
    List<Escalation> owed = List.empty();
    for (EscalationRule rule : pack.escalation()) {
      Seq<Escalation> found = rule instanceof Escalations.Unmet own
          ? own.unmet(complaint, pack.zone())
          : rule.escalations(complaint, List.empty(), pack.zone()).filter(e -> e.satisfiedAt().isEmpty());
      if (!found.isEmpty()) {
        owed = owed.appendAll(found);
      }
    }
    pending = new PendingEntry(new WeakReference<>(complaint), owed);
    return owed;
  }

  /**
   * The commands the state graph allows in a state less the refused ones.
   *
   * @param refused the refused commands, one bit per {@link CommandType#ordinal()}, not 0
   */
  Set<CommandType> menu(CaseStatus state, long refused) {
    MenuEntry last = menus.get(state.ordinal());
    if (last != null && last.refused() == refused) {
      return last.commands();
    }
    Set<CommandType> out = GRAPH.allowedCommands(state);
    for (CommandType command : out) {
      if ((refused & (1L << command.ordinal())) != 0) {
        out = out.remove(command);
      }
    }
    menus.set(state.ordinal(), new MenuEntry(refused, out));
    return out;
  }
}
