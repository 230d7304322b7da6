package org.oversight.complaint.wire;

import java.util.Objects;
import org.oversight.complaint.core.CaseEvent;

/**
 * One event of a chained history, as a store keeps it: the event, the digest of the event before it
 * ({@link Digest#NONE} for the first) and its own digest, which {@link EventChain} computes over both.
 *
 * <p>A link read back from storage may have been tampered with, so a link is not checked when it is
 * built: {@link EventChain#verify} does that, for the whole history. Immutable and thread-safe.
 *
 * @param event the event, not null
 * @param previous the digest of the event before it, {@link Digest#NONE} for the first, not null
 * @param digest this link's digest, as recorded, not null
 * @since 0.1
 */
public record ChainLink(CaseEvent event, Digest previous, Digest digest) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   */
  public ChainLink {
    Objects.requireNonNull(event, "event is null");
    Objects.requireNonNull(previous, "previous is null");
    Objects.requireNonNull(digest, "digest is null");
  }
}
