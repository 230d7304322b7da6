package org.oversight.complaint.json3;

import tools.jackson.core.util.JacksonFeature;

/**
 * The options of {@link ComplaintModule}, each with a documented default. Toggle them with
 * {@link ComplaintModule#enable(ComplaintFeature)} and {@link ComplaintModule#disable(ComplaintFeature)}
 * before registering the module. Never read from system properties: two libraries embedding this
 * module in one JVM must not see each other's settings.
 *
 * <p>Unknown fields are governed by Jackson's own
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} (enabled by default: fail, naming the
 * field), and read limits by the mapper's {@code StreamReadConstraints}; {@link ComplaintJson} sets
 * both with documented defaults.
 *
 * @since 0.1
 */
public enum ComplaintFeature implements JacksonFeature {

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

  @Override
  public boolean enabledByDefault() {
    return enabledByDefault;
  }

  @Override
  public int getMask() {
    return 1 << ordinal();
  }

  @Override
  public boolean enabledIn(int flags) {
    return (flags & getMask()) != 0;
  }
}
