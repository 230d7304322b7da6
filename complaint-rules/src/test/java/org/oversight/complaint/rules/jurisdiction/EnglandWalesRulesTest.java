package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;
import static org.oversight.complaint.rules.jurisdiction.NorwayRulesTest.refusal;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Fixtures;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.ReviewRule;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.TimeLimitCheck;

/** Scenario table for the England and Wales pack (DOMAIN §4). */
class EnglandWalesRulesTest {

  static final RulePack EW = EnglandWalesRules.pack();
  static final Body AA = Body.of("EW-AA");
  static final Body LPB = Body.of("EW-LPB");
  static final Body IOPC = EnglandWalesRules.IOPC;

  static Fixtures.Spec complaint() {
    return spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA);
  }

  static ComplaintCase assessed(Fixtures.Spec s, String receivedAt) {
    ComplaintCase c = s.receivedAt(receivedAt);
    return assess(register(c, c.receivedAt().plusSeconds(60)), Track.CONDUCT_COMPLAINT, AA, c.receivedAt().plusSeconds(120));
  }

  /** A locally investigated complaint decided on 31 March 2026. */
  static ComplaintCase decided(Fixtures.Spec s) {
    ComplaintCase c = investigate(assessed(s, "2026-03-01T10:00:00Z"), AA, t("2026-03-02T10:00:00Z"));
    return decideAll(c, "SERVICE_NOT_ACCEPTABLE", AA, t("2026-03-31T10:00:00Z"));
  }

  /** Outcome letter 1 April 2026 (BST): the review must be received by the end of 29 April. */
  @ParameterizedTest(name = "review requested {0}: in time {1}")
  @CsvSource({
      "2026-04-28T12:00:00Z, true",
      "2026-04-29T22:59:59.999999999Z, true",
      "2026-04-29T23:00:00Z, false"})
  void reviewWindowBoundaries(String requestedAt, boolean inTime) {
    ComplaintCase c = decided(complaint());
    Instant told = t("2026-04-01T09:00:00Z");
    ReviewRoute route = EW.reviewRoute(c, ReviewRule.Occasion.OUTCOME, told).get();
    assertThat(route.deadline()).isEqualTo(t("2026-04-29T22:59:59.999999999Z"));
    assertThat(route.body()).isEqualTo(LPB);
    c = step(c, x -> x.notifyOutcome(List.of(TO_COMPLAINANT), route, Stamp.of(told, ACTOR, "not acceptable")));
    var result = EW.execute(c, new CaseEvent.ReviewRequested(COMPLAINANT, Stamp.of(t(requestedAt), ACTOR)));
    assertThat(result.isRight()).isEqualTo(inTime);
    if (!inTime) {
      assertThat(result.getLeft()).isInstanceOf(Rejection.ReviewOutOfTime.class);
    }
  }

  /**
   * SI 2020/2 reg 38: a solicitor instructed for the review joins the case after the outcome letter, sees what
   * the complainant sees (PRA 2002 s. 20), and withdraws the complaint for them while the review is pending.
   */
  @org.junit.jupiter.api.Test
  void aSolicitorInstructedForTheReviewJoinsAfterTheOutcomeAndMayWithdrawForTheComplainant() {
    ComplaintCase c = decided(complaint());
    Instant told = t("2026-04-01T09:00:00Z");
    ReviewRoute route = EW.reviewRoute(c, ReviewRule.Occasion.OUTCOME, told).get();
    c = step(c, x -> x.notifyOutcome(List.of(TO_COMPLAINANT), route, Stamp.of(told, ACTOR, "not acceptable")));
    c = ok(EW.execute(c, new CaseEvent.ReviewRequested(COMPLAINANT, Stamp.of(t("2026-04-10T10:00:00Z"), ACTOR))));
    org.oversight.complaint.core.PartyId solicitor = org.oversight.complaint.core.PartyId.of("R1");
    c = ok(EW.execute(c, new CaseEvent.PartyAdded(org.oversight.complaint.core.Party.person(solicitor,
        org.oversight.complaint.core.PartyRole.REPRESENTATIVE, "Ms Ahmed").withActsFor(COMPLAINANT),
        Stamp.of(t("2026-04-11T10:00:00Z"), ACTOR))));
    assertThat(EW.disclosure().disclose(c, Audience.COMPLAINANT, solicitor))
        .isEqualTo(EW.disclosure().disclose(c, Audience.COMPLAINANT, COMPLAINANT));
    ComplaintCase withdrawn = ok(EW.execute(c, new CaseEvent.Withdrawn(Option.some(solicitor),
        Option.some(org.oversight.complaint.core.StatementForm.SIGNED_WRITTEN),
        Stamp.of(t("2026-04-12T10:00:00Z"), ACTOR, "withdrawn by the complainant's solicitor"))));
    assertThat(withdrawn.status()).isEqualTo(org.oversight.complaint.core.CaseStatus.WITHDRAWN);
  }

  /** Referral by the end of the day after (London). */
  @ParameterizedTest(name = "assessed {0}: breached {1}")
  @CsvSource({
      "2026-06-01T20:00:00Z, false",
      "2026-06-02T22:59:59.999999999Z, false",
      "2026-06-02T23:00:00Z, true"})
  void referralDeadlineBoundaries(String at, boolean breached) {
    ComplaintCase c = complaint().flags(SeriousnessFlag.SERIOUS_ASSAULT).receivedAt("2026-06-01T09:00:00Z");
    Assessment a = EW.assess(c, t(at));
    assertThat(a.escalations().single().rule()).isEqualTo("escalation.mandatoryReferral");
    assertThat(a.breaches().exists(b -> b.obligation().kind() == ObligationKind.REFER)).isEqualTo(breached);
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("each reg 4(1) flag requires referral to the IOPC", () -> {
          for (SeriousnessFlag f : EnglandWalesRules.REFERRAL_LIST) {
            Escalation e = EW.assess(complaint().flags(f).receivedAt("2026-06-01T09:00:00Z"), t("2026-06-01T10:00:00Z"))
                .escalations().single();
            assertThat(e.to()).isEqualTo(IOPC);
            assertThat(e.triggers()).containsExactly(f);
          }
        }),
        row("a DSI matter is referred", () -> {
          ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, AA).noComplainant()
              .receivedAt("2026-06-01T09:00:00Z");
          Escalation e = EW.assess(c, t("2026-06-01T10:00:00Z")).escalations().single();
          assertThat(e.rule()).isEqualTo("escalation.deathOrSeriousInjury");
          assertThat(e.legalBasis()).isEqualTo(EnglandWalesRules.DSI);
        }),
        row("a complaint from the same incident as a death is referred too, whichever case holds the link", () -> {
          ComplaintCase death = complaint().id("a").flags(SeriousnessFlag.DEATH).receivedAt("2026-06-01T09:00:00Z");
          ComplaintCase other = complaint().id("b").receivedAt("2026-06-02T09:00:00Z");
          ComplaintCase linked = step(other, x -> x.linkRelatedCase(new RelatedCase(CaseId.of("a"), Relation.SAME_INCIDENT),
              Stamp.of(t("2026-06-03T09:00:00Z"), ACTOR)));
          assertThat(EW.assess(linked, t("2026-06-03T10:00:00Z")).escalations()).isEmpty();
          Escalation e = EW.assess(linked, List.of(death), t("2026-06-03T10:00:00Z")).escalations().single();
          assertThat(e.rule()).isEqualTo("escalation.sameIncident");
          assertThat(e.triggeredAt()).isEqualTo(t("2026-06-03T09:00:00Z"));
          assertThat(e.due()).isEqualTo(t("2026-06-04T22:59:59.999999999Z"));
          ComplaintCase deathLinked = step(death, x -> x.linkRelatedCase(new RelatedCase(CaseId.of("b"),
              Relation.SAME_INCIDENT), Stamp.of(t("2026-06-01T10:00:00Z"), ACTOR)));
          assertThat(EW.assess(other, List.of(deathLinked), t("2026-06-03T10:00:00Z")).escalations().single().triggeredAt())
              .isEqualTo(t("2026-06-02T09:00:00Z"));
          ComplaintCase subjectLink = step(other, x -> x.linkRelatedCase(new RelatedCase(CaseId.of("a"),
              Relation.SAME_SUBJECT), Stamp.of(t("2026-06-03T09:00:00Z"), ACTOR)));
          assertThat(EW.assess(subjectLink, List.of(death), t("2026-06-03T10:00:00Z")).escalations()).isEmpty();
        }),
        row("a chief officer matter that may justify proceedings is referred; an officer's is not", () -> {
          assertThat(EW.assess(complaint().subjectKind(SubjectKind.CHIEF_OFFICER).flags(SeriousnessFlag.POSSIBLE_DISCIPLINARY)
              .receivedAt("2026-06-01T09:00:00Z"), t("2026-06-01T10:00:00Z")).escalations().map(Escalation::rule))
              .containsExactly("escalation.chiefOfficer");
          assertThat(EW.assess(complaint().flags(SeriousnessFlag.POSSIBLE_DISCIPLINARY).receivedAt("2026-06-01T09:00:00Z"),
              t("2026-06-01T10:00:00Z")).escalations()).isEmpty();
          assertThat(EW.assess(complaint().subjectKind(SubjectKind.CHIEF_OFFICER).receivedAt("2026-06-01T09:00:00Z"),
              t("2026-06-01T10:00:00Z")).escalations()).isEmpty();
        }),
        row("outside Schedule 3 needs no consent but is excluded for recordable matters", () -> {
          CaseEvent start = new CaseEvent.InformalResolutionStarted(Stamp.of(t("2026-06-02T10:00:00Z"), ACTOR));
          assertThat(EW.execute(assessed(complaint(), "2026-06-01T09:00:00Z"), start).isRight()).isTrue();
          assertThat(refusal(EW, assessed(complaint().flags(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE),
              "2026-06-01T09:00:00Z"), start)).isEqualTo("informal.excludedFlag");
          assertThat(refusal(EW, assessed(complaint().flags(SeriousnessFlag.DEATH), "2026-06-01T09:00:00Z"), start))
              .isEqualTo("informal.excludedFlag");
        }),
        row("a complainant who wants the complaint recorded insists on formal handling", () -> {
          ComplaintCase c = step(assessed(complaint(), "2026-06-01T09:00:00Z"), x -> x.recordConsent(COMPLAINANT,
              ConsentPurpose.INFORMAL_RESOLUTION, ConsentState.WITHDRAWN, Stamp.of(t("2026-06-01T12:00:00Z"), ACTOR)));
          assertThat(refusal(EW, c, new CaseEvent.InformalResolutionStarted(
              Stamp.of(t("2026-06-02T10:00:00Z"), ACTOR))))
              .isEqualTo("informal.complainantInsists");
        }),
        row("first contact within 5 working days: Thursday to the next Thursday", () -> {
          Obligation o = EW.assess(complaint().receivedAt("2026-06-04T09:00:00Z"), t("2026-06-04T10:00:00Z")).obligations()
              .find(x -> x.kind() == ObligationKind.ACKNOWLEDGE).get();
          assertThat(o.due()).isEqualTo(t("2026-06-11T22:59:59.999999999Z"));
        }),
        row("an investigation not complete in 12 months is reported to the LPB and the IOPC, then every 6 months", () -> {
          ComplaintCase c = investigate(assessed(complaint(), "2025-03-15T10:00:00Z"), AA, t("2025-03-20T10:00:00Z"));
          c = sent(c, NotificationKind.OVERSIGHT_REPORT, Recipient.body(LPB), t("2026-03-10T10:00:00Z"));
          Assessment a = EW.assess(c, t("2026-09-20T10:00:00Z"));
          assertThat(a.obligations().filter(o -> o.kind() == ObligationKind.OVERSIGHT_REPORT)
              .map(o -> o.recipient() + "@" + o.due()))
              .containsExactly(Recipient.body(LPB) + "@2026-03-15T23:59:59.999999999Z",
                  Recipient.body(IOPC) + "@2026-03-15T23:59:59.999999999Z",
                  Recipient.body(LPB) + "@2026-09-15T22:59:59.999999999Z",
                  Recipient.body(IOPC) + "@2026-09-15T22:59:59.999999999Z",
                  Recipient.body(LPB) + "@2027-03-15T23:59:59.999999999Z",
                  Recipient.body(IOPC) + "@2027-03-15T23:59:59.999999999Z");
          assertThat(a.breaches().map(b -> b.obligation().recipient())).contains(Recipient.body(IOPC));
          assertThat(a.breaches().filter(b -> b.obligation().due().equals(t("2026-03-15T23:59:59.999999999Z")))
              .map(b -> b.obligation().recipient())).containsExactly(Recipient.body(IOPC));
        }),
        row("no 12-month report without an investigation", () ->
            assertThat(EW.assess(assessed(complaint(), "2025-03-15T10:00:00Z"), t("2026-09-20T10:00:00Z")).obligations()
                .map(Obligation::kind)).doesNotContain(ObligationKind.OVERSIGHT_REPORT)),
        row("the LPB reviews an ordinary local investigation", () -> {
          ComplaintCase c = investigate(assessed(complaint().flags(SeriousnessFlag.IN_CUSTODY), "2026-03-01T10:00:00Z"), AA,
              t("2026-03-02T10:00:00Z"));
          c = decideAll(c, "SERVICE_ACCEPTABLE", AA, t("2026-03-31T10:00:00Z"));
          assertThat(EW.reviewRoute(c, ReviewRule.Occasion.OUTCOME, t("2026-04-01T09:00:00Z")).get().body()).isEqualTo(LPB);
        }),
        row("the IOPC reviews a complaint referred to it", () -> {
          ComplaintCase c = step(assessed(complaint(), "2026-03-01T10:00:00Z"), x -> x.refer(IOPC,
              Stamp.of(t("2026-03-01T12:00:00Z"), ACTOR)));
          c = step(step(c, x -> x.openInvestigation(InvestigationMode.LOCAL, AA,
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR))),
              x -> x.decide(A1, Outcome.of("SERVICE_ACCEPTABLE"), AA, Stamp.of(t("2026-03-31T10:00:00Z"), ACTOR)));
          assertThat(EW.reviewRoute(c, ReviewRule.Occasion.OUTCOME, t("2026-04-01T09:00:00Z")).get().body()).isEqualTo(IOPC);
        }),
        row("Sch. 3 para 6A: the IOPC, not the LPB, reviews a complaint about an officer above chief superintendent",
            () -> {
              ComplaintCase c = investigate(assessed(complaint().subjectKind(SubjectKind.SENIOR_OFFICER)
                  .flags(SeriousnessFlag.IN_CUSTODY), "2026-03-01T10:00:00Z"), AA, t("2026-03-02T10:00:00Z"));
              c = decideAll(c, "SERVICE_ACCEPTABLE", AA, t("2026-03-31T10:00:00Z"));
              assertThat(EW.reviewRoute(c, ReviewRule.Occasion.OUTCOME, t("2026-04-01T09:00:00Z")).get().body())
                  .isEqualTo(IOPC);
            }),
        row("no review of a directed investigation", () -> {
          ComplaintCase c = step(assessed(complaint(), "2026-03-01T10:00:00Z"), x -> x.openInvestigation(
              InvestigationMode.DIRECTED, AA, Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR)));
          c = decideAll(c, "SERVICE_ACCEPTABLE", AA, t("2026-03-31T10:00:00Z"));
          assertThat(EW.reviewRoute(c, ReviewRule.Occasion.OUTCOME, t("2026-04-01T09:00:00Z"))).isEmpty();
          ReviewRoute r = ReviewRoute.of(LPB, t("2026-04-29T10:00:00Z"), EnglandWalesRules.REVIEW);
          assertThat(refusal(EW, c, new CaseEvent.OutcomeNotified(List.of(TO_COMPLAINANT), Option.some(r),
              Stamp.of(t("2026-04-01T09:00:00Z"), ACTOR)))).isEqualTo("review.notAvailable");
        }),
        row("no review after handling outside Schedule 3, nor for an ineligible complainant", () -> {
          ComplaintCase c = step(assessed(complaint(), "2026-03-01T10:00:00Z"), x -> x.startInformalResolution(
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR)));
          c = decideAll(c, "NFA", AA, t("2026-03-10T10:00:00Z"));
          assertThat(EW.reviewRoute(c, ReviewRule.Occasion.OUTCOME, t("2026-03-11T09:00:00Z"))).isEmpty();
          assertThat(EW.reviewRoute(decided(complaint().standing(Standing.ANY_PERSON)), ReviewRule.Occasion.OUTCOME,
              t("2026-04-01T09:00:00Z"))).isEmpty();
          ComplaintCase fellBack = step(step(assessed(complaint(), "2026-03-01T10:00:00Z"), x -> x.startInformalResolution(
              Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR))), x -> x.fallBackToFormal(
              Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR)));
          fellBack = decideAll(investigate(fellBack, AA, t("2026-03-04T10:00:00Z")), "NFA", AA, t("2026-03-10T10:00:00Z"));
          assertThat(EW.reviewRoute(fellBack, ReviewRule.Occasion.OUTCOME, t("2026-03-11T09:00:00Z"))).isNotEmpty();
        }),
        row("a referred complaint that is withdrawn must be reported to the IOPC", () -> {
          ComplaintCase c = step(assessed(complaint().flags(SeriousnessFlag.SERIOUS_ASSAULT), "2026-06-01T09:00:00Z"),
              x -> x.refer(IOPC, EnglandWalesRules.REFERRAL, Stamp.of(t("2026-06-01T12:00:00Z"), ACTOR)));
          c = step(c, x -> x.withdraw(COMPLAINANT, Stamp.of(t("2026-06-05T10:00:00Z"), ACTOR, "signed notice")));
          Obligation o = EW.assess(c, t("2026-06-06T10:00:00Z")).obligations()
              .find(x -> x.kind() == ObligationKind.WITHDRAWAL_NOTICE).get();
          assertThat(o.recipient()).isEqualTo(Recipient.body(IOPC));
          assertThat(o.due()).isEqualTo(t("2026-06-12T22:59:59.999999999Z"));
          assertThat(EW.assess(step(assessed(complaint(), "2026-06-01T09:00:00Z"),
              x -> x.withdraw(COMPLAINANT, Stamp.of(t("2026-06-05T10:00:00Z"), ACTOR))), t("2026-06-06T10:00:00Z"))
              .obligations().map(Obligation::kind))
              .doesNotContain(ObligationKind.WITHDRAWAL_NOTICE);
        }),
        row("complainant updates every 28 days are a parameter, off by default", () -> {
          RulePack keepInformed = EnglandWalesRules.pack(EnglandWalesRules.Parameters.defaults()
              .withComplainantUpdateEvery(Option.some(DeadlinePeriod.days(28))));
          ComplaintCase c = complaint().receivedAt("2026-06-01T09:00:00Z");
          assertThat(EW.assess(c, t("2026-07-15T09:00:00Z")).obligations().map(Obligation::notificationKind))
              .doesNotContain(Option.some(NotificationKind.PROGRESS_UPDATE));
          assertThat(keepInformed.assess(c, t("2026-07-15T09:00:00Z")).obligations()
              .filter(o -> o.notificationKind().contains(NotificationKind.PROGRESS_UPDATE)).map(Obligation::due))
              .containsExactly(t("2026-06-29T22:59:59.999999999Z"), t("2026-07-27T22:59:59.999999999Z"));
        }),
        row("a pre-2020 style filing limit is a parameter, off by default", () -> {
          ComplaintCase old = complaint().incidentAt("2024-01-01T10:00:00Z").receivedAt("2026-06-01T09:00:00Z");
          assertThat(EW.timeLimit().check(old, EW.zone()).status()).isEqualTo(TimeLimitCheck.Status.NOT_APPLICABLE);
          assertThat(EnglandWalesRules.pack(EnglandWalesRules.Parameters.defaults()
              .withFilingLimit(Option.some(DeadlinePeriod.calendarMonths(12)))).timeLimit().check(old, EW.zone()).status())
              .isEqualTo(TimeLimitCheck.Status.EXPIRED);
        }),
        row("the outcome is told with review rights; never other parties' personal data", () -> {
          assertThat(EW.disclosure().allows(Audience.COMPLAINANT, Disclosable.OUTCOMES)).isTrue();
          assertThat(EW.disclosure().allows(Audience.COMPLAINANT, Disclosable.REVIEW_ROUTE)).isTrue();
          assertThat(EW.disclosure().allows(Audience.COMPLAINANT, Disclosable.OTHER_PARTIES_PERSONAL_DATA)).isFalse();
          assertThat(EW.disclosure().allows(Audience.INTERNAL, Disclosable.OTHER_PARTIES_PERSONAL_DATA)).isTrue();
        }),
        row("a complaint is any expression of dissatisfaction: only a description is needed", () -> {
          ComplaintCase c = complaint().incident(org.oversight.complaint.core.IncidentTime.unknown())
              .subjectKind(SubjectKind.UNIDENTIFIED).receivedAt("2026-06-01T09:00:00Z");
          assertThat(EW.refusals(c, DenmarkRulesTest.registration(t("2026-06-01T10:00:00Z")))).isEmpty();
        }),
        row("upheld = service not acceptable", () -> {
          assertThat(EW.outcomes().isUpheld(Outcome.of("SERVICE_NOT_ACCEPTABLE"))).isTrue();
          assertThat(EW.outcomes().countsInDenominator(Outcome.of("RPRP"))).isFalse();
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
