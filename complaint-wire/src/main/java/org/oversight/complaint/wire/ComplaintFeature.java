package org.oversight.complaint.wire;

/**
 * The options of both Jackson modules' {@code ComplaintModule}, each with a documented default. Toggle
 * them with {@code ComplaintModule.enable(ComplaintFeature)} and {@code disable(ComplaintFeature)}
 * before registering the module, or with {@code ComplaintJson.Builder.feature}. Never read from system
 * properties: two libraries embedding the module in one JVM must not see each other's settings. One type
 * for complaint-json and complaint-json3.
 *
 * <p>Unknown fields are governed by Jackson's own
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} (enabled by default: fail, naming the
 * field), and read limits by the mapper's {@code StreamReadConstraints}; {@code ComplaintJson} sets
 * both with documented defaults ({@link ReadLimits}).
 *
 * @since 0.1
 */
public enum ComplaintFeature {

  /**
   * Write the snapshot of the current state (status, parties, allegations, …) before the history
   * in a case document. Default: enabled, because most consumers of a case document (search
   * indexes, case-worker screens) want the state without replaying events. Disable for a compact
   * document of {@code schemaVersion} and {@code history} only; readers accept both.
   */
  WRITE_SNAPSHOT(true),

  /**
   * When reading a case document, check every snapshot field that is present against the case
   * replayed from the history, and fail at the first disagreeing pointer. Default: enabled,
   * because a snapshot edited by hand (or by a buggy producer) would otherwise be silently
   * replaced by the replayed state. When disabled, the snapshot fields are accepted and ignored.
   */
  VERIFY_SNAPSHOT(true);

  private final boolean enabledByDefault;

  ComplaintFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /**
   * Tells whether the feature is on unless configured otherwise.
   *
   * @return the default
   */
  public boolean enabledByDefault() {
    return enabledByDefault;
  }

  /**
   * Returns the bit of this feature in a set of features held as an {@code int}.
   *
   * @return a single bit, {@code 1 << ordinal()}
   */
  public int getMask() {
    return 1 << ordinal();
  }

  /**
   * Tells whether this feature is in a set of features held as an {@code int}.
   *
   * @param flags the set, as the sum of {@link #getMask()} of its features
   * @return true if this feature's bit is set
   */
  public boolean enabledIn(int flags) {
    return (flags & getMask()) != 0;
  }
}
