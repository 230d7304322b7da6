package org.oversight.complaint.rules.overview;

import java.util.Objects;

/**
 * One row of a {@link PublicTable}: a label (a track, body, unit, category, outcome, obligation kind,
 * or a fixed word such as {@code informal}) and its count.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param label the label, not null
 * @param count the count, not null
 * @since 0.1
 */
public record PublicRow(String label, Cell count) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   */
  public PublicRow {
    Objects.requireNonNull(label, "label is null");
    Objects.requireNonNull(count, "count is null");
  }
}
