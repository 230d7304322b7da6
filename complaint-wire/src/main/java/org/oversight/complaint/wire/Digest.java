package org.oversight.complaint.wire;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 digest, written {@code sha256:} followed by 64 lower-case hexadecimal digits: the link of an
 * {@link EventChain}. {@link #NONE} is the predecessor of a history's first event.
 *
 * <p>Valid by construction (exactly 32 bytes); immutable and thread-safe.
 *
 * @param hex the 64 lower-case hexadecimal digits, not null
 * @since 0.1
 */
public record Digest(String hex) {

  private static final String PREFIX = "sha256:";

  /** The predecessor of a history's first event: 32 zero bytes. */
  public static final Digest NONE = new Digest("0".repeat(64));

  /**
   * Validates.
   *
   * @throws NullPointerException if hex is null
   * @throws IllegalArgumentException if hex is not 64 lower-case hexadecimal digits
   */
  public Digest {
    Objects.requireNonNull(hex, "hex is null");
    if (hex.length() != 64 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new IllegalArgumentException("a SHA-256 digest is 64 lower-case hexadecimal digits, not \"" + hex + "\"");
    }
  }

  /**
   * Reads a digest as {@link #toString()} writes it.
   *
   * @param text {@code sha256:} and 64 lower-case hexadecimal digits, not null
   * @return the digest, never null
   * @throws NullPointerException if text is null
   * @throws IllegalArgumentException if text is not a digest in that form
   */
  public static Digest parse(String text) {
    Objects.requireNonNull(text, "text is null");
    if (!text.startsWith(PREFIX)) {
      throw new IllegalArgumentException("a digest starts with \"" + PREFIX + "\", not \"" + text + "\"");
    }
    return new Digest(text.substring(PREFIX.length()));
  }

  /**
   * Wraps the 32 bytes of a SHA-256 digest.
   *
   * @param sha256 the bytes, not null, 32 long; not kept
   * @return the digest, never null
   * @throws IllegalArgumentException if there are not 32 bytes
   */
  static Digest of(byte[] sha256) {
    if (sha256.length != 32) {
      throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + sha256.length);
    }
    return new Digest(HexFormat.of().formatHex(sha256));
  }

  /**
   * Returns the 32 bytes.
   *
   * @return a new array, never null
   */
  byte[] bytes() {
    return HexFormat.of().parseHex(hex);
  }

  /**
   * Returns {@code sha256:} and the hexadecimal digits, the form {@link #parse} reads.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return PREFIX + hex;
  }
}
