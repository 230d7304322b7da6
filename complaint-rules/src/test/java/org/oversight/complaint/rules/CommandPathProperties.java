package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.EnglandWalesRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.rules.jurisdiction.SwedenRules;
import org.quicktheories.core.Gen;

/** Laws of the one command path, over generated cases and commands, for every shipped pack. */
class CommandPathProperties {

  private static final Gen<Long> SEEDS = longs().all();
  private static final int PROPOSALS_PER_CASE = 8;

  /** Half the cases carry a serious injury, so that mandatory referrals are often owed. */
  private static ComplaintCase someCase(long seed) {
    return (seed & 1) == 0
        ? CaseGenerator.generate(seed)
        : CaseGenerator.generateWith(seed, org.oversight.complaint.core.SeriousnessFlag.SERIOUS_INJURY);
  }

  /**
   * No command that {@link RulePack#execute} accepts produces a breach in {@link RulePack#assess} at
   * the same instant that was not there before, except breaches of deadlines that had already passed.
   */
  @Test
  void executeNeverAcceptsACommandThatAssessThenReportsAsANewBreach() {
    qt().withExamples(300).forAll(SEEDS).checkAssert(seed -> {
      ComplaintCase c = someCase(seed);
      for (int k = 0; k < PROPOSALS_PER_CASE; k++) {
      CaseEvent proposed = CaseGenerator.proposal(c, seed + 7919L * k);
      Instant at = proposed.at();
      for (RulePack pack : RulePackProperties.PACKS) {
        Either<Rejection, Transition> executed = pack.execute(c, proposed);
        if (executed.isLeft()) {
          continue;
        }
        Seq<Breach> before = pack.assess(c, at).breaches();
        Seq<Breach> after = pack.assess(executed.get().complaint(), at).breaches();
        Seq<Breach> added = after.filter(b -> !before.exists(w -> Duties.same(w.obligation(), b.obligation())));
        assertThat(added)
            .as(pack.name() + ": " + proposed.command() + " in " + c.status() + " added " + added)
            .allMatch(b -> b.obligation().due().isBefore(at));
      }
      }
    });
  }

  /** What allowedCommands leaves out, execute refuses whatever the data, and whyRefused says why. */
  @Test
  void allowedCommandsAndWhyRefusedAgreeWithExecute() {
    qt().withExamples(300).forAll(SEEDS).checkAssert(seed -> {
      ComplaintCase c = someCase(seed);
      CaseEvent proposed = CaseGenerator.proposal(c, seed);
      for (RulePack pack : RulePackProperties.PACKS) {
        for (CommandType command : CommandType.values()) {
          boolean listed = pack.allowedCommands(c, proposed.at()).contains(command);
          assertThat(pack.whyRefused(c, command, proposed.at()).isEmpty()).as(pack.name() + " " + command)
              .isEqualTo(listed);
        }
        if (!pack.allowedCommands(c, proposed.at()).contains(proposed.command())) {
          Either<Rejection, Transition> executed = pack.execute(c, proposed);
          assertThat(executed.isLeft()).as(pack.name() + " " + proposed).isTrue();
          Rejection why = pack.whyRefused(c, proposed.command(), proposed.at()).get();
          assertThat(executed.getLeft().getClass()).isEqualTo(why.getClass());
        }
      }
    });
  }

  /**
   * Eligibility is one finding seen from two sides: a command the pack refuses for an eligibility rule,
   * or an informal finish it refuses because informal handling is no longer allowed, is a warning in
   * {@link RulePack#assess} at the same instant; and while such a warning stands, the informal finish
   * is refused.
   */
  @Test
  void eligibilityRefusalsAreWarningsAndWarningsAreRefusals() {
    qt().withExamples(300).forAll(SEEDS).checkAssert(seed -> {
      ComplaintCase c = someCase(seed);
      Instant at = c.lastEventAt().plusSeconds(60);
      for (RulePack pack : RulePackProperties.PACKS) {
        Seq<String> warned = pack.assess(c, at).warnings().map(Warning::key);
        Seq<Ineligibility> findings = Eligibility.findings(pack, c);
        for (CommandType command : CommandType.values()) {
          for (Rejection why : pack.whyRefused(c, command, at)) {
            if (why instanceof Rejection.RuleRefused r && findings.exists(i -> i.rule().equals(r.rule()))) {
              assertThat(warned).as(pack.name() + " " + command).contains("warning." + r.rule());
            }
          }
        }
        boolean informalWarned = warned.exists(k -> k.startsWith("warning.informal."));
        if (c.status() == org.oversight.complaint.core.CaseStatus.INFORMAL_RESOLUTION) {
          assertThat(informalWarned).as(pack.name()).isEqualTo(!pack.informalResolution().refusals(c).isEmpty());
          if (informalWarned) {
            assertThat(pack.whyRefused(c, CommandType.DECIDE_ALLEGATION, at)).as(pack.name()).isNotEmpty();
          }
        } else {
          assertThat(informalWarned).as(pack.name()).isFalse();
        }
      }
    });
  }

  /** Bodies of every shipped pack, so that each pack's measure rule both accepts and refuses. */
  private static final Seq<Body> MEASURE_BODIES = List.of(DenmarkRules.DUP, DenmarkRules.RIGSPOLITIET,
      DenmarkRules.STATSADVOKATEN, Body.of("DK-POLITIKREDS"), NorwayRules.SPESIALENHETEN, NorwayRules.POD,
      Body.of("NO-OSLO-PD"), SwedenRules.SU, SwedenRules.SAK, SwedenRules.PERSONALANSVARSNAMNDEN,
      EnglandWalesRules.IOPC, Body.of("EW-AA"), Body.of("EW-LPB"));

  /**
   * Who may impose a measure is one answer seen from two sides: a measure the pack refuses on the command
   * path for its body is, once recorded without the pack, a warning in {@link RulePack#assess}, and a
   * measure the pack accepts adds no such warning.
   */
  @Test
  void aMeasureRefusedForItsBodyIsAWarningOnceRecordedAndOnlyThen() {
    qt().withExamples(60).forAll(SEEDS).checkAssert(seed -> {
      ComplaintCase c = someCase(seed);
      Instant at = c.lastEventAt().plusSeconds(60);
      Seq<Party> subjects = c.parties(PartyRole.SUBJECT);
      if (subjects.isEmpty()) {
        return;
      }
      PartyId subject = subjects.get((int) Math.floorMod(seed, (long) subjects.size())).id();
      for (RulePack pack : RulePackProperties.PACKS) {
        int before = pack.assess(c, at).warnings().count(w -> w.key().equals("warning.measure.notOwnBody"));
        for (Body body : MEASURE_BODIES) {
          CaseEvent proposed = new CaseEvent.MeasureRecorded(subject, MeasureKind.WARNING, body, Stamp.of(at,
              Actor.of("hr")));
          Either<Rejection, ComplaintCase> applied = c.apply(proposed);
          if (applied.isLeft()) {
            continue;
          }
          boolean refused = pack.refusals(c, proposed).exists(r -> r instanceof Rejection.RuleRefused rr
              && rr.rule().equals("measure.notOwnBody"));
          int after = pack.assess(applied.get(), at).warnings().count(w -> w.key().equals("warning.measure.notOwnBody"));
          assertThat(after > before).as(pack.name() + " " + body + " in " + c.status()).isEqualTo(refused);
        }
      }
    });
  }

  /** The pack's execute is the core's execute under the pack as guard: one path, the same answer. */
  @Test
  void executeIsTheCoreUnderThePackAsGuard() {
    qt().withExamples(200).forAll(SEEDS).checkAssert(seed -> {
      ComplaintCase c = someCase(seed);
      CaseEvent proposed = CaseGenerator.proposal(c, seed);
      for (RulePack pack : RulePackProperties.PACKS) {
        Either<Rejection, Transition> viaPack = pack.execute(c, proposed);
        assertThat(viaPack).isEqualTo(c.execute(proposed, pack));
        if (viaPack.isRight()) {
          assertThat(pack.refusals(c, proposed)).isEmpty();
          assertThat(viaPack.get().complaint()).isEqualTo(c.apply(proposed).get());
        }
      }
    });
  }
}
