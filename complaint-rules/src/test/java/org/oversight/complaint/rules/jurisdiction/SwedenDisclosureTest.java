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
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.DisclosedCase;
import org.oversight.complaint.rules.RulePack;

/** Scenario table for what the Swedish pack discloses of the employer's measures (SU and SÅK, JO). */
class SwedenDisclosureTest {

  static final RulePack SE = SwedenRules.pack();

  static CaseEvent warning(String at) {
    return new CaseEvent.MeasureRecorded(SUBJECT, Option.some(A1), MeasureKind.WARNING,
        SwedenRules.PERSONALANSVARSNAMNDEN, Stamp.of(t(at), ACTOR, "varning"));
  }

  /** A criminal report SU investigated and SÅK decided (no prosecution) on 2 March 2026, then a warning from the employer. */
  static ComplaintCase noProsecutionThenWarning() {
    ComplaintCase c = decideAll(spec(SwedenRules.JURISDICTION, Track.CRIMINAL_REPORT, SwedenRules.SU)
        .investigatedAt("2026-02-01T10:00:00Z"), "NO_PROSECUTION", SwedenRules.SAK, t("2026-03-02T10:00:00Z"));
    return ok(SE.execute(c, warning("2026-04-01T10:00:00Z")));
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("polisen.se (Särskilda utredningar): after the prosecutor's decision the employer decides on"
            + " employment-law measures, which the employee concerned is told", () ->
            assertThat(SE.disclosure().disclose(noProsecutionThenWarning(), Audience.SUBJECT, SUBJECT).measures().get()
                .map(DisclosedCase.MeasureView::decidedBy)).containsExactly(SwedenRules.PERSONALANSVARSNAMNDEN)),
        row("aklagare.se (Särskilda åklagarkammaren): the complainant is told the prosecutor's decision; no source gives"
            + " them the employer's measures, so they are withheld", () -> {
          DisclosedCase seen = SE.disclosure().disclose(noProsecutionThenWarning(), Audience.COMPLAINANT, COMPLAINANT);
          assertThat(seen.allegations().get().head().decision().map(DisclosedCase.DecisionView::outcome))
              .contains(Outcome.of("NO_PROSECUTION"));
          assertThat(seen.measures()).isEmpty();
        }),
        row("jo.se: a complaint to JO is a public document, so the public sees outcomes and reasons, never a measure",
            () -> {
          DisclosedCase seen = SE.disclosure().disclose(noProsecutionThenWarning(), Audience.PUBLIC);
          assertThat(seen.allegations().get().head().decision()).isNotEmpty();
          assertThat(seen.measures()).isEmpty();
        }),
        row("polisen.se (Särskilda utredningar): the employer's measure is recorded after the decision was told and the"
            + " case closed", () -> {
          ComplaintCase c = decideAll(spec(SwedenRules.JURISDICTION, Track.CRIMINAL_REPORT, SwedenRules.SU)
              .investigatedAt("2026-02-01T10:00:00Z"), "NO_PROSECUTION", SwedenRules.SAK, t("2026-03-02T10:00:00Z"));
          c = step(c, x -> x.notifyOutcome(io.vavr.collection.List.of(TO_COMPLAINANT), Stamp.of(t("2026-03-03T10:00:00Z"), ACTOR)));
          c = step(c, x -> x.close(Stamp.of(t("2026-03-04T10:00:00Z"), ACTOR)));
          ComplaintCase after = ok(SE.execute(c, warning("2026-06-01T10:00:00Z")));
          assertThat(after.measures().map(m -> m.kind())).containsExactly(MeasureKind.WARNING);
          assertThat(after.status()).isEqualTo(c.status());
        }),
        row("förundersökningskungörelsen 13 a-d (secondary source): the victim is told the prosecutor's decision with its"
            + " grounds and the state of the case, not the employer's measures", () -> {
          ComplaintCase c = decideAll(spec(SwedenRules.JURISDICTION, Track.CRIMINAL_REPORT, SwedenRules.SU).victim()
              .investigatedAt("2026-02-01T10:00:00Z"), "NO_PROSECUTION", SwedenRules.SAK, t("2026-03-02T10:00:00Z"));
          c = ok(SE.execute(c, warning("2026-04-01T10:00:00Z")));
          DisclosedCase seen = SE.disclosure().disclose(c, Audience.INTERESTED_PERSON, VICTIM);
          assertThat(seen.status()).isNotEmpty();
          assertThat(seen.outcomes().get().map(o -> o.decision().reason())).containsExactly(Option.some("reasons given"));
          assertThat(seen.allegations()).isEmpty();
          assertThat(seen.measures()).isEmpty();
        }),
        row("förundersökningskungörelsen 13 a-d concerns the prosecutor's decisions only: a decision by another body is"
            + " not told to the victim", () -> {
          ComplaintCase c = decideAll(spec(SwedenRules.JURISDICTION, Track.CONDUCT_COMPLAINT, SwedenRules.JO).victim()
              .investigatedAt("2026-02-01T10:00:00Z"), "CRITICISM", SwedenRules.JO, t("2026-03-02T10:00:00Z"));
          assertThat(SE.disclosure().disclose(c, Audience.INTERESTED_PERSON, VICTIM).outcomes().get()).isEmpty();
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
