package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.StateGraph;

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
 * Either<Rejection, CaseEvent> ok = internal.check(complaint, proposed);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its rules are (as the rule interfaces require).
 *
 * @since 0.1
 */
public final class RulePack {

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
    Seq<Obligation> obligations = escalations.map(Escalation::asObligation)
        .appendAll(feedback.flatMap(f -> f.obligations(c, at, zone)))
        .appendAll(outcomeObligations(c))
        .appendAll(victimSupport.obligations(c, at, zone));
    Seq<Breach> breaches = obligations.filter(o -> o.isOverdueAt(at)).map(o -> new Breach(o, at));
    TimeLimitCheck limit = timeLimit.check(c, zone);
    Instant horizon = at.plus(warningLead);
    Seq<Warning> warnings = obligations
        .filter(o -> !o.isSatisfied() && !at.isAfter(o.due()) && !o.due().isAfter(horizon))
        .map(o -> new Warning("warning.deadlineApproaching",
            List.of(o.messageKey(), Messages.describe(o.recipient()), o.due().toString())));
    if (limit.status() == TimeLimitCheck.Status.START_UNKNOWN) {
      warnings = warnings.append(new Warning("warning.timeLimit.startUnknown", List.empty()));
    } else if (limit.isBarred()) {
      warnings = warnings.append(new Warning("warning.timeLimit.expired", List.of(limit.deadline().get().toString())));
    }
    warnings = warnings.appendAll(pattern.detect(others.prepend(c), zone)
        .filter(f -> f.cases().contains(c.id()))
        .map(PatternFlag::toWarning));
    return new Assessment(c.id(), name, at, escalations, obligations, breaches, warnings, limit);
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
   * Checks a proposed command in one call: the state graph first, then this pack's rules, then the
   * core's guards (by applying the event to the case).
   *
   * @param complaint the case, not null
   * @param proposed the proposed event, not yet applied, not null
   * @return the event if allowed, or why not ({@link Rejection.IllegalTransition}, a pack's
   *     {@link Rejection.RuleRefused}, or a core guard's rejection), never null
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, CaseEvent> check(ComplaintCase complaint, CaseEvent proposed) {
    Objects.requireNonNull(complaint, "complaint is null");
    Objects.requireNonNull(proposed, "proposed is null");
    Option<Rejection> graph = StateGraph.standard().check(complaint.status(), proposed.command());
    if (graph.isDefined()) {
      return Either.left(graph.get());
    }
    Seq<Refusal> refused = refusals(complaint, proposed);
    if (!refused.isEmpty()) {
      return Either.left(refused.head().toRejection(complaint.status(), proposed.command()));
    }
    Either<Rejection, ComplaintCase> applied = complaint.apply(proposed);
    return applied.isLeft() ? Either.left(applied.getLeft()) : Either.right(proposed);
  }

  /**
   * Lists every refusal of a proposed command by this pack's rules (without the state graph or the
   * core's guards).
   *
   * @param complaint the case, not null
   * @param proposed the proposed event, not null
   * @return the refusals, empty if the pack allows it, never null
   * @throws NullPointerException if an argument is null
   */
  public Seq<Refusal> refusals(ComplaintCase complaint, CaseEvent proposed) {
    Objects.requireNonNull(complaint, "complaint is null");
    Objects.requireNonNull(proposed, "proposed is null");
    Seq<Refusal> out = builtIn(complaint, proposed);
    return out.appendAll(commandRules.flatMap(r -> r.check(complaint, proposed)));
  }

  private Seq<Refusal> builtIn(ComplaintCase c, CaseEvent e) {
    switch (e.command()) {
      case REGISTER:
        return registering(c);
      case WAIVE_TIME_LIMIT: {
        TimeLimitCheck limit = timeLimit.check(c, zone);
        return limit.status() != TimeLimitCheck.Status.NOT_APPLICABLE && !limit.waivable()
            ? List.of(new Refusal("timeLimit.notWaivable", limit.legalBasis(), "the filing time limit cannot be waived"))
            : List.empty();
      }
      case START_INFORMAL_RESOLUTION:
        return informalResolution.refusals(c);
      case ASSESS: {
        CaseEvent.Assessed a = (CaseEvent.Assessed) e;
        return routing.route(a.track()).filter(r -> !r.body().equals(a.handlingBody()))
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
        return routeChecks(c, ReviewRule.Occasion.REJECTION, r.reviewRoute(), r.at());
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

  private Seq<Refusal> registering(ComplaintCase c) {
    Seq<Refusal> out = List.empty();
    TimeLimitCheck limit = timeLimit.check(c, zone);
    if (limit.isBarred()) {
      out = out.append(new Refusal("timeLimit.expired", limit.legalBasis(),
          "received at " + c.receivedAt() + ", after the filing deadline " + limit.deadline().get()
              + (limit.waivable() ? "; the limit may be waived" : "")));
    }
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
    if (n.reasonsRequired() && o.reason().isBlank()) {
      out = out.append(Refusal.of("outcome.reasonsMissing", n.legalBasis(), "the outcome notice must give reasons"));
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
