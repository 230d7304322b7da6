package org.oversight.complaint.wire.codec;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;
import java.math.BigDecimal;
import java.util.function.Function;
import org.oversight.complaint.core.Rejection;

/**
 * A cursor on one JSON value while it is turned into a domain value: it knows its JSON pointer,
 * converts with the core's public factories and turns every refusal into a
 * {@link WireProblem} naming the pointer and what was expected.
 *
 * <p>A cursor reads either a {@link WireValue} tree ({@link #root}) or a parser's tokens as they come
 * ({@link #stream}). On tokens, no tree is built: an object hands out the member asked for when the parser
 * reaches it, an array maps its elements one by one ({@link #elements(String, Function)}), and a scalar
 * becomes one small {@link WireValue}. A member met before it is asked for (the decoders ask in the order
 * the writers write, so this is rare) is kept until it is: a scalar as its value, an object or array as its
 * tokens on a {@link TokenTape}, which a cursor reads as it reads a parser (an object on a tape by position,
 * all its members found at once). {@link #done} reads the rest of the object. A child handed out is finished
 * (read to its end, kept if it was not read) before its parent moves on. A scalar asked of an object or array
 * read from tokens is refused without reading it. The order in which problems are found is the decoders'
 * order, as on a tree, except that a repeated member name or the end of the input is found when the parser
 * reaches it rather than first.
 *
 * <p>Failures are thrown as {@link Failure} so that they pass through Vavr lambdas; the
 * decoder unwraps them. A parser's failure is thrown as an {@link UncheckedIOException}, which
 * {@link WireDecoder#read(TokenSource, Pointer, Reading)} unwraps. Not thread-safe (it tracks the fields
 * consumed and the parser's position).
 */
public final class Node {

  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  // A member whose value a child read from the tokens without a tree; asking for it again is a bug.
  private static final WireValue STREAMED = new WireValue.Null();
  // A member whose object or array was read ahead of the decoder and kept as its tokens (Members.tapes).
  private static final WireValue AHEAD = new WireValue.Null();
  // What an object or array read from tokens is, for a scalar's refusal: the value itself is not read.
  private static final WireValue AN_OBJECT = new WireValue.Obj(Map.of());
  private static final WireValue AN_ARRAY = new WireValue.Arr(java.util.List.of());

  // the value, null while it is still in the token source
  private WireValue json;
  private final Reading reading;
  // the parser, null for a tree
  private final TokenSource tokens;
  // read from the tokens to its end without a tree (an object or an array)
  private boolean streamed;
  // Where this value sits: either a known pointer, or a step (a field name, else an index) from
  // the parent. The pointer is composed only when it is asked for, in practice for an error.
  private Pointer pointer;
  private final Node parent;
  private final String name;
  private final int index;
  // once read as an object: the names asked for and, from tokens, the members met so far
  private Members object;
  // an object or array member not read by its decoder, kept as its tokens for the parent object
  private TokenTape kept;

  /**
   * An object's reading state, apart from the cursor so that a cursor on a scalar stays small: the members
   * met so far (from tokens; {@link #STREAMED} for a child read as tokens), the names asked for, the child
   * handed out and not yet finished.
   */
  private static final class Members extends ObjectFields.Builder {
    // the names asked for, for done(): few per object, so an array beats a hash set
    String[] asked;
    int askedCount;
    // how many of the names asked for the object has: when all its members, none is unknown
    int present;
    Node open;
    boolean ended;
    // the tokens of the members read ahead as objects or arrays, by position; null until there is one
    TokenTape[] tapes;
    // the object's own tape, when it was read from one
    TokenTape source;

    Members(int expected) {
      asked = new String[expected];
    }

    void addAhead(String name, TokenTape tape) {
      add(name, AHEAD);
      setTape(tape);
    }

    void replaceLastAhead(TokenTape tape) {
      replaceLast(AHEAD);
      setTape(tape);
    }

    private void setTape(TokenTape tape) {
      int at = size() - 1;
      if (tapes == null) {
        tapes = new TokenTape[Math.max(4, at + 1)];
      } else if (at >= tapes.length) {
        tapes = java.util.Arrays.copyOf(tapes, Math.max(at + 1, tapes.length * 2));
      }
      tapes[at] = tape;
    }

    TokenTape tape(int at) {
      return tapes[at];
    }

    // the tape of a member reported as unknown, no longer held here: a lenient read keeps its text instead
    TokenTape takeTape(int at) {
      TokenTape tape = tapes[at];
      tapes[at] = null;
      return tape;
    }
  }

  private Node(WireValue json, TokenSource tokens, Pointer pointer, Reading reading) {
    this.json = json;
    this.tokens = tokens;
    this.pointer = pointer;
    this.reading = reading;
    this.parent = null;
    this.name = null;
    this.index = -1;
  }

  private Node(WireValue json, TokenSource tokens, Node parent, String name, int index) {
    this.json = json;
    this.tokens = tokens;
    this.reading = parent.reading;
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /**
   * Starts at the root of a value.
   *
   * @param json the value, not null
   * @param base where the value sits in its document, not null
   * @param reading how to treat unknown fields, not null
   * @return a cursor, never null
   */
  public static Node root(WireValue json, Pointer base, Reading reading) {
    return new Node(json, null, base, reading);
  }

  /**
   * Starts at the value a parser is on, to read it from its tokens as they come.
   *
   * @param tokens the parser, on the value's first token, not null
   * @param base where the value sits, not null
   * @param reading how to treat unknown fields, not null
   * @return a cursor, never null
   */
  public static Node stream(TokenSource tokens, Pointer base, Reading reading) {
    return new Node(null, tokens, base, reading);
  }

  /**
   * Reads this value to its end, if it was read from tokens: a value not read is kept, the rest of an
   * object is read (its unknown members are reported only by {@link #done}), so that the parser is on the
   * value's last token. Does nothing on a tree.
   */
  public void finish() {
    if (json != null || streamed) {
      return;
    }
    if (object != null) {
      readRest();
      streamed = true;
    } else if (isContainer(tokens.current())) {
      // kept for an object that may still be asked for it; an array's element or a document is not
      if (name != null) {
        kept = record(pointer());
      } else {
        skipValue();
      }
      streamed = true;
    } else {
      json = readTree();
    }
  }

  // An object on a tape is read by position: every member is found at once, each a slice of the tape, so
  // that asking in any order copies nothing. The reader is left on the object's end.
  private void indexMembers(TokenTape.Reader r) {
    TokenTape tape = r.tape();
    int at = r.position();
    java.util.List<String> names = new java.util.ArrayList<>();
    TokenTape.IntList values = new TokenTape.IntList();
    tape.members(at, names, values);
    for (int i = 0; i < names.size(); i++) {
      object.addAhead(names.get(i), tape.slice(values.get(i)));
    }
    object.ended = true;
    object.source = tape.slice(at);
    r.skipChildren();
  }

  /**
   * Returns this value as a tape, for the checks that read by position: the tape it was read from, or one
   * written from its tree.
   *
   * @return the tape, never null
   * @throws IllegalStateException if the value was read from a parser's tokens
   */
  TokenTape tape() {
    if (json != null) {
      return TokenTape.of(json);
    }
    if (object != null && object.source != null) {
      return object.source;
    }
    throw new IllegalStateException("bug: a value read from a parser's tokens has no tape at " + pointer());
  }

  /**
   * Returns the tokens of this value when it was not read yet, for a reader that reads them itself.
   *
   * @return the source on the value's first token, null for a tree or a value read
   */
  TokenSource unread() {
    return json == null && !streamed && object == null ? tokens : null;
  }

  private static boolean isContainer(TokenSource.Kind t) {
    return t == TokenSource.Kind.START_OBJECT || t == TokenSource.Kind.START_ARRAY;
  }

  // The object or array the parser is on, as its tokens: a tree of it costs tens of bytes a value.
  private TokenTape record(Pointer at) {
    try {
      return TokenTape.record(tokens, at, reading);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The value as asked for as a scalar: an object or array read from tokens is described, not read, since
  // the caller refuses it.
  private WireValue scalar() {
    if (json == null && object == null && !streamed) {
      TokenSource.Kind t = tokens.current();
      if (t == TokenSource.Kind.START_OBJECT) {
        return AN_OBJECT;
      } else if (t == TokenSource.Kind.START_ARRAY) {
        return AN_ARRAY;
      }
    }
    return value();
  }

  // the value as a tree, read from the tokens when it was not read yet
  private WireValue value() {
    if (json == null) {
      if (object != null || streamed) {
        throw new IllegalStateException("bug: a value read from tokens is asked for again as a tree at " + pointer());
      }
      json = readTree();
    }
    return json;
  }

  // Reads the value the parser is on: a scalar without a builder, anything else through the one token loop.
  private WireValue readTree() {
    return readTree(tokens, this, null, reading);
  }

  // the value the parser is on, which sits at the node, or at its member when one is named
  private static WireValue readTree(TokenSource tokens, Node at, String member, Reading reading) {
    TokenSource.Kind t = tokens.current();
    try {
      if (t == TokenSource.Kind.STRING) {
        return new WireValue.Str(tokens.text());
      } else if (t == TokenSource.Kind.TRUE || t == TokenSource.Kind.FALSE) {
        return new WireValue.Bool(t == TokenSource.Kind.TRUE);
      } else if (t == TokenSource.Kind.NULL) {
        return new WireValue.Null();
      } else if (t == TokenSource.Kind.INTEGER || t == TokenSource.Kind.DECIMAL) {
        try {
          return new WireValue.Num(tokens.text(), t == TokenSource.Kind.INTEGER);
        } catch (NumberFormatException outOfRange) {
          // the one token loop words the refusal
        }
      }
      return TreeBuilder.read(tokens, member == null ? at.pointer() : at.pointer().property(member), reading);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void skipValue() {
    try {
      tokens.skipChildren();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TokenSource.Kind next() {
    try {
      return tokens.next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Finishes the child handed out last, keeping its value if it was not read from the tokens.
  private void finishOpen() {
    Node child = object.open;
    if (child != null) {
      object.open = null;
      child.finish();
      if (child.json != null) {
        object.replaceLast(child.json);
      } else if (child.kept != null) {
        object.replaceLastAhead(child.kept);
      }
    }
  }

  // Reads members from the tokens until the one named (null: to the object's end); each one met first is
  // kept as a tree. Returns the member named, on its value's first token, or null at the object's end.
  private Node seek(String field) {
    finishOpen();
    for (String member = nextMember(); member != null; member = nextMember()) {
      if (member.equals(field)) {
        Node child = new Node(null, tokens, this, member, -1);
        object.add(member, STREAMED);
        object.open = child;
        return child;
      }
      if (isContainer(tokens.current())) {
        object.addAhead(member, record(pointer().property(member)));
      } else {
        object.add(member, readTree(tokens, this, member, reading));
      }
    }
    return null;
  }

  private void readRest() {
    seek(null);
  }

  // The next member's name, the parser on its value; null at the object's end. A name is checked as the one
  // token loop checks it: each once, and no more members than a lenient read could keep.
  private String nextMember() {
    Members members = object;
    if (members.ended) {
      return null;
    }
    TokenSource.Kind t = next();
    if (t == TokenSource.Kind.END_OBJECT) {
      members.ended = true;
      return null;
    }
    if (t != TokenSource.Kind.FIELD_NAME) {
      throw WireProblem.of("the input ends inside a value", pointer(), "a complete JSON value").failure();
    }
    String member;
    try {
      member = tokens.name();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int maxUnknown = TreeBuilder.maxUnknown(reading);
    if (members.contains(member) || maxUnknown >= 0 && members.size() >= maxUnknown + TreeBuilder.KNOWN_FIELDS) {
      TreeBuilder.checkMember(members, pointer(), member, maxUnknown);
    }
    next();
    return member;
  }

  /**
   * Builds a failure to throw.
   *
   * @param reading the read, not null
   * @param problem what is wrong, not null
   * @param at where, not null
   * @param expected what was expected, not null
   * @param cause the original failure, null if none
   * @return the failure, never null
   */
  public static Failure failure(Reading reading, String problem, Pointer at, String expected, Throwable cause) {
    return new WireProblem(problem, at, WireProblem.NO_LINE, expected, Option.of(cause), Option.none()).failure();
  }

  /**
   * Fails here.
   *
   * @param problem what is wrong, not null
   * @param expected what was expected, not null
   * @param cause the original failure, null if none
   * @return never returns normally; declared so callers can write {@code throw node.fail(..)}
   */
  public Failure fail(String problem, String expected, Throwable cause) {
    return failure(reading, problem, pointer(), expected, cause);
  }

  /**
   * Returns the pointer of this value.
   *
   * @return the pointer, never null
   */
  public Pointer pointer() {
    Pointer p = pointer;
    if (p == null) {
      p = name != null ? parent.pointer().property(name) : parent.pointer().index(index);
      pointer = p;
    }
    return p;
  }

  /**
   * Returns the raw JSON.
   *
   * @return the JSON, never null
   */
  public WireValue json() {
    return value();
  }

  /**
   * Returns the read settings.
   *
   * @return the settings, never null
   */
  public Reading reading() {
    return reading;
  }

  private static String describe(WireValue n) {
    return n.describe();
  }

  /**
   * Checks that this value is an object.
   *
   * @param what what the object should be, for the message, not null
   * @return this, never null
   */
  public Node object(String what) {
    if (object != null) {
      return this;
    }
    if (json == null && !streamed && tokens.current() == TokenSource.Kind.START_OBJECT) {
      object = new Members(8);
      if (tokens instanceof TokenTape.Reader r) {
        indexMembers(r);
      }
      return this;
    }
    WireValue value = scalar();
    if (!(value instanceof WireValue.Obj)) {
      throw fail("found " + describe(value), what + " (a JSON object)", null);
    }
    object = new Members(Math.max(1, ((WireValue.Obj) value).fields().size()));
    return this;
  }

  /**
   * Returns a required field of this object.
   *
   * @param name the field name, not null
   * @param what what the field holds, for the message, not null
   * @return the field, never null
   */
  public Node field(String name, String what) {
    Node child = lookUp(name);
    if (child == null) {
      throw failure(reading, "missing field '" + name + "'", pointer().property(name), what, null);
    }
    return child;
  }

  /**
   * Returns an optional field of this object; absent means none, while an explicit null is an error.
   *
   * @param name the field name, not null
   * @return the field, none if absent
   */
  public Option<Node> optField(String name) {
    Node child = lookUp(name);
    return child == null ? Option.none() : Option.some(child);
  }

  private Node lookUp(String field) {
    object("an object");
    Node child;
    if (json != null) {
      WireValue value = ((WireValue.Obj) json).fields().get(field);
      child = value == null ? null : new Node(value, null, this, field, -1);
    } else {
      finishOpen();
      int at = object.indexOf(field);
      if (at < 0) {
        child = seek(field);
      } else if (object.value(at) == STREAMED) {
        throw new IllegalStateException("bug: field '" + field + "' read from tokens is asked for again at " + pointer());
      } else if (object.value(at) == AHEAD) {
        Pointer memberAt = pointer().property(field);
        child = new Node(null, object.tape(at).reader(memberAt), this, field, -1);
        child.pointer = memberAt;
      } else {
        child = new Node(object.value(at), null, this, field, -1);
      }
    }
    Members o = object;
    if (!isConsumed(field)) {
      if (o.askedCount == o.asked.length) {
        o.asked = java.util.Arrays.copyOf(o.asked, o.askedCount * 2);
      }
      o.asked[o.askedCount++] = field;
      if (child != null) {
        o.present++;
      }
    }
    return child;
  }

  private boolean isConsumed(String field) {
    for (int i = 0; i < object.askedCount; i++) {
      if (object.asked[i].equals(field)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Ends reading this object: every field not consumed is unknown. Read from tokens, the rest of the object
   * is read here; a strict read refuses the first unknown member met there without reading its value.
   *
   * @return this, never null
   */
  public Node done() {
    object("an object");
    if (json == null) {
      finishOpen();
      Members o = object;
      if (o.size() > o.present) {
        String asked = asked();
        for (int i = 0; i < o.size(); i++) {
          if (!isConsumed(o.name(i))) {
            if (o.value(i) == AHEAD) {
              reading.unknown(pointer().property(o.name(i)), o.takeTape(i), asked);
            } else {
              reading.unknown(pointer().property(o.name(i)), o.value(i), asked);
            }
          }
        }
      }
      // Nothing is asked for after done(), so every member still to come is unknown: a strict read refuses
      // the first without reading its value; a read that drops them skips their values and forgets their
      // names (a name repeated among them is not refused); a lenient read keeps them, each name once.
      String asked = null;
      for (String member = nextMember(); member != null; member = nextMember()) {
        asked = asked == null ? asked() : asked;
        if (reading.failOnUnknown()) {
          reading.unknown(pointer().property(member), STREAMED, asked);
        } else if (reading.unknownSink() == null) {
          skipValue();
        } else {
          // only the name is kept, for the check that names are not repeated; the sink keeps the value
          if (isContainer(tokens.current())) {
            reading.unknown(pointer().property(member), record(pointer().property(member)), asked);
          } else {
            reading.unknown(pointer().property(member), readTree(tokens, this, member, reading), asked);
          }
          o.add(member, STREAMED);
        }
      }
      streamed = true;
      return this;
    }
    Map<String, WireValue> fields = ((WireValue.Obj) json).fields();
    if (fields.size() > object.present) {
      fields.forEach((name, value) -> {
        if (!isConsumed(name)) {
          reading.unknown(pointer().property(name), value,
              asked());
        }
      });
    }
    return this;
  }

  private String asked() {
    return String.join(", ", java.util.Arrays.asList(object.asked).subList(0, object.askedCount));
  }

  /**
   * Returns this value as a string.
   *
   * @param what what the string is, for the message, not null
   * @return the string, never null
   */
  public String text(String what) {
    WireValue json = scalar();
    if (!(json instanceof WireValue.Str s)) {
      throw fail("found " + describe(json), what + " (a JSON string)", null);
    }
    return s.value();
  }

  /**
   * Converts this string through a core factory; the factory's refusal becomes the cause.
   *
   * @param <T> the value type
   * @param factory the core's factory, not null
   * @param what what the value is, for the message, not null
   * @return the value, never null
   */
  public <T> T as(Function<String, T> factory, String what) {
    String text = text(what);
    try {
      return factory.apply(text);
    } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
      throw fail("invalid value: " + e.getMessage(), what, e);
    }
  }

  /**
   * Returns this value as an ISO-8601 instant.
   *
   * @return the instant, never null
   */
  public Instant instant() {
    return as(Instants::parse, "an ISO-8601 instant in UTC such as 2026-01-31T09:30:00Z");
  }

  /**
   * Returns this value as a constant of an enum, by its exact name.
   *
   * @param <E> the enum
   * @param type the enum class, not null
   * @return the constant, never null
   */
  public <E extends Enum<E>> E enumValue(Class<E> type) {
    if (scalar() instanceof WireValue.Str s) {
      Enum<?> constant = CONSTANTS.get(type).get(s.value());
      if (constant != null) {
        return type.cast(constant);
      }
    }
    String expected = "one of " + Vector.of(type.getEnumConstants()).map(Enum::name).mkString(", ");
    throw fail("unknown code '" + text(expected) + "'", expected, null);
  }

  // Each enum's constants by name, computed once per class: reading a code is a map lookup.
  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> byName = new java.util.HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
      }
      return java.util.Collections.unmodifiableMap(byName);
    }
  };

  /**
   * Returns this value as a boolean.
   *
   * @return the boolean
   */
  public boolean bool() {
    WireValue json = scalar();
    if (!(json instanceof WireValue.Bool b)) {
      throw fail("found " + describe(json), "true or false", null);
    }
    return b.value();
  }

  /**
   * Returns this value as an int.
   *
   * @param what what the number is, not null
   * @return the number
   */
  public int integer(String what) {
    WireValue json = scalar();
    if (json instanceof WireValue.Num n && n.integral()) {
      BigDecimal value = n.decimal();
      if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
        return value.intValueExact();
      }
    }
    throw fail("found " + describe(json), what + " (a whole number)", null);
  }

  /**
   * Returns the elements of this array.
   *
   * @param what what the array holds, for the message, not null
   * @return the elements in order, never null
   */
  public Seq<Node> elements(String what) {
    WireValue json = unread() != null && tokens.current() != TokenSource.Kind.START_ARRAY ? scalar() : value();
    if (!(json instanceof WireValue.Arr a)) {
      throw fail("found " + describe(json), what + " (a JSON array)", null);
    }
    java.util.List<WireValue> items = a.elements();
    java.util.List<Node> out = new java.util.ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(new Node(items.get(i), null, this, null, i));
    }
    return Vector.ofAll(out);
  }

  /**
   * Returns the elements of this array, each read in order; read from tokens, each element is read as the
   * parser reaches it and no tree of the array is built.
   *
   * @param <T> the element type
   * @param what what the array holds, for the message, not null
   * @param element reads one element, not null
   * @return the values in order, never null
   */
  public <T> Seq<T> elements(String what, Function<Node, T> element) {
    if (json == null && !streamed && object == null && tokens.current() != TokenSource.Kind.START_ARRAY) {
      throw fail("found " + describe(scalar()), what + " (a JSON array)", null);
    }
    if (json != null || streamed || object != null) {
      java.util.List<T> out = new java.util.ArrayList<>();
      for (Node n : elements(what)) {
        out.add(element.apply(n));
      }
      return Vector.ofAll(out);
    }
    java.util.List<T> out = new java.util.ArrayList<>();
    for (TokenSource.Kind t = next(); t != TokenSource.Kind.END_ARRAY; t = next()) {
      if (t == null || t == TokenSource.Kind.FIELD_NAME || t == TokenSource.Kind.END_OBJECT) {
        throw WireProblem.of("the input ends inside a value", pointer(), "a complete JSON value").failure();
      }
      Node item = new Node(null, tokens, this, null, out.size());
      out.add(element.apply(item));
      item.finish();
    }
    streamed = true;
    return Vector.ofAll(out);
  }

  /**
   * Returns the elements of this array mapped, as a set; a repeated element is an error.
   *
   * @param <T> the element type
   * @param what what the array holds, not null
   * @param element reads one element, not null
   * @return the set, never null
   */
  public <T> Set<T> set(String what, Function<Node, T> element) {
    java.util.Set<T> seen = new java.util.HashSet<>();
    return HashSet.ofAll(elements(what, n -> {
      T value = element.apply(n);
      if (!seen.add(value)) {
        throw n.fail("repeated value " + n.json().toJson(), what + " without repeats", null);
      }
      return value;
    }));
  }

  /**
   * Runs a core constructor; its refusal becomes an error at this value.
   *
   * @param <T> the value type
   * @param construct calls the constructor, not null
   * @param what what is being built, for the message, not null
   * @return the value, never null
   */
  public <T> T build(java.util.function.Supplier<T> construct, String what) {
    return build(construct, what, "");
  }

  /**
   * Runs a core constructor; its refusal becomes an error at this value. The name of what is built
   * comes in two parts, joined only when there is an error to report.
   *
   * @param <T> the value type
   * @param construct calls the constructor, not null
   * @param what what is being built, for the message, not null
   * @param suffix appended to {@code what}, not null
   * @return the value, never null
   */
  public <T> T build(java.util.function.Supplier<T> construct, String what, String suffix) {
    try {
      return construct.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw fail("invalid " + what + suffix + ": " + e.getMessage(), "a valid " + what + suffix, e);
    }
  }

  /**
   * Fails here because the core refused to apply this event.
   *
   * @param rejection the core's rejection, not null
   * @param expected what was expected, not null
   * @return the failure, never null
   */
  public Failure refused(Rejection rejection, String expected) {
    return new WireProblem("the core refused this event: " + rejection.message(), pointer(), WireProblem.NO_LINE,
        expected, Option.none(), Option.some(rejection)).failure();
  }
}
