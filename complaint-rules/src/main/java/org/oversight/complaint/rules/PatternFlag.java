package org.oversight.complaint.rules;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.oversight.complaint.core.CaseId;

/**
 * A repeat pattern: several cases about the same subject, or from the same complainant, received
 * within a window (the "warned" pattern of the Oslo domestic-violence work: repeated reports about
 * the same person must be seen together, in time).
 *
 * @param kind what the cases share, not null
 * @param identity the shared identity (a service number, or a normalised complainant name), not blank
 * @param cases the cases, oldest first, at least two, not null
 * @param first when the first was received, not null
 * @param last when the last was received, not before first, not null
 * @since 0.1
 */
public record PatternFlag(Kind kind, String identity, Seq<CaseId> cases, Instant first, Instant last) {

  /** What the cases of a pattern share. */
  public enum Kind {
    /** The same subject (by service number). */
    SAME_SUBJECT,
    /** The same complainant (by name). */
    SAME_COMPLAINANT
  }

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if identity is blank, fewer than two cases, or last is before first
   */
  public PatternFlag {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(identity, "identity is null");
    Objects.requireNonNull(cases, "cases is null");
    Objects.requireNonNull(first, "first is null");
    Objects.requireNonNull(last, "last is null");
    if (identity.isBlank() || cases.size() < 2 || last.isBefore(first)) {
      throw new IllegalArgumentException("a pattern has an identity, at least two cases and first <= last");
    }
  }

  /**
   * Returns the warning for this pattern.
   *
   * @return the warning {@code warning.pattern.sameSubject} or {@code warning.pattern.sameComplainant}
   *     with arguments {0} the number of cases, {1} the case ids, {2} first, {3} last, never null
   */
  public Warning toWarning() {
    return new Warning("warning.pattern." + Messages.camel(kind.name()), io.vavr.collection.List.of(
        String.valueOf(cases.size()), cases.mkString(", "), first.toString(), last.toString()));
  }

  /**
   * Explains the pattern.
   *
   * @param locale the language, not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    return toWarning().message(locale);
  }
}
