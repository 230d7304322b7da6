package org.oversight.complaint.rules.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.rules.overview.Cases.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.PatternFlag;
import org.oversight.complaint.rules.WarningThreshold;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;

/** Early-warning signals for a supervisor, with hand-computed expectations. */
class EarlyWarningTest {

  static final CategoryCode FORCE = CategoryCode.of("USE_OF_FORCE");

  // Officer 1234: three complaints within 12 months (two by Kari, one by Ola), and a fourth a year later.
  // Officer 5678: two use-of-force complaints within 6 months, by different complainants.
  // Unidentified subjects and an anonymous complainant never match.
  static Seq<ComplaintCase> cases() {
    return List.of(
        spec("a1").serviceNumber("1234").complainant("Kari Nordmann").receivedAt(t("2020-01-10T10:00:00Z")),
        spec("a2").serviceNumber(" 1234").complainant(" kari nordmann ").receivedAt(t("2020-03-10T10:00:00Z")),
        spec("a3").serviceNumber("1234").complainant("Ola").receivedAt(t("2020-06-10T10:00:00Z")),
        spec("a4").serviceNumber("1234").complainant("Ola").receivedAt(t("2021-12-10T10:00:00Z")),
        spec("b1").serviceNumber("5678").categories("USE_OF_FORCE").complainant("Per")
            .receivedAt(t("2020-02-01T10:00:00Z")),
        spec("b2").serviceNumber("5678").categories("LANGUAGE", "USE_OF_FORCE").complainant("Pia")
            .receivedAt(t("2020-05-01T10:00:00Z")),
        spec("u1").unidentified().complainant(null).receivedAt(t("2020-02-01T10:00:00Z")),
        spec("u2").unidentified().complainant(null).receivedAt(t("2020-02-02T10:00:00Z")),
        spec("u3").unidentified().complainant(null).receivedAt(t("2020-02-03T10:00:00Z")));
  }

  static Seq<CaseId> ids(String... values) {
    return List.of(values).map(CaseId::of);
  }

  final EarlyWarningRules rules = EarlyWarningRules.defaults(DenmarkRules.ZONE)
      .withCategory(FORCE, WarningThreshold.of(2, DeadlinePeriod.calendarMonths(6)));

  @Test
  void subjectsAtOrAboveTheThresholdAndRepeatedReporters() {
    Seq<EarlyWarning> signals = rules.scan(cases());
    assertThat(signals).containsExactly(
        new EarlyWarning(EarlyWarning.Kind.REPEATED_SUBJECT, Option.none(), "1234", Option.none(),
            new PatternFlag(PatternFlag.Kind.SAME_SUBJECT, "1234", ids("a1", "a2", "a3"),
                t("2020-01-10T10:00:00Z"), t("2020-06-10T10:00:00Z"))),
        new EarlyWarning(EarlyWarning.Kind.REPEATED_SUBJECT, Option.some(FORCE), "5678", Option.none(),
            new PatternFlag(PatternFlag.Kind.SAME_SUBJECT, "5678", ids("b1", "b2"),
                t("2020-02-01T10:00:00Z"), t("2020-05-01T10:00:00Z"))),
        new EarlyWarning(EarlyWarning.Kind.REPEATED_REPORTER, Option.none(), "1234", Option.some("kari nordmann"),
            new PatternFlag(PatternFlag.Kind.SAME_COMPLAINANT, "kari nordmann", ids("a1", "a2"),
                t("2020-01-10T10:00:00Z"), t("2020-03-10T10:00:00Z"))));
    assertThat(signals.head().cases()).isEqualTo(ids("a1", "a2", "a3"));
  }

  @Test
  void withoutTheCategoryThresholdTwoComplaintsAreNoSignal() {
    Seq<EarlyWarning> signals = EarlyWarningRules.defaults(DenmarkRules.ZONE).scan(cases());
    assertThat(signals.map(EarlyWarning::subject)).containsExactly("1234", "1234");
    assertThat(signals.map(EarlyWarning::kind)).containsExactly(EarlyWarning.Kind.REPEATED_SUBJECT,
        EarlyWarning.Kind.REPEATED_REPORTER);
  }

  @Test
  void aShorterWindowOrHigherThresholdLeavesNoSubjectSignal() {
    EarlyWarningRules strict = EarlyWarningRules.of(WarningThreshold.of(3, DeadlinePeriod.calendarMonths(4)),
        WarningThreshold.of(3, DeadlinePeriod.calendarMonths(12)), DenmarkRules.ZONE);
    assertThat(strict.scan(cases())).isEmpty();
    EarlyWarningRules four = EarlyWarningRules.of(WarningThreshold.of(4, DeadlinePeriod.calendarMonths(36)),
        WarningThreshold.of(3, DeadlinePeriod.calendarMonths(36)), DenmarkRules.ZONE);
    assertThat(four.scan(cases()).map(EarlyWarning::cases)).containsExactly(ids("a1", "a2", "a3", "a4"));
  }

  @Test
  void theOrderOfTheCasesDoesNotMatterAndDuplicatesCountOnce() {
    assertThat(rules.scan(cases().reverse())).isEqualTo(rules.scan(cases()));
    assertThat(rules.scan(cases().appendAll(cases()))).isEqualTo(rules.scan(cases()));
    assertThat(rules.scan(List.empty())).isEmpty();
  }

  @Test
  void configuration() {
    assertThat(rules.anyCategory()).isEqualTo(WarningThreshold.of(3, DeadlinePeriod.calendarMonths(12)));
    assertThat(rules.sameComplainant()).isEqualTo(WarningThreshold.of(2, DeadlinePeriod.calendarMonths(12)));
    assertThat(rules.perCategory()).isEqualTo(TreeMap.of(FORCE, WarningThreshold.of(2, DeadlinePeriod.calendarMonths(6))));
    assertThat(rules.withCategory(FORCE, WarningThreshold.of(5, DeadlinePeriod.days(30))).perCategory().get(FORCE))
        .contains(WarningThreshold.of(5, DeadlinePeriod.days(30)));
    assertThat(rules.toString()).contains("USE_OF_FORCE").contains("Europe/Copenhagen");
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> WarningThreshold.of(1, DeadlinePeriod.days(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a warning needs at least 2 cases but the threshold was 1");
    assertThat(WarningThreshold.of(2, DeadlinePeriod.days(1)).cases()).isEqualTo(2);
    assertThatThrownBy(() -> WarningThreshold.of(2, null)).hasMessage("window is null");
    WarningThreshold ok = WarningThreshold.of(2, DeadlinePeriod.days(1));
    assertThatThrownBy(() -> EarlyWarningRules.of(null, ok, DenmarkRules.ZONE)).hasMessage("anyCategory is null");
    assertThatThrownBy(() -> EarlyWarningRules.of(ok, null, DenmarkRules.ZONE)).hasMessage("sameComplainant is null");
    assertThatThrownBy(() -> EarlyWarningRules.of(ok, ok, null)).hasMessage("zone is null");
    assertThatThrownBy(() -> rules.withCategory(null, ok)).hasMessage("category is null");
    assertThatThrownBy(() -> rules.withCategory(FORCE, null)).hasMessage("threshold is null");
    assertThatThrownBy(() -> rules.scan(null)).hasMessage("cases is null");
    assertThatThrownBy(() -> rules.scan(java.util.Arrays.asList((ComplaintCase) null))).hasMessage("case is null");
    PatternFlag flag = new PatternFlag(PatternFlag.Kind.SAME_SUBJECT, "1234", ids("a", "b"), t("2020-01-01T00:00:00Z"),
        t("2020-01-02T00:00:00Z"));
    assertThatThrownBy(() -> new EarlyWarning(EarlyWarning.Kind.REPEATED_SUBJECT, Option.none(), " ", Option.none(),
        flag)).isInstanceOf(IllegalArgumentException.class).hasMessage("subject must not be blank");
    assertThatThrownBy(() -> new EarlyWarning(EarlyWarning.Kind.REPEATED_SUBJECT, Option.none(), "1234",
        Option.some("kari"), flag)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EarlyWarning(EarlyWarning.Kind.REPEATED_REPORTER, Option.none(), "1234",
        Option.none(), flag)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EarlyWarning(null, Option.none(), "1", Option.none(), flag)).hasMessage("kind is null");
    assertThatThrownBy(() -> new EarlyWarning(EarlyWarning.Kind.REPEATED_SUBJECT, null, "1", Option.none(), flag))
        .hasMessage("category is null");
    assertThatThrownBy(() -> new EarlyWarning(EarlyWarning.Kind.REPEATED_SUBJECT, Option.none(), null, Option.none(),
        flag)).hasMessage("subject is null");
    assertThatThrownBy(() -> new EarlyWarning(EarlyWarning.Kind.REPEATED_SUBJECT, Option.none(), "1", null, flag))
        .hasMessage("complainant is null");
    assertThatThrownBy(() -> new EarlyWarning(EarlyWarning.Kind.REPEATED_SUBJECT, Option.none(), "1", Option.none(),
        null)).hasMessage("pattern is null");
  }
}
