package org.oversight.complaint.rules.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.rules.overview.Cases.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Addressee;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.FeedbackRule;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.OutcomeTaxonomy;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;

/** Every count of the overview against hand-computed expectations. */
class OverviewTest {

  static final RulePack DK_NO_DEADLINES = RulePack.builder("DK-counts", DK, DenmarkRules.ZONE)
      .outcomes(DenmarkRules.pack().outcomes()).build();
  static final ReportingPeriod Y = ReportingPeriod.year(2020, DenmarkRules.ZONE);

  /** Ten cases, one received before 2020; the comments give what each contributes. */
  static Seq<ComplaintCase> tenCases() {
    ComplaintCase c1 = closed(decided(spec("c1").categories("USE_OF_FORCE").unit("Aarhus")
        .receivedAt(t("2020-02-01T10:00:00Z")), t("2020-03-02T10:00:00Z"), "CRITICISM"), t("2020-03-02T10:00:00Z"));
    ComplaintCase c2 = decided(spec("c2").categories("LANGUAGE", "USE_OF_FORCE").unit("Aarhus")
        .receivedAt(t("2020-03-01T10:00:00Z")), t("2020-03-11T10:00:00Z"), "NO_CRITICISM", "REGRETTABLE");
    ComplaintCase c3 = informal(spec("c3").categories("LANGUAGE").unit("Odense")
        .receivedAt(t("2020-04-01T10:00:00Z")), t("2020-04-05T10:00:00Z"), "NOTITS_CLOSED");
    ComplaintCase c4 = rejected(spec("c4").track(Track.CRIMINAL_REPORT).categories("USE_OF_FORCE").unit("Odense")
        .receivedAt(t("2020-05-01T10:00:00Z")), t("2020-05-02T10:00:00Z"));
    ComplaintCase c5 = spec("c5").categories("CONDUCT").unidentified().unit(null).receivedAt(t("2020-06-01T10:00:00Z"));
    ComplaintCase c6 = reviewed(decided(spec("c6").categories("USE_OF_FORCE").unit(" Aarhus ")
        .receivedAt(t("2020-07-01T10:00:00Z")), t("2020-08-10T10:00:00Z"), "CRITICISM"), t("2020-08-10T10:00:00Z"), true);
    ComplaintCase c7 = reviewed(decided(spec("c7").categories("LANGUAGE").unit("Aarhus")
        .receivedAt(t("2020-08-01T10:00:00Z")), t("2020-12-30T10:00:00Z"), "NO_CRITICISM"), t("2020-12-30T10:00:00Z"),
        null);
    ComplaintCase c8 = decided(spec("c8").categories("LANGUAGE").unit("Aarhus")
        .receivedAt(t("2019-12-01T10:00:00Z")), t("2020-01-10T10:00:00Z"), "CRITICISM");
    // Decided after the period end: as of the end it is open and undecided.
    ComplaintCase c9 = decided(spec("c9").categories("LANGUAGE").unit("Odense")
        .receivedAt(t("2020-09-01T10:00:00Z")), t("2021-02-01T10:00:00Z"), "CRITICISM");
    ComplaintCase c10 = withdrawn(spec("c10").categories("CONDUCT").unit("Odense")
        .receivedAt(t("2020-10-01T10:00:00Z")), t("2020-10-02T10:00:00Z"));
    return List.of(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10);
  }

  final Overview overview = OverviewCollector.summarise(tenCases(), DK_NO_DEADLINES, Y);

  @Test
  void casesReceivedInThePeriodCountAndTheOthersAreCountedApart() {
    assertThat(overview.cases()).isEqualTo(9);
    assertThat(overview.casesOutsidePeriod()).isEqualTo(1);
    assertThat(overview.pack()).isEqualTo("DK-counts");
    assertThat(overview.period()).isEqualTo(Y);
    assertThat(overview.taxonomy()).isEqualTo(DenmarkRules.pack().outcomes());
  }

  @Test
  void byTrackBodyAndUnit() {
    assertThat(overview.tracks()).isEqualTo(TreeMap.of(Track.CONDUCT_COMPLAINT, 8L, Track.CRIMINAL_REPORT, 1L));
    assertThat(overview.handlingBodies()).isEqualTo(TreeMap.of(DUP, 9L));
    // " Aarhus " is stripped; c5's unidentified subject has no unit.
    assertThat(overview.units()).isEqualTo(TreeMap.of("Aarhus", 4L, "Odense", 4L));
    assertThat(overview.casesWithoutUnit()).isEqualTo(1);
  }

  @Test
  void allegationsByCategoryAndDecisionsByOutcome() {
    assertThat(overview.allegations()).isEqualTo(10);
    assertThat(overview.categories()).isEqualTo(TreeMap.of(CategoryCode.of("USE_OF_FORCE"), 4L,
        CategoryCode.of("LANGUAGE"), 4L, CategoryCode.of("CONDUCT"), 2L));
    assertThat(overview.decisions()).isEqualTo(6);
    assertThat(overview.outcomes()).isEqualTo(TreeMap.of(Outcome.of("CRITICISM"), 2L, Outcome.of("NO_CRITICISM"), 2L,
        Outcome.of("REGRETTABLE"), 1L, Outcome.of("NOTITS_CLOSED"), 1L));
  }

  @Test
  void upheldShareByTheDanishDefinition() {
    // c1, c2, c6, c7 investigated and decided; c1 and c6 criticism. c3's notitssag is not in the denominator.
    assertThat(overview.decidedCases()).isEqualTo(4);
    assertThat(overview.upheldCases()).isEqualTo(2);
    assertThat(overview.upheldSharePercent()).contains(new BigDecimal("50.0"));
  }

  @Test
  void handlingStatusAndReviews() {
    assertThat(overview.informal()).isEqualTo(1);
    assertThat(overview.formal()).isEqualTo(8);
    // Closed: c1 (closed), c4 (rejected), c10 (withdrawn); c9 is still under investigation at the end.
    assertThat(overview.openAtEnd()).isEqualTo(6);
    assertThat(overview.closedAtEnd()).isEqualTo(3);
    assertThat(overview.reviewsRequested()).isEqualTo(2);
    assertThat(overview.reviewsUpheld()).isEqualTo(1);
    assertThat(overview.reviewsNotUpheld()).isZero();
    assertThat(overview.reviewsPending()).isEqualTo(1);
    assertThat(overview.breaches()).isEmpty();
  }

  @Test
  void daysFromReceiptToDecision() {
    // c3 4, c2 10, c1 30 (2020 is a leap year), c6 40, c7 151 days: median by nearest rank 30, p90 151.
    assertThat(overview.casesWithDecisionTime()).isEqualTo(5);
    assertThat(overview.medianDaysToDecision()).contains(30);
    assertThat(overview.p90DaysToDecision()).contains(151);
  }

  @Test
  void medianOfTwoIsTheLowerAndLongDurationsShareTheOverflowBucket() {
    ComplaintCase quick = decided(received("q", t("2020-01-10T10:00:00Z")), t("2020-01-12T10:00:00Z"), "NO_CRITICISM");
    ComplaintCase slow = decided(received("s", t("2020-01-10T10:00:00Z")), t("2040-01-12T10:00:00Z"), "NO_CRITICISM");
    ReportingPeriod long20 = ReportingPeriod.of(t("2020-01-01T00:00:00Z"), t("2041-01-01T00:00:00Z"));
    Overview o = OverviewCollector.summarise(List.of(quick, slow), DK_NO_DEADLINES, long20);
    assertThat(o.medianDaysToDecision()).contains(2);
    assertThat(o.p90DaysToDecision()).contains(OverviewCollector.MAX_DAYS + 1);
    Overview one = OverviewCollector.summarise(List.of(slow), DK_NO_DEADLINES, long20);
    assertThat(one.medianDaysToDecision()).contains(OverviewCollector.MAX_DAYS + 1);
  }

  @Test
  void anEmptyOverviewHasNoShareAndNoDays() {
    Overview empty = OverviewCollector.of(DK_NO_DEADLINES, Y).result();
    assertThat(empty.cases()).isZero();
    assertThat(empty.upheldSharePercent()).isEmpty();
    assertThat(empty.medianDaysToDecision()).isEmpty();
    assertThat(empty.p90DaysToDecision()).isEmpty();
    assertThat(empty.tracks()).isEmpty();
  }

  @Test
  void denmark2020ReproducesTheRowOfTheDupTable() {
    // docs/domain.md section 2.9 (Denmark, "Outcomes"), 2020: 710 conduct cases, 331 closed otherwise,
    // 379 investigated and decided, 9 criticism (2.4 %), 13 regrettable (3.4 %).
    Overview dk = OverviewCollector.summarise(danish2020(), DenmarkRules.pack(), Y);
    assertThat(dk.cases()).isEqualTo(710);
    assertThat(dk.decidedCases()).isEqualTo(379);
    assertThat(dk.cases() - dk.decidedCases()).isEqualTo(331);
    assertThat(dk.upheldCases()).isEqualTo(9);
    assertThat(dk.upheldSharePercent()).contains(new BigDecimal("2.4"));
    assertThat(dk.outcomes().get(Outcome.of("REGRETTABLE"))).contains(13L);
    assertThat(dk.informal()).isEqualTo(100);

    OverviewCollector regrettable = OverviewCollector.of(DenmarkRules.pack(), Y, DenmarkRules.pack().outcomes()
        .withUpheld(List.of("REGRETTABLE"), List.of("CRITICISM", "REGRETTABLE", "NO_CRITICISM")));
    danish2020().forEach(regrettable::add);
    assertThat(regrettable.result().upheldSharePercent()).contains(new BigDecimal("3.4"));
    assertThat(danish2020().toJavaStream().collect(OverviewCollector.collector(DenmarkRules.pack(), Y))).isEqualTo(dk);
  }

  static Seq<ComplaintCase> danish2020() {
    return DANISH_2020;
  }

  private static final Seq<ComplaintCase> DANISH_2020 = buildDanish2020();

  private static Seq<ComplaintCase> buildDanish2020() {
    Seq<ComplaintCase> out = List.empty();
    Instant at = t("2020-03-02T09:00:00Z");
    Instant decided = t("2020-06-01T09:00:00Z");
    for (int i = 0; i < 710; i++) {
      ComplaintCase c = received("dk-" + i, at);
      out = out.append(i < 9 ? decided(c, decided, "CRITICISM")
          : i < 22 ? decided(c, decided, "REGRETTABLE")
          : i < 379 ? decided(c, decided, "NO_CRITICISM")
          : i < 479 ? informal(c, decided, "NOTITS_CLOSED")
          : i < 610 ? rejected(c, decided)
          : withdrawn(c, decided));
    }
    return out;
  }

  @Test
  void anotherDefinitionOfUpheldCountsOverAllClosedCases() {
    OutcomeTaxonomy allClosed = DenmarkRules.pack().outcomes().withUpheld(List.of("CRITICISM"),
        List.of("CRITICISM", "REGRETTABLE", "NO_CRITICISM", "NOTITS_CLOSED"));
    OverviewCollector collector = OverviewCollector.of(DK_NO_DEADLINES, Y, allClosed);
    tenCases().forEach(collector::add);
    Overview o = collector.result();
    assertThat(o.decidedCases()).isEqualTo(5);
    assertThat(o.upheldSharePercent()).contains(new BigDecimal("40.0"));
    assertThat(o.taxonomy()).isEqualTo(allClosed);
  }

  @Test
  void obligationsBreachedAtThePeriodEndByKind() {
    RulePack ack = DK_NO_DEADLINES.plusFeedbackRule(FeedbackRule.acknowledgement(
        EnumSet.of(Track.CONDUCT_COMPLAINT), Addressee.complainants(), DeadlinePeriod.days(5), LegalBasis.of("test")));
    ComplaintCase never = received("never", t("2020-02-01T10:00:00Z"));
    ComplaintCase inTime = acknowledged(received("inTime", t("2020-02-01T10:00:00Z")), t("2020-02-02T10:00:00Z"));
    ComplaintCase late = acknowledged(received("late", t("2020-02-01T10:00:00Z")), t("2020-03-01T10:00:00Z"));
    ComplaintCase criminal = spec("criminal").track(Track.CRIMINAL_REPORT).receivedAt(t("2020-02-01T10:00:00Z"));
    // Acknowledged only after the period end: still a breach at the end.
    ComplaintCase afterEnd = acknowledged(received("afterEnd", t("2020-12-01T10:00:00Z")), t("2021-01-05T10:00:00Z"));
    Overview o = OverviewCollector.summarise(List.of(never, inTime, late, criminal, afterEnd), ack, Y);
    assertThat(o.breaches()).isEqualTo(TreeMap.of(ObligationKind.ACKNOWLEDGE, 2L));
  }

  static ComplaintCase acknowledged(ComplaintCase c, Instant at) {
    ComplaintCase r = ok(c.register(CaseReference.parse("DUP-2020-2"), RegistrationRequirements.NONE,
        Stamp.of(at, ACTOR)));
    return ok(r.acknowledge(Recipient.party(COMPLAINANT), Stamp.of(at, ACTOR)));
  }

  @Test
  void aCaseReceivedExactlyAtThePeriodEndIsOutsideAndOneAtItsStartInside() {
    Overview o = OverviewCollector.summarise(List.of(received("start", Y.from()), received("end", Y.to())),
        DK_NO_DEADLINES, Y);
    assertThat(o.cases()).isEqualTo(1);
    assertThat(o.casesOutsidePeriod()).isEqualTo(1);
  }

  @Test
  void aStreamIsSummarisedLikeAnIterable() {
    assertThat(OverviewCollector.summarise(tenCases().toJavaStream(), DK_NO_DEADLINES, Y)).isEqualTo(overview);
    assertThat(tenCases().toJavaParallelStream().collect(OverviewCollector.collector(DK_NO_DEADLINES, Y)))
        .isEqualTo(overview);
  }

  @Test
  void mergeAddsTheCountsOfTheOtherAndLeavesItUnchanged() {
    OverviewCollector a = OverviewCollector.of(DK_NO_DEADLINES, Y);
    OverviewCollector b = OverviewCollector.of(DK_NO_DEADLINES, Y);
    tenCases().take(4).forEach(a::add);
    tenCases().drop(4).forEach(b::add);
    Overview bBefore = b.result();
    assertThat(a.merge(b).result()).isEqualTo(overview);
    assertThat(b.result()).isEqualTo(bBefore);
    assertThat(a.period()).isEqualTo(Y);
  }

  @Test
  void mergeRefusesAnotherPackPeriodOrDefinition() {
    OverviewCollector a = OverviewCollector.of(DK_NO_DEADLINES, Y);
    assertThatThrownBy(() -> a.merge(OverviewCollector.of(DenmarkRules.pack(), Y)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DK-counts");
    assertThatThrownBy(() -> a.merge(OverviewCollector.of(DK_NO_DEADLINES, ReportingPeriod.year(2021, DenmarkRules.ZONE))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.merge(OverviewCollector.of(DK_NO_DEADLINES, Y,
        DenmarkRules.pack().outcomes().withUpheld(List.of(), List.of())))).isInstanceOf(IllegalArgumentException.class);
    RulePack sameNameOtherJurisdiction = RulePack.builder("DK-counts", NorwayRules.JURISDICTION, DenmarkRules.ZONE)
        .outcomes(DenmarkRules.pack().outcomes()).build();
    assertThatThrownBy(() -> a.merge(OverviewCollector.of(sameNameOtherJurisdiction, Y)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.merge(null)).isInstanceOf(NullPointerException.class).hasMessage("other is null");
  }

  @Test
  void aCaseOfAnotherJurisdictionIsRefusedByName() {
    ComplaintCase norwegian = spec("no-1").jurisdiction(NorwayRules.JURISDICTION).receivedAt(t("2020-02-01T10:00:00Z"));
    assertThatThrownBy(() -> OverviewCollector.of(DK_NO_DEADLINES, Y).add(norwegian))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("case no-1 is of jurisdiction NO, not DK of rule pack DK-counts");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> OverviewCollector.of(null, Y)).hasMessage("pack is null");
    assertThatThrownBy(() -> OverviewCollector.of(DK_NO_DEADLINES, null)).hasMessage("period is null");
    assertThatThrownBy(() -> OverviewCollector.of(DK_NO_DEADLINES, Y, null)).hasMessage("taxonomy is null");
    assertThatThrownBy(() -> OverviewCollector.collector(null, Y)).hasMessage("pack is null");
    assertThatThrownBy(() -> OverviewCollector.collector(DK_NO_DEADLINES, null)).hasMessage("period is null");
    assertThatThrownBy(() -> OverviewCollector.collector(DK_NO_DEADLINES, Y, null)).hasMessage("taxonomy is null");
    assertThatThrownBy(() -> OverviewCollector.of(DK_NO_DEADLINES, Y).add(null)).hasMessage("complaint is null");
    assertThatThrownBy(() -> OverviewCollector.summarise((Iterable<ComplaintCase>) null, DK_NO_DEADLINES, Y))
        .hasMessage("cases is null");
    assertThatThrownBy(() -> OverviewCollector.summarise((java.util.stream.Stream<ComplaintCase>) null,
        DK_NO_DEADLINES, Y)).hasMessage("cases is null");
  }

  @Test
  void reportingPeriods() {
    assertThat(Y.from()).isEqualTo(t("2019-12-31T23:00:00Z"));
    assertThat(Y.to()).isEqualTo(t("2020-12-31T23:00:00Z"));
    assertThat(Y.contains(Y.from())).isTrue();
    assertThat(Y.contains(Y.to())).isFalse();
    assertThat(Y.contains(Y.from().minusNanos(1))).isFalse();
    assertThat(Y.contains(Y.to().minusNanos(1))).isTrue();
    assertThat(Y).hasToString("[2019-12-31T23:00:00Z, 2020-12-31T23:00:00Z)");
    assertThat(ReportingPeriod.of(Y.from(), Y.to())).isEqualTo(Y);
    assertThatThrownBy(() -> ReportingPeriod.of(Y.from(), Y.from())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period end 2019-12-31T23:00:00Z must be after its start 2019-12-31T23:00:00Z");
    assertThatThrownBy(() -> ReportingPeriod.year(0, DenmarkRules.ZONE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportingPeriod.year(10_000, DenmarkRules.ZONE)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ReportingPeriod.year(1, DenmarkRules.ZONE).from()).isNotNull();
    assertThat(ReportingPeriod.year(9999, java.time.ZoneOffset.UTC).to()).isEqualTo(t("+10000-01-01T00:00:00Z"));
    assertThatThrownBy(() -> ReportingPeriod.year(2020, null)).hasMessage("zone is null");
    assertThatThrownBy(() -> Y.contains(null)).hasMessage("at is null");
    assertThatThrownBy(() -> ReportingPeriod.of(null, Y.to())).hasMessage("from is null");
    assertThatThrownBy(() -> ReportingPeriod.of(Y.from(), null)).hasMessage("to is null");
  }

  @Test
  void equalityAndText() {
    Overview again = OverviewCollector.summarise(tenCases(), DK_NO_DEADLINES, Y);
    assertThat(again).isEqualTo(overview).hasSameHashCodeAs(overview);
    assertThat(again).isNotEqualTo(OverviewCollector.of(DK_NO_DEADLINES, Y).result()).isNotEqualTo("x");
    assertThat(overview.toString()).startsWith("Overview[DK-counts [2019-12-31T23:00:00Z, 2020-12-31T23:00:00Z)")
        .doesNotContain("Kari").doesNotContain("1234").doesNotContain("c1");
    assertThat(Option.of(overview)).contains(overview);
    assertThat(overview.handlingBodies().keySet().head()).isEqualTo(Body.of("DK-DUP"));
  }
}
