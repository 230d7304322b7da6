package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.Scenario.row;
import static org.oversight.complaint.rules.jurisdiction.NorwayRulesTest.refusal;

import io.vavr.collection.Seq;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Boundaries;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.RulePack;

/** Who reports, who handles a chief-officer complaint, evidence and informal eligibility under the E&amp;W pack (DOMAIN §4). */
class EnglandWalesDutiesTest {

  static final RulePack EW = EnglandWalesRules.pack();
  static final Body AA = Body.of("EW-AA");
  static final Body LPB = Body.of("EW-LPB");
  static final Recipient TO_AA = Recipient.body(AA);
  static final Recipient TO_LPB = Recipient.body(LPB);
  static final Recipient TO_IOPC = Recipient.body(EnglandWalesRules.IOPC);

  /** A complaint received on 15 January 2025 and investigated in the given mode from 20 January. */
  static ComplaintCase investigated(InvestigationMode mode, Body by) {
    ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).receivedAt("2025-01-15T10:00:00Z");
    c = assess(register(c, t("2025-01-15T11:00:00Z")), Track.CONDUCT_COMPLAINT, AA, t("2025-01-16T10:00:00Z"));
    return step(c, x -> x.openInvestigation(mode, by, Stamp.of(t("2025-01-20T10:00:00Z"), ACTOR)));
  }

  /** A case on the track with next of kin, investigated by the AA from 1 February 2026 and decided on Monday 2 March 2026. */
  static ComplaintCase decidedWithKin(Track track) {
    return decideAll(spec(EnglandWalesRules.JURISDICTION, track, AA).kin().investigatedAt("2026-02-01T10:00:00Z"),
        "NFA", AA, t("2026-03-02T10:00:00Z"));
  }

  static ComplaintCase informal() {
    ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).receivedAt("2026-02-02T10:00:00Z");
    c = assess(register(c, t("2026-02-02T11:00:00Z")), Track.CONDUCT_COMPLAINT, AA, t("2026-02-03T10:00:00Z"));
    return step(c, x -> x.startInformalResolution(Stamp.of(t("2026-02-04T10:00:00Z"), ACTOR)));
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        row("SI 2020/2 reg 13: a local investigation not complete in 12 months is reported by the appropriate"
            + " authority to the local policing body and the IOPC (15 January 2026, London UTC+0)", () -> {
          ComplaintCase c = investigated(InvestigationMode.LOCAL, AA);
          Boundaries.dueOn(EW, c, ObligationKind.OVERSIGHT_REPORT, TO_LPB, t("2026-01-15T23:59:59.999999999Z"));
          Boundaries.dueOn(EW, c, ObligationKind.OVERSIGHT_REPORT, TO_IOPC, t("2026-01-15T23:59:59.999999999Z"));
          assertThat(EW.assess(c, t("2026-01-16T10:00:00Z")).obligations()
              .filter(o -> o.kind() == ObligationKind.OVERSIGHT_REPORT).map(Obligation::recipient)).doesNotContain(TO_AA);
        }),
        row("SI 2020/2 reg 13: an independent investigation is reported by the IOPC to the local policing body and"
            + " the appropriate authority, not to the IOPC itself", () -> {
          ComplaintCase c = investigated(InvestigationMode.INDEPENDENT, EnglandWalesRules.IOPC);
          Boundaries.dueOn(EW, c, ObligationKind.OVERSIGHT_REPORT, TO_AA, t("2026-01-15T23:59:59.999999999Z"));
          Boundaries.dueOn(EW, c, ObligationKind.OVERSIGHT_REPORT, TO_LPB, t("2026-01-15T23:59:59.999999999Z"));
          assertThat(EW.assess(c, t("2026-01-16T10:00:00Z")).obligations()
              .filter(o -> o.kind() == ObligationKind.OVERSIGHT_REPORT).map(Obligation::recipient)).doesNotContain(TO_IOPC);
        }),
        row("SI 2020/2 reg 13: a directed investigation is reported like an independent one", () ->
            assertThat(EW.assess(investigated(InvestigationMode.DIRECTED, AA), t("2026-01-16T10:00:00Z")).obligations()
                .filter(o -> o.kind() == ObligationKind.OVERSIGHT_REPORT).map(Obligation::recipient).distinct())
                .containsExactlyInAnyOrder(TO_LPB, TO_AA)),
        row("PRA 2002 s. 29(1): a complaint about the chief officer is handled by the local policing body", () -> {
          ComplaintCase c = register(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA)
              .subjectKind(SubjectKind.CHIEF_OFFICER).receivedAt("2026-02-02T10:00:00Z"), t("2026-02-02T11:00:00Z"));
          assertThat(refusal(EW, c, new CaseEvent.Assessed(Track.CONDUCT_COMPLAINT, AA,
              Stamp.of(t("2026-02-03T10:00:00Z"), ACTOR)))).isEqualTo("routing.wrongBody");
          assertThat(EW.execute(c, new CaseEvent.Assessed(Track.CONDUCT_COMPLAINT, LPB,
              Stamp.of(t("2026-02-03T10:00:00Z"), ACTOR))).isRight()).isTrue();
          assertThat(EW.routing().route(Track.CONDUCT_COMPLAINT).get().body()).isEqualTo(AA);
        }),
        row("PRA 2002 s. 29(1): a complaint about another officer stays with the force's appropriate authority", () -> {
          ComplaintCase c = register(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA)
              .receivedAt("2026-02-02T10:00:00Z"), t("2026-02-02T11:00:00Z"));
          assertThat(refusal(EW, c, new CaseEvent.Assessed(Track.CONDUCT_COMPLAINT, LPB,
              Stamp.of(t("2026-02-03T10:00:00Z"), ACTOR)))).isEqualTo("routing.wrongBody");
        }),
        row("PRA 2002 Sch. 3 para 14B: in a DSI matter steps to preserve evidence are recorded the same day", () -> {
          ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, AA).noComplainant()
              .receivedAt("2026-02-02T04:00:00Z");
          Boundaries.dueOn(EW, c, ObligationKind.PRESERVE_EVIDENCE, TO_AA, t("2026-02-02T23:59:59.999999999Z"));
          ComplaintCase preserved = sent(c, NotificationKind.EVIDENCE_PRESERVATION, TO_AA, t("2026-02-02T06:00:00Z"));
          assertThat(EW.assess(preserved, t("2026-02-05T10:00:00Z")).breaches()
              .filter(b -> b.obligation().kind() == ObligationKind.PRESERVE_EVIDENCE)).isEmpty();
        }),
        row("PRA 2002 Sch. 3 para 14B: a conduct complaint owes no DSI evidence duty", () ->
            assertThat(EW.assess(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA)
                .receivedAt("2026-02-02T04:00:00Z"), t("2026-02-05T10:00:00Z")).obligations()
                .filter(o -> o.kind() == ObligationKind.PRESERVE_EVIDENCE)).isEmpty()),
        row("Sch. 3 para 2(6)-(6C): a complainant who asks for formal handling during informal handling stops the"
            + " informal finish", () -> {
          ComplaintCase c = informal();
          CaseEvent finish = new CaseEvent.AllegationDecided(A1, Outcome.of("SERVICE_ACCEPTABLE"), AA,
              Stamp.of(t("2026-02-10T10:00:00Z"), ACTOR, "explained"));
          assertThat(EW.execute(c, finish).isRight()).isTrue();
          ComplaintCase insists = step(c, x -> x.recordConsent(COMPLAINANT, ConsentPurpose.INFORMAL_RESOLUTION,
              ConsentState.REFUSED, Stamp.of(t("2026-02-09T10:00:00Z"), ACTOR, "wants it recorded")));
          assertThat(refusal(EW, insists, finish)).isEqualTo("informal.complainantInsists");
          assertThat(EW.allowedCommands(insists, t("2026-02-10T10:00:00Z"))).doesNotContain(CommandType.DECIDE_ALLEGATION);
        }),
        row("PRA 2002 s. 29(1): a body other than the appropriate authority may not record the outcome", () ->
            assertThat(refusal(EW, investigated(InvestigationMode.LOCAL, AA), new CaseEvent.AllegationDecided(A1,
                Outcome.of("SERVICE_ACCEPTABLE"), LPB, Stamp.of(t("2025-03-01T10:00:00Z"), ACTOR, "reasons"))))
                .isEqualTo("decision.notOwnBody")),

        row("PRA 2002 s. 29(1): the appropriate authority takes the action about an officer, the IOPC does not", () -> {
          ComplaintCase c = investigated(InvestigationMode.LOCAL, AA);
          assertThat(EW.execute(c, measure(SUBJECT, MeasureKind.REFLECTIVE_PRACTICE, AA, "2025-03-01T10:00:00Z"))
              .isRight()).isTrue();
          Rejection r = EW.execute(c, measure(SUBJECT, MeasureKind.REFLECTIVE_PRACTICE, EnglandWalesRules.IOPC,
              "2025-03-01T10:00:00Z")).getLeft();
          assertThat(((Rejection.RuleRefused) r).rule()).isEqualTo("measure.notOwnBody");
          assertThat(((Rejection.RuleRefused) r).legalBasis()).contains(EnglandWalesRules.DIRECTED_PROCEEDINGS);
          assertThat(refusal(EW, c, measure(SUBJECT, MeasureKind.REFLECTIVE_PRACTICE, LPB, "2025-03-01T10:00:00Z")))
              .isEqualTo("measure.notOwnBody");
        }),
        row("PRA 2002 Sch. 3 para 27: on an independent investigation the IOPC may direct disciplinary proceedings but"
            + " impose nothing itself; once directed, the appropriate authority must bring them, so a measure bringing"
            + " none is refused", () -> {
          ComplaintCase c = investigated(InvestigationMode.INDEPENDENT, EnglandWalesRules.IOPC);
          assertThat(refusal(EW, c, measure(SUBJECT, MeasureKind.WARNING, EnglandWalesRules.IOPC, "2025-03-01T10:00:00Z")))
              .isEqualTo("measure.notOwnBody");
          assertThat(EW.execute(c, measure(SUBJECT, MeasureKind.NO_MEASURE, AA, "2025-03-01T10:00:00Z")).isRight()).isTrue();
          ComplaintCase directed = ok(EW.execute(c, measure(SUBJECT, MeasureKind.DISCIPLINARY_PROCEEDINGS,
              EnglandWalesRules.IOPC, "2025-03-01T10:00:00Z")));
          for (MeasureKind none : java.util.List.of(MeasureKind.NO_MEASURE, MeasureKind.MANAGEMENT_ACTION,
              MeasureKind.REFLECTIVE_PRACTICE)) {
            Rejection r = EW.execute(directed, measure(SUBJECT, none, AA, "2025-03-02T10:00:00Z")).getLeft();
            assertThat(((Rejection.RuleRefused) r).rule()).as(none.name()).isEqualTo("measure.directedProceedings");
            assertThat(((Rejection.RuleRefused) r).legalBasis()).contains(EnglandWalesRules.DIRECTED_PROCEEDINGS);
          }
          ComplaintCase brought = ok(EW.execute(directed, measure(SUBJECT, MeasureKind.DISCIPLINARY_PROCEEDINGS, AA,
              "2025-03-02T10:00:00Z")));
          assertThat(EW.execute(brought, measure(SUBJECT, MeasureKind.WARNING, AA, "2025-05-02T10:00:00Z")).isRight())
              .isTrue();
          assertThat(EW.assess(brought, t("2025-05-02T10:00:00Z")).warnings()).isEmpty();
        }),
        row("PRA 2002 Sch. 3 para 27: the IOPC directs only on a case it oversees (referred, investigated by it or under"
            + " its direction, or reviewed by it), not on a local investigation never referred", () -> {
          assertThat(refusal(EW, investigated(InvestigationMode.LOCAL, AA), measure(SUBJECT,
              MeasureKind.DISCIPLINARY_PROCEEDINGS, EnglandWalesRules.IOPC, "2025-03-01T10:00:00Z")))
              .isEqualTo("measure.notOwnBody");
          assertThat(EW.execute(investigated(InvestigationMode.DIRECTED, AA), measure(SUBJECT,
              MeasureKind.DISCIPLINARY_PROCEEDINGS, EnglandWalesRules.IOPC, "2025-03-01T10:00:00Z")).isRight()).isTrue();
        }),
        row("PRA 2002 Sch. 3 para 27: a log recorded without the pack, in which the appropriate authority took no"
            + " measure after the IOPC's direction, is warned about; the same measure before the direction is not", () -> {
          ComplaintCase c = investigated(InvestigationMode.INDEPENDENT, EnglandWalesRules.IOPC);
          ComplaintCase before = step(step(c, x -> x.recordMeasure(SUBJECT, MeasureKind.NO_MEASURE, AA,
              Stamp.of(t("2025-03-01T10:00:00Z"), ACTOR))), x -> x.recordMeasure(SUBJECT,
              MeasureKind.DISCIPLINARY_PROCEEDINGS, EnglandWalesRules.IOPC, Stamp.of(t("2025-03-02T10:00:00Z"), ACTOR)));
          assertThat(EW.assess(before, t("2025-03-03T10:00:00Z")).warnings()).isEmpty();
          ComplaintCase after = step(before, x -> x.recordMeasure(SUBJECT, MeasureKind.MANAGEMENT_ACTION, AA,
              Stamp.of(t("2025-03-03T10:00:00Z"), ACTOR)));
          assertThat(EW.assess(after, t("2025-03-04T10:00:00Z")).warnings().map(w -> w.key()))
              .containsExactly("warning.measure.directedProceedings");
        }),
        row("PRA 2002 s. 29(1): for the chief officer the appropriate authority is the local policing body, so only it"
            + " imposes a measure on them", () -> {
          ComplaintCase c = spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, LPB)
              .subjectKind(SubjectKind.CHIEF_OFFICER).investigatedAt("2025-01-20T10:00:00Z");
          assertThat(EW.execute(c, measure(SUBJECT, MeasureKind.WARNING, LPB, "2025-03-01T10:00:00Z")).isRight()).isTrue();
          assertThat(refusal(EW, c, measure(SUBJECT, MeasureKind.WARNING, AA, "2025-03-01T10:00:00Z")))
              .isEqualTo("measure.notOwnBody");
        }),

        row("PRA 2002 s. 21: the bereaved family is told the outcome of a death or serious injury matter within 14 days"
            + " of the decision, by the end of 16 March 2026 (London, UTC+0), and the notice is overdue one instant later",
            () -> Boundaries.dueOn(EW, decidedWithKin(Track.DEATH_OR_SERIOUS_INJURY), ObligationKind.OUTCOME_NOTICE,
                Recipient.party(KIN), t("2026-03-16T23:59:59.999999999Z"))),
        row("PRA 2002 s. 21: on a complaint the interested person is owed the outcome besides the complainant, each"
            + " duty with its own legal basis", () -> {
          Seq<Obligation> owed = EW.assess(decidedWithKin(Track.CONDUCT_COMPLAINT), t("2026-03-03T10:00:00Z"))
              .obligations().filter(o -> o.kind() == ObligationKind.OUTCOME_NOTICE);
          assertThat(owed.find(o -> o.recipient().equals(Recipient.party(KIN))).map(Obligation::legalBasis))
              .contains(EnglandWalesRules.INTERESTED_PERSONS);
          assertThat(owed.find(o -> o.recipient().equals(TO_COMPLAINANT)).map(Obligation::legalBasis))
              .contains(EnglandWalesRules.KEEP_INFORMED);
        }),
        row("PRA 2002 s. 21: an outcome letter to the complainant alone leaves the interested person's notice pending,"
            + " then missed after 16 March 2026; a letter naming them meets it", () -> {
          ComplaintCase c = decidedWithKin(Track.CONDUCT_COMPLAINT);
          ComplaintCase toComplainantOnly = sent(c, NotificationKind.OUTCOME, TO_COMPLAINANT, t("2026-03-05T10:00:00Z"));
          assertThat(EW.assess(toComplainantOnly, t("2026-03-16T12:00:00Z")).obligations()
              .filter(o -> o.recipient().equals(Recipient.party(KIN)) && !o.isSatisfied())).hasSize(1);
          assertThat(EW.assess(toComplainantOnly, t("2026-03-17T00:00:00Z")).breaches()
              .filter(b -> b.obligation().kind() == ObligationKind.OUTCOME_NOTICE)
              .map(b -> b.obligation().legalBasis())).containsExactly(EnglandWalesRules.INTERESTED_PERSONS);
          ComplaintCase both = sent(toComplainantOnly, NotificationKind.OUTCOME, Recipient.party(KIN),
              t("2026-03-16T18:00:00Z"));
          assertThat(EW.assess(both, t("2026-03-20T10:00:00Z")).breaches()
              .filter(b -> b.obligation().kind() == ObligationKind.OUTCOME_NOTICE)).isEmpty();
        }),
        row("PRA 2002 s. 21(2)(c): a victim seriously injured as the alleged result of the conduct is told the outcome"
            + " as an interested person, by the end of 16 March 2026 (London, UTC+0), and the notice is overdue one"
            + " instant later", () -> {
          ComplaintCase c = decideAll(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).victim()
              .flags(org.oversight.complaint.core.SeriousnessFlag.SERIOUS_INJURY).investigatedAt("2026-02-01T10:00:00Z"),
              "NFA", AA, t("2026-03-02T10:00:00Z"));
          Boundaries.dueOn(EW, c, ObligationKind.OUTCOME_NOTICE, Recipient.party(VICTIM),
              t("2026-03-16T23:59:59.999999999Z"));
          assertThat(EW.assess(c, t("2026-03-03T10:00:00Z")).obligations()
              .find(o -> o.recipient().equals(Recipient.party(VICTIM))).map(Obligation::legalBasis))
              .contains(EnglandWalesRules.INJURED_PERSON);
        }),
        row("PRA 2002 s. 21(2)(c): a victim of conduct alleged to have caused no serious injury is not an interested"
            + " person, and is owed no outcome notice", () -> {
          ComplaintCase c = decideAll(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).victim()
              .investigatedAt("2026-02-01T10:00:00Z"), "NFA", AA, t("2026-03-02T10:00:00Z"));
          assertThat(EW.assess(c, t("2026-03-03T10:00:00Z")).obligations()
              .filter(o -> o.recipient().equals(Recipient.party(VICTIM)))).isEmpty();
        }),
        row("PRA 2002 s. 21: before the decision, and in a case without interested persons, nothing is owed to them", () -> {
          ComplaintCase open = spec(EnglandWalesRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, AA).kin()
              .investigatedAt("2026-02-01T10:00:00Z");
          assertThat(EW.assess(open, t("2026-06-01T10:00:00Z")).obligations()
              .filter(o -> o.kind() == ObligationKind.OUTCOME_NOTICE)).isEmpty();
          ComplaintCase noKin = decideAll(spec(EnglandWalesRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, AA)
              .investigatedAt("2026-02-01T10:00:00Z"), "NFA", AA, t("2026-03-02T10:00:00Z"));
          assertThat(EW.assess(noKin, t("2026-06-01T10:00:00Z")).obligations()
              .filter(o -> o.kind() == ObligationKind.OUTCOME_NOTICE)).isEmpty();
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, Executable check) throws Throwable {
    check.execute();
  }
}
