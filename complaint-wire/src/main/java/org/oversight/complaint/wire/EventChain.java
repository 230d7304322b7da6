package org.oversight.complaint.wire;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.wire.codec.CaseEventEncoder;
import org.oversight.complaint.wire.codec.WireOut;

/**
 * A tamper-evident event history: each event is chained to the one before it by a SHA-256 digest
 * computed over the predecessor's digest and the event's canonical wire bytes, so that
 * {@link #verify(Iterable, Digest)} detects an event that was dropped, edited, re-dated, reordered or
 * brought in from another history, and names the first position at fault.
 *
 * <p><b>What plain replay guarantees, and what the chain adds.</b> {@code ComplaintCase.replay}
 * proves that a history is <em>legal</em>: every event was allowed after the ones before it. It cannot
 * tell the history that was written from another legal one: dropping the last events, editing a
 * reason or moving a date by a second replay without complaint. The chain proves <em>integrity</em>
 * relative to a head digest the caller keeps apart from the events (in the case's row, a signed
 * receipt, an audit system): every change to the events before that head is detected. Without a kept
 * head ({@link #verify(Iterable)}), a change is detected except when the history was cut short or
 * rewritten from some point to its end, digests included. The chain is not a signature: whoever can
 * rewrite the head can rewrite the history; keep the head where the events' writers cannot change it.
 *
 * <p>The canonical bytes are the event's wire format (version 1, {@code docs/wire-format.md}) written
 * without whitespace, members in the order the wire format writes them, strings as UTF-8 with only
 * {@code "}, {@code \} and control characters escaped. They do not depend on how a store keeps the
 * event (pretty-printed, as {@code jsonb} with its own member order): the digest is always computed from
 * the event itself. The digest of a link is {@code SHA-256(previous || canonical(event))}, the
 * first event's previous being {@link Digest#NONE}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class EventChain {

  private EventChain() {}

  /**
   * Chains a history from its first event.
   *
   * @param events the events, oldest first, not null, no null element
   * @return one link per event, never null
   * @throws NullPointerException if events or one of them is null
   */
  public static Seq<ChainLink> link(Iterable<? extends CaseEvent> events) {
    Objects.requireNonNull(events, "events is null");
    Vector<ChainLink> links = Vector.empty();
    Digest previous = Digest.NONE;
    for (CaseEvent event : events) {
      ChainLink link = append(previous, event);
      links = links.append(link);
      previous = link.digest();
    }
    return links;
  }

  /**
   * Chains one more event to a history, as a store does when it appends.
   *
   * @param previous the digest of the history's last event, {@link Digest#NONE} for a new history, not null
   * @param event the event appended, not null
   * @return the link, never null
   * @throws NullPointerException if an argument is null
   */
  public static ChainLink append(Digest previous, CaseEvent event) {
    return new ChainLink(event, previous, digest(previous, event));
  }

  /**
   * Computes the digest of an event chained to a predecessor.
   *
   * @param previous the predecessor's digest, {@link Digest#NONE} for a first event, not null
   * @param event the event, not null
   * @return {@code SHA-256(previous || canonical(event))}, never null
   * @throws NullPointerException if an argument is null
   */
  public static Digest digest(Digest previous, CaseEvent event) {
    Objects.requireNonNull(previous, "previous is null");
    Objects.requireNonNull(event, "event is null");
    MessageDigest sha256 = sha256();
    sha256.update(previous.bytes());
    sha256.update(canonical(event));
    return Digest.of(sha256.digest());
  }

  /**
   * Returns an event's canonical wire bytes, the ones its digest is computed over.
   *
   * @param event the event, not null
   * @return the UTF-8 bytes of its compact wire form, never null
   * @throws NullPointerException if event is null
   */
  public static byte[] canonical(CaseEvent event) {
    Objects.requireNonNull(event, "event is null");
    CanonicalOut out = new CanonicalOut();
    try {
      CaseEventEncoder.INSTANCE.write(event, out);
    } catch (IOException e) {
      // CanonicalOut writes to memory and never fails
      throw new UncheckedIOException(e);
    }
    return out.bytes();
  }

  /**
   * Verifies a history without a kept head: each link's digest is recomputed from its content and
   * predecessor, and each link must name the digest of the link before it.
   *
   * @param links the history, oldest first, not null
   * @return the digest of the last link (the head, to keep), {@link Digest#NONE} for an empty
   *     history, or the first break, never null
   * @throws NullPointerException if links or one of them is null
   */
  public static Either<ChainBreak, Digest> verify(Iterable<ChainLink> links) {
    Objects.requireNonNull(links, "links is null");
    Digest previous = Digest.NONE;
    int position = 0;
    for (ChainLink link : links) {
      if (!link.previous().equals(previous)) {
        return Either.left(new ChainBreak(position, ChainBreak.Kind.NOT_CHAINED_TO_PREDECESSOR, previous,
            link.previous()));
      }
      Digest recomputed = digest(previous, link.event());
      if (!recomputed.equals(link.digest())) {
        return Either.left(new ChainBreak(position, ChainBreak.Kind.CHANGED, link.digest(), recomputed));
      }
      previous = recomputed;
      position++;
    }
    return Either.right(previous);
  }

  /**
   * Verifies a history against the head digest the caller kept when it last wrote: as
   * {@link #verify(Iterable)}, and the history must end at that head.
   *
   * @param links the history, oldest first, not null
   * @param head the digest of the last link as it was written, not null
   * @return the head, or the first break, never null
   * @throws NullPointerException if an argument is null
   */
  public static Either<ChainBreak, Digest> verify(Iterable<ChainLink> links, Digest head) {
    Objects.requireNonNull(head, "head is null");
    Either<ChainBreak, Digest> verified = verify(links);
    if (verified.isLeft() || verified.get().equals(head)) {
      return verified;
    }
    return Either.left(new ChainBreak(Vector.ofAll(links).size(), ChainBreak.Kind.HEAD_MISSING, head,
        verified.get()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide SHA-256 (MessageDigest's specification)
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** The compact, canonical JSON writer: no whitespace, minimal escapes, UTF-8. */
  private static final class CanonicalOut implements WireOut {
    private final StringBuilder json = new StringBuilder(512);
    /** Whether the next value in the current container needs a comma before it. */
    private boolean comma;

    byte[] bytes() {
      return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void value() {
      if (comma) {
        json.append(',');
      }
      comma = true;
    }

    @Override
    public void writeStartObject() {
      value();
      json.append('{');
      comma = false;
    }

    @Override
    public void writeEndObject() {
      json.append('}');
      comma = true;
    }

    @Override
    public void writeStartArray() {
      value();
      json.append('[');
      comma = false;
    }

    @Override
    public void writeEndArray() {
      json.append(']');
      comma = true;
    }

    @Override
    public void writeFieldName(String name) {
      value();
      string(name);
      json.append(':');
      comma = false;
    }

    @Override
    public void writeString(String value) {
      value();
      string(value);
    }

    @Override
    public void writeNumber(long value) {
      value();
      json.append(value);
    }

    @Override
    public void writeNumber(BigDecimal value) {
      value();
      json.append(value.toString());
    }

    @Override
    public void writeBoolean(boolean value) {
      value();
      json.append(value);
    }

    private void string(String s) {
      json.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          json.append('\\').append(c);
        } else if (c < 0x20) {
          json.append(String.format("\\u%04x", (int) c));
        } else {
          json.append(c);
        }
      }
      json.append('"');
    }
  }
}
