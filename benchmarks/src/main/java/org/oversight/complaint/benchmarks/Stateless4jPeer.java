package org.oversight.complaint.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.StateConfiguration;
import com.github.oxo42.stateless4j.triggers.TriggerWithParameters1;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.StateGraph;

/**
 * stateless4j 2.6.0 configured with the {@link CommonGraph}: one shared {@link StateMachineConfig},
 * a machine per entity bound to it by accessor and mutator, one {@code fire}.
 *
 * <p>The config is shared, so a guard cannot see the entity; the guard on {@code DECIDE_ALLEGATION}
 * is a trigger with a parameter (the open allegations) and a dynamic target, stateless4j's idiom for
 * data-dependent transitions. Self-loops are internal transitions. An unhandled trigger throws
 * {@link IllegalStateException}, which {@link #restoreAndFire} turns into a decline (the benchmarks
 * fire only allowed commands, so they never pay for the exception).
 *
 * <p>This class is immutable and thread-safe after construction; the machines it creates are not.
 */
public final class Stateless4jPeer implements Peer {
  /** The mutable entity a machine is bound to. */
  public static final class Entity {
    CaseStatus status;
    final int openAllegations;

    Entity(CaseStatus status, int openAllegations) {
      this.status = status;
      this.openAllegations = openAllegations;
    }

    /**
     * Returns the state.
     *
     * @return the state
     */
    public CaseStatus status() {
      return status;
    }
  }

  private final StateMachineConfig<CaseStatus, CommandType> config = new StateMachineConfig<>();
  private final TriggerWithParameters1<Integer, CommandType> decide;

  /** Configures the shared machine from the core's graph. */
  public Stateless4jPeer() {
    decide = config.setTriggerParameters(CommandType.DECIDE_ALLEGATION, Integer.class);
    StateGraph graph = CommonGraph.GRAPH;
    for (CaseStatus from : CaseStatus.values()) {
      StateConfiguration<CaseStatus, CommandType> state = config.configure(from);
      for (CommandType command : CommandType.values()) {
        if (!graph.isAllowed(from, command)) {
          continue;
        }
        if (command == CommandType.DECIDE_ALLEGATION) {
          final CaseStatus stay = from;
          state.permitDynamic(decide, open -> open <= 1 ? CaseStatus.DECIDED : stay);
          continue;
        }
        CaseStatus to = CommonGraph.target(from, command, 1);
        if (to == from) {
          state.permitInternal(command, () -> { });
        } else {
          state.permit(command, to);
        }
      }
    }
  }

  @Override
  public String name() {
    return "stateless4j";
  }

  /**
   * Restores a machine for an entity.
   *
   * @param entity the entity, not null
   * @return a machine bound to the entity and the shared config, never null
   */
  public StateMachine<CaseStatus, CommandType> machine(Entity entity) {
    return new StateMachine<>(entity.status, () -> entity.status, s -> entity.status = s, config);
  }

  /**
   * Fires a command at a machine.
   *
   * @param machine the machine, not null
   * @param command the command, not null
   * @param openAllegations the guard's input
   */
  public void fire(StateMachine<CaseStatus, CommandType> machine, CommandType command, int openAllegations) {
    if (command == CommandType.DECIDE_ALLEGATION) {
      machine.fire(decide, openAllegations);
    } else {
      machine.fire(command);
    }
  }

  @Override
  public CaseStatus restoreAndFire(CaseStatus from, CommandType command, int openAllegations) {
    Entity entity = new Entity(from, openAllegations);
    StateMachine<CaseStatus, CommandType> machine = machine(entity);
    try {
      fire(machine, command, openAllegations);
    } catch (IllegalStateException declined) {
      return null;
    }
    return entity.status;
  }
}
