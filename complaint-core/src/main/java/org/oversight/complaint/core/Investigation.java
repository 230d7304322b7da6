package org.oversight.complaint.core;

import java.time.Instant;

/**
 * An investigation of the case: its mode, the investigating body and when it was opened.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mode the mode, not null
 * @param body the investigating body, not null
 * @param openedAt when it was opened, not null
 * @since 0.1
 */
public record Investigation(InvestigationMode mode, Body body, Instant openedAt) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   */
  public Investigation {
    Checks.notNull(mode, "mode");
    Checks.notNull(body, "body");
    Checks.notNull(openedAt, "openedAt");
  }
}
