package org.oversight.complaint.examples.importing;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.oversight.complaint.core.ComplaintCase;

/**
 * One pass over an export: per complaint, either the case or every error its rows gave. Reads the
 * files lazily, one complaint at a time, so memory does not grow with the size of the export. Close
 * it (try-with-resources) to close the files.
 *
 * <pre>{@code
 * try (ImportRun run = PhiladelphiaImport.standard().read("complaints.csv", complaints, "findings.csv", findings)) {
 *   ImportSummary summary = run.drain(store::save);
 *   summary.errors().forEach(e -> log.add(e.toString()));
 * }
 * }</pre>
 *
 * <p>A complaint with any bad row gives a {@code Left} with all of its errors and no case; errors that
 * belong to no complaint (a malformed row of the complaints file, a finding without a complaint, a
 * missing column) are a {@code Left} of their own. Good complaints are never dropped because of
 * another complaint's errors. A missing header column ends the run after that one error.
 *
 * <p>This class is mutable and not thread-safe.
 *
 * @since 0.1
 */
public final class ImportRun implements Iterator<Either<Seq<ImportError>, ComplaintCase>>, AutoCloseable {
  private final Supplier<Option<Either<Seq<ImportError>, ComplaintCase>>> step;
  private final Seq<? extends AutoCloseable> resources;
  private Option<Either<Seq<ImportError>, ComplaintCase>> buffered;
  private boolean done;

  ImportRun(Supplier<Option<Either<Seq<ImportError>, ComplaintCase>>> step, Seq<? extends AutoCloseable> resources) {
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
   * Returns the next complaint's case, or its errors.
   *
   * @return the case or the errors (never empty), never null
   * @throws NoSuchElementException at the end
   */
  @Override
  public Either<Seq<ImportError>, ComplaintCase> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the import is complete");
    }
    Either<Seq<ImportError>, ComplaintCase> result = buffered.get();
    buffered = null;
    return result;
  }

  /**
   * Reads the rest of the export, handing each case to the sink and collecting the errors.
   *
   * @param sink receives each case in file order, not null
   * @return the number of cases and the errors, never null
   * @throws NullPointerException if sink is null
   */
  public ImportSummary drain(Consumer<? super ComplaintCase> sink) {
    Objects.requireNonNull(sink, "sink is null");
    long cases = 0;
    long refused = 0;
    Vector<ImportError> errors = Vector.empty();
    while (hasNext()) {
      Either<Seq<ImportError>, ComplaintCase> next = next();
      if (next.isRight()) {
        sink.accept(next.get());
        cases++;
      } else {
        refused++;
        errors = errors.appendAll(next.getLeft());
      }
    }
    return new ImportSummary(cases, refused, errors);
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
