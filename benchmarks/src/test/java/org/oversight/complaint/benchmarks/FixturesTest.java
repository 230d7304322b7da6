package org.oversight.complaint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;

/** The benchmark inputs are what the benchmarks say they are. */
class FixturesTest {
  @Test
  void theRealisticCaseIsClosedAfter25EventsWith3PartiesAnd3Allegations() {
    ComplaintCase c = Fixtures.realisticCase(7);
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.version()).isEqualTo(25);
    assertThat(c.parties()).hasSize(3);
    assertThat(c.allegations()).hasSize(3);
    assertThat(c.decisions()).hasSize(3);
  }

  @Test
  void theRealisticCaseIsAssessedBeforeTheInvestigation() {
    ComplaintCase c = Fixtures.replay(Fixtures.realisticEvents(1).subList(0, Fixtures.BEFORE_INVESTIGATION));
    assertThat(c.status()).isEqualTo(CaseStatus.ASSESSED);
  }

  @Test
  void theLifecycleTakes8CommandsToClosure() {
    ComplaintCase c = new Fixtures.Lifecycle().run();
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.version()).isEqualTo(8);
  }

  @Test
  void aLongHistoryHasExactlyTheEventsAsked() {
    assertThat(Fixtures.replay(Fixtures.longHistory(1003)).version()).isEqualTo(1003);
  }

  @Test
  void openCasesAreOpenAndSpreadOverTheStages() {
    ComplaintCase[] cases = Fixtures.openCases(48, org.oversight.complaint.core.JurisdictionCode.of("DK"));
    assertThat(cases).allSatisfy(c -> assertThat(c.isOpen()).isTrue());
    assertThat(java.util.Arrays.stream(cases).map(ComplaintCase::status).distinct().count()).isGreaterThan(10);
    assertThat(cases[23].version()).isEqualTo(24);
  }

  @Test
  void everyShippedPackAssessesTheOpenCases() {
    for (String code : new String[] {"DK", "NO", "SE", "GB-EAW"}) {
      org.oversight.complaint.rules.RulePack pack = RulesBenchmark.shipped(code);
      for (ComplaintCase c : Fixtures.openCases(24, pack.jurisdiction())) {
        assertThat(pack.assess(c, Fixtures.START.plus(java.time.Duration.ofDays(120))).caseId()).isEqualTo(c.id());
      }
    }
  }

  @Test
  void bothJsonSidesRoundTripTheRealisticCase() throws Exception {
    JsonBenchmark json = new JsonBenchmark();
    json.setUp();
    assertThat(json.moduleRoundTrip()).isEqualTo(Fixtures.realisticCase(1));
    PojoCase back = json.pojoRoundTrip();
    assertThat(back.history).hasSize(25);
    assertThat(back.parties).hasSize(3);
    assertThat(back.allegations).extracting(a -> a.decision.outcome).containsExactly("NOT_UPHELD", "UPHELD", "NOT_UPHELD");
  }

  @Test
  void seedsShareNoText() {
    String a = Fixtures.realisticCase(1).incident().description();
    String b = Fixtures.realisticCase(2).incident().description();
    assertThat(a).isNotEqualTo(b);
  }
}
