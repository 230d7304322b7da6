package org.oversight.complaint.examples.importing;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * What an {@link ImportRun} read: how many complaints became cases, how many entries were errors
 * instead, and every error in file order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cases the number of cases handed to the sink, not negative
 * @param failed the number of entries that were errors (a complaint with bad rows, or a row that
 *     belongs to no complaint), not negative
 * @param errors every error, in file order, not null
 * @since 0.1
 */
public record ImportSummary(long cases, long failed, Seq<ImportError> errors) {

  /**
   * Validates.
   *
   * @throws NullPointerException if errors is null
   * @throws IllegalArgumentException if a count is negative
   */
  public ImportSummary {
    Objects.requireNonNull(errors, "errors is null");
    if (cases < 0 || failed < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /**
   * Tells whether every row became part of a case.
   *
   * @return true if there are no errors
   */
  public boolean isClean() {
    return errors.isEmpty();
  }
}
