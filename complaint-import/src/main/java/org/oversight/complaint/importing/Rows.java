package org.oversight.complaint.importing;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Function;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.rules.vocabulary.UnknownTerm;

/**
 * Reads the values of the rows of one complaint and collects every problem, so that a complaint
 * reports all of its errors at once. Confined to the building of one case.
 */
final class Rows {
  private final String source;
  private Vector<ImportError> errors = Vector.empty();

  Rows(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  Vector<ImportError> errors() {
    return errors;
  }

  boolean ok() {
    return errors.isEmpty();
  }

  void add(ImportError error) {
    errors = errors.append(error);
  }

  void addAll(Iterable<ImportError> more) {
    errors = errors.appendAll(more);
  }

  /** The value of a column that must not be empty, or none after recording why. */
  Option<String> required(CsvRows.Row row, String column) {
    String value = row.value(column);
    if (value == null) {
      add(ImportError.missing(source, row.line(), column, ImportError.Kind.MISSING_VALUE,
          "the row ends before this column"));
      return Option.none();
    }
    if (value.isBlank()) {
      add(ImportError.missing(source, row.line(), column, ImportError.Kind.MISSING_VALUE, "the value is empty"));
      return Option.none();
    }
    return Option.some(value.strip());
  }

  /**
   * The value of a column that may be empty or say it is not given ({@code NA}, {@code N/A}, the
   * way R and the city's exports write "missing"), or none; a short row is still an error.
   */
  Option<String> optional(CsvRows.Row row, String column) {
    String value = row.value(column);
    if (value == null) {
      add(ImportError.missing(source, row.line(), column, ImportError.Kind.MISSING_VALUE,
          "the row ends before this column"));
      return Option.none();
    }
    String stripped = value.strip();
    return stripped.isEmpty() || stripped.equalsIgnoreCase("NA") || stripped.equalsIgnoreCase("N/A")
        ? Option.none() : Option.some(stripped);
  }

  /** Converts a present value, recording a BAD_VALUE with the converter's message if it fails. */
  <T> Option<T> convert(CsvRows.Row row, String column, Option<String> value, Function<String, T> converter) {
    if (value.isEmpty()) {
      return Option.none();
    }
    try {
      return Option.some(converter.apply(value.get()));
    } catch (RuntimeException e) {
      add(ImportError.at(source, row.line(), column, value.get(), ImportError.Kind.BAD_VALUE, e.getMessage()));
      return Option.none();
    }
  }

  /** Looks a present value up in a vocabulary, recording an UNKNOWN_TERM if it is not mapped. */
  <T> Option<T> term(CsvRows.Row row, String column, Option<String> value,
      Function<String, Either<UnknownTerm, T>> lookup) {
    if (value.isEmpty()) {
      return Option.none();
    }
    Either<UnknownTerm, T> found = lookup.apply(value.get());
    if (found.isLeft()) {
      add(ImportError.at(source, row.line(), column, value.get(), ImportError.Kind.UNKNOWN_TERM,
          found.getLeft().message()));
      return Option.none();
    }
    return Option.some(found.get());
  }

  /** Receives the case, recording a receipt the core does not accept as REFUSED. */
  Option<Transition> start(long line, java.util.function.Supplier<Transition> receive) {
    try {
      return Option.some(receive.get());
    } catch (IllegalArgumentException e) {
      add(ImportError.row(source, line, ImportError.Kind.REFUSED, e.getMessage()));
      return Option.none();
    }
  }

  /** Applies a command to the case so far, recording the core's rejection as REFUSED. */
  Option<Transition> step(long line, Option<Transition> so, Function<Transition, Either<Rejection, Transition>> command) {
    return step(source, line, so, command);
  }

  /**
   * Applies a command that one row asks for; if the core refuses it, records the refusal against that
   * row and returns the case as it was, so the rest of the complaint goes on.
   */
  Transition stepOrKeep(String file, long line, Transition so, Function<Transition, Either<Rejection, Transition>> command) {
    return step(file, line, Option.some(so), command).getOrElse(so);
  }

  /** Like {@link #step(long, Option, Function)}, blaming a line of another file (the findings). */
  Option<Transition> step(String file, long line, Option<Transition> so,
      Function<Transition, Either<Rejection, Transition>> command) {
    if (so.isEmpty()) {
      return so;
    }
    Either<Rejection, Transition> next;
    try {
      next = command.apply(so.get());
    } catch (IllegalArgumentException e) {
      // A value the core's events do not accept (a reason longer than 4,000 characters, say).
      add(ImportError.row(file, line, ImportError.Kind.REFUSED, e.getMessage()));
      return Option.none();
    }
    if (next.isLeft()) {
      add(ImportError.row(file, line, ImportError.Kind.REFUSED, next.getLeft().message()));
      return Option.none();
    }
    return Option.some(next.get());
  }
}
