package org.oversight.complaint.wire.codec;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * One object or array read ahead of the decoder that will ask for it (or that an unknown member holds),
 * kept as its tokens in a compact buffer instead of a tree: a byte per token and, for a name, a string or
 * a number, its length and its characters (one byte each when ASCII, at most three, so that any Java
 * string, an unpaired surrogate too, comes back unchanged). A tree costs tens of bytes per value, which let
 * a 16 MB array of small numbers take more than 400 MB; a tape costs about the document's own size. It is
 * replayed as a {@link TokenSource} ({@link #reader}), so that the cursor reads it as it reads a parser,
 * without a tree, or rendered as JSON text ({@link #toJson}) for a lenient read's unknown fields.
 *
 * <p>Recording checks what building a tree checked ({@link TreeBuilder#read}): each member name once per
 * object, no more members than the read can keep, numbers in range, no token that is not JSON, and the end
 * of the input inside the value; each failure names its JSON pointer.
 *
 * <p>The buffer is a list of fixed-size chunks, so that it grows without copying what it holds. Immutable
 * once recorded; a reader is not thread-safe (one per use).
 */
final class TokenTape {

  private static final int CHUNK_BITS = 15;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final TokenSource.Kind[] KINDS = TokenSource.Kind.values();
  // A name, string or number shorter than SHORT characters is one byte SHORT_TEXT | kind << 3 | length; the
  // four kinds with a text are consecutive, from FIELD_NAME.
  private static final int SHORT = 8;
  private static final int SHORT_TEXT = 0x40;
  private static final int FIRST_TEXT = TokenSource.Kind.FIELD_NAME.ordinal();

  private byte[][] chunks = new byte[1][];
  private int length;

  private TokenTape() {
    chunks[0] = new byte[64];
  }

  /** An open container while recording: where it sits, and an object's member names so far. */
  private static final class Frame {
    final Pointer at;
    final ObjectFields.Builder names;
    String name;
    int index;

    Frame(Pointer at, boolean object) {
      this.at = at;
      this.names = object ? new ObjectFields.Builder() : null;
    }

    Pointer next() {
      return names != null ? at.property(name) : at.index(index);
    }
  }

  /**
   * Records the object or array the source is on, to its last token, which the source is left on.
   *
   * @param tokens the source, on the value's first token, a start of an object or array, not null
   * @param at where the value sits, not null
   * @param reading the read, whose maximum of unknown fields bounds an object's members, not null
   * @return the tape, never null
   * @throws IOException if the parser fails
   * @throws Failure if a name repeats, an object has more members than the read can keep, a number is out
   *     of range, a token is not JSON, or the input ends inside the value
   */
  static TokenTape record(TokenSource tokens, Pointer at, Reading reading) throws IOException {
    int maxUnknown = TreeBuilder.maxUnknown(reading);
    TokenTape tape = new TokenTape();
    Deque<Frame> open = new ArrayDeque<>();
    TokenSource.Kind t = tokens.current();
    while (true) {
      if (t == null) {
        throw WireProblem.of("the input ends inside a value", open.isEmpty() ? at : open.peek().at,
            "a complete JSON value").failure();
      }
      Frame top = open.peek();
      switch (t) {
        case START_OBJECT, START_ARRAY -> {
          open.push(new Frame(top == null ? at : top.next(), t == TokenSource.Kind.START_OBJECT));
          tape.put(t);
        }
        case END_OBJECT, END_ARRAY -> {
          open.pop();
          tape.put(t);
        }
        case FIELD_NAME -> {
          String name = tokens.name();
          TreeBuilder.checkMember(top.names, top.at, name, maxUnknown);
          top.names.add(name, null);
          top.name = name;
          tape.put(t, name);
        }
        case STRING -> tape.put(t, tokens.text());
        case INTEGER, DECIMAL -> {
          String literal = tokens.text();
          TreeBuilder.number(literal, t == TokenSource.Kind.INTEGER, top == null ? at : top.next());
          tape.put(t, literal);
        }
        case TRUE, FALSE, NULL -> tape.put(t);
        default -> throw WireProblem.of("found " + tokens.text(), tokens.pointer(), "a JSON value").failure();
      }
      // a value completed in an array moves the array to its next index
      Frame completedIn = t == TokenSource.Kind.END_OBJECT || t == TokenSource.Kind.END_ARRAY ? open.peek()
          : t == TokenSource.Kind.FIELD_NAME || t == TokenSource.Kind.START_OBJECT
              || t == TokenSource.Kind.START_ARRAY ? null : top;
      if (completedIn != null && completedIn.names == null) {
        completedIn.index++;
      }
      if (open.isEmpty()) {
        return tape;
      }
      t = tokens.next();
    }
  }

  private void put(TokenSource.Kind kind) {
    putByte(kind.ordinal());
  }

  private void put(TokenSource.Kind kind, String text) {
    int n = text.length();
    if (n < SHORT) {
      // a short text's length goes into its kind's byte: an array of small numbers costs what its JSON does
      putByte(SHORT_TEXT | (kind.ordinal() - FIRST_TEXT) << 3 | n);
    } else {
      putByte(kind.ordinal());
      // the length in characters, seven bits a byte
      while (n >= 0x80) {
        putByte(0x80 | (n & 0x7F));
        n >>>= 7;
      }
      putByte(n);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        putByte(c);
      } else if (c < 0x800) {
        putByte(0xC0 | c >> 6);
        putByte(0x80 | c & 0x3F);
      } else {
        putByte(0xE0 | c >> 12);
        putByte(0x80 | c >> 6 & 0x3F);
        putByte(0x80 | c & 0x3F);
      }
    }
  }

  private void putByte(int b) {
    int chunk = length >>> CHUNK_BITS;
    int offset = length & (CHUNK - 1);
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    byte[] bytes = chunks[chunk];
    if (bytes == null) {
      bytes = chunks[chunk] = new byte[CHUNK];
    } else if (offset == bytes.length) {
      // the first chunk starts small: most values read ahead are a few dozen bytes
      bytes = chunks[chunk] = Arrays.copyOf(bytes, Math.min(CHUNK, bytes.length * 4));
    }
    bytes[offset] = (byte) b;
    length++;
  }

  private int byteAt(int position) {
    return chunks[position >>> CHUNK_BITS][position & (CHUNK - 1)] & 0xFF;
  }

  /**
   * Returns a source that replays the tape, on its first token.
   *
   * @param at where the value sits, the pointer the source reports, not null
   * @return the source, never null
   */
  TokenSource reader(Pointer at) {
    return new Reader(at);
  }

  /**
   * Returns the value as compact JSON text, as {@link WireValue#toJson} writes it.
   *
   * @return the text, never null
   */
  String toJson() {
    StringBuilder out = new StringBuilder(length);
    Reader r = new Reader(Pointer.root());
    // after a value or a container's end, the next value or name is preceded by a comma
    boolean comma = false;
    for (TokenSource.Kind t = r.current(); t != null; t = r.next()) {
      if (comma && t != TokenSource.Kind.END_OBJECT && t != TokenSource.Kind.END_ARRAY) {
        out.append(',');
      }
      switch (t) {
        case START_OBJECT -> out.append('{');
        case END_OBJECT -> out.append('}');
        case START_ARRAY -> out.append('[');
        case END_ARRAY -> out.append(']');
        case FIELD_NAME -> new WireValue.Str(r.name()).appendTo(out);
        case STRING -> new WireValue.Str(r.text()).appendTo(out);
        case INTEGER, DECIMAL -> out.append(r.text());
        case TRUE -> out.append("true");
        case FALSE -> out.append("false");
        default -> out.append("null");
      }
      if (t == TokenSource.Kind.FIELD_NAME) {
        out.append(':');
      }
      comma = t != TokenSource.Kind.FIELD_NAME && t != TokenSource.Kind.START_OBJECT
          && t != TokenSource.Kind.START_ARRAY;
    }
    return out.toString();
  }

  /** Replays the tape's tokens. */
  private final class Reader implements TokenSource {
    private final Pointer at;
    private int position;
    private Kind current;
    // where the current token's text starts, and its length in characters
    private int textAt;
    private int textLength;

    Reader(Pointer at) {
      this.at = at;
      advance();
    }

    private void advance() {
      if (position >= length) {
        current = null;
        return;
      }
      int code = byteAt(position++);
      if (code >= SHORT_TEXT) {
        current = KINDS[FIRST_TEXT + (code >> 3 & 3)];
        textLength = code & (SHORT - 1);
        textAt = position;
        skipText();
        return;
      }
      current = KINDS[code];
      if (current == Kind.FIELD_NAME || current == Kind.STRING || current == Kind.INTEGER
          || current == Kind.DECIMAL) {
        int n = 0;
        int shift = 0;
        int b;
        do {
          b = byteAt(position++);
          n |= (b & 0x7F) << shift;
          shift += 7;
        } while (b >= 0x80);
        textAt = position;
        textLength = n;
        skipText();
      }
    }

    private void skipText() {
      for (int i = 0; i < textLength; i++) {
        int lead = byteAt(position);
        position += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 3;
      }
    }

    private String decode() {
      char[] chars = new char[textLength];
      int p = textAt;
      for (int i = 0; i < chars.length; i++) {
        int lead = byteAt(p++);
        if (lead < 0x80) {
          chars[i] = (char) lead;
        } else if (lead < 0xE0) {
          chars[i] = (char) ((lead & 0x1F) << 6 | byteAt(p++) & 0x3F);
        } else {
          int second = byteAt(p++);
          chars[i] = (char) ((lead & 0x0F) << 12 | (second & 0x3F) << 6 | byteAt(p++) & 0x3F);
        }
      }
      return new String(chars);
    }

    @Override
    public Kind current() {
      return current;
    }

    @Override
    public Kind next() {
      advance();
      return current;
    }

    @Override
    public String name() {
      return decode();
    }

    @Override
    public String text() {
      return decode();
    }

    @Override
    public void skipChildren() {
      if (current != Kind.START_OBJECT && current != Kind.START_ARRAY) {
        return;
      }
      int depth = 1;
      while (depth > 0) {
        advance();
        if (current == Kind.START_OBJECT || current == Kind.START_ARRAY) {
          depth++;
        } else if (current == Kind.END_OBJECT || current == Kind.END_ARRAY) {
          depth--;
        }
      }
    }

    @Override
    public Pointer pointer() {
      return at;
    }
  }
}
