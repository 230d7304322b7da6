package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.ACTOR;
import static org.oversight.complaint.rules.Fixtures.assess;
import static org.oversight.complaint.rules.Fixtures.decideAll;
import static org.oversight.complaint.rules.Fixtures.register;
import static org.oversight.complaint.rules.Fixtures.ruleOf;
import static org.oversight.complaint.rules.Fixtures.spec;
import static org.oversight.complaint.rules.Fixtures.step;
import static org.oversight.complaint.rules.Fixtures.t;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.Transition;

/** The one command path: the pack guards the lifecycle, and what it accepts the assessment agrees with. */
class CommandPathTest {

  static final RulePack NO = NorwayRules.pack();
  static final Body OSLO = Body.of("NO-OSLO-PD");
  static final Instant NOW = t("2026-02-01T12:00:00Z");

  /** An Oslo conduct complaint with a serious injury, registered and assessed by the district. */
  static ComplaintCase seriousInjuryAssessedInOslo() {
    ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, OSLO)
        .flags(SeriousnessFlag.SERIOUS_INJURY).receivedAt("2026-02-01T10:00:00Z");
    c = register(c, t("2026-02-01T10:01:00Z"));
    return assess(c, Track.CONDUCT_COMPLAINT, OSLO, t("2026-02-01T10:02:00Z"));
  }

  @Test
  void aLocalInvestigationIsRefusedWhileTheReferralToSpesialenhetenIsPending() {
    ComplaintCase c = seriousInjuryAssessedInOslo();
    Either<Rejection, Transition> local =
        NO.execute(c, new CaseEvent.InvestigationOpened(InvestigationMode.LOCAL, OSLO, Stamp.of(NOW, ACTOR)));
    assertThat(local.isLeft()).isTrue();
    Rejection.RuleRefused refused = (Rejection.RuleRefused) local.getLeft();
    assertThat(refused.rule()).isEqualTo("escalation.pending");
    assertThat(refused.legalBasis()).contains(NorwayRules.SPESIALENHETEN_MANDATE);
    assertThat(refused.state()).isEqualTo(CaseStatus.ASSESSED);
    assertThat(Messages.explain(refused, java.util.Locale.forLanguageTag("nb"))).contains("henvises");
  }

  @Test
  void informalResolutionIsNeitherListedNorAcceptedInNorway() {
    ComplaintCase c = seriousInjuryAssessedInOslo();
    assertThat(c.allowedCommands()).contains(CommandType.START_INFORMAL_RESOLUTION);
    assertThat(NO.allowedCommands(c, NOW)).doesNotContain(CommandType.START_INFORMAL_RESOLUTION,
        CommandType.OPEN_INVESTIGATION, CommandType.REJECT);
    assertThat(NO.allowedCommands(c, NOW)).contains(CommandType.REFER, CommandType.ADD_PARTY,
        CommandType.RECORD_NOTIFICATION, CommandType.WITHDRAW);
    assertThat(NO.whyRefused(c, CommandType.START_INFORMAL_RESOLUTION, NOW).map(Fixtures::ruleOf))
        .contains("informal.notAvailable");
    assertThat(NO.whyRefused(c, CommandType.OPEN_INVESTIGATION, NOW).map(Fixtures::ruleOf))
        .contains("escalation.pending");
    assertThat(NO.whyRefused(c, CommandType.REFER, NOW)).isEmpty();
    assertThat(NO.execute(c, new CaseEvent.InformalResolutionStarted(Stamp.of(NOW, ACTOR))).getLeft())
        .isInstanceOf(Rejection.RuleRefused.class);
  }

  @Test
  void aPackRemembersNothingThatLeaksFromOneCaseToTheNext() {
    // The pack keeps the last case's pending escalations and one menu per state between calls: asking
    // about other cases in between, in any order, gives what a fresh pack gives.
    RulePack pack = NorwayRules.pack();
    ComplaintCase owing = seriousInjuryAssessedInOslo();
    ComplaintCase plain = assess(register(spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, OSLO)
        .receivedAt("2026-02-01T10:00:00Z"), t("2026-02-01T10:01:00Z")), Track.CONDUCT_COMPLAINT, OSLO,
        t("2026-02-01T10:02:00Z"));
    ComplaintCase referred = step(owing, x -> x.refer(NorwayRules.SPESIALENHETEN,
        NorwayRules.SPESIALENHETEN_MANDATE, Stamp.of(NOW, ACTOR)));
    CaseEvent local = new CaseEvent.InvestigationOpened(InvestigationMode.LOCAL, OSLO, Stamp.of(NOW, ACTOR));
    for (ComplaintCase c : List.of(owing, plain, owing, referred, plain, owing, owing)) {
      RulePack fresh = NorwayRules.pack();
      assertThat(pack.allowedCommands(c, NOW)).isEqualTo(fresh.allowedCommands(c, NOW));
      assertThat(pack.execute(c, local).isRight()).isEqualTo(fresh.execute(c, local).isRight());
      assertThat(pack.whyRefused(c, CommandType.OPEN_INVESTIGATION, NOW))
          .isEqualTo(fresh.whyRefused(c, CommandType.OPEN_INVESTIGATION, NOW));
    }
    assertThat(pack.execute(owing, local).isLeft()).isTrue();
    assertThat(pack.execute(plain, local).isRight()).isTrue();
  }

  @Test
  void aPackSharedByThreadsAnswersAsAFreshOne() throws Exception {
    RulePack pack = NorwayRules.pack();
    ComplaintCase owing = seriousInjuryAssessedInOslo();
    ComplaintCase referred = step(owing, x -> x.refer(NorwayRules.SPESIALENHETEN,
        NorwayRules.SPESIALENHETEN_MANDATE, Stamp.of(NOW, ACTOR)));
    Set<CommandType> owingMenu = NorwayRules.pack().allowedCommands(owing, NOW);
    Set<CommandType> referredMenu = NorwayRules.pack().allowedCommands(referred, NOW);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      java.util.List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        runs.add(threads.submit(() -> {
          boolean same = true;
          for (int i = 0; i < 2_000; i++) {
            boolean owes = (i + offset) % 2 == 0;
            same &= pack.allowedCommands(owes ? owing : referred, NOW).equals(owes ? owingMenu : referredMenu);
          }
          return same;
        }));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void whyRefusedNamesTheGraphAndTheOrderOfEventsToo() {
    ComplaintCase c = seriousInjuryAssessedInOslo();
    assertThat(NO.whyRefused(c, CommandType.CLOSE, NOW).get()).isInstanceOf(Rejection.IllegalTransition.class);
    assertThat(NO.whyRefused(c, CommandType.REFER, t("2026-01-01T00:00:00Z")).get())
        .isInstanceOf(Rejection.OutOfOrder.class);
    assertThat(NO.allowedCommands(c, t("2026-01-01T00:00:00Z"))).isEmpty();
  }

  @Test
  void afterTheReferralSpesialenhetenInvestigatesAndDecides() {
    ComplaintCase c = step(seriousInjuryAssessedInOslo(), x -> NO.execute(x,
        new CaseEvent.Referred(NorwayRules.SPESIALENHETEN, io.vavr.control.Option.some(NorwayRules.SPESIALENHETEN_MANDATE),
            Stamp.of(NOW, ACTOR))));
    assertThat(NO.allowedCommands(c, NOW)).contains(CommandType.OPEN_INVESTIGATION);
    c = step(c, x -> NO.execute(x, new CaseEvent.InvestigationOpened(InvestigationMode.INDEPENDENT,
        NorwayRules.SPESIALENHETEN, Stamp.of(NOW, ACTOR))));
    ComplaintCase decided = decideAll(c, "NO_PROSECUTION", NorwayRules.SPESIALENHETEN, t("2026-03-01T12:00:00Z"));
    assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
    assertThat(NO.assess(decided, t("2026-03-01T12:00:00Z")).breaches()).isEmpty();
  }

  @Test
  void aCaseDecidedLocallyDespiteTheDutyShowsTheMissedReferralAtOnce() {
    // Built without the pack (as an import of old data would be): the assessment still finds the breach.
    ComplaintCase c = step(seriousInjuryAssessedInOslo(),
        x -> x.openInvestigation(InvestigationMode.LOCAL, OSLO, Stamp.of(NOW, ACTOR)));
    ComplaintCase decided = step(c, x -> x.decide(Fixtures.A1, Outcome.of("NO_PROSECUTION"), OSLO, Stamp.of(NOW, ACTOR)));
    assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
    Assessment a = NO.assess(decided, NOW);
    assertThat(a.breaches().map(Breach::cause)).containsExactly(Breach.Cause.FORECLOSED);
    assertThat(a.breaches().single().obligation().kind()).isEqualTo(ObligationKind.REFER);
    assertThat(a.breaches().single().overdueBy()).isZero();
    assertThat(a.breaches().single().message(java.util.Locale.ENGLISH)).contains("without the mandatory referral");
  }

  @Test
  void aCommandThatWouldMakeAnOwedReferralImpossibleIsRefused() {
    // Investigating locally (allowed by the core) then opening the party hearing, where no referral is possible.
    ComplaintCase c = step(seriousInjuryAssessedInOslo(),
        x -> x.openInvestigation(InvestigationMode.LOCAL, OSLO, Stamp.of(NOW, ACTOR)));
    Either<Rejection, Transition> withdraw = NO.execute(c, new CaseEvent.Withdrawn(io.vavr.control.Option.none(),
        Stamp.of(NOW, ACTOR)));
    assertThat(ruleOf(withdraw.getLeft())).isEqualTo("obligation.foreclosed");
    assertThat(withdraw.getLeft().legalBasis()).contains(NorwayRules.SPESIALENHETEN_MANDATE);
    assertThat(NO.refusals(c, new CaseEvent.Referred(NorwayRules.SPESIALENHETEN, io.vavr.control.Option.none(),
        Stamp.of(NOW, ACTOR)))).isEmpty();
  }

  @Test
  void theCoreAloneStillAcceptsWhatItsGraphAllows() {
    ComplaintCase c = seriousInjuryAssessedInOslo();
    assertThat(c.openInvestigation(InvestigationMode.LOCAL, OSLO, Stamp.of(NOW, ACTOR)).isRight()).isTrue();
    assertThat(NO.execute(c, new CaseEvent.InvestigationOpened(InvestigationMode.LOCAL, OSLO, Stamp.of(NOW, ACTOR)))
        .isLeft()).isTrue();
    assertThat(List.of(CommandType.values()).filter(cmd -> NO.allowedCommands(c, NOW).contains(cmd))
        .forAll(cmd -> NO.whyRefused(c, cmd, NOW).isEmpty())).isTrue();
  }
}
