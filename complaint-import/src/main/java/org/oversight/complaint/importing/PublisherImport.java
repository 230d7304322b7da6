package org.oversight.complaint.importing;

import java.time.ZoneId;
import java.util.Objects;
import java.util.function.BiFunction;
import org.oversight.complaint.rules.overview.DecisionDates;
import org.oversight.complaint.rules.overview.OverviewCollector;
import org.oversight.complaint.rules.overview.ReportingPeriod;
import org.oversight.complaint.rules.vocabulary.Vocabulary;

/**
 * What the imports of the publishers' exports have in common: the vocabulary that reads the
 * publisher's values, the number of partitions that bounds memory while rows are grouped by complaint,
 * and the overview of the imported cases. Each import reads its own files ({@link CcrbImport},
 * {@link PhiladelphiaImport}, {@link ChicagoImport}).
 *
 * <p>Implementations are immutable and thread-safe; each {@link ImportRun} they return is not.
 *
 * @param <S> the import itself
 * @since 0.1
 */
public abstract sealed class PublisherImport<S extends PublisherImport<S>>
    permits CcrbImport, PhiladelphiaImport, ChicagoImport {

  /** The default number of partitions; see {@link #partitions(int)}. */
  public static final int PARTITIONS = 32;

  private final Vocabulary vocabulary;
  private final int partitions;
  private final ZoneId zone;
  private final DecisionDates dates;
  private final BiFunction<Vocabulary, Integer, S> copy;

  /**
   * Takes the settings: the zone in which the export's dates are read, whether it dates its decisions,
   * and how to make the same import with other settings.
   */
  PublisherImport(Vocabulary vocabulary, int partitions, ZoneId zone, DecisionDates dates,
      BiFunction<Vocabulary, Integer, S> copy) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary is null");
    this.partitions = partitions;
    this.zone = zone;
    this.dates = dates;
    this.copy = copy;
  }

  /** The number of partitions, for the run. */
  final int partitionCount() {
    return partitions;
  }

  /**
   * Returns the vocabulary that reads the publisher's categories and findings.
   *
   * @return the vocabulary, never null
   */
  public final Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Returns this import grouping rows in another number of partitions. One pass spills the columns read
   * to temporary files by complaint id; then memory holds the read columns of one partition, about
   * {@code 1/partitions} of the files. With one partition, complaints come in the order of the (first)
   * file. This instance is immutable and unaffected by this method.
   *
   * @param partitions the number of partitions, 1 to 4,096
   * @return the import, never null
   * @throws IllegalArgumentException if partitions is out of range
   */
  public final S partitions(int partitions) {
    return copy.apply(vocabulary, Steps.partitions(partitions));
  }

  /**
   * Returns an empty overview of the cases this import builds, for all of them or a period, with no
   * jurisdiction pack: "upheld" is this import's vocabulary's reading ({@link Vocabulary#taxonomy}), days
   * are counted in the publisher's zone, no obligations are assessed, and the day figures are absent when
   * the export dates no decision (each import's documentation says whether it does). Hand it each kept
   * case, for example {@code run.drain(overview::add)}, then publish its
   * {@link OverviewCollector#result() result}.
   *
   * @param period the period, for example {@link ReportingPeriod#allTime()}, not null
   * @return a new collector, never null
   * @throws NullPointerException if period is null
   */
  public final OverviewCollector overview(ReportingPeriod period) {
    return OverviewCollector.of(vocabulary, zone, period, dates);
  }
}
