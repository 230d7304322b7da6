package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;
import static org.oversight.complaint.rules.jurisdiction.NorwayRulesTest.refusal;

import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.DisclosedCase;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.RulePack;

/** Scenario table for what the Danish pack discloses of disciplinary measures (retsplejeloven kap. 93 b and 93 c). */
class DenmarkDisclosureTest {

  static final RulePack DK = DenmarkRules.pack();
  static final Body DUP = DenmarkRules.DUP;
  /** The employer side, which decides disciplinary measures. */
  static final Body EMPLOYER = Body.of("DK-RIGSPOLITIET");

  /**
   * A conduct complaint against two officers that DUP investigated and decided (criticism) on 2 March
   * 2026, after which the employer gave the first officer a warning and the second a management action.
   */
  static ComplaintCase decidedWithMeasures() {
    ComplaintCase c = decidedAgainstTwo(spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DUP), "CRITICISM", DUP);
    c = ok(DK.execute(c, measure(SUBJECT, MeasureKind.WARNING, EMPLOYER, "2026-04-01T10:00:00Z")));
    return ok(DK.execute(c, measure(SECOND_SUBJECT, MeasureKind.MANAGEMENT_ACTION, EMPLOYER, "2026-04-02T10:00:00Z")));
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("retsplejeloven § 1019 n: DUP decides the complaint and the employer side the measures; the complainant"
            + " is told DUP's decision with its reasons, not the measures (UNCONFIRMED, so withheld)", () -> {
          DisclosedCase seen = DK.disclosure().disclose(decidedWithMeasures(), Audience.COMPLAINANT, COMPLAINANT);
          assertThat(seen.allegations().get().head().decision().flatMap(DisclosedCase.DecisionView::reason))
              .contains("reasons given");
          assertThat(seen.measures()).isEmpty();
        }),
        row("retsplejeloven § 1019 n: each officer is told the measures concerning them, never another officer's", () -> {
          ComplaintCase c = decidedWithMeasures();
          assertThat(DK.disclosure().disclose(c, Audience.SUBJECT, SUBJECT).measures().get()
              .map(DisclosedCase.MeasureView::kind)).containsExactly(MeasureKind.WARNING);
          assertThat(DK.disclosure().disclose(c, Audience.SUBJECT, SECOND_SUBJECT).measures().get()
              .map(DisclosedCase.MeasureView::kind)).containsExactly(MeasureKind.MANAGEMENT_ACTION);
        }),
        row("Nærhed og tryghed 2.2.6: the public sees the outcome statistics, never a measure", () -> {
          DisclosedCase seen = DK.disclosure().disclose(decidedWithMeasures(), Audience.PUBLIC);
          assertThat(seen.outcomes().get()).isNotEmpty();
          assertThat(seen.measures()).isEmpty();
        }),
        row("retsplejeloven § 1019 n: the employer's measure is recorded after DUP's decision, also once the case is"
            + " closed, and only about an officer", () -> {
          ComplaintCase c = decideAll(spec(DenmarkRules.JURISDICTION, Track.CONDUCT_COMPLAINT, DUP)
              .investigatedAt("2026-02-01T10:00:00Z"), "CRITICISM", DUP, t("2026-03-02T10:00:00Z"));
          c = step(c, x -> x.notifyOutcome(io.vavr.collection.List.of(TO_COMPLAINANT), Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR)));
          c = step(c, x -> x.close(Stamp.of(t("2026-03-04T10:00:00Z"), ACTOR)));
          ComplaintCase closed = c;
          assertThat(ok(DK.execute(closed, measure(SUBJECT, MeasureKind.WARNING, EMPLOYER, "2026-05-01T10:00:00Z"))).measures())
              .hasSize(1);
          assertThat(refusal(DK, closed, measure(COMPLAINANT, MeasureKind.WARNING, EMPLOYER, "2026-05-01T10:00:00Z")))
              .isEqualTo("WrongRole");
        }),
        row("retsplejeloven § 1020 a, stk. 2 and § 1020 f: the next of kin in a serious-injury investigation are told the"
            + " state of the case and the decision, nothing more, and no one's personal data but their own", () -> {
          DisclosedCase seen = DK.disclosure().disclose(DenmarkDutiesTest.decidedInjury(), Audience.INTERESTED_PERSON, KIN);
          assertThat(seen.status()).isNotEmpty();
          assertThat(seen.outcomes().get().map(o -> o.decision().outcome())).containsExactly(Outcome.of("DISMISSED"));
          assertThat(seen.allegations()).isEmpty();
          assertThat(seen.incident()).isEmpty();
          assertThat(seen.review()).isEmpty();
          assertThat(seen.measures()).isEmpty();
          assertThat(seen.parties().get().filter(p -> p.personalData().isDefined()).map(DisclosedCase.PartyView::id))
              .containsExactly(KIN);
        }),
        row("retsplejeloven § 1020 f: every party the decision in a serious-injury investigation is owed to (complainant,"
            + " next of kin, injured person) can be shown the decision it carries", () -> {
          ComplaintCase c = DenmarkDutiesTest.decidedInjury();
          for (Recipient r : DK.assess(c, t("2026-03-03T10:00:00Z")).obligations()
              .filter(o -> o.kind() == ObligationKind.OUTCOME_NOTICE).map(Obligation::recipient)) {
            PartyId party = ((Recipient.ToParty) r).party();
            Audience audience = party.equals(COMPLAINANT) ? Audience.COMPLAINANT : Audience.INTERESTED_PERSON;
            DisclosedCase seen = DK.disclosure().disclose(c, audience, party);
            assertThat(seen.allegations().map(a -> a.flatMap(DisclosedCase.AllegationView::decision))
                .orElse(seen.outcomes().map(o -> o.map(DisclosedCase.OutcomeView::decision))).get()).as(party.value())
                .hasSize(1);
          }
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
