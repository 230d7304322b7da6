package org.oversight.complaint.rules.vocabulary;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Pattern;

/** Shared checks of the term records. */
final class Terms {
  /** Runs of blanks, which a source value's key makes one space. */
  static final Pattern BLANKS = Pattern.compile("\\s+");

  private Terms() {}

  static void check(String field, String value, Option<String> assumption) {
    nonBlank(field, "field");
    nonBlank(value, "value");
    Objects.requireNonNull(assumption, "assumption is null");
    assumption.forEach(a -> nonBlank(a, "assumption"));
  }

  private static void nonBlank(String text, String name) {
    Objects.requireNonNull(text, name + " is null");
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
