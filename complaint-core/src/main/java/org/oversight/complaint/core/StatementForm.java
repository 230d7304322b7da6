package org.oversight.complaint.core;

/**
 * The form in which a party made a statement to the body: orally, in writing, or in writing and
 * signed. The law sometimes asks for a form: written permission to complain on someone's behalf
 * (E&amp;W Police Reform Act 2002 s. 12), a signed notification to withdraw a complaint (E&amp;W
 * SI 2020/2 reg 38).
 *
 * @since 0.1
 */
public enum StatementForm {
  /** Said in person or by phone, and written down by the body. */
  ORAL,
  /** In writing (a letter, an e-mail, a web form), not signed. */
  WRITTEN,
  /** In writing and signed by the party or their solicitor or agent. */
  SIGNED_WRITTEN;

  /**
   * Tells whether the statement was made in writing, signed or not.
   *
   * @return true for {@link #WRITTEN} and {@link #SIGNED_WRITTEN}
   */
  public boolean isWritten() {
    return this != ORAL;
  }
}
