package org.oversight.complaint.importing;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an {@link ImportRun} read, accounting for every row: how many complaints became cases (and how
 * many of those lack refused rows), how many were refused, the rows imported and refused (together
 * every row of the files, headers not counted), and every error and repair in the order the run met
 * them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cases the number of cases handed to the sink, not negative
 * @param incomplete the number of those cases with refused rows, not negative, at most cases
 * @param refused the number of refusals (complaints without a case, rows of no complaint, unreadable files)
 * @param rowsImported the rows that became part of a case, not negative
 * @param rowsRefused the rows refused, not negative
 * @param errors every error, not null
 * @param warnings every repair, not null
 * @since 0.1
 */
public record ImportSummary(long cases, long incomplete, long refused, long rowsImported, long rowsRefused,
    Seq<ImportError> errors, Seq<ImportWarning> warnings) {

  /**
   * Validates.
   *
   * @throws NullPointerException if errors or warnings is null
   * @throws IllegalArgumentException if a count is negative or incomplete exceeds cases
   */
  public ImportSummary {
    Objects.requireNonNull(errors, "errors is null");
    Objects.requireNonNull(warnings, "warnings is null");
    if (cases < 0 || incomplete < 0 || refused < 0 || rowsImported < 0 || rowsRefused < 0 || incomplete > cases) {
      throw new IllegalArgumentException("counts must not be negative, and incomplete cases are cases");
    }
  }

  /**
   * Returns the rows read: imported plus refused.
   *
   * @return the count, not negative
   */
  public long rows() {
    return rowsImported + rowsRefused;
  }

  /**
   * Tells whether every row became part of a case.
   *
   * @return true if there are no errors
   */
  public boolean isClean() {
    return errors.isEmpty();
  }

  /**
   * Counts the errors by kind.
   *
   * @return the counts, only kinds that occur, never null
   */
  public SortedMap<ImportError.Kind, Long> errorsByKind() {
    return byKind(errors, ImportError::kind);
  }

  /**
   * Counts the warnings (repairs) by kind.
   *
   * @return the counts, only kinds that occur, never null
   */
  public SortedMap<ImportWarning.Kind, Long> warningsByKind() {
    return byKind(warnings, ImportWarning::kind);
  }

  private static <T, K extends Comparable<? super K>> SortedMap<K, Long> byKind(Seq<T> items,
      Function<? super T, K> kind) {
    return TreeMap.ofEntries(items.groupBy(kind).map(e -> e.map2(s -> (long) s.size())));
  }
}
