package org.oversight.complaint.rules.overview;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.rules.PatternFlag;

/**
 * One early-warning signal for a supervisor: several complaints about the same subject within a
 * window, or repeated reports about the same subject from the same complainant (the "warned"
 * pattern), with the cases behind it. It is input for a supervisor to look at, not a finding against
 * anyone: nothing about the merits of the complaints is implied.
 *
 * <p><strong>Internal only.</strong> A signal identifies people: the subject's service number, the
 * complainant's (normalised) name, and case ids. Never publish it; the public figures are
 * {@link PublicOverview}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what repeats, not null
 * @param category the allegation category the threshold was for, none for the any-category threshold, not null
 * @param subject the subject's service number, not blank
 * @param complainant for {@link Kind#REPEATED_REPORTER}, the complainant's normalised name; none otherwise; not null
 * @param pattern the cases, oldest first, and the first and last receipt, not null
 * @since 0.1
 */
public record EarlyWarning(Kind kind, Option<CategoryCode> category, String subject, Option<String> complainant,
    PatternFlag pattern) {

  /** What repeats. */
  public enum Kind {
    /** Complaints about one subject (by service number) reached the threshold within the window. */
    REPEATED_SUBJECT,
    /** One complainant reported one subject repeatedly within the window (the "warned" pattern). */
    REPEATED_REPORTER
  }

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if subject is blank, or complainant is present exactly when kind is not
   *     {@link Kind#REPEATED_REPORTER}
   */
  public EarlyWarning {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(category, "category is null");
    Objects.requireNonNull(subject, "subject is null");
    Objects.requireNonNull(complainant, "complainant is null");
    Objects.requireNonNull(pattern, "pattern is null");
    if (subject.isBlank()) {
      throw new IllegalArgumentException("subject must not be blank");
    }
    if (complainant.isDefined() != (kind == Kind.REPEATED_REPORTER)) {
      throw new IllegalArgumentException("a complainant is named exactly for a REPEATED_REPORTER warning");
    }
  }

  /**
   * Returns the cases behind the signal, oldest first.
   *
   * @return the case ids, at least two, never null
   */
  public Seq<CaseId> cases() {
    return pattern.cases();
  }
}
