package org.oversight.complaint.core;

/**
 * The answer a party gave when asked for consent.
 *
 * @since 0.1
 */
public enum ConsentState {
  /** Consent given. */
  GIVEN,
  /** Consent refused; recorded so the refusal is not lost. */
  REFUSED,
  /** Consent given earlier and now withdrawn. */
  WITHDRAWN
}
