package org.oversight.complaint.core;

/**
 * The reasons an outcome notice gives the complainant for the decision: the statement of reasons
 * (Norwegian <i>begrunnelse</i>, Danish <i>begrundelse</i>, Swedish <i>motivering</i>). Where the law
 * requires a reasoned answer (Norway: forvaltningsloven §§ 24–25), a rule pack checks that the
 * notice carries one; the core only carries it. It is part of what the notice says, unlike the
 * {@link Stamp#reason()}, which is the caseworker's audit note about recording the event.
 *
 * <p>Valid by construction: not blank, at most 10,000 characters, free text without control
 * characters other than line breaks and tabs, bidirectional formatting characters, byte order marks
 * or unpaired surrogates. {@link #toString()} withholds the text, which may hold personal data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the reasons as given, not null, not blank
 * @since 0.1
 */
public record StatementOfReasons(String text) {
  /**
   * Validates.
   *
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if text is blank, longer than 10,000 characters, or holds a
   *     character free text refuses
   */
  public StatementOfReasons {
    Checks.nonBlankText(text, "text", 10_000);
  }

  /**
   * Obtains a statement of reasons.
   *
   * @param text the reasons as given, not null, not blank
   * @return the statement, never null
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if text is blank, too long, or holds a refused character
   */
  public static StatementOfReasons of(String text) {
    return new StatementOfReasons(text);
  }

  /** Prints the length only: the text may name people. */
  @Override
  public String toString() {
    return "StatementOfReasons[text=" + Checks.withheld(text) + "]";
  }
}
