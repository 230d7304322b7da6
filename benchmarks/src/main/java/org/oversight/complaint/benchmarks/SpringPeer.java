package org.oversight.complaint.benchmarks;

import java.util.EnumSet;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.StateGraph;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.configurers.StateConfigurer;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.guard.Guard;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * Spring Statemachine 4.0.1 configured with the {@link CommonGraph}: one machine, reset to the
 * entity's state, started, sent one event, blocking on the reactive results; the guard reads the
 * open allegations from a message header.
 *
 * <p>A Spring machine is heavy (tens of KB), so integrators keep one and reset it per entity rather
 * than building one per entity. This class is therefore mutable and not thread-safe: one instance
 * per benchmark thread.
 */
public final class SpringPeer implements Peer {
  private static final String OPEN = "openAllegations";
  private final StateMachine<CaseStatus, CommandType> machine;

  /** Builds the machine from the core's graph. */
  public SpringPeer() {
    try {
      machine = build();
    } catch (Exception e) {
      throw new IllegalStateException("cannot configure Spring Statemachine", e);
    }
  }

  private static StateMachine<CaseStatus, CommandType> build() throws Exception {
    StateMachineBuilder.Builder<CaseStatus, CommandType> builder = StateMachineBuilder.builder();
    builder.configureConfiguration().withConfiguration().autoStartup(false);
    StateConfigurer<CaseStatus, CommandType> states = builder.configureStates().withStates();
    states.initial(CaseStatus.RECEIVED).states(EnumSet.allOf(CaseStatus.class));
    StateMachineTransitionConfigurer<CaseStatus, CommandType> transitions = builder.configureTransitions();
    Guard<CaseStatus, CommandType> last = ctx -> open(ctx.getMessageHeaders().get(OPEN)) <= 1;
    Guard<CaseStatus, CommandType> notLast = ctx -> open(ctx.getMessageHeaders().get(OPEN)) > 1;
    StateGraph graph = CommonGraph.GRAPH;
    for (CaseStatus from : CaseStatus.values()) {
      for (CommandType command : CommandType.values()) {
        if (!graph.isAllowed(from, command)) {
          continue;
        }
        if (command == CommandType.DECIDE_ALLEGATION) {
          transitions.withExternal().source(from).target(CaseStatus.DECIDED).event(command).guard(last);
          transitions.withInternal().source(from).event(command).guard(notLast);
          continue;
        }
        CaseStatus to = CommonGraph.target(from, command, 1);
        if (to == from) {
          transitions.withInternal().source(from).event(command);
        } else {
          transitions.withExternal().source(from).target(to).event(command);
        }
      }
    }
    return builder.build();
  }

  private static int open(Object header) {
    return header instanceof Integer ? (Integer) header : 0;
  }

  @Override
  public String name() {
    return "spring-statemachine";
  }

  @Override
  public CaseStatus restoreAndFire(CaseStatus from, CommandType command, int openAllegations) {
    machine.stopReactively().block();
    machine.getStateMachineAccessor().doWithAllRegions(access -> access.resetStateMachineReactively(
        new DefaultStateMachineContext<>(from, null, null, null)).block());
    machine.startReactively().block();
    Message<CommandType> message = MessageBuilder.withPayload(command).setHeader(OPEN, openAllegations).build();
    StateMachineEventResult<CaseStatus, CommandType> result = machine.sendEvent(Mono.just(message)).blockLast();
    if (result == null || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED) {
      return null;
    }
    return machine.getState().getId();
  }
}
