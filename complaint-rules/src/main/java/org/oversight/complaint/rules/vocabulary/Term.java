package org.oversight.complaint.rules.vocabulary;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Outcome;

/**
 * One entry of a {@link Vocabulary}: a value that a column of a published export holds, and what it
 * means in our model. A value names an allegation category ({@link CategoryTerm}), a decided outcome
 * with its counting in the upheld share ({@link OutcomeTerm}), or a case status ({@link StatusTerm}:
 * a status column, or a finding column that says the case is still open, such as Philadelphia's
 * "Pending" or CPDP's "ZZ").
 *
 * <p>A term whose meaning the publisher does not define carries an {@link #assumption()}: our
 * reading, in words, so that it is visible and can be replaced with {@link Vocabulary#with(Term)}.
 *
 * <p>Source values are matched ignoring case, surrounding blanks and repeated blanks
 * ({@link #key(String)}); the value is kept as written.
 *
 * <p>All implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface Term permits Term.CategoryTerm, Term.OutcomeTerm, Term.StatusTerm {

  /**
   * What a term maps to.
   *
   * @since 0.1
   */
  enum Kind {
    /** An allegation category. */
    CATEGORY,
    /** A decided outcome. */
    OUTCOME,
    /** A case status. */
    STATUS
  }

  /**
   * Returns the column of the export that holds the value.
   *
   * @return the column name, never null, not blank
   */
  String field();

  /**
   * Returns the source value, as written in the vocabulary.
   *
   * @return the value, never null, not blank
   */
  String value();

  /**
   * Returns our reading of a value whose meaning the publisher does not give.
   *
   * @return the reading, none if the meaning is published, never null
   */
  Option<String> assumption();

  /**
   * Returns what the term maps to.
   *
   * @return the kind, never null
   */
  Kind kind();

  /**
   * Tells whether the mapping is our assumption rather than the publisher's definition.
   *
   * @return true if {@link #assumption()} is defined
   */
  default boolean isAssumed() {
    return assumption().isDefined();
  }

  /**
   * Returns the key under which source values are matched: stripped, runs of blanks made one space,
   * upper case in {@link Locale#ROOT}.
   *
   * @param value a source value, not null
   * @return the key, never null
   * @throws NullPointerException if value is null
   */
  static String key(String value) {
    Objects.requireNonNull(value, "value is null");
    return Terms.BLANKS.matcher(value.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
  }

  /**
   * A value that names an allegation category.
   *
   * @param field the column, not blank
   * @param value the source value, not blank
   * @param code our category code, not null
   * @param assumption our reading if the meaning is not published, not null
   * @since 0.1
   */
  record CategoryTerm(String field, String value, CategoryCode code, Option<String> assumption) implements Term {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if field, value or a defined assumption is blank
     */
    public CategoryTerm {
      Terms.check(field, value, assumption);
      Objects.requireNonNull(code, "code is null");
    }

    @Override
    public Kind kind() {
      return Kind.CATEGORY;
    }
  }

  /**
   * A value that records a decided outcome, and how it counts in the upheld share.
   *
   * @param field the column, not blank
   * @param value the source value, not blank
   * @param outcome our outcome code, not null
   * @param counting how the outcome counts, not null
   * @param assumption our reading if the meaning is not published, not null
   * @since 0.1
   */
  record OutcomeTerm(String field, String value, Outcome outcome, Counting counting, Option<String> assumption)
      implements Term {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if field, value or a defined assumption is blank
     */
    public OutcomeTerm {
      Terms.check(field, value, assumption);
      Objects.requireNonNull(outcome, "outcome is null");
      Objects.requireNonNull(counting, "counting is null");
    }

    @Override
    public Kind kind() {
      return Kind.OUTCOME;
    }
  }

  /**
   * A value that gives the case's status: a status column, or a finding column saying that no
   * finding has been made yet. {@link CaseStatus#isOpen()} tells open from closed.
   *
   * @param field the column, not blank
   * @param value the source value, not blank
   * @param status our status, not null
   * @param assumption our reading if the meaning is not published, not null
   * @since 0.1
   */
  record StatusTerm(String field, String value, CaseStatus status, Option<String> assumption) implements Term {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if field, value or a defined assumption is blank
     */
    public StatusTerm {
      Terms.check(field, value, assumption);
      Objects.requireNonNull(status, "status is null");
    }

    @Override
    public Kind kind() {
      return Kind.STATUS;
    }
  }
}
