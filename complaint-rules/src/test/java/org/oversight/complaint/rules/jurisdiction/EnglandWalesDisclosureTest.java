package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;

import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.DisclosedCase;
import org.oversight.complaint.rules.RulePack;

/** Scenario table for what the E&amp;W pack discloses of the action taken (Police Reform Act 2002 ss. 20-21, SI 2020/2). */
class EnglandWalesDisclosureTest {

  static final RulePack EW = EnglandWalesRules.pack();
  static final Body AA = Body.of("EW-AA");

  /**
   * A conduct complaint against two officers, investigated locally and decided (service not acceptable)
   * on 2 March 2026: reflective practice for the first officer, no measure for the second.
   */
  static ComplaintCase notAcceptableWithActionTaken() {
    ComplaintCase c = decidedAgainstTwo(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA),
        "SERVICE_NOT_ACCEPTABLE", AA);
    c = ok(EW.execute(c, measure(SUBJECT, MeasureKind.REFLECTIVE_PRACTICE, AA, "2026-03-03T10:00:00Z")));
    return ok(EW.execute(c, measure(SECOND_SUBJECT, MeasureKind.NO_MEASURE, AA, "2026-03-03T11:00:00Z")));
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("Police Reform Act 2002 s. 20, SI 2020/2 regs 33-34: the complainant is told the outcome and the action"
            + " taken, by party id, without the officers' personal data", () -> {
          DisclosedCase seen = EW.disclosure().disclose(notAcceptableWithActionTaken(), Audience.COMPLAINANT, COMPLAINANT);
          assertThat(seen.allegations().get().head().decision().map(DisclosedCase.DecisionView::outcome))
              .contains(Outcome.of("SERVICE_NOT_ACCEPTABLE"));
          assertThat(seen.measures().get().map(DisclosedCase.MeasureView::subject))
              .containsExactly(Option.some(SUBJECT), Option.some(SECOND_SUBJECT));
          assertThat(seen.parties().get().filter(p -> !p.id().equals(COMPLAINANT)))
              .allMatch(p -> p.personalData().isEmpty());
        }),
        row("Police Reform Act 2002 s. 20: the complainant's solicitor, a representative acting for them, is told what"
            + " the complainant is told and no more; a witness is told nothing", () -> {
          ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA)
              .receivedAt("2026-03-01T10:00:00Z");
          org.oversight.complaint.core.PartyId solicitor = org.oversight.complaint.core.PartyId.of("R1");
          org.oversight.complaint.core.PartyId witness = org.oversight.complaint.core.PartyId.of("W1");
          c = step(c, x -> x.addParty(org.oversight.complaint.core.Party.person(solicitor,
              org.oversight.complaint.core.PartyRole.REPRESENTATIVE, "Ms Ahmed").withActsFor(COMPLAINANT),
              org.oversight.complaint.core.Stamp.of(t("2026-03-04T10:00:00Z"), ACTOR)));
          c = step(c, x -> x.addParty(org.oversight.complaint.core.Party.person(witness,
              org.oversight.complaint.core.PartyRole.WITNESS), org.oversight.complaint.core.Stamp.of(
              t("2026-03-04T10:00:00Z"), ACTOR)));
          ComplaintCase withParties = c;
          assertThat(EW.disclosure().disclose(withParties, Audience.COMPLAINANT, solicitor))
              .isEqualTo(EW.disclosure().disclose(withParties, Audience.COMPLAINANT, COMPLAINANT));
          org.assertj.core.api.Assertions.assertThatThrownBy(() -> EW.disclosure().disclose(withParties,
              Audience.SUBJECT, solicitor)).isInstanceOf(IllegalArgumentException.class);
          org.assertj.core.api.Assertions.assertThatThrownBy(() -> EW.disclosure().disclose(withParties,
              Audience.COMPLAINANT, witness)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("W1");
        }),
        row("SI 2020/2 reg 34: a decision to take no action against an officer is told as such, apart from the finding",
            () -> assertThat(EW.disclosure().disclose(notAcceptableWithActionTaken(), Audience.COMPLAINANT, COMPLAINANT)
                .measures().get().map(DisclosedCase.MeasureView::kind))
                .containsExactly(MeasureKind.REFLECTIVE_PRACTICE, MeasureKind.NO_MEASURE)),
        row("Police Reform Act 2002 s. 20: each officer is told the action concerning them, not another officer's", () -> {
          ComplaintCase c = notAcceptableWithActionTaken();
          assertThat(EW.disclosure().disclose(c, Audience.SUBJECT, SUBJECT).measures().get()
              .map(DisclosedCase.MeasureView::kind)).containsExactly(MeasureKind.REFLECTIVE_PRACTICE);
          assertThat(EW.disclosure().disclose(c, Audience.SUBJECT, SECOND_SUBJECT).measures().get()
              .map(DisclosedCase.MeasureView::kind)).containsExactly(MeasureKind.NO_MEASURE);
        }),
        row("IOPC statistics: the public sees status and outcome statistics, never the action taken against an officer",
            () -> {
          DisclosedCase seen = EW.disclosure().disclose(notAcceptableWithActionTaken(), Audience.PUBLIC);
          assertThat(seen.outcomes().get()).isNotEmpty();
          assertThat(seen.measures()).isEmpty();
        }),
        row("Police Reform Act 2002 s. 21: the bereaved family are kept properly informed as a complainant is: the"
            + " findings with reasons and the action taken", () -> {
          ComplaintCase c = decidedAgainstTwo(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).kin(),
              "SERVICE_NOT_ACCEPTABLE", AA);
          c = ok(EW.execute(c, measure(SUBJECT, MeasureKind.DISCIPLINARY_PROCEEDINGS, AA, "2026-03-03T10:00:00Z")));
          DisclosedCase seen = EW.disclosure().disclose(c, Audience.INTERESTED_PERSON, KIN);
          assertThat(seen.allegations().get().head().decision().flatMap(DisclosedCase.DecisionView::reason))
              .contains("reasons given");
          assertThat(seen.measures().get().map(DisclosedCase.MeasureView::kind))
              .containsExactly(MeasureKind.DISCIPLINARY_PROCEEDINGS);
          assertThat(seen.parties().get().filter(p -> p.personalData().isDefined()).map(DisclosedCase.PartyView::id))
              .containsExactly(KIN);
        }),
        row("SI 2020/2 reg 29: only a complainant may apply for a review, so an interested person is not told the review"
            + " route", () -> {
          assertThat(EW.disclosure().allows(Audience.COMPLAINANT, Disclosable.REVIEW_ROUTE)).isTrue();
          assertThat(EW.disclosure().allows(Audience.INTERESTED_PERSON, Disclosable.REVIEW_ROUTE)).isFalse();
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
