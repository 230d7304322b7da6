package org.oversight.complaint.wire.codec;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Builds one {@link WireValue} from tokens: a Jackson module pumps its parser's tokens in (start,
 * name, value, end), and the encoders write into it when the snapshot check needs the replayed
 * case as a tree. A field name repeated within one object is refused here, at its JSON pointer,
 * whatever the parser was configured to do: last-one-wins would let a second {@code "type"} turn a
 * {@code Withdrawn} into a {@code Closed}.
 *
 * <p>Not thread-safe: one builder per value.
 */
public final class TreeBuilder implements WireOut {

  /** More fields than any object of the wire format has (a case document has 25). */
  static final int KNOWN_FIELDS = 64;

  private final Deque<Frame> open = new ArrayDeque<>();
  private final Pointer base;
  // the most unknown fields the read keeps, -1 for no maximum
  private final int maxUnknown;
  private WireValue result;

  private static final class Frame {
    final Pointer at;
    final ObjectFields.Builder fields;
    final List<WireValue> elements;
    String name;

    Frame(Pointer at, boolean object) {
      this.at = at;
      this.fields = object ? new ObjectFields.Builder() : null;
      this.elements = object ? null : new ArrayList<>();
    }
  }

  /**
   * Starts a builder for a value that sits at a pointer in its document.
   *
   * @param base where the value sits, not null
   */
  public TreeBuilder(Pointer base) {
    this.base = base;
    this.maxUnknown = -1;
  }

  /**
   * Starts a builder for a value that a read with a maximum of unknown fields will decode. An object
   * with more members than that maximum plus every known field fails that read anyway, so it is refused
   * here, at the first member past that many, instead of being built whole first (a 16 MB object of a
   * million members): in the same words as the maximum, whose pointer it names.
   *
   * @param base where the value sits, not null
   * @param reading how the value will be read, not null
   */
  public TreeBuilder(Pointer base, Reading reading) {
    this.base = base;
    this.maxUnknown = maxUnknown(reading);
  }

  /**
   * Reads the value at a token source's current token into a tree: the one token loop of both Jackson
   * modules.
   *
   * @param tokens the source, on the value's first token (or on a member's name inside an object whose start
   *     was consumed), not null
   * @param base where the value sits, not null
   * @param reading how the tree will be read (a lenient read's maximum of unknown fields bounds an object's
   *     members), not null
   * @return the tree, never null
   * @throws IOException if the parser fails
   * @throws Failure if a field name repeats within an object, an object has more members than the read can
   *     keep, a number is out of range, or the input ends inside the value
   */
  public static WireValue read(TokenSource tokens, Pointer base, Reading reading) throws IOException {
    TreeBuilder tree = new TreeBuilder(base, reading);
    TokenSource.Kind t = tokens.current();
    if (t == TokenSource.Kind.FIELD_NAME) {
      // called inside an object whose start the parser has already consumed
      tree.writeStartObject();
    }
    while (true) {
      if (t == null) {
        throw WireProblem.of("the input ends inside a value", base, "a complete JSON value").failure();
      }
      switch (t) {
        case START_OBJECT -> tree.writeStartObject();
        case END_OBJECT -> tree.writeEndObject();
        case START_ARRAY -> tree.writeStartArray();
        case END_ARRAY -> tree.writeEndArray();
        case FIELD_NAME -> tree.writeFieldName(tokens.name());
        case STRING -> tree.writeString(tokens.text());
        case INTEGER -> tree.writeNumber(tokens.text(), true);
        case DECIMAL -> tree.writeNumber(tokens.text(), false);
        case TRUE -> tree.writeBoolean(true);
        case FALSE -> tree.writeBoolean(false);
        case NULL -> tree.writeNull();
        default -> throw WireProblem.of("found " + tokens.text(), tokens.pointer(), "a JSON value").failure();
      }
      if (tree.isComplete()) {
        return tree.result();
      }
      t = tokens.next();
    }
  }

  /**
   * Checks a member's name before it is added to an object being read: each name once, and no more members
   * than a lenient read could keep (a strict read none beyond the most any object of the wire format has).
   *
   * @param fields the object's members so far, not null
   * @param object the object's pointer, not null
   * @param name the member's name, not null
   * @param maxUnknown the most unknown fields the read keeps, -1 for no maximum
   * @throws Failure if the name repeats or the object has too many members
   */
  static void checkMember(ObjectFields.Builder fields, Pointer object, String name, int maxUnknown) {
    checkMember(fields.contains(name), fields.size(), object, name, maxUnknown);
  }

  /**
   * Checks a member's name as {@link #checkMember(ObjectFields.Builder, Pointer, String, int)} does, for a
   * reader that keeps the names some other way.
   *
   * @param repeated whether the object has a member of that name already
   * @param size how many members the object has so far
   * @param object the object's pointer, not null
   * @param name the member's name, not null
   * @param maxUnknown the most unknown fields the read keeps, -1 for no maximum
   * @throws Failure if the name repeats or the object has too many members
   */
  static void checkMember(boolean repeated, int size, Pointer object, String name, int maxUnknown) {
    if (repeated) {
      throw WireProblem.of("duplicate field '" + name + "'", object.property(name), "each field name once per object")
          .failure();
    }
    if (maxUnknown >= 0 && size >= maxUnknown + KNOWN_FIELDS) {
      throw (maxUnknown == STRICT
          ? WireProblem.of("more than " + KNOWN_FIELDS + " fields", object.property(name), "at most " + KNOWN_FIELDS
              + " fields, more than any object of the wire format has (a strict read refuses unknown fields)")
          : UnknownFields.tooMany(maxUnknown, object.property(name))).failure();
    }
  }

  // A strict read keeps no unknown field: an object with more members than any known one has is refused.
  private static final int STRICT = 0;

  /**
   * Returns the most unknown fields a read holds in one object: none for a strict read, the lenient maximum,
   * or the default maximum when the read drops them (it still holds the members it meets before those its
   * decoder asks for, and the names of an object it builds, to refuse a repeated one).
   *
   * @param reading the read, not null
   * @return the maximum, not negative
   */
  static int maxUnknown(Reading reading) {
    if (reading.failOnUnknown()) {
      return STRICT;
    }
    return reading.unknownSink() instanceof UnknownFields kept ? kept.max()
        : org.oversight.complaint.wire.ReadLimits.DEFAULT.maxUnknownFields();
  }

  /**
   * Tells whether a whole value has been built.
   *
   * @return true once the outermost value is complete
   */
  public boolean isComplete() {
    return result != null;
  }

  /**
   * Returns the value built.
   *
   * @return the value, never null
   * @throws IllegalStateException if the value is not complete
   */
  public WireValue result() {
    if (result == null) {
      throw new IllegalStateException("bug: the value is not complete");
    }
    return result;
  }

  private Pointer next() {
    Frame top = open.peek();
    if (top == null) {
      return base;
    }
    return top.fields != null ? top.at.property(top.name) : top.at.index(top.elements.size());
  }

  private void add(WireValue value) {
    Frame top = open.peek();
    if (top == null) {
      if (result != null) {
        throw new IllegalStateException("bug: a second value after a complete one");
      }
      result = value;
    } else if (top.fields != null) {
      if (top.name == null) {
        throw new IllegalStateException("bug: a value in an object without a field name");
      }
      top.fields.add(top.name, value);
      top.name = null;
    } else {
      top.elements.add(value);
    }
  }

  @Override
  public void writeStartObject() {
    open.push(new Frame(next(), true));
  }

  @Override
  public void writeStartArray() {
    open.push(new Frame(next(), false));
  }

  @Override
  public void writeEndObject() {
    Frame done = open.pop();
    add(new WireValue.Obj(done.fields.build()));
  }

  @Override
  public void writeEndArray() {
    Frame done = open.pop();
    add(new WireValue.Arr(done.elements));
  }

  @Override
  public void writeFieldName(String name) {
    Frame top = open.peek();
    if (top == null || top.fields == null) {
      throw new IllegalStateException("bug: a field name outside an object");
    }
    checkMember(top.fields, top.at, name, maxUnknown);
    top.name = name;
  }

  @Override
  public void writeString(String value) {
    add(new WireValue.Str(value));
  }

  @Override
  public void writeNumber(long value) {
    add(new WireValue.Num(Long.toString(value), true));
  }

  @Override
  public void writeNumber(BigDecimal value) {
    add(new WireValue.Num(value.toString(), value.scale() <= 0));
  }

  /**
   * Adds a number as the parser read it. JSON puts no bound on an exponent, but a number is kept as a
   * {@code BigDecimal}, whose exponent must fit an {@code int}: a literal such as {@code 1e30000000000} is
   * refused here, at its pointer, instead of escaping as a {@code NumberFormatException}.
   *
   * @param literal the number's text, not null
   * @param integral true for a number without fraction or exponent
   * @throws Failure if the number's exponent is out of range
   */
  public void writeNumber(String literal, boolean integral) {
    add(number(literal, integral, next()));
  }

  /**
   * Returns a number as the parser read it, or refuses one whose exponent is out of range.
   *
   * @param literal the number's text, not null
   * @param integral true for a number without fraction or exponent
   * @param at where the number sits, for the refusal, not null
   * @return the number, never null
   * @throws Failure if the number's exponent is out of range
   */
  static WireValue.Num number(String literal, boolean integral, Pointer at) {
    try {
      return new WireValue.Num(literal, integral);
    } catch (NumberFormatException outOfRange) {
      String shown = literal.length() > 40 ? literal.substring(0, 40) + "…" : literal;
      throw WireProblem.of("a number out of range (" + shown + ")", at,
          "a number whose exponent lies within ±2,147,483,647").failure();
    }
  }

  @Override
  public void writeBoolean(boolean value) {
    add(new WireValue.Bool(value));
  }

  /** Adds the JSON {@code null}. */
  public void writeNull() {
    add(new WireValue.Null());
  }
}
