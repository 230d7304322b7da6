package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.rules.Fixtures.*;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.EscalationTrigger;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;

/** The value types and the day arithmetic. */
class ValuesTest {

  private static final EscalationTrigger NO_FLAGS = new EscalationTrigger.OnCondition(List.empty());

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final LegalBasis BASIS = LegalBasis.of("basis");

  // ---------------------------------------------------------------- DeadlinePeriod

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
      "2026-01-31T10:00:00Z, M1, 2026-02-28T22:59:59.999999999Z",
      "2024-01-31T10:00:00Z, M1, 2024-02-29T22:59:59.999999999Z",
      "2025-08-31T10:00:00Z, M6, 2026-02-28T22:59:59.999999999Z",
      "2026-03-15T10:00:00Z, M1, 2026-04-15T21:59:59.999999999Z",
      "2026-01-31T23:30:00Z, D0, 2026-02-01T22:59:59.999999999Z",
      "2026-04-01T09:00:00Z, D28, 2026-04-29T21:59:59.999999999Z",
      "2026-03-27T10:00:00Z, W1, 2026-04-03T21:59:59.999999999Z",
      "2026-01-09T10:00:00Z, WD5, 2026-01-16T22:59:59.999999999Z",
      "2026-01-10T10:00:00Z, WD1, 2026-01-12T22:59:59.999999999Z",
      "2026-01-11T10:00:00Z, WD1, 2026-01-12T22:59:59.999999999Z",
      "2026-01-12T10:00:00Z, WD1, 2026-01-13T22:59:59.999999999Z",
      "2026-01-12T10:00:00Z, H36, 2026-01-13T22:00:00Z"})
  void deadlines(String start, String period, String expected) {
    assertThat(parse(period).deadline(Instant.parse(start), OSLO)).isEqualTo(Instant.parse(expected));
  }

  static DeadlinePeriod parse(String code) {
    if (code.startsWith("WD")) {
      return DeadlinePeriod.workingDays(Integer.parseInt(code.substring(2)));
    }
    int n = Integer.parseInt(code.substring(1));
    switch (code.charAt(0)) {
      case 'M':
        return DeadlinePeriod.calendarMonths(n);
      case 'D':
        return DeadlinePeriod.days(n);
      case 'W':
        return DeadlinePeriod.weeks(n);
      default:
        return DeadlinePeriod.exactly(Duration.ofHours(n));
    }
  }

  @Test
  void repeatedPeriodsAreCountedInOneStep() {
    Instant start = Instant.parse("2026-01-31T10:00:00Z");
    assertThat(DeadlinePeriod.calendarMonths(1).deadline(start, OSLO, 2)).isEqualTo(Instant.parse("2026-03-31T21:59:59.999999999Z"));
    assertThat(DeadlinePeriod.days(2).deadline(start, OSLO, 3)).isEqualTo(Instant.parse("2026-02-06T22:59:59.999999999Z"));
    assertThat(DeadlinePeriod.workingDays(1).deadline(start, OSLO, 2)).isEqualTo(Instant.parse("2026-02-03T22:59:59.999999999Z"));
    assertThat(DeadlinePeriod.exactly(Duration.ofHours(1)).deadline(start, OSLO, 3)).isEqualTo(start.plusSeconds(3 * 3600));
    assertThatThrownBy(() -> DeadlinePeriod.days(1).deadline(start, OSLO, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeadlinePeriod.calendarMonths(1).deadline(start, OSLO, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeadlinePeriod.workingDays(1).deadline(start, OSLO, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeadlinePeriod.exactly(Duration.ZERO).deadline(start, OSLO, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void periodsValidate() {
    assertThatThrownBy(() -> DeadlinePeriod.calendarMonths(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeadlinePeriod.days(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeadlinePeriod.weeks(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeadlinePeriod.workingDays(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeadlinePeriod.exactly(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeadlinePeriod.exactly(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DeadlinePeriod.days(1).deadline(null, OSLO)).hasMessage("start is null");
    assertThatThrownBy(() -> DeadlinePeriod.days(1).deadline(Instant.EPOCH, null)).hasMessage("zone is null");
    assertThatThrownBy(() -> DeadlinePeriod.exactly(Duration.ZERO).deadline(null, OSLO)).hasMessage("start is null");
    assertThatThrownBy(() -> DeadlinePeriod.exactly(Duration.ZERO).deadline(Instant.EPOCH, null)).hasMessage("zone is null");
    assertThat(DeadlinePeriod.weeks(4)).isEqualTo(DeadlinePeriod.days(28));
    assertThat(DeadlinePeriod.days(0).deadline(Instant.parse("2026-06-01T12:00:00Z"), ZoneId.of("UTC")))
        .isEqualTo(Instant.parse("2026-06-01T23:59:59.999999999Z"));
  }

  // ---------------------------------------------------------------- DisclosurePolicy

  @Test
  void disclosurePolicyIsData() {
    DisclosurePolicy p = DisclosurePolicy.internalOnly();
    for (Disclosable d : Disclosable.values()) {
      assertThat(p.allows(Audience.INTERNAL, d)).isTrue();
      assertThat(p.allows(Audience.COMPLAINANT, d)).isFalse();
    }
    DisclosurePolicy q = p.allowing(Audience.COMPLAINANT, Disclosable.STATUS, Disclosable.OUTCOMES);
    assertThat(q.told(Audience.COMPLAINANT)).containsExactly(Disclosable.STATUS, Disclosable.OUTCOMES);
    assertThat(q.withholding(Audience.COMPLAINANT, Disclosable.OUTCOMES).told(Audience.COMPLAINANT))
        .containsExactly(Disclosable.STATUS);
    assertThat(q.withholding(Audience.INTERNAL, Disclosable.HISTORY).allows(Audience.INTERNAL, Disclosable.HISTORY)).isTrue();
    DisclosurePolicy fromTable = DisclosurePolicy.of(HashMap.of(Audience.COMPLAINANT,
        List.of(Disclosable.OUTCOMES, Disclosable.STATUS)));
    assertThat(fromTable).isEqualTo(q).hasSameHashCodeAs(q);
    assertThat(fromTable).isNotEqualTo(p).isNotEqualTo("policy");
    assertThat(p.hashCode()).isNotEqualTo(q.hashCode());
    assertThat(q.toString()).isEqualTo("DisclosurePolicy{INTERNAL=[STATUS,INCIDENT,ALLEGATIONS,OUTCOMES,REASONS,MEASURES,"
        + "REVIEW_ROUTE,SUBJECT_IDENTITY,COMPLAINANT_IDENTITY,CO_SUBJECT_IDENTITY,OTHER_PARTIES_PERSONAL_DATA,REFERRALS,CONSENTS,"
        + "NOTIFICATIONS,HISTORY], COMPLAINANT=[STATUS,OUTCOMES], SUBJECT=[], PUBLIC=[], INTERESTED_PERSON=[]}");
    assertThatThrownBy(() -> p.allows(null, Disclosable.STATUS)).hasMessage("audience is null");
    assertThatThrownBy(() -> p.allows(Audience.PUBLIC, null)).hasMessage("part is null");
    assertThatThrownBy(() -> p.allowing(Audience.PUBLIC, (Disclosable) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.withholding(null)).hasMessage("audience is null");
  }

  @Test
  void noShippedPackShowsTheComplainantOtherPartiesDataOrTheSubjectTheComplainant() {
    for (RulePack pack : RulePackProperties.PACKS) {
      assertThat(pack.disclosure().allows(Audience.COMPLAINANT, Disclosable.OTHER_PARTIES_PERSONAL_DATA)).as(pack.name()).isFalse();
      assertThat(pack.disclosure().allows(Audience.PUBLIC, Disclosable.SUBJECT_IDENTITY)).as(pack.name()).isFalse();
      assertThat(pack.disclosure().allows(Audience.COMPLAINANT, Disclosable.STATUS)).as(pack.name()).isTrue();
      assertThat(pack.disclosure().allows(Audience.PUBLIC, Disclosable.HISTORY)).as(pack.name()).isFalse();
    }
  }

  // ---------------------------------------------------------------- values

  @Test
  void valuesValidate() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    Recipient r = Recipient.party(COMPLAINANT);
    assertThatThrownBy(() -> new Obligation(" ", ObligationKind.REFER, r, t, t, CommandType.REFER, Option.none(),
        Option.none(), BASIS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Obligation("r", ObligationKind.REFER, r, t, t.minusNanos(1), CommandType.REFER,
        Option.none(), Option.none(), BASIS)).isInstanceOf(IllegalArgumentException.class);
    Obligation ok = new Obligation("r", ObligationKind.REFER, r, t, t, CommandType.REFER, Option.none(), Option.none(), BASIS);
    assertThat(ok.isOverdueAt(t)).isFalse();
    assertThat(ok.isOverdueAt(t.plusNanos(1))).isTrue();
    assertThat(ok.wasLate()).isFalse();
    assertThatThrownBy(() -> new Breach(ok, t)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Breach(ok, t.plusSeconds(60)).overdueBy()).isEqualTo(Duration.ofMinutes(1));
    assertThat(new Breach(ok, t.plusSeconds(60)).messageKey()).isEqualTo("breach.refer");
    assertThatThrownBy(() -> new Escalation("", Body.of("XX"), NO_FLAGS, BASIS, t, t, Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Escalation("e", Body.of("XX"), NO_FLAGS, BASIS, t, t.minusNanos(1), Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Escalation("e", Body.of("XX"), NO_FLAGS, BASIS, t, t, Option.none()).messageKey()).isEqualTo("e");
    assertThatThrownBy(() -> new Escalation("e", Body.of("XX"), null, BASIS, t, t, Option.none()))
        .isInstanceOf(NullPointerException.class).hasMessage("trigger is null");
    assertThatThrownBy(() -> new Refusal("r", Option.none(), "x", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Refusal(" ", Option.none(), "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Refusal.of("a.b", BASIS, "x").messageKey()).isEqualTo("rejection.a.b");
    assertThatThrownBy(() -> new Warning("pattern", List.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PatternFlag(PatternFlag.Kind.SAME_SUBJECT, "1", List.of(CaseId.of("a")), t, t))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PatternFlag(PatternFlag.Kind.SAME_SUBJECT, " ", List.of(CaseId.of("a"), CaseId.of("b")),
        t, t)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PatternFlag(PatternFlag.Kind.SAME_SUBJECT, "1", List.of(CaseId.of("a"), CaseId.of("b")),
        t, t.minusNanos(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimeLimitCheck(TimeLimitCheck.Status.IN_TIME, Option.none(), Waivability.NOT_WAIVABLE,
        Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimeLimitCheck(TimeLimitCheck.Status.START_UNKNOWN, Option.some(t),
        Waivability.NOT_WAIVABLE, Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
    TimeLimitCheck waived = new TimeLimitCheck(TimeLimitCheck.Status.WAIVED, Option.some(t), Waivability.WAIVABLE,
        Option.none());
    assertThat(waived.isBarred()).isFalse();
    assertThat(waived.waivable()).isTrue();
    assertThat(TimeLimitCheck.NOT_APPLICABLE.waivable()).isFalse();
    assertThatThrownBy(() -> new TimeLimitCheck(TimeLimitCheck.Status.IN_TIME, Option.some(t), null, Option.none()))
        .hasMessage("waivability is null");
    assertThatThrownBy(() -> OutcomeTaxonomy.of(List.of("A"), List.of("A"), List.of("B"), BASIS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutcomeTaxonomy.of(List.of("A", "B"), List.of("B"), List.of("A"), BASIS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Route(null, BASIS)).hasMessage("body is null");
    assertThatThrownBy(() -> new OutcomeNotice(List.empty(), DeadlinePeriod.days(1), OutcomeNotice.Reasons.NOT_REQUIRED,
        BASIS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OutcomeNotice(List.of(Addressee.complainants()), DeadlinePeriod.days(1), null, BASIS))
        .hasMessage("reasons is null");
    assertThat(new OutcomeNotice(List.of(Addressee.complainants()), DeadlinePeriod.days(1),
        OutcomeNotice.Reasons.REQUIRED, BASIS).reasonsRequired()).isTrue();
    assertThat(new OutcomeNotice(List.of(Addressee.complainants()), DeadlinePeriod.days(1),
        OutcomeNotice.Reasons.NOT_REQUIRED, BASIS).reasonsRequired()).isFalse();
    assertThatThrownBy(() -> PatternRule.repeated(null)).hasMessage("threshold is null");
    assertThatThrownBy(() -> new DelaySchedule("r", ObligationKind.DELAY_NOTICE, EnumSet.noneOf(Track.class),
        DelaySchedule.StartPoint.RECEIPT, DeadlinePeriod.days(1), Option.none(), List.empty(),
        NotificationKind.DELAY_NOTICE, BASIS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NorwayRules.Parameters.defaults().withDistrict(null)).hasMessage("district is null");
    assertThatThrownBy(() -> new NorwayRules.Parameters(Body.of("XX"), DeadlinePeriod.days(1), Option.none(),
        DeadlinePeriod.days(1), DeadlinePeriod.days(1), NorwayRules.OutcomeDisclosure.WITHHELD, null,
        DeadlinePeriod.days(14), DeadlinePeriod.days(5), NorwayRules.Parameters.defaults().eligibleStandings(),
        NorwayRules.POD, OnBehalfPermission.NOT_REQUIRED)).hasMessage("pattern is null");
    assertThatThrownBy(() -> NorwayRules.Parameters.defaults().withChiefOfficerEmployer(null))
        .hasMessage("chiefOfficerEmployer is null");
  }

  // ---------------------------------------------------------------- DelaySchedule

  @Test
  void delayScheduleBuilderDefaultsAndValidates() {
    DelaySchedule minimal = DelaySchedule.builder().rule("r").tracks(EnumSet.noneOf(Track.class))
        .first(DeadlinePeriod.days(1)).to(Addressee.complainants()).legalBasis(BASIS).build();
    assertThat(minimal).isEqualTo(new DelaySchedule("r", ObligationKind.DELAY_NOTICE, EnumSet.noneOf(Track.class),
        DelaySchedule.StartPoint.RECEIPT, DeadlinePeriod.days(1), Option.none(), List.of(Addressee.complainants()),
        NotificationKind.DELAY_NOTICE, BASIS));
    assertThat(minimal.tracks()).isEmpty();
    DelaySchedule full = DelaySchedule.builder().rule("report").obligation(ObligationKind.OVERSIGHT_REPORT)
        .tracks(EnumSet.of(Track.CONDUCT_COMPLAINT)).start(DelaySchedule.StartPoint.INVESTIGATION_OPENED)
        .first(DeadlinePeriod.calendarMonths(12)).repeat(Option.some(DeadlinePeriod.calendarMonths(6)))
        .to(Addressee.complainants(), Addressee.subjects()).kind(NotificationKind.OVERSIGHT_REPORT).legalBasis(BASIS)
        .build();
    assertThat(full).isEqualTo(new DelaySchedule("report", ObligationKind.OVERSIGHT_REPORT,
        EnumSet.of(Track.CONDUCT_COMPLAINT), DelaySchedule.StartPoint.INVESTIGATION_OPENED,
        DeadlinePeriod.calendarMonths(12), Option.some(DeadlinePeriod.calendarMonths(6)),
        List.of(Addressee.complainants(), Addressee.subjects()), NotificationKind.OVERSIGHT_REPORT, BASIS));
    assertThatThrownBy(() -> DelaySchedule.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("a delay schedule needs rule, tracks, first, to, legalBasis");
    assertThatThrownBy(() -> DelaySchedule.builder().rule("r").tracks(EnumSet.noneOf(Track.class))
        .first(DeadlinePeriod.days(1)).to().legalBasis(BASIS).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("a delay schedule needs to");
    assertThatThrownBy(() -> DelaySchedule.builder().rule(" ").tracks(EnumSet.noneOf(Track.class))
        .first(DeadlinePeriod.days(1)).to(Addressee.complainants()).legalBasis(BASIS).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DelaySchedule.builder().rule(null)).hasMessage("rule is null");
    assertThatThrownBy(() -> DelaySchedule.builder().obligation(null)).hasMessage("obligation is null");
    assertThatThrownBy(() -> DelaySchedule.builder().tracks(null)).hasMessage("tracks is null");
    assertThatThrownBy(() -> DelaySchedule.builder().start(null)).hasMessage("start is null");
    assertThatThrownBy(() -> DelaySchedule.builder().first(null)).hasMessage("first is null");
    assertThatThrownBy(() -> DelaySchedule.builder().repeat(null)).hasMessage("repeat is null");
    assertThatThrownBy(() -> DelaySchedule.builder().to((Addressee[]) null)).hasMessage("to is null");
    assertThatThrownBy(() -> DelaySchedule.builder().to(Addressee.complainants(), null))
        .hasMessage("addressee is null");
    assertThatThrownBy(() -> DelaySchedule.builder().kind(null)).hasMessage("kind is null");
    assertThatThrownBy(() -> DelaySchedule.builder().legalBasis(null)).hasMessage("legalBasis is null");
  }

  @Test
  void addresseesResolveAgainstTheParties() {
    ComplaintCase c = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("NO-OSLO-PD")).victim().kin()
        .receivedAt("2026-01-01T10:00:00Z");
    assertThat(Addressee.complainants().resolve(c)).containsExactly(TO_COMPLAINANT);
    assertThat(Addressee.subjects().resolve(c)).containsExactly(TO_SUBJECT);
    assertThat(Addressee.role(PartyRole.VICTIM).resolve(c)).containsExactly(Recipient.party(VICTIM));
    assertThat(Addressee.body(Body.of("XX")).resolve(c)).containsExactly(Recipient.body(Body.of("XX")));
    ComplaintCase unidentified = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("NO-OSLO-PD"))
        .subjectKind(SubjectKind.UNIDENTIFIED).noComplainant().receivedAt("2026-01-01T10:00:00Z");
    assertThat(Addressee.subjects().resolve(unidentified)).isEmpty();
    assertThat(Addressee.complainants().resolve(unidentified)).isEmpty();
    Addressee injured = Addressee.whenFlagged(java.util.EnumSet.of(SeriousnessFlag.SERIOUS_INJURY,
        SeriousnessFlag.DEATH), Addressee.role(PartyRole.VICTIM));
    assertThat(injured.resolve(c)).isEmpty();
    ComplaintCase flagged = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("NO-OSLO-PD")).victim()
        .flags(SeriousnessFlag.SERIOUS_INJURY).receivedAt("2026-01-01T10:00:00Z");
    assertThat(injured.resolve(flagged)).containsExactly(Recipient.party(VICTIM));
    assertThat(((Addressee.WhenFlagged) injured).flags()).containsExactlyInAnyOrder(SeriousnessFlag.SERIOUS_INJURY,
        SeriousnessFlag.DEATH);
    assertThatThrownBy(() -> Addressee.whenFlagged(java.util.EnumSet.noneOf(SeriousnessFlag.class),
        Addressee.complainants())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Addressee.whenFlagged(java.util.EnumSet.of(SeriousnessFlag.DEATH), null))
        .hasMessage("then is null");
  }

  // ---------------------------------------------------------------- patterns

  @Test
  void patternsByComplainantMergeOverlappingWindowsAndSplitDistantOnes() {
    PatternRule rule = PatternRule.repeated(WarningThreshold.of(2, DeadlinePeriod.calendarMonths(1)));
    Fixtures.Spec s = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("NO-OSLO-PD"))
        .complainantName("  Kari NORDMANN ");
    List<ComplaintCase> cases = List.of(
        s.id("a").serviceNumber("1").receivedAt("2026-01-01T10:00:00Z"),
        s.id("b").serviceNumber("2").receivedAt("2026-01-20T10:00:00Z"),
        s.id("c").serviceNumber("3").receivedAt("2026-02-10T10:00:00Z"),
        s.id("d").serviceNumber("4").receivedAt("2026-06-01T10:00:00Z"),
        s.id("e").serviceNumber("5").complainantName("kari nordmann").receivedAt("2026-06-05T10:00:00Z"),
        s.id("f").serviceNumber("6").receivedAt("2026-12-01T10:00:00Z"));
    List<PatternFlag> flags = List.ofAll(rule.detect(cases, OSLO));
    assertThat(flags).hasSize(2);
    assertThat(flags.get(0).kind()).isEqualTo(PatternFlag.Kind.SAME_COMPLAINANT);
    assertThat(flags.get(0).identity()).isEqualTo("kari nordmann");
    assertThat(flags.get(0).cases()).containsExactly(CaseId.of("a"), CaseId.of("b"), CaseId.of("c"));
    assertThat(flags.get(0).first()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
    assertThat(flags.get(0).last()).isEqualTo(Instant.parse("2026-02-10T10:00:00Z"));
    assertThat(flags.get(1).cases()).containsExactly(CaseId.of("d"), CaseId.of("e"));
    assertThat(flags.get(1).message(java.util.Locale.ENGLISH)).startsWith("2 cases from the same complainant");
    assertThat(rule.detect(cases.appendAll(cases), OSLO)).isEqualTo(flags);
    ComplaintCase anonymous = spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, Body.of("NO-OSLO-PD"))
        .subjectKind(SubjectKind.UNIDENTIFIED).noComplainant().receivedAt("2026-01-01T10:00:00Z");
    assertThat(rule.detect(List.of(anonymous, anonymous), OSLO)).isEmpty();
  }
}
