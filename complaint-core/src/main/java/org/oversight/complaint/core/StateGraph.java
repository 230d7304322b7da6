package org.oversight.complaint.core;

import static org.oversight.complaint.core.CaseStatus.*;
import static org.oversight.complaint.core.CommandType.*;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import java.util.EnumSet;

/**
 * The declared state graph of a complaint case: which command leads from which state to which
 * states. It is data: the aggregate consults it before every change, and integrators can ask it
 * which commands are allowed, whether a transition is legal, and export it as a Mermaid
 * {@code stateDiagram-v2} or a Graphviz DOT graph.
 *
 * <p>A command can lead to more than one state; the command's data decides which (deciding the last
 * open allegation leads to {@link CaseStatus#DECIDED}, the others keep the state; an outcome told
 * with a review route opens the review window). Commands that record facts without changing the
 * state (notifications, consents, links, parties, allegations) are self-loops.
 *
 * <p>There is one graph, {@link #standard()}, shared by all cases: a case holds no per-case machine.
 * Every jurisdiction uses a subset of it; rule packs refuse what their jurisdiction does not allow.
 * This class is immutable and thread-safe; queries on a single state and command do not allocate.
 *
 * @since 0.1
 */
public final class StateGraph {

  /**
   * One edge of the graph.
   *
   * @param from the state before, not null
   * @param command the command, not null
   * @param to the state after, not null
   */
  public record Edge(CaseStatus from, CommandType command, CaseStatus to) {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Edge {
      Checks.notNull(from, "from");
      Checks.notNull(command, "command");
      Checks.notNull(to, "to");
    }
  }

  private static final StateGraph STANDARD = declare();

  private final Seq<Edge> edges;
  /** Per state, a bit per command ordinal: whether the command is allowed. */
  private final long[] allowedBits;
  /** Per state, the allowed commands, precomputed so the query does not allocate. */
  private final Set<CommandType>[] allowedSets;
  /** Per state and command ordinal, a bit per target state ordinal. */
  private final long[][] targetBits;

  @SuppressWarnings({"unchecked", "rawtypes"})
  private StateGraph(Seq<Edge> edges) {
    this.edges = edges;
    int states = CaseStatus.values().length;
    int commands = CommandType.values().length;
    if (states > 64 || commands > 64) {
      throw new IllegalStateException("bug: bit sets hold at most 64 states and commands");
    }
    allowedBits = new long[states];
    targetBits = new long[states][commands];
    for (Edge e : edges) {
      allowedBits[e.from().ordinal()] |= 1L << e.command().ordinal();
      targetBits[e.from().ordinal()][e.command().ordinal()] |= 1L << e.to().ordinal();
    }
    allowedSets = new Set[states];
    for (CaseStatus s : CaseStatus.values()) {
      long bits = allowedBits[s.ordinal()];
      allowedSets[s.ordinal()] =
          TreeSet.ofAll(List.of(CommandType.values()).filter(c -> (bits & (1L << c.ordinal())) != 0));
    }
  }

  /**
   * Returns the standard graph, shared by all cases.
   *
   * @return the graph, never null
   */
  public static StateGraph standard() {
    return STANDARD;
  }

  /**
   * Returns the state every case starts in.
   *
   * @return {@link CaseStatus#RECEIVED}, never null
   */
  public CaseStatus initialState() {
    return RECEIVED;
  }

  /**
   * Returns every edge, in declaration order.
   *
   * @return the edges, never null
   */
  public Seq<Edge> edges() {
    return edges;
  }

  /**
   * Tells whether a command is allowed in a state. Does not allocate.
   *
   * @param state the state, not null
   * @param command the command, not null
   * @return true if the graph has an edge for it
   */
  public boolean isAllowed(CaseStatus state, CommandType command) {
    return (allowedBits[state.ordinal()] & (1L << command.ordinal())) != 0;
  }

  /**
   * Returns the commands allowed in a state. Does not allocate.
   *
   * @param state the state, not null
   * @return the commands, sorted, never null
   */
  public Set<CommandType> allowedCommands(CaseStatus state) {
    return allowedSets[state.ordinal()];
  }

  /**
   * Returns the states a command can lead to from a state.
   *
   * @param state the state, not null
   * @param command the command, not null
   * @return the target states, empty if the command is not allowed, never null
   */
  public Set<CaseStatus> targets(CaseStatus state, CommandType command) {
    long bits = targetBits[state.ordinal()][command.ordinal()];
    return TreeSet.ofAll(List.of(CaseStatus.values()).filter(s -> (bits & (1L << s.ordinal())) != 0));
  }

  /**
   * Tells whether a transition is legal.
   *
   * @param from the state before, not null
   * @param command the command, not null
   * @param to the state after, not null
   * @return true if the graph has exactly this edge
   */
  public boolean isLegal(CaseStatus from, CommandType command, CaseStatus to) {
    return (targetBits[from.ordinal()][command.ordinal()] & (1L << to.ordinal())) != 0;
  }

  /**
   * Explains whether a command is allowed in a state.
   *
   * @param state the state, not null
   * @param command the command, not null
   * @return none if allowed, otherwise the {@link Rejection.IllegalTransition} that says why and
   *     which commands are allowed, never null
   */
  public io.vavr.control.Option<Rejection> check(CaseStatus state, CommandType command) {
    Checks.notNull(state, "state");
    Checks.notNull(command, "command");
    return isAllowed(state, command)
        ? io.vavr.control.Option.none()
        : io.vavr.control.Option.some(
            new Rejection.IllegalTransition(state, command, allowedCommands(state)));
  }

  /**
   * Returns the states reachable from the initial state.
   *
   * @return the reachable states, never null
   */
  public Set<CaseStatus> reachableStates() {
    EnumSet<CaseStatus> seen = EnumSet.of(initialState());
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Edge e : edges) {
        if (seen.contains(e.from()) && seen.add(e.to())) {
          grew = true;
        }
      }
    }
    return TreeSet.ofAll(seen);
  }

  /**
   * Exports the graph as a Mermaid {@code stateDiagram-v2}. Edges between the same two states are
   * drawn once, labelled with all their commands; states that close the case point to the end.
   *
   * @return the diagram text, never null
   */
  public String toMermaid() {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    out.append("    [*] --> ").append(initialState()).append(" : ").append(RECEIVE).append('\n');
    grouped().forEach((pair, label) ->
        out.append("    ").append(pair._1).append(" --> ").append(pair._2)
            .append(" : ").append(label).append('\n'));
    for (CaseStatus s : CaseStatus.values()) {
      if (!s.isOpen()) {
        out.append("    ").append(s).append(" --> [*]\n");
      }
    }
    return out.toString();
  }

  /**
   * Exports the graph as Graphviz DOT. Edges between the same two states are drawn once, labelled
   * with all their commands; states that close the case are drawn with a double border.
   *
   * @return the graph text, never null
   */
  public String toDot() {
    StringBuilder out = new StringBuilder("digraph ComplaintCase {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [shape=box, style=rounded];\n");
    out.append("  start [shape=point];\n");
    for (CaseStatus s : CaseStatus.values()) {
      if (!s.isOpen()) {
        out.append("  ").append(s).append(" [peripheries=2];\n");
      }
    }
    out.append("  start -> ").append(initialState()).append(" [label=\"").append(RECEIVE).append("\"];\n");
    grouped().forEach((pair, label) ->
        out.append("  ").append(pair._1).append(" -> ").append(pair._2)
            .append(" [label=\"").append(label).append("\"];\n"));
    return out.append("}\n").toString();
  }

  private LinkedHashMap<io.vavr.Tuple2<CaseStatus, CaseStatus>, String> grouped() {
    LinkedHashMap<io.vavr.Tuple2<CaseStatus, CaseStatus>, String> labels = LinkedHashMap.empty();
    for (Edge e : edges) {
      io.vavr.Tuple2<CaseStatus, CaseStatus> key = io.vavr.Tuple.of(e.from(), e.to());
      labels = labels.put(key, labels.get(key).map(l -> l + ", " + e.command()).getOrElse(e.command().name()));
    }
    return labels;
  }

  private static StateGraph declare() {
    Declaration d = new Declaration();
    // The main path.
    d.edge(REGISTER, RECEIVED, REGISTERED);
    d.edge(ACKNOWLEDGE, REGISTERED, ACKNOWLEDGED);
    d.edges(ASSESS, EnumSet.of(REGISTERED, ACKNOWLEDGED, ASSESSED, REOPENED), ASSESSED);
    // A criminal report can still be rejected after an investigation was opened (DK: no reasonable
    // suspicion found, retsplejeloven chapter 93 c), and a late complaint as time-barred after referral.
    d.edges(REJECT, EnumSet.of(ASSESSED, REFERRED, INVESTIGATION), REJECTED);
    d.edges(FORWARD, EnumSet.of(RECEIVED, REGISTERED, ACKNOWLEDGED, ASSESSED), FORWARDED);
    d.edge(START_INFORMAL_RESOLUTION, ASSESSED, INFORMAL_RESOLUTION);
    d.edge(FALL_BACK_TO_FORMAL, INFORMAL_RESOLUTION, ASSESSED);
    // A death in custody is referred at once, before registration is complete.
    d.edges(REFER, EnumSet.of(RECEIVED, REGISTERED, ACKNOWLEDGED, ASSESSED, INFORMAL_RESOLUTION,
        INVESTIGATION, REOPENED), REFERRED);
    d.edge(REFER_BACK, REFERRED, ASSESSED);
    d.edges(OPEN_INVESTIGATION, EnumSet.of(ASSESSED, REFERRED, REOPENED), INVESTIGATION);
    d.edge(OPEN_PARTY_HEARING, INVESTIGATION, PARTY_HEARING);
    d.edge(CLOSE_PARTY_HEARING, PARTY_HEARING, INVESTIGATION);
    // ASSESSED: a complaint handled otherwise than by investigation (E&W, Police Reform Act 2002
    // Schedule 3) is decided without one.
    for (CaseStatus s : EnumSet.of(ASSESSED, INFORMAL_RESOLUTION, INVESTIGATION, PARTY_HEARING,
        REFERRED_FOR_PROSECUTION_DECISION, REFERRED_FOR_ADMINISTRATIVE_REVIEW)) {
      d.edge(DECIDE_ALLEGATION, s, s);
      d.edge(DECIDE_ALLEGATION, s, DECIDED);
    }
    d.edges(REFER_FOR_PROSECUTION_DECISION, EnumSet.of(INVESTIGATION, PARTY_HEARING),
        REFERRED_FOR_PROSECUTION_DECISION);
    d.edges(REFER_FOR_ADMINISTRATIVE_REVIEW, EnumSet.of(INVESTIGATION, PARTY_HEARING),
        REFERRED_FOR_ADMINISTRATIVE_REVIEW);
    // A decision combined with a transfer for administrative follow-up (NO Spesialenheten: a dismissal
    // and "administrativ vurdering" by the politimester): the transfer is recorded, the state stays.
    d.loops(REFER_FOR_ADMINISTRATIVE_REVIEW, EnumSet.of(DECIDED, OUTCOME_NOTIFIED, REVIEW_WINDOW_OPEN));
    d.edge(NOTIFY_OUTCOME, DECIDED, OUTCOME_NOTIFIED);
    d.edge(NOTIFY_OUTCOME, DECIDED, REVIEW_WINDOW_OPEN);
    d.edges(REQUEST_REVIEW, EnumSet.of(REVIEW_WINDOW_OPEN, REJECTED), UNDER_REVIEW);
    d.edge(DECIDE_REVIEW, UNDER_REVIEW, REVIEW_DECIDED);
    d.edges(REOPEN, EnumSet.of(REVIEW_DECIDED, CLOSED, REJECTED, WITHDRAWN, DISCONTINUED), REOPENED);
    d.edges(CLOSE, EnumSet.of(OUTCOME_NOTIFIED, REVIEW_WINDOW_OPEN, REVIEW_DECIDED,
        REFERRED_FOR_ADMINISTRATIVE_REVIEW), CLOSED);
    // Side states.
    d.edges(WITHDRAW, EnumSet.of(RECEIVED, REGISTERED, ACKNOWLEDGED, ASSESSED, INFORMAL_RESOLUTION,
        REFERRED, INVESTIGATION, PARTY_HEARING, SUSPENDED_PENDING_CRIMINAL, UNDER_REVIEW, REOPENED),
        WITHDRAWN);
    d.edges(DISCONTINUE, EnumSet.of(REFERRED, INVESTIGATION, PARTY_HEARING, SUSPENDED_PENDING_CRIMINAL),
        DISCONTINUED);
    d.edges(SUSPEND, EnumSet.of(ASSESSED, INVESTIGATION), SUSPENDED_PENDING_CRIMINAL);
    d.edge(RESUME, SUSPENDED_PENDING_CRIMINAL, ASSESSED);
    d.edge(RESUME, SUSPENDED_PENDING_CRIMINAL, INVESTIGATION);
    // Facts recorded without a change of state.
    EnumSet<CaseStatus> all = EnumSet.allOf(CaseStatus.class);
    EnumSet<CaseStatus> editable = EnumSet.of(RECEIVED, REGISTERED, ACKNOWLEDGED, ASSESSED,
        INFORMAL_RESOLUTION, REFERRED, INVESTIGATION, PARTY_HEARING, SUSPENDED_PENDING_CRIMINAL, REOPENED);
    // A late complaint may be waived on every open path, also after referral or during informal handling.
    d.loops(WAIVE_TIME_LIMIT, editable);
    // A party can join after the decision: a solicitor instructed for a review, who may also withdraw it.
    EnumSet<CaseStatus> partiesJoin = EnumSet.copyOf(editable);
    partiesJoin.addAll(EnumSet.of(DECIDED, OUTCOME_NOTIFIED, REVIEW_WINDOW_OPEN, UNDER_REVIEW, REVIEW_DECIDED));
    d.loops(ADD_PARTY, partiesJoin);
    d.loops(ADD_ALLEGATION, editable);
    d.loops(SPLIT_OFF, editable);
    // A victim's consent can come after the case ended; passing the contact on must stay possible.
    d.loops(REFER_TO_VICTIM_SUPPORT, EnumSet.complementOf(EnumSet.of(FORWARDED)));
    d.loops(RECORD_CONSENT, EnumSet.complementOf(EnumSet.of(FORWARDED)));
    // The employer often decides on measures after the complaint body has decided, even after closing.
    d.loops(RECORD_MEASURE, EnumSet.complementOf(EnumSet.of(FORWARDED)));
    d.loops(RECORD_NOTIFICATION, all);
    d.loops(LINK_RELATED_CASE, all);
    return new StateGraph(d.edges);
  }

  /** Collects edges in declaration order. */
  private static final class Declaration {
    private Vector<Edge> edges = Vector.empty();

    void edge(CommandType command, CaseStatus from, CaseStatus to) {
      edges = edges.append(new Edge(from, command, to));
    }

    void edges(CommandType command, EnumSet<CaseStatus> from, CaseStatus to) {
      from.forEach(f -> edge(command, f, to));
    }

    void loops(CommandType command, EnumSet<CaseStatus> states) {
      states.forEach(s -> edge(command, s, s));
    }
  }
}
