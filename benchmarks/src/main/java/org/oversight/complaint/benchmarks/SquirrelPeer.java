package org.oversight.complaint.benchmarks;

import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.StateGraph;
import org.squirrelframework.foundation.fsm.Condition;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.UntypedStateMachine;
import org.squirrelframework.foundation.fsm.UntypedStateMachineBuilder;
import org.squirrelframework.foundation.fsm.annotation.StateMachineParameters;
import org.squirrelframework.foundation.fsm.impl.AbstractUntypedStateMachine;

/**
 * squirrel-foundation 0.3.10 configured with the {@link CommonGraph}: the builder is built once and
 * reused, {@code newStateMachine(state)} restores a machine per entity, one {@code fire} with the
 * open allegations as context (the guard's input).
 *
 * <p>squirrel declines silently: firing an event the current state does not accept leaves the state
 * as it is and reports nothing, which for a self-loop is indistinguishable from acceptance. So every
 * fire is preceded by {@code canAccept(event)}, and that check is part of the measured work (an
 * integrator must pay for it too, or lose rejections).
 *
 * <p>This class is thread-safe after construction; the machines it creates are not.
 */
public final class SquirrelPeer implements Peer {
  /** The machine type squirrel instantiates per entity. */
  @StateMachineParameters(stateType = CaseStatus.class, eventType = CommandType.class, contextType = Integer.class)
  public static class Machine extends AbstractUntypedStateMachine {
    /** Used by squirrel's builder. */
    public Machine() {}
  }

  private final UntypedStateMachineBuilder builder = StateMachineBuilderFactory.create(Machine.class);

  /** Configures the shared builder from the core's graph. */
  public SquirrelPeer() {
    StateGraph graph = CommonGraph.GRAPH;
    Condition<Object> last = new OpenAllegations(true);
    Condition<Object> notLast = new OpenAllegations(false);
    for (CaseStatus from : CaseStatus.values()) {
      for (CommandType command : CommandType.values()) {
        if (!graph.isAllowed(from, command)) {
          continue;
        }
        if (command == CommandType.DECIDE_ALLEGATION) {
          builder.externalTransition().from(from).to(CaseStatus.DECIDED).on(command).when(last);
          builder.internalTransition().within(from).on(command).when(notLast);
          continue;
        }
        CaseStatus to = CommonGraph.target(from, command, 1);
        if (to == from) {
          builder.internalTransition().within(from).on(command);
        } else {
          builder.externalTransition().from(from).to(to).on(command);
        }
      }
    }
    // Build once now, so that the first benchmark operation does not pay for it.
    builder.newStateMachine(CaseStatus.RECEIVED);
  }

  /** The guard: is the allegation being decided the last open one. */
  private static final class OpenAllegations implements Condition<Object> {
    private final boolean last;

    OpenAllegations(boolean last) {
      this.last = last;
    }

    @Override
    public boolean isSatisfied(Object context) {
      return ((Integer) context <= 1) == last;
    }

    @Override
    public String name() {
      return last ? "lastOpenAllegation" : "moreOpenAllegations";
    }
  }

  @Override
  public String name() {
    return "squirrel";
  }

  /**
   * Restores a machine for an entity in a state.
   *
   * @param from the state, not null
   * @return a new machine from the shared builder, never null
   */
  public UntypedStateMachine restore(CaseStatus from) {
    return builder.newStateMachine(from);
  }

  @Override
  public CaseStatus restoreAndFire(CaseStatus from, CommandType command, int openAllegations) {
    UntypedStateMachine machine = restore(from);
    if (!machine.canAccept(command)) {
      return null;
    }
    machine.fire(command, openAllegations);
    return (CaseStatus) machine.getCurrentState();
  }
}
