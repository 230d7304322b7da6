package org.oversight.complaint.importing;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.oversight.complaint.core.ComplaintCase;

/**
 * One pass over an export: per complaint, what became of it ({@link Imported}). Nothing is read until the
 * run is iterated; then the files are read once and their rows grouped by complaint id through temporary
 * files, and complaints are built one at a time. Close it (try-with-resources) to close the files and
 * delete the temporary files.
 *
 * <pre>{@code
 * try (ImportRun run = PhiladelphiaImport.standard().read("complaints.csv", complaints, "findings.csv", findings)) {
 *   ImportSummary summary = run.drain(store::save);
 *   summary.errors().forEach(e -> log.add(e.toString()));
 * }
 * }</pre>
 *
 * <p>A complaint gives an {@link Imported.Kept} (its case, with any refused rows listed) or an
 * {@link Imported.Refused}; rows that belong to no complaint (a malformed row, a finding without a
 * complaint) are refusals of their own. Good complaints are never dropped because of another
 * complaint's errors. A missing header column ends the run after that one error.
 *
 * <p>This class is mutable and not thread-safe.
 *
 * @since 0.1
 */
public final class ImportRun implements Iterator<Imported>, AutoCloseable {
  private final Supplier<Option<Imported>> step;
  private final Seq<? extends AutoCloseable> resources;
  private Option<Imported> buffered;
  private boolean done;

  ImportRun(Supplier<Option<Imported>> step, Seq<? extends AutoCloseable> resources) {
    this.step = step;
    this.resources = resources;
  }

  /**
   * Tells whether another complaint (or error) follows; reads ahead by one complaint.
   *
   * @return true if {@link #next()} has an element
   */
  @Override
  public boolean hasNext() {
    if (done) {
      return false;
    }
    if (buffered == null) {
      buffered = step.get();
    }
    if (buffered.isEmpty()) {
      done = true;
      return false;
    }
    return true;
  }

  /**
   * Returns what became of the next complaint.
   *
   * @return the kept case or the refusal, never null
   * @throws NoSuchElementException at the end
   */
  @Override
  public Imported next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the import is complete");
    }
    Imported result = buffered.get();
    buffered = null;
    return result;
  }

  /**
   * Reads the rest of the export, handing each kept case to the sink and accounting for every row.
   *
   * @param sink receives each kept case (complete or not), not null
   * @return the counts, errors and repairs, never null
   * @throws NullPointerException if sink is null
   */
  public ImportSummary drain(Consumer<? super ComplaintCase> sink) {
    Objects.requireNonNull(sink, "sink is null");
    long cases = 0;
    long incomplete = 0;
    long refused = 0;
    long imported = 0;
    long refusedRows = 0;
    Vector<ImportError> errors = Vector.empty();
    Vector<ImportWarning> warnings = Vector.empty();
    while (hasNext()) {
      Imported next = next();
      if (next instanceof Imported.Kept kept) {
        sink.accept(kept.complaint());
        cases++;
        incomplete += kept.isComplete() ? 0 : 1;
      } else {
        refused++;
      }
      imported += next.rowsImported();
      refusedRows += next.rowsRefused();
      errors = errors.appendAll(next.errors());
      warnings = warnings.appendAll(next.warnings());
    }
    return new ImportSummary(cases, incomplete, refused, imported, refusedRows, errors, warnings);
  }

  /**
   * Closes the files.
   *
   * @throws java.io.UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    done = true;
    RuntimeException failure = null;
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      } catch (Exception e) {
        failure = failure == null ? new IllegalStateException("cannot close the import", e) : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
