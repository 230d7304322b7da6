package org.oversight.complaint.wire.codec;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * One JSON value kept as its tokens in a compact buffer instead of a tree: a value read ahead of the
 * decoder that will ask for it, an unknown member's value, a case document's members until its history is
 * replayed. A byte per token and, for a name, a string or a number, its length and its characters (one
 * byte each when ASCII, at most three, so that any Java string, an unpaired surrogate too, comes back
 * unchanged; a text shorter than eight characters has its length in its token's byte). A tree costs tens of
 * bytes per value, which let a 16 MB array of small numbers take more than 400 MB; a tape costs about the
 * document's own size (up to twice for a document of empty arrays, whose starts hold where
 * their ends are).
 *
 * <p>A tape is read three ways: replayed as a {@link TokenSource} ({@link #reader}), so that a cursor
 * reads it as it reads a parser; by position ({@link #kind}, {@link #text}, {@link #skip}), for the
 * snapshot check; or rendered as JSON text ({@link #appendJson}). {@link #slice} is the value at a position of
 * the same buffer, without a copy.
 *
 * <p>Recording checks what building a tree checked ({@link TreeBuilder#read}): each member name once per
 * object, no more members than the read can keep, numbers in range, no token that is not JSON, and the end
 * of the input inside the value; each failure names its JSON pointer.
 *
 * <p>The buffer is a list of chunks, so that it grows without copying what it holds; a container's start
 * holds where its end is, so that skipping it is one read, and a text its length in bytes. Immutable
 * once recorded; a reader is not thread-safe (one per use).
 */
final class TokenTape {

  private static final TokenSource.Kind[] KINDS = TokenSource.Kind.values();
  // A name, string or number shorter than SHORT characters is one byte SHORT_TEXT | kind << 3 | length; the
  // four kinds with a text are consecutive, from FIELD_NAME.
  private static final int SHORT = 8;
  private static final int SHORT_TEXT = 0x40;
  private static final int FIRST_TEXT = TokenSource.Kind.FIELD_NAME.ordinal();

  private final Buffer buffer;
  // where the value starts in the buffer
  private final int start;

  private TokenTape(Buffer buffer, int start) {
    this.buffer = buffer;
    this.start = start;
  }

  /**
   * The bytes written so far, in chunks of 4 KiB: the first starts at 256 bytes and doubles (a small value
   * costs little), the others are never copied to grow. Shared by the slices of a tape.
   */
  private static final class Buffer {
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;

    byte[][] chunks = new byte[4][];
    int length;
    private byte[] current = new byte[256];
    private int currentStart;
    private int currentEnd = 256;

    Buffer() {
      chunks[0] = current;
    }

    void put(int b) {
      if (length == currentEnd) {
        grow();
      }
      current[length++ - currentStart] = (byte) b;
    }

    private void grow() {
      if (current.length < CHUNK) {
        current = chunks[0] = Arrays.copyOf(current, current.length * 2);
      } else {
        int chunk = length >>> CHUNK_BITS;
        if (chunk == chunks.length) {
          chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        current = chunks[chunk] = new byte[CHUNK];
        currentStart = length;
      }
      currentEnd = currentStart + current.length;
    }

    // the chunk holding a position; its offset there is position & CHUNK - 1
    byte[] chunk(int position) {
      return chunks[position >>> CHUNK_BITS];
    }

    int at(int position) {
      return chunks[position >>> CHUNK_BITS][position & CHUNK - 1] & 0xFF;
    }

    void set(int position, int b) {
      chunks[position >>> CHUNK_BITS][position & CHUNK - 1] = (byte) b;
    }

    int intAt(int position) {
      return at(position) << 24 | at(position + 1) << 16 | at(position + 2) << 8 | at(position + 3);
    }

    void put(TokenSource.Kind kind) {
      put(kind.ordinal());
    }

    // A container's start, with room for where its end is: returns where it was put.
    int putStart(TokenSource.Kind kind) {
      int at = length;
      put(kind.ordinal());
      for (int i = 0; i < 4; i++) {
        put(0);
      }
      return at;
    }

    // A container's end: its start learns where the token after it is, so that skipping it is one read.
    void putEnd(TokenSource.Kind kind, int startAt) {
      put(kind.ordinal());
      int after = length;
      for (int i = 0; i < 4; i++) {
        set(startAt + 1 + i, after >>> 24 - 8 * i);
      }
    }

    void put(TokenSource.Kind kind, String text) {
      int bytes = encodedLength(text);
      int n = bytes;
      if (n < SHORT) {
        // an array of small numbers costs what its JSON text does
        put(SHORT_TEXT | (kind.ordinal() - FIRST_TEXT) << 3 | n);
      } else {
        put(kind.ordinal());
        // the length in bytes, seven bits a byte
        while (n >= 0x80) {
          put(0x80 | (n & 0x7F));
          n >>>= 7;
        }
        put(n);
      }
      if (bytes == text.length() && currentEnd - length >= bytes) {
        // ASCII that fits the current chunk: one tight loop
        int offset = length - currentStart;
        for (int i = 0; i < bytes; i++) {
          current[offset + i] = (byte) text.charAt(i);
        }
        length += bytes;
        return;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          put(c);
        } else if (c < 0x800) {
          put(0xC0 | c >> 6);
          put(0x80 | c & 0x3F);
        } else {
          put(0xE0 | c >> 12);
          put(0x80 | c >> 6 & 0x3F);
          put(0x80 | c & 0x3F);
        }
      }
    }

    private static int encodedLength(String text) {
      int n = text.length();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          n += c < 0x800 ? 1 : 2;
        }
      }
      return n;
    }
  }

  /**
   * Records the value the source is on, to its last token, which the source is left on.
   *
   * @param tokens the source, on the value's first token, not null
   * @param at where the value sits, not null
   * @param reading the read, whose maximum of unknown fields bounds an object's members, not null
   * @return the tape, never null
   * @throws IOException if the parser fails
   * @throws Failure if a name repeats, an object has more members than the read can keep, a number is out
   *     of range, a token is not JSON, or the input ends inside the value
   */
  static TokenTape record(TokenSource tokens, Pointer at, Reading reading) throws IOException {
    Recorder recorder = new Recorder(reading);
    recorder.value(tokens, at);
    return recorder.tape();
  }

  /**
   * Records one object member by member, for a reader that handles some members itself (a case document's
   * history): each name is checked as {@link #record} checks it.
   *
   * <p>Not thread-safe: one per object.
   */
  static final class Recorder {
    private final Buffer buffer = new Buffer();
    private final int maxUnknown;
    private Names names;
    private Pointer object;
    private int objectAt;

    /**
     * Starts a recorder.
     *
     * @param reading the read, whose maximum of unknown fields bounds an object's members, not null
     */
    Recorder(Reading reading) {
      this.maxUnknown = TreeBuilder.maxUnknown(reading);
    }

    /**
     * Starts the object.
     *
     * @param at where it sits, not null
     */
    void startObject(Pointer at) {
      object = at;
      names = new Names();
      objectAt = buffer.putStart(TokenSource.Kind.START_OBJECT);
    }

    /**
     * Adds a member's name, which must be new.
     *
     * @param name the name, not null
     * @throws Failure if the name repeats or the object has more members than the read can keep
     */
    void name(String name) {
      names.add(name, object, maxUnknown);
      buffer.put(TokenSource.Kind.FIELD_NAME, name);
    }

    /**
     * Checks a member's name as {@link #name} does, without adding it: for a member left out.
     *
     * @param name the name, not null
     * @throws Failure if the name repeats or the object has more members than the read can keep
     */
    void check(String name) {
      names.check(name, object, maxUnknown);
    }

    /** Adds an empty array, in place of a value read elsewhere. */
    void emptyArray() {
      buffer.putEnd(TokenSource.Kind.END_ARRAY, buffer.putStart(TokenSource.Kind.START_ARRAY));
    }

    /** Adds null, in place of a value never read. */
    void nullValue() {
      buffer.put(TokenSource.Kind.NULL);
    }

    /** Ends the object. */
    void endObject() {
      buffer.putEnd(TokenSource.Kind.END_OBJECT, objectAt);
    }

    /**
     * Returns the tape recorded.
     *
     * @return the tape, never null
     */
    TokenTape tape() {
      return new TokenTape(buffer, 0);
    }

    /**
     * Adds the value the source is on, to its last token, which the source is left on.
     *
     * @param tokens the source, on the value's first token, not null
     * @param at where the value sits, not null
     * @throws IOException if the parser fails
     * @throws Failure as {@link #record} fails
     */
    void value(TokenSource tokens, Pointer at) throws IOException {
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
            open.push(new Frame(top == null ? at : top.next(), t == TokenSource.Kind.START_OBJECT,
                buffer.putStart(t)));
          }
          case END_OBJECT, END_ARRAY -> {
            buffer.putEnd(t, open.pop().startAt);
          }
          case FIELD_NAME -> {
            String name = tokens.name();
            top.names.add(name, top.at, maxUnknown);
            top.name = name;
            buffer.put(t, name);
          }
          case STRING -> buffer.put(t, tokens.text());
          case INTEGER, DECIMAL -> {
            String literal = tokens.text();
            TreeBuilder.number(literal, t == TokenSource.Kind.INTEGER, top == null ? at : top.next());
            buffer.put(t, literal);
          }
          case TRUE, FALSE, NULL -> buffer.put(t);
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
          return;
        }
        t = tokens.next();
      }
    }
  }

  /** An object's member names while it is recorded, to refuse a repeated one: scanned while few. */
  static final class Names {
    private static final int SCAN_LIMIT = 8;
    private String[] names = new String[4];
    private int size;
    private java.util.Set<String> set;

    /**
     * Adds a name after checking it.
     *
     * @param name the name, not null
     * @param object the object's pointer, not null
     * @param maxUnknown the most unknown fields the read keeps
     * @throws Failure if the name repeats or the object has too many members
     */
    void add(String name, Pointer object, int maxUnknown) {
      check(name, object, maxUnknown);
      if (set != null) {
        set.add(name);
      } else if (size == SCAN_LIMIT) {
        set = new java.util.HashSet<>(java.util.Arrays.asList(names).subList(0, size));
        set.add(name);
        names = null;
      } else {
        if (size == names.length) {
          names = Arrays.copyOf(names, size * 2);
        }
        names[size] = name;
      }
      size++;
    }

    /**
     * Checks a name without adding it.
     *
     * @param name the name, not null
     * @param object the object's pointer, not null
     * @param maxUnknown the most unknown fields the read keeps
     * @throws Failure if the name repeats or the object has too many members
     */
    void check(String name, Pointer object, int maxUnknown) {
      TreeBuilder.checkMember(contains(name), size, object, name, maxUnknown);
    }

    private boolean contains(String name) {
      if (set != null) {
        return set.contains(name);
      }
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return true;
        }
      }
      return false;
    }
  }

  /** An open container while recording: where it sits, and an object's member names so far. */
  private static final class Frame {
    final Pointer at;
    final Names names;
    final int startAt;
    String name;
    int index;

    Frame(Pointer at, boolean object, int startAt) {
      this.at = at;
      this.names = object ? new Names() : null;
      this.startAt = startAt;
    }

    Pointer next() {
      return names != null ? at.property(name) : at.index(index);
    }
  }

  /**
   * Returns a tree's tape, for the checks that read tapes when a document was read as a tree.
   *
   * @param value the tree, not null
   * @return the tape, never null
   */
  static TokenTape of(WireValue value) {
    Buffer buffer = new Buffer();
    put(buffer, value);
    return new TokenTape(buffer, 0);
  }

  private static void put(Buffer buffer, WireValue value) {
    if (value instanceof WireValue.Obj o) {
      int at = buffer.putStart(TokenSource.Kind.START_OBJECT);
      for (Map.Entry<String, WireValue> e : o.fields().entrySet()) {
        buffer.put(TokenSource.Kind.FIELD_NAME, e.getKey());
        put(buffer, e.getValue());
      }
      buffer.putEnd(TokenSource.Kind.END_OBJECT, at);
    } else if (value instanceof WireValue.Arr a) {
      int at = buffer.putStart(TokenSource.Kind.START_ARRAY);
      for (WireValue element : a.elements()) {
        put(buffer, element);
      }
      buffer.putEnd(TokenSource.Kind.END_ARRAY, at);
    } else if (value instanceof WireValue.Str s) {
      buffer.put(TokenSource.Kind.STRING, s.value());
    } else if (value instanceof WireValue.Num n) {
      buffer.put(n.integral() ? TokenSource.Kind.INTEGER : TokenSource.Kind.DECIMAL, n.literal());
    } else if (value instanceof WireValue.Bool b) {
      buffer.put(b.value() ? TokenSource.Kind.TRUE : TokenSource.Kind.FALSE);
    } else {
      buffer.put(TokenSource.Kind.NULL);
    }
  }

  /**
   * Returns where this value starts, for the positional reads.
   *
   * @return the position
   */
  int start() {
    return start;
  }

  /**
   * Returns the value at a position of this tape's buffer, sharing it.
   *
   * @param position a token's position, the first of a value
   * @return the tape of that value, never null
   */
  TokenTape slice(int position) {
    return new TokenTape(buffer, position);
  }

  /**
   * Returns the kind of the token at a position.
   *
   * @param position a token's position
   * @return the kind, never null
   */
  TokenSource.Kind kind(int position) {
    int code = buffer.at(position);
    return code >= SHORT_TEXT ? KINDS[FIRST_TEXT + (code >> 3 & 3)] : KINDS[code];
  }

  /**
   * Returns the text of the name, string or number at a position.
   *
   * @param position the token's position
   * @return the text, never null
   */
  String text(int position) {
    int at = textStart(position);
    int bytes = textBytes(position);
    char[] chars = new char[bytes];
    int n = 0;
    for (int p = at, end = at + bytes; p < end; n++) {
      int lead = buffer.at(p++);
      if (lead < 0x80) {
        chars[n] = (char) lead;
      } else if (lead < 0xE0) {
        chars[n] = (char) ((lead & 0x1F) << 6 | buffer.at(p++) & 0x3F);
      } else {
        int second = buffer.at(p++);
        chars[n] = (char) ((lead & 0x0F) << 12 | (second & 0x3F) << 6 | buffer.at(p++) & 0x3F);
      }
    }
    return new String(chars, 0, n);
  }

  /**
   * Tells whether the string at a position is a text, without building it.
   *
   * @param position a string's position
   * @param text the text, not null
   * @return true if the same characters
   */
  boolean textEquals(int position, String text) {
    int p = textStart(position);
    int end = p + textBytes(position);
    if (end - p < text.length()) {
      // a character takes at least a byte
      return false;
    }
    if (end - p == text.length()) {
      // as many bytes as characters: ASCII, compared in the chunk when it holds the whole text
      byte[] bytes = buffer.chunk(p);
      int offset = p & Buffer.CHUNK - 1;
      if (offset + text.length() <= bytes.length) {
        for (int i = 0; i < text.length(); i++) {
          if (bytes[offset + i] != text.charAt(i)) {
            return false;
          }
        }
        return true;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (p >= end) {
        return false;
      }
      if (c < 0x80) {
        if (buffer.at(p++) != c) {
          return false;
        }
      } else if (c < 0x800) {
        if (buffer.at(p++) != (0xC0 | c >> 6) || p >= end || buffer.at(p++) != (0x80 | c & 0x3F)) {
          return false;
        }
      } else if (buffer.at(p++) != (0xE0 | c >> 12) || p + 1 >= end || buffer.at(p++) != (0x80 | c >> 6 & 0x3F)
          || buffer.at(p++) != (0x80 | c & 0x3F)) {
        return false;
      }
    }
    return p == end;
  }

  /**
   * Returns the position after the value, or member name, at a position.
   *
   * @param position a value's first token, or a name
   * @return the position of the next token
   */
  int skip(int position) {
    int code = buffer.at(position);
    if (code == START_OBJECT || code == START_ARRAY) {
      return buffer.intAt(position + 1);
    }
    return next(position);
  }

  /**
   * Returns the position of the first token inside the object or array at a position: its first member's
   * name or element, or its end.
   *
   * @param position an object's or array's first token
   * @return the position
   */
  int inside(int position) {
    return position + 5;
  }

  private static final int START_OBJECT = TokenSource.Kind.START_OBJECT.ordinal();
  private static final int START_ARRAY = TokenSource.Kind.START_ARRAY.ordinal();

  // the position of the token after the one at a position
  private int next(int position) {
    int code = buffer.at(position);
    if (code >= SHORT_TEXT) {
      return position + 1 + (code & (SHORT - 1));
    }
    if (code == START_OBJECT || code == START_ARRAY) {
      return position + 5;
    }
    if (code < FIRST_TEXT || code > FIRST_TEXT + 3) {
      return position + 1;
    }
    return textStart(position) + textBytes(position);
  }

  // where a text token's bytes start
  private int textStart(int position) {
    if (buffer.at(position) >= SHORT_TEXT) {
      return position + 1;
    }
    int p = position + 1;
    while (buffer.at(p) >= 0x80) {
      p++;
    }
    return p + 1;
  }

  // how many bytes a text token's characters take
  private int textBytes(int position) {
    int code = buffer.at(position);
    if (code >= SHORT_TEXT) {
      return code & (SHORT - 1);
    }
    int p = position + 1;
    int n = 0;
    int shift = 0;
    int b;
    do {
      b = buffer.at(p++);
      n |= (b & 0x7F) << shift;
      shift += 7;
    } while (b >= 0x80);
    return n;
  }

  /**
   * Returns the members of the object at a position: their names and the positions of their values.
   *
   * @param position the object's first token
   * @param names receives the names, in document order, not null
   * @param values receives the positions of their values, not null
   */
  void members(int position, List<String> names, IntList values) {
    int p = inside(position);
    while (kind(p) == TokenSource.Kind.FIELD_NAME) {
      names.add(text(p));
      p = next(p);
      values.add(p);
      p = skip(p);
    }
  }

  /**
   * Returns where the members of the object at a position are: their names and their values, without
   * building the names.
   *
   * @param position the object's first token
   * @param names receives the positions of the names, in document order, not null
   * @param values receives the positions of their values, not null
   */
  void members(int position, IntList names, IntList values) {
    int p = inside(position);
    while (kind(p) == TokenSource.Kind.FIELD_NAME) {
      names.add(p);
      p = next(p);
      values.add(p);
      p = skip(p);
    }
  }

  /** A growable list of ints. Not thread-safe. */
  static final class IntList {
    private int[] items = new int[8];
    private int size;

    void add(int item) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = item;
    }

    int get(int at) {
      return items[at];
    }

    int size() {
      return size;
    }
  }

  /**
   * Tells whether the number at a position equals a value.
   *
   * @param position a number's position
   * @param value the value, not null
   * @return true if the same number
   */
  boolean numberEquals(int position, BigDecimal value) {
    TokenSource.Kind k = kind(position);
    return (k == TokenSource.Kind.INTEGER || k == TokenSource.Kind.DECIMAL)
        && new BigDecimal(text(position)).compareTo(value) == 0;
  }

  /**
   * Returns a source that replays this value, on its first token; after its last, the source is at the end.
   *
   * @param at where the value sits, the pointer the source reports, not null
   * @return the source, never null
   */
  TokenSource reader(Pointer at) {
    return new Reader(at);
  }


  /**
   * Returns the value as compact JSON text, cut after a number of characters.
   *
   * @param max the most characters to write (a few more when a token is cut), positive
   * @return the text, never null
   */
  String toJson(int max) {
    return appendJson(new StringBuilder(Math.min(max, byteLength() + 16)), max).toString();
  }

  /**
   * Returns how many bytes the value takes on the tape, about as many as its JSON text has characters.
   *
   * @return the length
   */
  int byteLength() {
    return skip(start) - start;
  }

  /**
   * Appends the value as compact JSON text, cut after a number of characters.
   *
   * @param out where to append, not null
   * @param max the most characters to append (a few more when a token is cut), positive
   * @return out, never null
   */
  StringBuilder appendJson(StringBuilder out, int max) {
    int limit = out.length() + Math.min(max, Integer.MAX_VALUE - out.length());
    Reader r = new Reader(Pointer.root());
    // after a value or a container's end, the next value or name is preceded by a comma
    boolean comma = false;
    for (TokenSource.Kind t = r.current(); t != null && out.length() < limit; t = r.next()) {
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
    return out;
  }

  /** Replays the value's tokens. */
  final class Reader implements TokenSource {
    private final Pointer at;
    private int position;
    // the containers open; 0 after the value's last token
    private int depth;
    private Kind current;
    private int currentAt;

    Reader(Pointer at) {
      this.at = at;
      this.position = start;
      advance();
    }

    /**
     * Returns the tape this reader replays.
     *
     * @return the tape, never null
     */
    TokenTape tape() {
      return TokenTape.this;
    }

    /**
     * Returns where the current token sits in the tape.
     *
     * @return the position
     */
    int position() {
      return currentAt;
    }

    private void advance() {
      if (current != null && depth == 0) {
        current = null;
        return;
      }
      currentAt = position;
      current = kind(position);
      if (current == Kind.START_OBJECT || current == Kind.START_ARRAY) {
        depth++;
      } else if (current == Kind.END_OBJECT || current == Kind.END_ARRAY) {
        depth--;
      }
      position = TokenTape.this.next(position);
    }

    @Override
    public Kind current() {
      return current;
    }

    @Override
    public Kind next() {
      if (current != null) {
        advance();
      }
      return current;
    }

    @Override
    public String name() {
      return TokenTape.this.text(currentAt);
    }

    @Override
    public String text() {
      return TokenTape.this.text(currentAt);
    }

    @Override
    public void skipChildren() {
      if (current != Kind.START_OBJECT && current != Kind.START_ARRAY) {
        return;
      }
      int end = skip(currentAt);
      // on the container's end, its last byte
      depth--;
      currentAt = end - 1;
      current = kind(currentAt);
      position = end;
    }

    @Override
    public Pointer pointer() {
      return at;
    }
  }
}
