package org.oversight.complaint.wire.codec;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
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
 * <p>Failures are thrown as {@link Failure} so that they pass through Vavr lambdas; the
 * decoder unwraps them. Not thread-safe (it tracks the fields consumed).
 */
public final class Node {

  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

  private final WireValue json;
  private final Reading reading;
  // Where this value sits: either a known pointer, or a step (a field name, else an index) from
  // the parent. The pointer is composed only when it is asked for, in practice for an error.
  private Pointer pointer;
  private final Node parent;
  private final String name;
  private final int index;
  // The field names asked for, for done(): few per object, so an array beats a hash set.
  private String[] consumed;
  private int consumedCount = -1;
  // how many of the consumed names the object has: when all its fields, none is unknown
  private int present;

  private Node(WireValue json, Pointer pointer, Reading reading) {
    this.json = json;
    this.pointer = pointer;
    this.reading = reading;
    this.parent = null;
    this.name = null;
    this.index = -1;
  }

  private Node(WireValue json, Node parent, String name, int index) {
    this.json = json;
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
    return new Node(json, base, reading);
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
    return json;
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
    if (!(json instanceof WireValue.Obj)) {
      throw fail("found " + describe(json), what + " (a JSON object)", null);
    }
    if (consumedCount < 0) {
      consumed = new String[Math.max(1, ((WireValue.Obj) json).fields().size())];
      consumedCount = 0;
    }
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
    WireValue child = lookUp(name);
    if (child == null) {
      throw failure(reading, "missing field '" + name + "'", pointer().property(name), what, null);
    }
    return new Node(child, this, name, -1);
  }

  /**
   * Returns an optional field of this object; absent means none, while an explicit null is an error.
   *
   * @param name the field name, not null
   * @return the field, none if absent
   */
  public Option<Node> optField(String name) {
    WireValue child = lookUp(name);
    return child == null ? Option.none() : Option.some(new Node(child, this, name, -1));
  }

  private WireValue lookUp(String field) {
    object("an object");
    WireValue value = ((WireValue.Obj) json).fields().get(field);
    if (!isConsumed(field)) {
      if (consumedCount == consumed.length) {
        consumed = java.util.Arrays.copyOf(consumed, consumedCount * 2);
      }
      consumed[consumedCount++] = field;
      if (value != null) {
        present++;
      }
    }
    return value;
  }

  private boolean isConsumed(String field) {
    for (int i = 0; i < consumedCount; i++) {
      if (consumed[i].equals(field)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Ends reading this object: every field not consumed is unknown.
   *
   * @return this, never null
   */
  public Node done() {
    object("an object");
    Map<String, WireValue> fields = ((WireValue.Obj) json).fields();
    if (fields.size() > present) {
      fields.forEach((name, value) -> {
        if (!isConsumed(name)) {
          reading.unknown(pointer().property(name), value,
              String.join(", ", java.util.Arrays.asList(consumed).subList(0, consumedCount)));
        }
      });
    }
    return this;
  }

  /**
   * Returns this value as a string.
   *
   * @param what what the string is, for the message, not null
   * @return the string, never null
   */
  public String text(String what) {
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
    if (json instanceof WireValue.Str s) {
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
    if (!(json instanceof WireValue.Arr a)) {
      throw fail("found " + describe(json), what + " (a JSON array)", null);
    }
    java.util.List<WireValue> items = a.elements();
    java.util.List<Node> out = new java.util.ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(new Node(items.get(i), this, null, i));
    }
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
    Set<T> out = HashSet.empty();
    for (Node n : elements(what)) {
      T value = element.apply(n);
      if (out.contains(value)) {
        throw n.fail("repeated value " + n.json().toJson(), what + " without repeats", null);
      }
      out = out.add(value);
    }
    return out;
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
