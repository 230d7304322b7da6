package org.oversight.complaint.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.importing.PhiladelphiaImportTest.resource;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.rules.overview.Overview;
import org.oversight.complaint.rules.overview.OverviewCollector;
import org.oversight.complaint.rules.overview.ReportingPeriod;
import org.oversight.complaint.rules.vocabulary.Vocabularies;

/** Each import's own overview: its vocabulary's "upheld", its zone, and day figures only where the export dates decisions. */
class ImportOverviewTest {

  @Test
  void the_ccrb_overview_counts_upheld_allegations_and_days_at_month_precision() {
    OverviewCollector overview = CcrbImport.standard().overview(ReportingPeriod.allTime());
    try (ImportRun run = CcrbImport.standard().read("allegations.csv", resource("ccrb-allegations.csv"))) {
      run.drain(overview::add);
    }
    Overview result = overview.result();

    assertThat(result.pack()).isEqualTo("NYC-CCRB");
    assertThat(result.cases()).isEqualTo(2);
    assertThat(result.upheldAllegationSharePercent()).isEqualTo(Option.some(new BigDecimal("50.0")));
    assertThat(result.upheldSharePercent()).isEqualTo(Option.some(new BigDecimal("100.0")));
    // 1 March to 1 November 2019, and 1 December 2019 to 1 February 2020.
    assertThat(result.medianDaysToDecision()).isEqualTo(Option.some(62));
    assertThat(result.p90DaysToDecision()).isEqualTo(Option.some(245));
  }

  @Test
  void the_philadelphia_overview_has_no_day_figures_because_the_export_dates_no_decision() {
    OverviewCollector overview = PhiladelphiaImport.standard().overview(ReportingPeriod.allTime());
    try (ImportRun run = PhiladelphiaImport.standard().read("complaints.csv",
        resource("philadelphia-published-complaints.csv"), "findings.csv", resource("philadelphia-published-findings.csv"))) {
      run.drain(overview::add);
    }
    Overview result = overview.result();

    assertThat(result.pack()).isEqualTo("PHILADELPHIA");
    assertThat(result.decisions()).isEqualTo(2);
    assertThat(result.upheldAllegationSharePercent()).isEqualTo(Option.some(new BigDecimal("50.0")));
    assertThat(result.medianDaysToDecision()).isEqualTo(Option.none());
  }

  @Test
  void the_chicago_overview_dates_decisions_at_the_closed_date() {
    OverviewCollector overview = ChicagoImport.standard().overview(ReportingPeriod.allTime());
    try (ImportRun run = ChicagoImport.standard().read("complaints.csv", resource("chicago-complaints.csv"),
        "accused.csv", resource("chicago-accused.csv"))) {
      run.drain(overview::add);
    }
    Overview result = overview.result();

    assertThat(result.pack()).isEqualTo("CHICAGO-CPDP");
    // 2004-05-03 to 2006-01-10 and 2010-02-02 to 2011-03-04, counted in Chicago.
    assertThat(result.medianDaysToDecision()).isEqualTo(Option.some(395));
    assertThat(result.p90DaysToDecision()).isEqualTo(Option.some(617));
  }

  @Test
  void every_import_keeps_its_vocabulary_when_its_partitions_change() {
    PublisherImport<CcrbImport> ccrb = CcrbImport.standard().partitions(7);
    PublisherImport<ChicagoImport> chicago = ChicagoImport.with(Vocabularies.chicagoCpdp()).partitions(1);

    assertThat(ccrb.vocabulary()).isEqualTo(Vocabularies.nycCcrb());
    assertThat(chicago.vocabulary()).isEqualTo(Vocabularies.chicagoCpdp());
    assertThat(PhiladelphiaImport.standard().partitions(PublisherImport.PARTITIONS).vocabulary())
        .isEqualTo(Vocabularies.philadelphia());
    assertThatThrownBy(() -> CcrbImport.standard().partitions(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_file_that_cannot_be_read_is_named() {
    Reader broken = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> CcrbImport.standard().read("allegations.csv", broken))
        .isInstanceOf(UncheckedIOException.class).hasMessage("cannot read allegations.csv");
    assertThatThrownBy(() -> CcrbImport.standard().overview(null)).isInstanceOf(NullPointerException.class);
  }
}
