package org.oversight.complaint.rules.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.rules.DeadlinePeriod;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.WarningThreshold;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;

/** Keeps the overview snippet of the README compiled and its claims asserted (between "readme:" markers). */
class OverviewReadmeTest {

  @Test
  void theOverviewOfAYear() {
    java.util.List<ComplaintCase> cases = OverviewTest.danish2020().appendAll(EarlyWarningTest.cases()).toJavaList();
    // readme: overview
    RulePack pack = DenmarkRules.pack();
    ReportingPeriod year = ReportingPeriod.year(2020, DenmarkRules.ZONE);
    Overview overview = cases.stream().collect(OverviewCollector.collector(pack, year));  // one pass, keeps no case
    Option<BigDecimal> medhold = overview.upheldSharePercent();   // criticism ÷ investigated and decided
    PublicOverview published = overview.publish();                // counts below 5 shown as "<5"
    String markdown = OverviewMarkdown.write(published);
    String csv = OverviewCsv.write(published);

    OverviewCollector ofAllClosed = OverviewCollector.of(pack, year, pack.outcomes().withUpheld(
        List.of("CRITICISM"), List.of("CRITICISM", "REGRETTABLE", "NO_CRITICISM", "NOTITS_CLOSED")));
    cases.forEach(ofAllClosed::add);

    Seq<EarlyWarning> forSupervisor = EarlyWarningRules.defaults(DenmarkRules.ZONE)   // internal only: names people
        .withCategory(CategoryCode.of("USE_OF_FORCE"), WarningThreshold.of(2, DeadlinePeriod.calendarMonths(6)))
        .scan(cases);
    // readme: end
    assertThat(overview.cases()).isEqualTo(718);
    assertThat(medhold).contains(new BigDecimal("2.4"));
    assertThat(markdown).contains("| upheld | upheld | 9 |\n").contains("| measures | upheldSharePercent | 2.4 |\n");
    assertThat(csv).startsWith("table,row,count\r\ntrack,CONDUCT_COMPLAINT,718\r\n");
    assertThat(ofAllClosed.result().upheldSharePercent()).contains(new BigDecimal("1.9"));
    assertThat(forSupervisor.map(EarlyWarning::subject)).containsExactly("1234", "5678", "1234");
  }
}
