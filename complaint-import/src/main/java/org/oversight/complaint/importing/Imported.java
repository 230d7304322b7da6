package org.oversight.complaint.importing;

import io.vavr.collection.Seq;
import java.util.Objects;
import org.oversight.complaint.core.ComplaintCase;

/**
 * What became of one complaint of an export (or of rows that belong to no complaint): the case, kept
 * with whatever rows of it were valid, or the refusal; in both, the errors of the refused rows, the
 * repairs made to imported text, and how many rows of the files it accounts for. Over a run, the rows
 * imported and refused add up to every row of the files.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface Imported permits Imported.Kept, Imported.Refused {

  /**
   * Returns the errors of the rows that were refused, in line order.
   *
   * @return the errors, empty for a complete case, never null
   */
  Seq<ImportError> errors();

  /**
   * Returns the repairs made to the text of imported rows.
   *
   * @return the warnings, never null
   */
  Seq<ImportWarning> warnings();

  /**
   * Returns the number of rows that became part of the case.
   *
   * @return the count, not negative
   */
  long rowsImported();

  /**
   * Returns the number of rows refused.
   *
   * @return the count, not negative
   */
  long rowsRefused();

  /**
   * A complaint that became a case. Rows of it that were refused (a finding with an unreadable value,
   * say) are left out of the case and listed in {@link #errors()}; the case is then incomplete.
   *
   * @param complaint the case, not null
   * @param errors the errors of the refused rows, not null
   * @param warnings the repairs, not null
   * @param rowsImported the rows in the case, positive
   * @param rowsRefused the rows left out, not negative
   * @since 0.1
   */
  record Kept(ComplaintCase complaint, Seq<ImportError> errors, Seq<ImportWarning> warnings, long rowsImported,
      long rowsRefused) implements Imported {

    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if rowsImported is not positive or rowsRefused is negative
     */
    public Kept {
      Objects.requireNonNull(complaint, "complaint is null");
      Objects.requireNonNull(errors, "errors is null");
      Objects.requireNonNull(warnings, "warnings is null");
      if (rowsImported < 1 || rowsRefused < 0) {
        throw new IllegalArgumentException("a kept case has at least one imported row, and no negative count");
      }
    }

    /**
     * Tells whether every row of the complaint is in the case.
     *
     * @return true if no row was refused
     */
    public boolean isComplete() {
      return rowsRefused == 0;
    }
  }

  /**
   * A complaint that gave no case (its own row is unusable, or it has no complaint row), or rows that
   * belong to no complaint (malformed CSV, no complaint id), or a file that cannot be read at all.
   *
   * @param errors why, never empty
   * @param warnings repairs made before the refusal, not null
   * @param rowsRefused the rows refused, not negative (0 for a file-level error such as a missing column)
   * @since 0.1
   */
  record Refused(Seq<ImportError> errors, Seq<ImportWarning> warnings, long rowsRefused) implements Imported {

    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if errors is empty or rowsRefused is negative
     */
    public Refused {
      Objects.requireNonNull(errors, "errors is null");
      Objects.requireNonNull(warnings, "warnings is null");
      if (errors.isEmpty() || rowsRefused < 0) {
        throw new IllegalArgumentException("a refusal has a reason and no negative count");
      }
    }

    @Override
    public long rowsImported() {
      return 0;
    }
  }
}
