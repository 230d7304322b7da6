package org.oversight.complaint.rules.vocabulary;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The answer of a {@link Vocabulary} lookup for a value it does not map: which vocabulary, which
 * column, which value, what kind of term was asked for, and which values of that kind the column
 * does map. A lookup never falls back to a default.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param vocabulary the vocabulary's name, not null
 * @param field the column, not null
 * @param value the value as given, not null
 * @param expected the kinds of term the lookup accepts, not null, not empty
 * @param known the values of those kinds that the column maps, as written in the vocabulary, not null
 * @since 0.1
 */
public record UnknownTerm(String vocabulary, String field, String value, Seq<Term.Kind> expected, Seq<String> known) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if expected is empty
   */
  public UnknownTerm {
    Objects.requireNonNull(vocabulary, "vocabulary is null");
    Objects.requireNonNull(field, "field is null");
    Objects.requireNonNull(value, "value is null");
    Objects.requireNonNull(expected, "expected is null");
    Objects.requireNonNull(known, "known is null");
    expected.forEach(k -> Objects.requireNonNull(k, "expected kind is null"));
    known.forEach(k -> Objects.requireNonNull(k, "known value is null"));
    if (expected.isEmpty()) {
      throw new IllegalArgumentException("expected must not be empty");
    }
  }

  /**
   * Returns an English explanation, for example
   * {@code vocabulary NYC-CCRB has no outcome or status for board_disposition "Withdrawn" (known: ...)}.
   *
   * @return the message, never null
   */
  public String message() {
    return "vocabulary " + vocabulary + " has no " + expected.map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
        .mkString(" or ") + " for " + field + " \"" + value + "\""
        + (known.isEmpty() ? " (the column maps no such values)" : " (known: " + known.mkString(", ") + ")");
  }
}
