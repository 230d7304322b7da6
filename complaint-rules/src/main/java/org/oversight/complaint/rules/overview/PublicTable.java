package org.oversight.complaint.rules.overview;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * One table of a {@link PublicOverview}: rows whose counts sum to the total (when all are known).
 * Tables: {@code track}, {@code handlingBody}, {@code unit}, {@code handling} (informal, formal),
 * {@code statusAtEnd} (open, closed), {@code category} (allegations), {@code outcome} (decisions),
 * {@code upheld} (decided cases: upheld, notUpheld), {@code review} (requested: upheld, notUpheld,
 * pending) and {@code breach} (obligations breached, by kind).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the table's name, not null
 * @param rows the rows, not null
 * @param total the total of the rows, not null
 * @since 0.1
 */
public record PublicTable(String name, Seq<PublicRow> rows, Cell total) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument or row is null
   */
  public PublicTable {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(rows, "rows is null");
    Objects.requireNonNull(total, "total is null");
    rows.forEach(r -> Objects.requireNonNull(r, "row is null"));
  }
}
