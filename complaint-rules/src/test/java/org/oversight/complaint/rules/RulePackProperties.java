package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.EnglandWalesRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.rules.jurisdiction.SwedenRules;
import org.quicktheories.core.Gen;

/** Properties of every shipped pack over generated cases. */
class RulePackProperties {

  static final Seq<RulePack> PACKS =
      List.of(NorwayRules.pack(), DenmarkRules.pack(), SwedenRules.pack(), EnglandWalesRules.pack());

  private static final Gen<Long> SEEDS = longs().all();

  private static Instant someInstantAfter(ComplaintCase c, long seed) {
    long days = Math.floorMod(seed, 900);
    return c.lastEventAt().minus(Duration.ofDays(30)).plus(Duration.ofDays(days));
  }

  @Test
  void deathOrSeriousInjuryAlwaysEscalatesInEveryPack() {
    qt().withExamples(150).forAll(SEEDS, longs().between(0, 1)).checkAssert((seed, which) -> {
      SeriousnessFlag flag = which == 0 ? SeriousnessFlag.DEATH : SeriousnessFlag.SERIOUS_INJURY;
      ComplaintCase c = CaseGenerator.generateWith(seed, flag);
      Instant at = c.receivedAt().plus(Duration.ofDays(Math.floorMod(seed, 800)));
      for (RulePack pack : PACKS) {
        Assessment a = pack.assess(c, at);
        assertThat(a.escalations()).as(pack.name()).isNotEmpty();
        assertThat(a.escalations().map(Escalation::rule)).as(pack.name()).contains("escalation.deathOrSeriousInjury");
      }
    });
  }

  @Test
  void theGuardsShortcutFindsExactlyTheUnmetEscalations() {
    qt().withExamples(200).forAll(SEEDS).checkAssert(seed -> {
      ComplaintCase c = CaseGenerator.generate(seed);
      for (RulePack pack : PACKS) {
        for (EscalationRule rule : pack.escalation()) {
          if (rule instanceof Escalations.Unmet own) {
            assertThat(own.unmet(c, pack.zone())).as(pack.name())
                .isEqualTo(rule.escalations(c, List.empty(), pack.zone()).filter(e -> e.satisfiedAt().isEmpty()));
          }
        }
        assertThat(pack.escalation().exists(r -> r instanceof Escalations.Unmet)).as(pack.name()).isTrue();
      }
    });
  }

  @Test
  void noObligationIsDueBeforeTheEventThatTriggersIt() {
    qt().withExamples(200).forAll(SEEDS).checkAssert(seed -> {
      ComplaintCase c = CaseGenerator.generate(seed);
      Instant at = someInstantAfter(c, seed);
      for (RulePack pack : PACKS) {
        for (Obligation o : pack.assess(c, at).obligations()) {
          assertThat(o.due()).as(pack.name() + " " + o).isAfterOrEqualTo(o.triggeredAt());
          assertThat(o.triggeredAt()).as(pack.name() + " " + o).isAfterOrEqualTo(c.receivedAt());
          assertThat(o.triggeredAt()).as(pack.name() + " " + o).isBeforeOrEqualTo(at);
          o.satisfiedAt().forEach(s -> assertThat(c.history().map(CaseEvent::at)).contains(s));
        }
      }
    });
  }

  @Test
  void assessingTwiceGivesEqualResultsAlsoAfterReplay() {
    qt().withExamples(150).forAll(SEEDS).checkAssert(seed -> {
      ComplaintCase c = CaseGenerator.generate(seed);
      ComplaintCase replayed = ComplaintCase.replay(c.history()).get();
      Instant at = someInstantAfter(c, seed);
      for (RulePack pack : PACKS) {
        Assessment first = pack.assess(c, at);
        assertThat(pack.assess(c, at)).isEqualTo(first);
        assertThat(pack.assess(replayed, at)).isEqualTo(first);
      }
    });
  }

  @Test
  void packsNeverThrowAndAgreeWithTheCore() {
    qt().withExamples(200).forAll(SEEDS).checkAssert(seed -> {
      Seq<ComplaintCase> cases = CaseGenerator.generateMany(seed, 4);
      ComplaintCase c = cases.head();
      CaseEvent proposed = CaseGenerator.proposal(c, seed);
      Instant at = someInstantAfter(c, seed);
      for (RulePack pack : PACKS) {
        Assessment a = pack.assess(c, cases.tail(), at);
        assertThat(a.breaches()).allMatch(b -> b.cause() == Breach.Cause.FORECLOSED || b.obligation().isOverdueAt(at));
        a.breaches().forEach(b -> assertThat(b.message(java.util.Locale.ENGLISH)).isNotBlank());
        a.warnings().forEach(w -> assertThat(w.message(java.util.Locale.forLanguageTag("da"))).isNotBlank());
        Either<Rejection, Transition> checked = pack.execute(c, proposed);
        if (checked.isRight()) {
          assertThat(c.apply(proposed).isRight()).isTrue();
          assertThat(pack.refusals(c, proposed)).isEmpty();
        } else {
          assertThat(Messages.explain(checked.getLeft(), java.util.Locale.forLanguageTag("sv"))).isNotBlank();
        }
        pack.patterns(cases);
      }
    });
  }

  @Test
  void assessingInThePastIgnoresLaterEvents() {
    qt().withExamples(100).forAll(SEEDS).checkAssert(seed -> {
      ComplaintCase c = CaseGenerator.generate(seed);
      if (c.version() < 2) {
        return;
      }
      CaseEvent middle = c.history().get((int) (c.version() / 2));
      Instant at = middle.at();
      ComplaintCase prefix = ComplaintCase.replay(c.history().takeWhile(e -> !e.at().isAfter(at))).get();
      for (RulePack pack : PACKS) {
        assertThat(pack.assess(c, at)).isEqualTo(pack.assess(prefix, at));
      }
    });
  }
}
