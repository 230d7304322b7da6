package org.oversight.complaint.rules;

import io.vavr.Lazy;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandGuard;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.StateGraph;
import org.oversight.complaint.core.Transition;

/**
 * The rules of one jurisdiction (or one body) as a value: escalation, filing limit, registration,
 * routing, informal resolution, feedback, outcome notice, review, victim support, repeat patterns,
 * extra command rules, the outcome taxonomy and the disclosure policy.
 *
 * <p>Four packs ship in {@link org.oversight.complaint.rules.jurisdiction} ({@code NorwayRules},
 * {@code DenmarkRules}, {@code SwedenRules}, {@code EnglandWalesRules});
 * {@link #builder(String, JurisdictionCode, ZoneId)} builds one from
 * scratch. On an existing pack, the {@code with…} methods replace one rule and the {@code plus…}
 * methods append one more to a list of rules (escalation, feedback, command rules); the
 * {@link Builder}'s setters replace and its {@code add…} methods append:
 *
 * <pre>{@code
 * RulePack internal = NorwayRules.pack()
 *     .named("NO-OSLO-INTERNAL")
 *     .withReview(ReviewRule.none())
 *     .plusCommandRule((complaint, event) -> ...);
 * Assessment a = internal.assess(complaint, now);
 * Either<Rejection, Transition> done = internal.execute(complaint, proposed);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its rules are (as the rule interfaces require).
 *
 * @since 0.1
 */
public final class RulePack implements CommandGuard {

  private final String name;
  private final JurisdictionCode jurisdiction;
  private final ZoneId zone;
  private final Seq<EscalationRule> escalation;
  private final TimeLimitRule timeLimit;
  private final RegistrationRule registration;
  private final RoutingRule routing;
  private final InformalResolutionRule informalResolution;
  private final Seq<FeedbackRule> feedback;
  private final OutcomeNoticeRule outcomeNotice;
  private final ReviewRule review;
  private final VictimSupportRule victimSupport;
  private final PatternRule pattern;
  private final Seq<CommandRule> commandRules;
  private final OutcomeTaxonomy outcomes;
  private final DisclosurePolicy disclosure;
  private final Duration warningLead;

  private RulePack(Builder b) {
    this.name = Objects.requireNonNull(b.name, "name is null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    this.jurisdiction = Objects.requireNonNull(b.jurisdiction, "jurisdiction is null");
    this.zone = Objects.requireNonNull(b.zone, "zone is null");
    this.escalation = b.escalation;
    this.timeLimit = Objects.requireNonNull(b.timeLimit, "timeLimit is null");
    this.registration = Objects.requireNonNull(b.registration, "registration is null");
    this.routing = Objects.requireNonNull(b.routing, "routing is null");
    this.informalResolution = Objects.requireNonNull(b.informalResolution, "informalResolution is null");
    this.feedback = b.feedback;
    this.outcomeNotice = Objects.requireNonNull(b.outcomeNotice, "outcomeNotice is null");
    this.review = Objects.requireNonNull(b.review, "review is null");
    this.victimSupport = Objects.requireNonNull(b.victimSupport, "victimSupport is null");
    this.pattern = Objects.requireNonNull(b.pattern, "pattern is null");
    this.commandRules = b.commandRules;
    this.outcomes = Objects.requireNonNull(b.outcomes, "outcomes is null");
    this.disclosure = Objects.requireNonNull(b.disclosure, "disclosure is null");
    this.warningLead = Objects.requireNonNull(b.warningLead, "warningLead is null");
    if (warningLead.isNegative()) {
      throw new IllegalArgumentException("warningLead must not be negative");
    }
  }

  /**
   * Starts a pack from scratch. Until set, it has no escalation, no filing limit, the core's
   * default registration requirements (when, who, what), no routing, no informal track, no feedback,
   * no outcome notice, no review, no victim support, no pattern detection, an empty taxonomy, an
   * internal-only disclosure policy and a warning lead of 7 days.
   *
   * @param name the pack's name, not blank
   * @param jurisdiction the jurisdiction, not null
   * @param zone the jurisdiction's zone for day arithmetic, passed to every rule that counts days, not null
   * @return a new builder, never null
   */
  public static Builder builder(String name, JurisdictionCode jurisdiction, ZoneId zone) {
    return new Builder(name, jurisdiction, zone);
  }

  /**
   * Returns a builder holding this pack's rules, to change several at once.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder(name, jurisdiction, zone);
    b.escalation = escalation;
    b.timeLimit = timeLimit;
    b.registration = registration;
    b.routing = routing;
    b.informalResolution = informalResolution;
    b.feedback = feedback;
    b.outcomeNotice = outcomeNotice;
    b.review = review;
    b.victimSupport = victimSupport;
    b.pattern = pattern;
    b.commandRules = commandRules;
    b.outcomes = outcomes;
    b.disclosure = disclosure;
    b.warningLead = warningLead;
    return b;
  }

  // ---------------------------------------------------------------- accessors

  /** @return the pack's name, never null */
  public String name() {
    return name;
  }

  /**
   * Returns the name of a body this pack routes, refers or escalates to, as a person reads it in a
   * language ("Spesialenheten for politisaker", "Den Uafhængige Politiklagemyndighed"), from the
   * {@link Labels#standard() shipped labels}; a body without a label reads as its code in words.
   *
   * @param body the body, not null
   * @param locale the language, not null
   * @return the name, never null
   * @throws NullPointerException if an argument is null
   * @since 0.2
   */
  public String bodyName(Body body, Locale locale) {
    return Labels.standard().label(body, locale);
  }

  /** @return the jurisdiction, never null */
  public JurisdictionCode jurisdiction() {
    return jurisdiction;
  }

  /**
   * Returns the zone used for day arithmetic. The pack passes it to every rule it evaluates that counts
   * days (escalation, time limit, feedback, review, victim support, patterns), so rules need no zone of
   * their own.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /** @return the escalation rules, never null */
  public Seq<EscalationRule> escalation() {
    return escalation;
  }

  /** @return the filing time-limit rule, never null */
  public TimeLimitRule timeLimit() {
    return timeLimit;
  }

  /** @return the registration rule, never null */
  public RegistrationRule registration() {
    return registration;
  }

  /** @return the routing rule, never null */
  public RoutingRule routing() {
    return routing;
  }

  /** @return the informal-resolution rule, never null */
  public InformalResolutionRule informalResolution() {
    return informalResolution;
  }

  /** @return the feedback rules, never null */
  public Seq<FeedbackRule> feedback() {
    return feedback;
  }

  /** @return the outcome-notice rule, never null */
  public OutcomeNoticeRule outcomeNotice() {
    return outcomeNotice;
  }

  /** @return the review rule, never null */
  public ReviewRule review() {
    return review;
  }

  /** @return the victim-support rule, never null */
  public VictimSupportRule victimSupport() {
    return victimSupport;
  }

  /** @return the repeat-pattern rule, never null */
  public PatternRule pattern() {
    return pattern;
  }

  /** @return the extra command rules, never null */
  public Seq<CommandRule> commandRules() {
    return commandRules;
  }

  /** @return the outcome taxonomy and upheld definition, never null */
  public OutcomeTaxonomy outcomes() {
    return outcomes;
  }

  /** @return what each audience may be told, never null */
  public DisclosurePolicy disclosure() {
    return disclosure;
  }

  /** @return how long before a due instant a pending obligation is warned about, never null */
  public Duration warningLead() {
    return warningLead;
  }

  // ---------------------------------------------------------------- copies with one rule changed

  /**
   * Returns a copy with another name.
   *
   * @param newName the name, not blank
   * @return the new pack, never null
   */
  public RulePack named(String newName) {
    Builder b = toBuilder();
    b.name = newName;
    return b.build();
  }

  /**
   * Returns a copy with one more escalation rule, after the existing ones.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   */
  public RulePack plusEscalationRule(EscalationRule rule) {
    return toBuilder().addEscalation(rule).build();
  }

  /**
   * Returns a copy without the escalations a rule identifier names (for instance
   * {@code escalation.firearmDischarge}): every escalation rule of the pack still runs, but its
   * escalations with that identifier are dropped, so the pack no longer requires them, refuses local
   * handling for them or reports them. A rule that propagates escalations over same-incident links
   * reports them under its own identifier ({@code escalation.sameIncident}), which is removed on its own.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param rule the escalation's identifier, not null
   * @return the new pack, never null
   */
  public RulePack withoutEscalation(String rule) {
    Objects.requireNonNull(rule, "rule is null");
    Builder b = toBuilder();
    b.escalation = escalation.map(r -> (EscalationRule) (c, related, z) -> r.escalations(c, related, z)
        .filter(e -> !e.rule().equals(rule)));
    return b.build();
  }

  /**
   * Returns a copy with another filing time-limit rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   */
  public RulePack withTimeLimit(TimeLimitRule rule) {
    return toBuilder().timeLimit(rule).build();
  }

  /**
   * Returns a copy with another registration rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   */
  public RulePack withRegistration(RegistrationRule rule) {
    return toBuilder().registration(rule).build();
  }

  /**
   * Returns a copy with another routing rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   */
  public RulePack withRouting(RoutingRule rule) {
    return toBuilder().routing(rule).build();
  }

  /**
   * Returns a copy with another informal-resolution rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   */
  public RulePack withInformalResolution(InformalResolutionRule rule) {
    return toBuilder().informalResolution(rule).build();
  }

  /**
   * Returns a copy with one more feedback rule, after the existing ones.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   */
  public RulePack plusFeedbackRule(FeedbackRule rule) {
    return toBuilder().addFeedback(rule).build();
  }

  /**
   * Returns a copy with another outcome-notice rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   */
  public RulePack withOutcomeNotice(OutcomeNoticeRule rule) {
    return toBuilder().outcomeNotice(rule).build();
  }

  /**
   * Returns a copy with another review rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   */
  public RulePack withReview(ReviewRule rule) {
    return toBuilder().review(rule).build();
  }

  /**
   * Returns a copy with another victim-support rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   */
  public RulePack withVictimSupport(VictimSupportRule rule) {
    return toBuilder().victimSupport(rule).build();
  }

  /**
   * Returns a copy with another repeat-pattern rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   */
  public RulePack withPattern(PatternRule rule) {
    return toBuilder().pattern(rule).build();
  }

  /**
   * Returns a copy with one more command rule, after the existing ones.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   */
  public RulePack plusCommandRule(CommandRule rule) {
    return toBuilder().addCommandRule(rule).build();
  }

  /**
   * Returns a copy with another outcome taxonomy.
   *
   * @param taxonomy the taxonomy, not null
   * @return the new pack, never null
   */
  public RulePack withOutcomes(OutcomeTaxonomy taxonomy) {
    return toBuilder().outcomes(taxonomy).build();
  }

  /**
   * Returns a copy with another disclosure policy.
   *
   * @param policy the policy, not null
   * @return the new pack, never null
   */
  public RulePack withDisclosure(DisclosurePolicy policy) {
    return toBuilder().disclosure(policy).build();
  }

  // ---------------------------------------------------------------- assessment

  /**
   * Assesses a case on its own (no related cases: no same-incident propagation or patterns).
   *
   * @param complaint the case, not null
   * @param at the instant, not null
   * @return the assessment, never null
   * @throws NullPointerException if an argument is null
   */
  public Assessment assess(ComplaintCase complaint, Instant at) {
    return assess(complaint, List.empty(), at);
  }

  /**
   * Assesses a case with the other cases the caller knows (for same-incident propagation and repeat
   * patterns). Every case is taken as it stood at {@code at}: events after it are ignored, and a case
   * received after it is not yet known (a case of its own gives an empty assessment).
   *
   * @param complaint the case, not null
   * @param related other cases, not null
   * @param at the instant, not null
   * @return the assessment, never null
   * @throws NullPointerException if an argument is null
   */
  public Assessment assess(ComplaintCase complaint, Seq<ComplaintCase> related, Instant at) {
    Objects.requireNonNull(complaint, "complaint is null");
    Objects.requireNonNull(related, "related is null");
    Objects.requireNonNull(at, "at is null");
    Option<ComplaintCase> asOf = complaint.asOf(at);
    if (asOf.isEmpty()) {
      return Assessment.empty(complaint.id(), name, at);
    }
    ComplaintCase c = asOf.get();
    Seq<ComplaintCase> others = related.flatMap(r -> r.asOf(at)).filter(r -> !r.id().equals(c.id()));
    Seq<Escalation> escalations = escalation.flatMap(r -> r.escalations(c, others, zone));
    Seq<Obligation> obligations = obligations(c, escalations, at);
    Seq<Breach> breaches = obligations.flatMap(o -> Duties.breach(o, c.status(), at));
    TimeLimitCheck limit = timeLimit.check(c, zone);
    Instant horizon = at.plus(warningLead);
    Seq<Warning> warnings = obligations
        .filter(o -> !o.isSatisfied() && !at.isAfter(o.due()) && !o.due().isAfter(horizon))
        .map(o -> new Warning("warning.deadlineApproaching",
            List.of(o.messageKey(), Messages.describe(o.recipient()), o.due().toString())));
    warnings = warnings.appendAll(timeLimitWarning(limit));
    warnings = warnings.appendAll(pattern.detect(others.prepend(c), zone)
        .filter(f -> f.cases().contains(c.id()))
        .map(PatternFlag::toWarning));
    return new Assessment(c.id(), name, at, escalations, obligations, breaches, warnings, limit);
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

  /**
   * Detects repeat patterns over a collection of cases.
   *
   * @param cases the cases, not null
   * @return the flags, never null
   */
  public Seq<PatternFlag> patterns(Seq<ComplaintCase> cases) {
    return pattern.detect(Objects.requireNonNull(cases, "cases is null"), zone);
  }

  /**
   * Computes the review route to tell with an outcome or rejection told at an instant, for
   * {@link ComplaintCase#notifyOutcome} or {@link ComplaintCase#reject}.
   *
   * @param complaint the case, not null
   * @param occasion what is told, not null
   * @param toldAt when it is told, not null
   * @return the route, none if there is none, never null
   */
  public Option<ReviewRoute> reviewRoute(ComplaintCase complaint, ReviewRule.Occasion occasion, Instant toldAt) {
    Objects.requireNonNull(complaint, "complaint is null");
    Objects.requireNonNull(occasion, "occasion is null");
    Objects.requireNonNull(toldAt, "toldAt is null");
    return review.route(complaint, occasion, toldAt, zone);
  }

  /** Every obligation of a case at an instant: escalations, feedback, outcome notice, victim support. */
  private Seq<Obligation> obligations(ComplaintCase c, Seq<Escalation> escalations, Instant at) {
    return escalations.map(Escalation::asObligation)
        .appendAll(feedback.flatMap(f -> f.obligations(c, at, zone)))
        .appendAll(outcomeObligations(c))
        .appendAll(victimSupport.obligations(c, at, zone))
        .map(o -> Duties.ended(o, c));
  }

  private Seq<Obligation> outcomeObligations(ComplaintCase c) {
    Option<OutcomeNotice> notice = outcomeNotice.notice(c);
    if (notice.isEmpty()) {
      return List.empty();
    }
    Instant reopened = c.history().filter(e -> e instanceof CaseEvent.Reopened).lastOption()
        .map(CaseEvent::at).getOrElse(c.receivedAt());
    Option<Instant> decided = Timeline.of(c).firstStatusFrom(reopened, s -> s == CaseStatus.DECIDED);
    if (decided.isEmpty()) {
      return List.empty();
    }
    OutcomeNotice n = notice.get();
    Instant due = n.within().deadline(decided.get(), zone);
    return n.to().flatMap(a -> a.resolve(c)).distinct().map(r -> new Obligation("outcome.notice",
        ObligationKind.OUTCOME_NOTICE, r, decided.get(), due, CommandType.NOTIFY_OUTCOME,
        Option.some(NotificationKind.OUTCOME), Feedback.sent(c, NotificationKind.OUTCOME, r, decided.get()),
        n.legalBasis()));
  }

  // ---------------------------------------------------------------- commands

  /**
   * Executes a command on a case under this pack's rules: the one path for "may this command be
   * applied to this case now, under this jurisdiction's law". It is
   * {@code complaint.execute(proposed, this)}: the core checks the order of events, the state graph
   * and the command's data, then asks this pack ({@link #refusals}), and applies the event once.
   * What it accepts never gives a breach in {@link #assess} at the event's instant that was not there
   * before, except breaches of deadlines that had already passed.
   *
   * <p>The case is unaffected.
   *
   * @param complaint the case, not null
   * @param proposed the event the command records, not null
   * @return the transition, or the first refusal: {@link Rejection.OutOfOrder},
   *     {@link Rejection.IllegalTransition}, a data rejection of the core, or this pack's
   *     {@link Rejection.RuleRefused} naming the rule and its legal basis; never null
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Transition> execute(ComplaintCase complaint, CaseEvent proposed) {
    Objects.requireNonNull(complaint, "complaint is null");
    Objects.requireNonNull(proposed, "proposed is null");
    return complaint.execute(proposed, this);
  }

  /**
   * Returns the commands this pack allows on a case at an instant: those the state graph allows,
   * less those the pack refuses whatever the command's data (informal resolution where the
   * jurisdiction has none, local handling while a mandatory referral is pending, registration of a
   * case that lacks required details …). A listed command can still be refused for its data (the
   * routing of an assessment, the recipients of a notice, a review route); {@link #execute} decides
   * for a concrete event. A command left out is refused by {@code execute} whatever its data.
   *
   * @param complaint the case, not null
   * @param at the instant the command would carry, not null
   * @return the commands, sorted; empty if {@code at} is before the case's last event; never null
   * @throws NullPointerException if an argument is null
   */
  public Set<CommandType> allowedCommands(ComplaintCase complaint, Instant at) {
    Objects.requireNonNull(complaint, "complaint is null");
    Objects.requireNonNull(at, "at is null");
    if (at.isBefore(complaint.lastEventAt())) {
      return TreeSet.empty();
    }
    Lazy<Seq<Escalation>> pending = Lazy.of(() -> pendingEscalations(complaint));
    return complaint.allowedCommands().filter(cmd -> commandRefusals(complaint, cmd, pending).isEmpty());
  }

  /**
   * Explains why a command is refused on a case at an instant, whatever its data: the state graph's
   * {@link Rejection.IllegalTransition}, {@link Rejection.OutOfOrder}, or this pack's
   * {@link Rejection.RuleRefused} with its rule and legal basis. It agrees with
   * {@link #allowedCommands}: none exactly when the command is listed there.
   *
   * @param complaint the case, not null
   * @param command the command, not null
   * @param at the instant the command would carry, not null
   * @return the first refusal, none if the command is allowed (its data may still be refused), never null
   * @throws NullPointerException if an argument is null
   */
  public Option<Rejection> whyRefused(ComplaintCase complaint, CommandType command, Instant at) {
    Objects.requireNonNull(complaint, "complaint is null");
    Objects.requireNonNull(command, "command is null");
    Objects.requireNonNull(at, "at is null");
    if (at.isBefore(complaint.lastEventAt())) {
      return Option.some(new Rejection.OutOfOrder(complaint.status(), command, complaint.lastEventAt(), at));
    }
    Option<Rejection> graph = StateGraph.standard().check(complaint.status(), command);
    if (graph.isDefined()) {
      return graph;
    }
    return commandRefusals(complaint, command, Lazy.of(() -> pendingEscalations(complaint))).headOption()
        .map(r -> r.toRejection(complaint.status(), command));
  }

  /**
   * Lists every refusal of a proposed command by this pack's rules, in the order the rules are
   * checked: refusals whatever the data first (see {@link #allowedCommands}), then refusals of the
   * command's data, then the pack's extra {@link CommandRule}s, then duties the command would make
   * impossible to meet. This is the pack's {@link CommandGuard}; the state graph and the core's data
   * checks are not repeated here (use {@link #execute}).
   *
   * @param complaint the case, not null
   * @param proposed the proposed event, not null
   * @return the refusals as {@link Rejection.RuleRefused}, empty if the pack allows it, never null
   * @throws NullPointerException if an argument is null
   */
  @Override
  public Seq<Rejection> refusals(ComplaintCase complaint, CaseEvent proposed) {
    Objects.requireNonNull(complaint, "complaint is null");
    Objects.requireNonNull(proposed, "proposed is null");
    Seq<Refusal> out = commandRefusals(complaint, proposed.command(), Lazy.of(() -> pendingEscalations(complaint)))
        .appendAll(eventRefusals(complaint, proposed));
    for (CommandRule rule : commandRules) {
      out = out.appendAll(rule.check(complaint, proposed));
    }
    if (out.isEmpty() && Duties.mayForeclose(complaint.status(), proposed.command())) {
      out = foreclosures(complaint, proposed);
    }
    CaseStatus state = complaint.status();
    return out.map(r -> r.toRejection(state, proposed.command()));
  }

  /** The escalations a case owes and has not met, on its own (a guard sees no related cases). */
  private Seq<Escalation> pendingEscalations(ComplaintCase c) {
    return escalation.flatMap(r -> r.escalations(c, List.empty(), zone)).filter(e -> e.satisfiedAt().isEmpty());
  }

  /** Refusals that depend on the case and the command type only. */
  private Seq<Refusal> commandRefusals(ComplaintCase c, CommandType command, Lazy<Seq<Escalation>> pending) {
    Seq<Refusal> out;
    switch (command) {
      case REGISTER:
        out = registering(c);
        break;
      case WAIVE_TIME_LIMIT: {
        TimeLimitCheck limit = timeLimit.check(c, zone);
        out = limit.status() != TimeLimitCheck.Status.NOT_APPLICABLE && !limit.waivable()
            ? List.of(new Refusal("timeLimit.notWaivable", limit.legalBasis(), "the filing time limit cannot be waived"))
            : List.empty();
        break;
      }
      case START_INFORMAL_RESOLUTION:
        out = informalResolution.refusals(c);
        break;
      case DECIDE_ALLEGATION:
        // Eligibility is checked again when informal handling ends: withdrawn consent, a demand for
        // formal handling or a flag added since the start stop an informal finish.
        out = c.status() == CaseStatus.INFORMAL_RESOLUTION ? informalResolution.refusals(c) : List.empty();
        break;
      default:
        out = List.empty();
    }
    if (Duties.LOCAL_HANDLING.contains(command)) {
      out = out.appendAll(pending.get().map(e -> Refusal.of("escalation.pending", e.legalBasis(),
          "the case must first be referred to " + e.to() + " (" + e.rule() + ", due "
              + e.due() + "); " + command + " would handle it locally")));
    }
    return out;
  }

  /** Refusals of the command's data. */
  private Seq<Refusal> eventRefusals(ComplaintCase c, CaseEvent e) {
    switch (e.command()) {
      case ASSESS: {
        CaseEvent.Assessed a = (CaseEvent.Assessed) e;
        return routing.route(c, a.track()).filter(r -> !r.body().equals(a.handlingBody()))
            .map(r -> Refusal.of("routing.wrongBody", r.legalBasis(),
                "track " + a.track() + " is handled by " + r.body() + ", not " + a.handlingBody()))
            .toList();
      }
      case NOTIFY_OUTCOME: {
        CaseEvent.OutcomeNotified o = (CaseEvent.OutcomeNotified) e;
        return notifying(c, o).appendAll(routeChecks(c, ReviewRule.Occasion.OUTCOME, o.reviewRoute(), o.at()));
      }
      case REJECT: {
        CaseEvent.Rejected r = (CaseEvent.Rejected) e;
        return timeBarring(c, r).appendAll(routeChecks(c, ReviewRule.Occasion.REJECTION, r.reviewRoute(), r.at()));
      }
      case DECIDE_ALLEGATION: {
        CaseEvent.AllegationDecided d = (CaseEvent.AllegationDecided) e;
        return outcomes.codes().isEmpty() || outcomes.contains(d.outcome())
            ? List.empty()
            : List.of(Refusal.of("outcome.unknown", outcomes.source(),
                "outcome " + d.outcome() + " is not one of " + outcomes.codes().mkString(", ")));
      }
      default:
        return List.empty();
    }
  }

  /**
   * Duties the command would make impossible to meet: obligations that {@link #assess} would report
   * as {@link Breach.Cause#FORECLOSED} right after the command and not right before it. Only asked
   * when the command can lead to a state that disallows a duty's command ({@link Duties}).
   */
  private Seq<Refusal> foreclosures(ComplaintCase before, CaseEvent proposed) {
    Either<Rejection, ComplaintCase> applied = before.apply(proposed);
    if (applied.isLeft()) {
      return List.empty(); // the core refuses it anyway; execute reports that
    }
    ComplaintCase after = applied.get();
    Instant at = proposed.at();
    Seq<Obligation> was = obligations(before, escalation.flatMap(r -> r.escalations(before, List.empty(), zone)), at)
        .filter(o -> Duties.isForeclosed(o, before.status()));
    return obligations(after, escalation.flatMap(r -> r.escalations(after, List.empty(), zone)), at)
        .filter(o -> Duties.isForeclosed(o, after.status()))
        .filter(o -> !was.exists(w -> Duties.same(w, o)))
        .map(o -> Refusal.of("obligation.foreclosed", o.legalBasis(),
            proposed.command() + " would leave the case in " + after.status() + ", where " + o.satisfiedBy()
                + " is no longer possible, while it still owes " + o.rule() + " to "
                + Messages.describe(o.recipient())));
  }

  /** A rejection as time-barred needs a limit that has expired (not one in time, waived, undetermined or a practice threshold). */
  private Seq<Refusal> timeBarring(ComplaintCase c, CaseEvent.Rejected r) {
    if (r.ground() != RejectionGround.TIME_BARRED) {
      return List.empty();
    }
    TimeLimitCheck limit = timeLimit.check(c, zone);
    return limit.isBarred()
        ? List.empty()
        : List.of(new Refusal("timeLimit.notExpired", limit.legalBasis(),
            "the complaint cannot be rejected as time-barred: the filing time limit is " + limit.status()
                + limit.deadline().map(d -> " (deadline " + d + ", lodged " + c.lodgedAt() + ")").getOrElse("")));
  }

  /** A late complaint is registered: the time limit is a fact {@link #assess} reports, not a gate. */
  private Seq<Refusal> registering(ComplaintCase c) {
    Seq<Refusal> out = List.empty();
    RegistrationRequirements required = registration.requirements(c);
    Seq<RequiredDetail> missing = required.missingIn(c);
    if (!missing.isEmpty()) {
      out = out.append(new Refusal("registration.missingDetails", registration.legalBasis(),
          "registration needs details the case does not have: " + missing.mkString(", ")));
    }
    return out;
  }

  private Seq<Refusal> notifying(ComplaintCase c, CaseEvent.OutcomeNotified o) {
    Option<OutcomeNotice> notice = outcomeNotice.notice(c);
    if (notice.isEmpty()) {
      return List.empty();
    }
    OutcomeNotice n = notice.get();
    Seq<Refusal> out = List.empty();
    if (n.reasonsRequired() && o.reasons().isEmpty()) {
      out = out.append(Refusal.of("outcome.reasonsMissing", n.legalBasis(),
          "the outcome notice must give a statement of reasons"));
    }
    Seq<Recipient> missing = n.to().flatMap(a -> a.resolve(c)).distinct().filter(r -> !o.recipients().contains(r));
    if (!missing.isEmpty()) {
      out = out.append(Refusal.of("outcome.recipientMissing", n.legalBasis(),
          "the outcome notice must also go to " + missing.map(Messages::describe).mkString(", ")));
    }
    return out;
  }

  private Seq<Refusal> routeChecks(ComplaintCase c, ReviewRule.Occasion occasion, Option<ReviewRoute> given,
      Instant at) {
    Option<ReviewRoute> expected = review.route(c, occasion, at, zone);
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

  @Override
  public String toString() {
    return "RulePack[" + name + ", " + jurisdiction + ", " + zone + "]";
  }

  // ---------------------------------------------------------------- builder

  /**
   * Builds a {@link RulePack}. Not thread-safe; the pack it builds is.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String name;
    private final JurisdictionCode jurisdiction;
    private final ZoneId zone;
    private Seq<EscalationRule> escalation = List.empty();
    private TimeLimitRule timeLimit = TimeLimitRule.none();
    private RegistrationRule registration = complaint -> RegistrationRequirements.DEFAULT;
    private RoutingRule routing = track -> Option.none();
    private InformalResolutionRule informalResolution = complaint -> List.of(new Refusal("informal.notAvailable",
        Option.none(), "this pack has no informal track"));
    private Seq<FeedbackRule> feedback = List.empty();
    private OutcomeNoticeRule outcomeNotice = OutcomeNoticeRule.none();
    private ReviewRule review = ReviewRule.none();
    private VictimSupportRule victimSupport = VictimSupportRule.none();
    private PatternRule pattern = PatternRule.none();
    private Seq<CommandRule> commandRules = List.empty();
    private OutcomeTaxonomy outcomes;
    private DisclosurePolicy disclosure = DisclosurePolicy.internalOnly();
    private Duration warningLead = Duration.ofDays(7);

    private Builder(String name, JurisdictionCode jurisdiction, ZoneId zone) {
      this.name = Objects.requireNonNull(name, "name is null");
      this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction is null");
      this.zone = Objects.requireNonNull(zone, "zone is null");
      this.outcomes = OutcomeTaxonomy.of(List.empty(), List.empty(), List.empty(),
          LegalBasis.of("no taxonomy defined for pack " + name));
    }

    /**
     * Adds an escalation rule.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder addEscalation(EscalationRule rule) {
      escalation = escalation.append(Objects.requireNonNull(rule, "rule is null"));
      return this;
    }

    /**
     * Sets the filing time-limit rule.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder timeLimit(TimeLimitRule rule) {
      timeLimit = Objects.requireNonNull(rule, "rule is null");
      return this;
    }

    /**
     * Sets the registration rule.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder registration(RegistrationRule rule) {
      registration = Objects.requireNonNull(rule, "rule is null");
      return this;
    }

    /**
     * Sets the routing rule.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder routing(RoutingRule rule) {
      routing = Objects.requireNonNull(rule, "rule is null");
      return this;
    }

    /**
     * Sets the informal-resolution rule.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder informalResolution(InformalResolutionRule rule) {
      informalResolution = Objects.requireNonNull(rule, "rule is null");
      return this;
    }

    /**
     * Adds a feedback rule.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder addFeedback(FeedbackRule rule) {
      feedback = feedback.append(Objects.requireNonNull(rule, "rule is null"));
      return this;
    }

    /**
     * Sets the outcome-notice rule.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder outcomeNotice(OutcomeNoticeRule rule) {
      outcomeNotice = Objects.requireNonNull(rule, "rule is null");
      return this;
    }

    /**
     * Sets the review rule.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder review(ReviewRule rule) {
      review = Objects.requireNonNull(rule, "rule is null");
      return this;
    }

    /**
     * Sets the victim-support rule.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder victimSupport(VictimSupportRule rule) {
      victimSupport = Objects.requireNonNull(rule, "rule is null");
      return this;
    }

    /**
     * Sets the repeat-pattern rule.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder pattern(PatternRule rule) {
      pattern = Objects.requireNonNull(rule, "rule is null");
      return this;
    }

    /**
     * Adds a command rule.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder addCommandRule(CommandRule rule) {
      commandRules = commandRules.append(Objects.requireNonNull(rule, "rule is null"));
      return this;
    }

    /**
     * Sets the outcome taxonomy.
     *
     * @param taxonomy the taxonomy, not null
     * @return this builder
     */
    public Builder outcomes(OutcomeTaxonomy taxonomy) {
      outcomes = Objects.requireNonNull(taxonomy, "taxonomy is null");
      return this;
    }

    /**
     * Sets the disclosure policy.
     *
     * @param policy the policy, not null
     * @return this builder
     */
    public Builder disclosure(DisclosurePolicy policy) {
      disclosure = Objects.requireNonNull(policy, "policy is null");
      return this;
    }

    /**
     * Sets how long before a due instant a pending obligation is warned about.
     *
     * @param lead the lead, not negative, not null
     * @return this builder
     */
    public Builder warningLead(Duration lead) {
      warningLead = Objects.requireNonNull(lead, "lead is null");
      return this;
    }

    /**
     * Builds the pack.
     *
     * @return the pack, never null
     * @throws IllegalArgumentException if the name is blank or the warning lead negative
     */
    public RulePack build() {
      return new RulePack(this);
    }
  }
}
