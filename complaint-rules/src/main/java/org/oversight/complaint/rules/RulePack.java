package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CommandGuard;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.Transition;

/**
 * The rules of one jurisdiction (or one body) as a value: escalation, filing limit, registration,
 * routing, informal resolution, feedback, outcome notice, review, victim support, repeat patterns,
 * eligibility, who may impose measures, extra command rules, the outcome taxonomy and the disclosure policy.
 *
 * <p>Four packs ship in {@link org.oversight.complaint.rules.jurisdiction} ({@code NorwayRules},
 * {@code DenmarkRules}, {@code SwedenRules}, {@code EnglandWalesRules});
 * {@link #builder(String, JurisdictionCode, ZoneId)} builds one from scratch, and its setters replace.
 * On an existing pack, the {@code with…} methods replace one rule (or a whole list of rules) and the
 * {@code plus…} methods append one more to a list of rules (escalation, feedback, command rules):
 *
 * <pre>{@code
 * RulePack internal = NorwayRules.pack()
 *     .withName("NO-OSLO-INTERNAL")
 *     .withReview(ReviewRule.none())
 *     .plusCommandRule((complaint, event) -> ...);
 * Assessment a = internal.assess(complaint, now);
 * Either<Rejection, Transition> done = internal.execute(complaint, proposed);
 * }</pre>
 *
 * <p>The rules count days in the pack's {@link #zone()}: the pack passes it to every rule it evaluates,
 * so no rule factory takes a zone. Two packs are equal when their name, jurisdiction, zone and rules
 * are equal (rules built by lambdas are equal only to themselves).
 *
 * <p>A pack remembers, outside its value, the escalations the last case instance it was asked about still
 * owes, and one menu ({@link #allowedCommands}) per state: a menu followed by a command on the same case
 * works them out once. The memory is bounded, refers to the case weakly (a pack never keeps a case
 * alive) and is never shared between packs; the rules' determinism makes it invisible.
 *
 * <p>This class is immutable and thread-safe if its rules are (as the rule interfaces require). Every
 * {@code with…} and {@code plus…} method leaves this instance unaffected.
 *
 * @since 0.1
 */
// Immutables' annotations are compile-time only (requires static): users of the rules never need them.
@SuppressWarnings("exports")
@Value.Immutable
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
public abstract class RulePack implements CommandGuard {

  /** The registration rule of a pack that sets none: the core's default requirements (when, who, what). */
  private static final RegistrationRule DEFAULT_REGISTRATION = complaint -> RegistrationRequirements.DEFAULT;

  /** The routing rule of a pack that sets none: no track is routed. */
  private static final RoutingRule NO_ROUTING = track -> Option.none();

  /** The informal-resolution rule of a pack that sets none: always refused. */
  private static final InformalResolutionRule NO_INFORMAL_TRACK = complaint -> List.of(
      new Refusal("informal.notAvailable", Option.none(), "this pack has no informal track"));

  /** Per-instance memo of the command checks (not an attribute: no part of equality or copies). */
  private final transient PackMemo memo = new PackMemo();

  RulePack() {}

  PackMemo memo() {
    return memo;
  }

  /**
   * Starts a pack from scratch. Until set, it has no escalation, no filing limit, the core's
   * default registration requirements (when, who, what), no routing, no informal track, no feedback,
   * no outcome notice, no review, no victim support, no pattern detection, no eligibility rules, any
   * body may impose measures, no command rules, an empty taxonomy, an internal-only disclosure policy and a warning lead of 7 days.
   *
   * @param name the pack's name, not blank
   * @param jurisdiction the jurisdiction, not null
   * @param zone the jurisdiction's zone for day arithmetic, passed to every rule that counts days, not null
   * @return a new builder, never null
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String name, JurisdictionCode jurisdiction, ZoneId zone) {
    return new Builder()
        .name(Objects.requireNonNull(name, "name is null"))
        .jurisdiction(Objects.requireNonNull(jurisdiction, "jurisdiction is null"))
        .zone(Objects.requireNonNull(zone, "zone is null"));
  }

  /**
   * Returns a builder holding this pack's rules, to change several at once.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  @Value.Check
  void checkInvariants() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (warningLead().isNegative()) {
      throw new IllegalArgumentException("warningLead must not be negative");
    }
    if (escalation().contains(null) || feedback().contains(null) || commandRules().contains(null)
        || eligibility().contains(null)) {
      throw new NullPointerException("a pack's rule lists must not contain null");
    }
  }

  // ---------------------------------------------------------------- attributes

  /**
   * Returns the pack's name.
   *
   * @return the name, not blank, never null
   */
  public abstract String name();

  /**
   * Returns the jurisdiction.
   *
   * @return the jurisdiction, never null
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * Returns the zone used for day arithmetic. The pack passes it to every rule it evaluates that counts
   * days (escalation, time limit, feedback, review, victim support, patterns), so rules need no zone of
   * their own.
   *
   * @return the zone, never null
   */
  public abstract ZoneId zone();

  /**
   * Returns the escalation rules, in the order they are evaluated.
   *
   * @return the rules, empty by default, never null
   */
  @Value.Default
  public Seq<EscalationRule> escalation() {
    return List.empty();
  }

  /**
   * Returns the filing time-limit rule.
   *
   * @return the rule, {@link TimeLimitRule#none()} by default, never null
   */
  @Value.Default
  public TimeLimitRule timeLimit() {
    return TimeLimitRule.none();
  }

  /**
   * Returns the registration rule.
   *
   * @return the rule, the core's {@link RegistrationRequirements#DEFAULT} by default, never null
   */
  @Value.Default
  public RegistrationRule registration() {
    return DEFAULT_REGISTRATION;
  }

  /**
   * Returns the routing rule.
   *
   * @return the rule, routing no track by default, never null
   */
  @Value.Default
  public RoutingRule routing() {
    return NO_ROUTING;
  }

  /**
   * Returns the informal-resolution rule.
   *
   * @return the rule, refusing every informal resolution by default, never null
   */
  @Value.Default
  public InformalResolutionRule informalResolution() {
    return NO_INFORMAL_TRACK;
  }

  /**
   * Returns the feedback rules, in the order they are evaluated.
   *
   * @return the rules, empty by default, never null
   */
  @Value.Default
  public Seq<FeedbackRule> feedback() {
    return List.empty();
  }

  /**
   * Returns the outcome-notice rule.
   *
   * @return the rule, {@link OutcomeNoticeRule#none()} by default, never null
   */
  @Value.Default
  public OutcomeNoticeRule outcomeNotice() {
    return OutcomeNoticeRule.none();
  }

  /**
   * Returns the review rule.
   *
   * @return the rule, {@link ReviewRule#none()} by default, never null
   */
  @Value.Default
  public ReviewRule review() {
    return ReviewRule.none();
  }

  /**
   * Returns the victim-support rule.
   *
   * @return the rule, {@link VictimSupportRule#none()} by default, never null
   */
  @Value.Default
  public VictimSupportRule victimSupport() {
    return VictimSupportRule.none();
  }

  /**
   * Returns the repeat-pattern rule.
   *
   * @return the rule, {@link PatternRule#none()} by default, never null
   */
  @Value.Default
  public PatternRule pattern() {
    return PatternRule.none();
  }

  /**
   * Returns the eligibility rules (regime, standing, screening), in the order they are asked: their
   * findings refuse commands on the command path and are warnings in {@link #assess}.
   *
   * @return the rules, empty by default, never null
   * @since 0.1
   */
  @Value.Default
  public Seq<EligibilityRule> eligibility() {
    return List.empty();
  }

  /**
   * Returns the rule on which body may impose a disciplinary or management measure: asked for a proposed
   * {@link org.oversight.complaint.core.CaseEvent.MeasureRecorded} on the command path and for every
   * recorded measure in {@link #assess}.
   *
   * @return the rule, {@link MeasureRule#any()} by default, never null
   * @since 0.1
   */
  @Value.Default
  public MeasureRule measures() {
    return MeasureRule.any();
  }

  /**
   * Returns the extra command rules, in the order they are asked.
   *
   * @return the rules, empty by default, never null
   */
  @Value.Default
  public Seq<CommandRule> commandRules() {
    return List.empty();
  }

  /**
   * Returns the outcome taxonomy and upheld definition.
   *
   * @return the taxonomy, an empty one by default, never null
   */
  @Value.Default
  public OutcomeTaxonomy outcomes() {
    return OutcomeTaxonomy.of(List.empty(), List.empty(), List.empty(),
        LegalBasis.of("no taxonomy defined for pack " + name()));
  }

  /**
   * Returns what each audience may be told.
   *
   * @return the policy, {@link DisclosurePolicy#internalOnly()} by default, never null
   */
  @Value.Default
  public DisclosurePolicy disclosure() {
    return DisclosurePolicy.internalOnly();
  }

  /**
   * Returns how long before a due instant a pending obligation is warned about.
   *
   * @return the lead, not negative, 7 days by default, never null
   */
  @Value.Default
  public Duration warningLead() {
    return Duration.ofDays(7);
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
   * @since 0.1
   */
  public String bodyName(Body body, Locale locale) {
    return Labels.standard().label(body, locale);
  }

  // ---------------------------------------------------------------- copies: with… replaces, plus… appends

  /**
   * Returns a copy with another name.
   *
   * @param name the name, not blank
   * @return the new pack, never null
   * @throws NullPointerException if name is null
   * @throws IllegalArgumentException if name is blank
   */
  public abstract RulePack withName(String name);

  /**
   * Returns a copy counting days in another zone.
   *
   * @param zone the zone, not null
   * @return the new pack, never null
   * @throws NullPointerException if zone is null
   */
  public abstract RulePack withZone(ZoneId zone);

  /**
   * Returns a copy with these escalation rules in place of the pack's own.
   *
   * @param rules the rules, no null element, not null
   * @return the new pack, never null
   * @throws NullPointerException if rules or an element is null
   */
  public abstract RulePack withEscalation(Seq<EscalationRule> rules);

  /**
   * Returns a copy with one more escalation rule, after the existing ones.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   */
  public RulePack plusEscalationRule(EscalationRule rule) {
    return withEscalation(escalation().append(Objects.requireNonNull(rule, "rule is null")));
  }

  /**
   * Returns a copy without the escalations a rule identifier names (for instance
   * {@code escalation.firearmDischarge}): every escalation rule of the pack still runs, but its
   * escalations with that identifier are dropped, so the pack no longer requires them, refuses local
   * handling for them or reports them. A rule that propagates escalations over same-incident links
   * reports them under its own identifier ({@code escalation.sameIncident}), which is removed on its own.
   *
   * @param rule the escalation's identifier, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   */
  public RulePack withoutEscalation(String rule) {
    Objects.requireNonNull(rule, "rule is null");
    return withEscalation(escalation().map(r -> (EscalationRule) (c, related, z) -> r.escalations(c, related, z)
        .filter(e -> !e.rule().equals(rule))));
  }

  /**
   * Returns a copy with another filing time-limit rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   */
  public abstract RulePack withTimeLimit(TimeLimitRule rule);

  /**
   * Returns a copy with another registration rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   */
  public abstract RulePack withRegistration(RegistrationRule rule);

  /**
   * Returns a copy with another routing rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   */
  public abstract RulePack withRouting(RoutingRule rule);

  /**
   * Returns a copy with another informal-resolution rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   */
  public abstract RulePack withInformalResolution(InformalResolutionRule rule);

  /**
   * Returns a copy with these feedback rules in place of the pack's own.
   *
   * @param rules the rules, no null element, not null
   * @return the new pack, never null
   * @throws NullPointerException if rules or an element is null
   */
  public abstract RulePack withFeedback(Seq<FeedbackRule> rules);

  /**
   * Returns a copy with one more feedback rule, after the existing ones.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   */
  public RulePack plusFeedbackRule(FeedbackRule rule) {
    return withFeedback(feedback().append(Objects.requireNonNull(rule, "rule is null")));
  }

  /**
   * Returns a copy with another outcome-notice rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   */
  public abstract RulePack withOutcomeNotice(OutcomeNoticeRule rule);

  /**
   * Returns a copy with another review rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   */
  public abstract RulePack withReview(ReviewRule rule);

  /**
   * Returns a copy with another victim-support rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   */
  public abstract RulePack withVictimSupport(VictimSupportRule rule);

  /**
   * Returns a copy with another repeat-pattern rule.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   */
  public abstract RulePack withPattern(PatternRule rule);

  /**
   * Returns a copy with another rule on which body may impose a measure.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   * @since 0.1
   */
  public abstract RulePack withMeasures(MeasureRule rule);

  /**
   * Returns a copy with these command rules in place of the pack's own.
   *
   * @param rules the rules, no null element, not null
   * @return the new pack, never null
   * @throws NullPointerException if rules or an element is null
   */
  public abstract RulePack withCommandRules(Seq<CommandRule> rules);

  /**
   * Returns a copy with one more command rule, after the existing ones.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   */
  public RulePack plusCommandRule(CommandRule rule) {
    return withCommandRules(commandRules().append(Objects.requireNonNull(rule, "rule is null")));
  }

  /**
   * Returns a copy with these eligibility rules in place of the pack's own.
   *
   * @param rules the rules, no null element, not null
   * @return the new pack, never null
   * @throws NullPointerException if rules or an element is null
   * @since 0.1
   */
  public abstract RulePack withEligibility(Seq<EligibilityRule> rules);

  /**
   * Returns a copy with one more eligibility rule, after the existing ones.
   *
   * @param rule the rule, not null
   * @return the new pack, never null
   * @throws NullPointerException if rule is null
   * @since 0.1
   */
  public RulePack plusEligibilityRule(EligibilityRule rule) {
    return withEligibility(eligibility().append(Objects.requireNonNull(rule, "rule is null")));
  }

  /**
   * Returns a copy with another outcome taxonomy.
   *
   * @param taxonomy the taxonomy, not null
   * @return the new pack, never null
   * @throws NullPointerException if taxonomy is null
   */
  public abstract RulePack withOutcomes(OutcomeTaxonomy taxonomy);

  /**
   * Returns a copy with another disclosure policy.
   *
   * @param policy the policy, not null
   * @return the new pack, never null
   * @throws NullPointerException if policy is null
   */
  public abstract RulePack withDisclosure(DisclosurePolicy policy);

  /**
   * Returns a copy warning about pending obligations with another lead.
   *
   * @param lead the lead, not negative, not null
   * @return the new pack, never null
   * @throws NullPointerException if lead is null
   * @throws IllegalArgumentException if lead is negative
   */
  public abstract RulePack withWarningLead(Duration lead);

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
    return PackAssessor.assess(this, complaint, related, at);
  }

  /**
   * Detects repeat patterns over a collection of cases.
   *
   * @param cases the cases, not null
   * @return the flags, never null
   * @throws NullPointerException if cases is null
   */
  public Seq<PatternFlag> patterns(Seq<ComplaintCase> cases) {
    return pattern().detect(Objects.requireNonNull(cases, "cases is null"), zone());
  }

  /**
   * Computes the review route to tell with an outcome or rejection told at an instant, for
   * {@link ComplaintCase#notifyOutcome} or {@link ComplaintCase#reject}.
   *
   * @param complaint the case, not null
   * @param occasion what is told, not null
   * @param toldAt when it is told, not null
   * @return the route, none if there is none, never null
   * @throws NullPointerException if an argument is null
   */
  public Option<ReviewRoute> reviewRoute(ComplaintCase complaint, ReviewRule.Occasion occasion, Instant toldAt) {
    Objects.requireNonNull(complaint, "complaint is null");
    Objects.requireNonNull(occasion, "occasion is null");
    Objects.requireNonNull(toldAt, "toldAt is null");
    return review().route(complaint, occasion, toldAt, zone());
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
   * case that lacks required details, what an {@link EligibilityRule} refuses …). A listed command can still be refused for its data (the
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
    return PackCommands.allowedCommands(this, complaint, at);
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
    return PackCommands.whyRefused(this, complaint, command, at);
  }

  /**
   * Lists every refusal of a proposed command by this pack's rules, in the order the rules are
   * checked: refusals whatever the data first (see {@link #allowedCommands}; eligibility findings
   * before the others), then refusals of the
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
    return PackCommands.refusals(this, complaint, proposed);
  }

  @Override
  public String toString() {
    return "RulePack[" + name() + ", " + jurisdiction() + ", " + zone() + "]";
  }

  // ---------------------------------------------------------------- builder

  /**
   * Builds a {@link RulePack}; start one with {@link RulePack#builder(String, JurisdictionCode, ZoneId)}
   * or {@link RulePack#toBuilder()}. It has one setter per attribute, named as the attribute's accessor
   * ({@code escalation(Seq)}, {@code timeLimit(TimeLimitRule)}, {@code feedback(Seq)},
   * {@code commandRules(Seq)}, {@code warningLead(Duration)} …), each taking a non-null value and returning
   * this builder; every setter replaces what was set, and a list setter replaces the whole list.
   * {@link #build()} checks the pack. Not thread-safe; the pack it builds is.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableRulePack.Builder {
    Builder() {}

    /**
     * Builds the pack.
     *
     * @return the pack, never null
     * @throws IllegalArgumentException if the name is blank or the warning lead negative
     * @throws NullPointerException if a list of rules holds null
     */
    @Override
    public RulePack build() {
      return super.build();
    }
  }
}
