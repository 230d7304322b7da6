package org.oversight.complaint.wire.codec;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Rejection;

/**
 * Reads a case document. The case is rebuilt the only way the core allows: by replaying
 * {@code history} event by event ({@code ComplaintCase.receive}, then {@code apply}), so an event
 * the core refuses is reported at its own pointer ({@code /history/7}) with the core's
 * {@link Rejection}. The snapshot fields are then checked against the replayed case (unless
 * {@link #verifyingSnapshot(boolean) switched off}): each one that is present must agree, each one
 * may be left out.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ComplaintCaseDecoder extends WireDecoder<ComplaintCase> {

  /** The instance that verifies the snapshot. */
  public static final ComplaintCaseDecoder INSTANCE = new ComplaintCaseDecoder(true);

  private final boolean verifySnapshot;

  private ComplaintCaseDecoder(boolean verifySnapshot) {
    super(ComplaintCase.class);
    this.verifySnapshot = verifySnapshot;
  }

  /**
   * Returns a decoder that does or does not check the snapshot; when not, the snapshot
   * fields are accepted and ignored (the history alone decides).
   *
   * @param verify true to check
   * @return a decoder, never null
   */
  public static ComplaintCaseDecoder verifyingSnapshot(boolean verify) {
    return verify ? INSTANCE : new ComplaintCaseDecoder(false);
  }

  @Override
  ComplaintCase read(Node n) {
    n.object("a case document");
    CaseEventDecoder.checkVersion(n);
    Node historyNode = n.field("history", HISTORY);
    TokenSource onTape = historyNode.unread();
    if (onTape != null) {
      if (onTape.current() != TokenSource.Kind.START_ARRAY) {
        historyNode.elements("events", x -> x);
      }
      ComplaintCase replayed;
      try {
        replayed = streamHistory(onTape, historyNode.pointer(), n.reading());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return finish(n, Either.right(replayed), null, null);
    }
    Seq<Node> items = historyNode.elements("events");
    if (items.isEmpty()) {
      throw historyNode.fail("empty history", "at least the ComplaintReceived event", null);
    }
    Node[] last = new Node[1];
    Either<Rejection, ComplaintCase> replayed = ComplaintCase.replay(() -> items.iterator().map(item -> {
      last[0] = item;
      return CaseEventDecoder.from(item);
    }));
    return finish(n, replayed, items.head(), last[0]);
  }

  @Override
  public ComplaintCase read(TokenSource tokens, Pointer at, Reading reading) throws IOException {
    return readStreaming(tokens, at, reading);
  }

  /**
   * Reads a case document from tokens, replaying its {@code history} event by event as the events are read,
   * so that the history is never held whole: each event is read from its tokens without a tree
   * ({@link Node#stream}), replayed and dropped before the next is read. The other members are kept on one
   * {@link TokenTape} (about the size of their JSON, never a tree) and checked after the document ends, as
   * {@link #decode} checks them, the snapshot by position on the tape. In a strict read a member no case
   * document has is not kept at all: the first one is reported, after the history and the snapshot, in the
   * same words as by {@code decode}.
   *
   * <p>The history is read this way when the document names its {@code schemaVersion}, a supported one,
   * before it (as every writer of this format does); otherwise it is kept on the tape with the rest and
   * replayed from it once the version is checked, so that the errors come in the same order. A document with
   * two errors is reported at the first one met: a refused event before a repeated member name further on,
   * which {@code decode} would report first.
   *
   * @param tokens the source, on the document's first token, not null
   * @param base where the document sits, not null
   * @param reading how to treat unknown fields, not null
   * @return the case, never null
   * @throws IOException if the parser fails
   * @throws Failure if the document is not a valid case document
   */
  public ComplaintCase readStreaming(TokenSource tokens, Pointer base, Reading reading) throws IOException {
    if (tokens.current() != TokenSource.Kind.START_OBJECT) {
      // refused as what it is, without reading it; a parser's failure on it is the parser's own
      try {
        Node.stream(tokens, base, reading).object("a case document");
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      throw new IllegalStateException("bug: a document that is not an object was accepted as a case");
    }
    TokenTape.Recorder document = new TokenTape.Recorder(reading);
    document.startObject(base);
    boolean versionFirst = false;
    boolean historySeen = false;
    boolean unknownSeen = false;
    ComplaintCase streamed = null;
    for (TokenSource.Kind t = tokens.next(); t != TokenSource.Kind.END_OBJECT; t = tokens.next()) {
      if (t != TokenSource.Kind.FIELD_NAME) {
        throw WireProblem.of("the input ends inside a value", base, "a complete JSON value").failure();
      }
      String name = tokens.name();
      tokens.next();
      if (name.equals("history") && versionFirst && tokens.current() == TokenSource.Kind.START_ARRAY) {
        document.name(name);
        streamed = streamHistory(tokens, base.property(name), reading);
        document.emptyArray();
      } else if (reading.failOnUnknown() && !KNOWN.contains(name)) {
        // reported by done() after the history and the snapshot; the value is never needed
        if (unknownSeen) {
          document.check(name);
        } else {
          document.name(name);
          document.nullValue();
          unknownSeen = true;
        }
        tokens.skipChildren();
      } else {
        document.name(name);
        if (name.equals(WireNames.SCHEMA_VERSION_FIELD) && !historySeen) {
          versionFirst = supported(tokens);
        }
        document.value(tokens, base.property(name));
      }
      historySeen |= name.equals("history");
    }
    document.endObject();
    Node n = Node.stream(document.tape().reader(base), base, reading);
    if (streamed == null) {
      return read(n);
    }
    n.object("a case document");
    CaseEventDecoder.checkVersion(n);
    n.field("history", HISTORY);
    return finish(n, Either.right(streamed), null, null);
  }

  private static final String HISTORY = "the case's events, starting with ComplaintReceived";
  private static final WireValue NO_EVENTS = new WireValue.Arr(java.util.List.of());
  private static final java.util.Set<String> KNOWN = knownMembers();

  private static java.util.Set<String> knownMembers() {
    java.util.Set<String> known = new java.util.HashSet<>(Snapshot.FIELDS.asJava());
    known.add(WireNames.SCHEMA_VERSION_FIELD);
    known.add("history");
    return java.util.Set.copyOf(known);
  }

  // whether the version the source is on is one this reader knows
  private static boolean supported(TokenSource version) throws IOException {
    if (version.current() != TokenSource.Kind.INTEGER) {
      return false;
    }
    String literal = version.text();
    if (literal.length() > 3) {
      return false;
    }
    int v = Integer.parseInt(literal);
    return v >= 1 && v <= WireNames.SCHEMA_VERSION;
  }

  /** Replays the history array the source is on, event by event, failing as {@link #read} does. */
  private static ComplaintCase streamHistory(TokenSource tokens, Pointer at, Reading reading) throws IOException {
    Node[] first = new Node[1];
    Node[] last = new Node[1];
    Iterator<CaseEvent> events = new Iterator<>() {
      private int index;
      private TokenSource.Kind ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          try {
            ahead = tokens.next();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return ahead != TokenSource.Kind.END_ARRAY;
      }

      @Override
      public CaseEvent next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        ahead = null;
        last[0] = Node.stream(tokens, at.index(index++), reading);
        if (first[0] == null) {
          first[0] = last[0];
        }
        CaseEvent event = CaseEventDecoder.from(last[0]);
        last[0].finish();
        return event;
      }
    };
    Either<Rejection, ComplaintCase> replayed;
    try {
      replayed = ComplaintCase.replay(() -> events);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (first[0] == null) {
      throw Node.root(NO_EVENTS, at, reading).fail("empty history", "at least the ComplaintReceived event", null);
    }
    if (replayed.isLeft()) {
      throw refusal(replayed.getLeft(), first[0], last[0]);
    }
    return replayed.get();
  }

  /** Fails on a refused history, or checks the snapshot of the replayed case and ends the document. */
  private ComplaintCase finish(Node n, Either<Rejection, ComplaintCase> replayed, Node first, Node last) {
    if (replayed.isLeft()) {
      throw refusal(replayed.getLeft(), first, last);
    }
    ComplaintCase current = replayed.get();
    if (verifySnapshot) {
      Snapshot.check(n, current, ComplaintCaseEncoder::writeSnapshot);
    } else {
      Snapshot.FIELDS.forEach(n::optField);
    }
    n.done();
    return current;
  }

  /**
   * The failure for a history the core refused: at its first event when it does not start with the
   * receipt, else at the refused event, the last one read (replay stops there).
   */
  private static Failure refusal(Rejection r, Node first, Node last) {
    if (r instanceof Rejection.InvalidHistory && ((Rejection.InvalidHistory) r).position() == 0) {
      return first.fail("the history starts with a " + r.command() + " event", "a ComplaintReceived event first", null);
    }
    return last.refused(r, "an event the case accepts in state " + r.state());
  }
}
