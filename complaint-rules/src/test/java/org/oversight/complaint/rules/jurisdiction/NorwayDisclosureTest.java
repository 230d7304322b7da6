package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.DisclosedCase;
import org.oversight.complaint.rules.RulePack;

/** Scenario table for what the Norwegian pack discloses of measures against an officer (politiloven § 29 instruction, straffeprosessloven § 59 a). */
class NorwayDisclosureTest {

  static final RulePack NO = NorwayRules.pack();
  static final RulePack NO_FINDING_WITHHELD = NorwayRules.pack(NorwayRules.Parameters.defaults()
      .withOutcomeToComplainant(NorwayRules.OutcomeDisclosure.WITHHELD));
  static final Body OSLO = Body.of("NO-OSLO-PD");

  static CaseEvent warning(String at) {
    return new CaseEvent.MeasureRecorded(SUBJECT, Option.some(A1), MeasureKind.WARNING, OSLO,
        Stamp.of(t(at), ACTOR, "skriftlig advarsel"));
  }

  /** A conduct complaint the Oslo district decided (criticisable) on 2 March 2026, with a warning to the officer. */
  static ComplaintCase criticisableWithWarning() {
    ComplaintCase c = decideAll(spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, OSLO)
        .investigatedAt("2026-02-01T10:00:00Z"), "CRITICISABLE", OSLO, t("2026-03-02T10:00:00Z"));
    return ok(NO.execute(c, warning("2026-03-03T10:00:00Z")));
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("politiet.no (klage på ansatte i politiet): the complainant is told the finding with its reasons, not the"
            + " internal personnel measures", () -> {
          DisclosedCase seen = NO.disclosure().disclose(criticisableWithWarning(), Audience.COMPLAINANT, COMPLAINANT);
          assertThat(seen.allegations().get().head().decision().map(DisclosedCase.DecisionView::outcome))
              .contains(Outcome.of("CRITICISABLE"));
          assertThat(seen.allegations().get().head().decision().flatMap(DisclosedCase.DecisionView::reason))
              .contains("reasons given");
          assertThat(seen.measures()).isEmpty();
        }),
        row("a local practice (UNCONFIRMED): the complainant learns that the case is finished, neither the finding nor"
            + " the measures", () -> {
          DisclosedCase seen = NO_FINDING_WITHHELD.disclosure().disclose(criticisableWithWarning(), Audience.COMPLAINANT,
              COMPLAINANT);
          assertThat(seen.status()).isNotEmpty();
          assertThat(seen.allegations().get().head().decision()).isEmpty();
          assertThat(seen.measures()).isEmpty();
        }),
        row("politiet.no (klage på ansatte i politiet): the officer is told the district's measures concerning them",
            () -> assertThat(NO.disclosure().disclose(criticisableWithWarning(), Audience.SUBJECT, SUBJECT).measures().get())
                .containsExactly(new DisclosedCase.MeasureView(MeasureKind.WARNING, Option.some(SUBJECT), Option.some(A1),
                    OSLO, t("2026-03-03T10:00:00Z")))),
        row("straffeprosessloven § 59 a: Spesialenheten's dismissal reaches the complainant with its grounds, while the"
            + " district's measures after the administrative transfer do not", () -> {
          ComplaintCase c = decideAll(spec(NorwayRules.JURISDICTION, Track.CRIMINAL_REPORT, NorwayRules.SPESIALENHETEN)
              .investigatedAt("2026-02-01T10:00:00Z"), "DISMISSED", NorwayRules.SPESIALENHETEN, t("2026-03-02T10:00:00Z"));
          c = step(c, x -> x.referForAdministrativeReview(OSLO, Stamp.of(t("2026-03-02T11:00:00Z"), ACTOR)));
          c = ok(NO.execute(c, new CaseEvent.MeasureRecorded(SUBJECT, MeasureKind.MANAGEMENT_ACTION, OSLO,
              Stamp.of(t("2026-04-01T10:00:00Z"), ACTOR))));
          for (RulePack pack : List.of(NO, NO_FINDING_WITHHELD)) {
            DisclosedCase seen = pack.disclosure().disclose(c, Audience.COMPLAINANT, COMPLAINANT);
            assertThat(seen.allegations().get().head().decision().flatMap(DisclosedCase.DecisionView::reason))
                .contains("reasons given");
            assertThat(seen.measures()).isEmpty();
          }
          assertThat(c.measures()).hasSize(1);
        }),
        row("no source gives next of kin information on a Norwegian case: an interested person is told nothing beyond"
            + " the parties' roles and their own data", () -> {
          ComplaintCase c = decideAll(spec(NorwayRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, NorwayRules.SPESIALENHETEN)
              .kin().investigatedAt("2026-02-01T10:00:00Z"), "DISMISSED", NorwayRules.SPESIALENHETEN, t("2026-03-02T10:00:00Z"));
          DisclosedCase seen = NO.disclosure().disclose(c, Audience.INTERESTED_PERSON, KIN);
          assertThat(seen.status()).isEmpty();
          assertThat(seen.allegations()).isEmpty();
          assertThat(seen.outcomes()).isEmpty();
          assertThat(seen.measures()).isEmpty();
          assertThat(NO.disclosure().told(Audience.INTERESTED_PERSON)).isEmpty();
        }),
        row("an interested-person view is for a party who is next of kin or a victim, not for a witness or the complainant",
            () -> {
          ComplaintCase c = criticisableWithWarning();
          assertThatThrownBy(() -> NO.disclosure().disclose(c, Audience.INTERESTED_PERSON, COMPLAINANT))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessage("viewer C1 is not an INTERESTED_PERSON or a VICTIM of case case-1");
          assertThat(NO.disclosure().disclose(c, Audience.INTERESTED_PERSON).viewer()).isEmpty();
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
