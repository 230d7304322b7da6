package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.StateGraph;

/**
 * The command checks behind {@link RulePack#refusals}, {@link RulePack#allowedCommands} and
 * {@link RulePack#whyRefused}: what a pack refuses whatever the command's data, what it refuses in the
 * data, and the duties a command would foreclose. Stateless; every method reads the pack it is given.
 */
final class PackCommands {
  private static final StateGraph GRAPH = StateGraph.standard();
  private static final CommandType[] COMMANDS = CommandType.values();

  private PackCommands() {}

  /** See {@link RulePack#refusals}; the arguments are checked there. */
  static Seq<Rejection> refusals(RulePack pack, ComplaintCase complaint, CaseEvent proposed) {
    Seq<Refusal> out = commandRefusals(pack, complaint, proposed.command(), Eligibility.findings(pack, complaint))
        .appendAll(eventRefusals(pack, complaint, proposed));
    for (CommandRule rule : pack.commandRules()) {
      out = out.appendAll(rule.check(complaint, proposed));
    }
    if (out.isEmpty() && Duties.mayForeclose(complaint.status(), proposed.command())) {
      out = foreclosures(pack, complaint, proposed);
    }
    if (out.isEmpty()) {
      return List.empty();
    }
    CaseStatus state = complaint.status();
    return out.map(r -> r.toRejection(state, proposed.command()));
  }

  /** See {@link RulePack#allowedCommands}; the arguments are checked there. */
  static Set<CommandType> allowedCommands(RulePack pack, ComplaintCase complaint, Instant at) {
    if (at.isBefore(complaint.lastEventAt())) {
      return TreeSet.empty();
    }
    // Most commands pass: the graph's own set when none is refused, else the pack's remembered menu for
    // this state and these refusals (filtering the sorted set rebuilt its tree on every call).
    CaseStatus state = complaint.status();
    Seq<Ineligibility> ineligible = Eligibility.findings(pack, complaint);
    long refused = 0;
    for (CommandType command : COMMANDS) {
      if (GRAPH.isAllowed(state, command) && !commandRefusals(pack, complaint, command, ineligible).isEmpty()) {
        refused |= 1L << command.ordinal();
      }
    }
    return refused == 0 ? complaint.allowedCommands() : pack.memo().menu(state, refused);
  }

  /** See {@link RulePack#whyRefused}; the arguments are checked there. */
  static Option<Rejection> whyRefused(RulePack pack, ComplaintCase complaint, CommandType command, Instant at) {
    if (at.isBefore(complaint.lastEventAt())) {
      return Option.some(new Rejection.OutOfOrder(complaint.status(), command, complaint.lastEventAt(), at));
    }
    Option<Rejection> graph = GRAPH.check(complaint.status(), command);
    if (graph.isDefined()) {
      return graph;
    }
    return commandRefusals(pack, complaint, command, Eligibility.findings(pack, complaint))
        .headOption().map(r -> r.toRejection(complaint.status(), command));
  }


  /**
   * Refusals that depend on the case and the command type only: the eligibility findings that refuse
   * the command first (worked out once per call by the caller), then the pack's built-in rules.
   */
  private static Seq<Refusal> commandRefusals(RulePack pack, ComplaintCase c, CommandType command,
      Seq<Ineligibility> ineligible) {
    Seq<Refusal> out;
    switch (command) {
      case REGISTER:
        out = registering(pack, c);
        break;
      case WAIVE_TIME_LIMIT: {
        TimeLimitCheck limit = pack.timeLimit().check(c, pack.zone());
        out = limit.status() != TimeLimitCheck.Status.NOT_APPLICABLE && !limit.waivable()
            ? List.of(new Refusal("timeLimit.notWaivable", limit.legalBasis(), "the filing time limit cannot be waived"))
            : List.empty();
        break;
      }
      case START_INFORMAL_RESOLUTION:
        out = pack.informalResolution().refusals(c);
        break;
      case DECIDE_ALLEGATION:
        // Eligibility is checked again when informal handling ends: withdrawn consent, a demand for
        // formal handling or a flag added since the start stop an informal finish.
        out = c.status() == CaseStatus.INFORMAL_RESOLUTION ? pack.informalResolution().refusals(c) : List.empty();
        break;
      default:
        out = List.empty();
    }
    if (!ineligible.isEmpty()) {
      out = ineligible.filter(i -> i.refuses(command)).map(Ineligibility::refusal).appendAll(out);
    }
    Seq<Escalation> pending = Duties.LOCAL_HANDLING.contains(command)
        ? pack.memo().pendingEscalations(pack, c)
        : List.empty();
    if (!pending.isEmpty()) {
      out = out.appendAll(pending.map(e -> Refusal.escalationPending(e,
          "the case must first be referred to " + e.to() + " (" + e.rule() + ", due "
              + e.due() + "); " + command + " would handle it locally")));
    }
    return out;
  }

  /** Refusals of the command's data. */
  private static Seq<Refusal> eventRefusals(RulePack pack, ComplaintCase c, CaseEvent e) {
    switch (e.command()) {
      case ASSESS: {
        CaseEvent.Assessed a = (CaseEvent.Assessed) e;
        return pack.routing().route(c, a.track()).filter(r -> !r.body().equals(a.handlingBody()))
            .map(r -> Refusal.of("routing.wrongBody", r.legalBasis(),
                "track " + a.track() + " is handled by " + r.body() + ", not " + a.handlingBody()))
            .toList();
      }
      case NOTIFY_OUTCOME: {
        CaseEvent.OutcomeNotified o = (CaseEvent.OutcomeNotified) e;
        return notifying(pack, c, o)
            .appendAll(routeChecks(pack, c, ReviewRule.Occasion.OUTCOME, o.reviewRoute(), o.at()));
      }
      case REJECT: {
        CaseEvent.Rejected r = (CaseEvent.Rejected) e;
        return timeBarring(pack, c, r)
            .appendAll(routeChecks(pack, c, ReviewRule.Occasion.REJECTION, r.reviewRoute(), r.at()));
      }
      case DECIDE_ALLEGATION: {
        CaseEvent.AllegationDecided d = (CaseEvent.AllegationDecided) e;
        OutcomeTaxonomy outcomes = pack.outcomes();
        return outcomes.codes().isEmpty() || outcomes.contains(d.outcome())
            ? List.empty()
            : List.of(Refusal.of("outcome.unknown", outcomes.source(),
                "outcome " + d.outcome() + " is not one of " + outcomes.codes().mkString(", ")));
      }
      case RECORD_MEASURE: {
        // A measure about someone who is not a subject of the case is the core's refusal (WrongRole, UnknownParty).
        return pack.measures().check(c, ((CaseEvent.MeasureRecorded) e).measure()).toList();
      }
      default:
        return List.empty();
    }
  }

  /**
   * Duties the command would make impossible to meet: obligations that {@link RulePack#assess} would
   * report as {@link Breach.Cause#FORECLOSED} right after the command and not right before it. Only
   * asked when the command can lead to a state that disallows a duty's command ({@link Duties}).
   */
  private static Seq<Refusal> foreclosures(RulePack pack, ComplaintCase before, CaseEvent proposed) {
    Either<Rejection, ComplaintCase> applied = before.apply(proposed);
    if (applied.isLeft()) {
      return List.empty(); // the core refuses it anyway; execute reports that
    }
    ComplaintCase after = applied.get();
    Instant at = proposed.at();
    Seq<Obligation> was = PackAssessor.obligations(pack, before,
            PackAssessor.escalations(pack, before, List.empty()), at)
        .filter(o -> Duties.isForeclosed(o, before.status()));
    return PackAssessor.obligations(pack, after, PackAssessor.escalations(pack, after, List.empty()), at)
        .filter(o -> Duties.isForeclosed(o, after.status()))
        .filter(o -> !was.exists(w -> Duties.same(w, o)))
        .map(o -> Refusal.of("obligation.foreclosed", o.legalBasis(),
            proposed.command() + " would leave the case in " + after.status() + ", where " + o.satisfiedBy()
                + " is no longer possible, while it still owes " + o.rule() + " to "
                + Messages.describe(o.recipient())));
  }

  /** A rejection as time-barred needs a limit that has expired (not one in time, waived, undetermined or a practice threshold). */
  private static Seq<Refusal> timeBarring(RulePack pack, ComplaintCase c, CaseEvent.Rejected r) {
    if (r.ground() != RejectionGround.TIME_BARRED) {
      return List.empty();
    }
    TimeLimitCheck limit = pack.timeLimit().check(c, pack.zone());
    return limit.isBarred()
        ? List.empty()
        : List.of(new Refusal("timeLimit.notExpired", limit.legalBasis(),
            "the complaint cannot be rejected as time-barred: the filing time limit is " + limit.status()
                + limit.deadline().map(d -> " (deadline " + d + ", lodged " + c.lodgedAt() + ")").getOrElse("")));
  }

  /** A late complaint is registered: the time limit is a fact {@link RulePack#assess} reports, not a gate. */
  private static Seq<Refusal> registering(RulePack pack, ComplaintCase c) {
    RegistrationRule registration = pack.registration();
    RegistrationRequirements required = registration.requirements(c);
    Seq<RequiredDetail> missing = required.missingIn(c);
    return missing.isEmpty()
        ? List.empty()
        : List.of(new Refusal("registration.missingDetails", registration.legalBasis(),
            "registration needs details the case does not have: " + missing.mkString(", ")));
  }

  private static Seq<Refusal> notifying(RulePack pack, ComplaintCase c, CaseEvent.OutcomeNotified o) {
    Option<OutcomeNotice> notice = pack.outcomeNotice().notice(c);
    if (notice.isEmpty()) {
      return List.empty();
    }
    OutcomeNotice n = notice.get();
    Seq<Refusal> out = List.empty();
    if (n.reasonsRequired() && o.reasons().isEmpty()) {
      out = out.append(Refusal.of("outcome.reasonsMissing", n.legalBasis(),
          "the outcome notice must give a statement of reasons"));
    }
    Seq<Recipient> missing = Feedback.recipients(n.to(), c).filter(r -> !o.recipients().contains(r));
    if (!missing.isEmpty()) {
      out = out.append(Refusal.of("outcome.recipientMissing", n.legalBasis(),
          "the outcome notice must also go to " + missing.map(Messages::describe).mkString(", ")));
    }
    return out;
  }

  private static Seq<Refusal> routeChecks(RulePack pack, ComplaintCase c, ReviewRule.Occasion occasion,
      Option<ReviewRoute> given, Instant at) {
    Option<ReviewRoute> expected = pack.review().route(c, occasion, at, pack.zone());
    LegalBasis basis = expected.flatMap(ReviewRoute::legalBasis)
        .orElse(given.flatMap(ReviewRoute::legalBasis)).getOrNull();
    Option<LegalBasis> b = Option.of(basis);
    if (expected.isEmpty() && given.isDefined()) {
      return List.of(new Refusal("review.notAvailable", b, "no review or appeal is available here, but a route was given"));
    }
    if (expected.isDefined() && given.isEmpty()) {
      return List.of(new Refusal("review.routeMissing", b,
          "the notice must name the review route: " + expected.get().body() + " by " + expected.get().deadline()));
    }
    if (expected.isDefined() && !expected.equals(given)) {
      return List.of(new Refusal("review.routeMismatch", b,
          "the review route must be " + expected.get().body() + " by " + expected.get().deadline()
              + ", not " + given.get().body() + " by " + given.get().deadline()));
    }
    return List.empty();
  }
}
