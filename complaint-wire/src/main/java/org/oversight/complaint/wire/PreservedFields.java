package org.oversight.complaint.wire;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The unknown fields a lenient read kept ({@link Preserved#unknownFields()}): each field's JSON pointer
 * (RFC 6901, e.g. {@code /history/2/priority}) and its value as compact JSON text, in document order, each
 * pointer once.
 *
 * <p>The fields are held in one text and one array of offsets, not one map entry and two strings per field,
 * so that a document made mostly of small unknown fields costs a few bytes a field beyond its characters:
 * what a lenient read keeps stays within a small multiple of the document (see {@code ReadLimits}). The
 * pointers and texts are cut out of it when asked for.
 *
 * <p>Instances are immutable and thread-safe. Iteration yields (pointer, JSON text) pairs in document order.
 *
 * @since 0.1
 */
public final class PreservedFields implements Iterable<Tuple2<String, String>> {

  private static final PreservedFields EMPTY = new PreservedFields("", new int[0]);

  // pointer i is text[ends[2i-1] or 0, ends[2i]), its JSON text[ends[2i], ends[2i+1])
  private final String text;
  private final int[] ends;

  private PreservedFields(String text, int[] ends) {
    this.text = text;
    this.ends = ends;
  }

  /**
   * Returns the instance without fields.
   *
   * @return the empty instance, never null
   */
  public static PreservedFields empty() {
    return EMPTY;
  }

  /**
   * Returns the fields of a map, in its iteration order.
   *
   * @param fields pointer to compact JSON text, not null, no null keys or values
   * @return the fields, never null
   * @throws NullPointerException if fields, a pointer or a text is null
   */
  public static PreservedFields of(java.util.Map<String, String> fields) {
    Objects.requireNonNull(fields, "fields is null");
    Builder b = new Builder(fields.size());
    fields.forEach(b::add);
    return b.build();
  }

  /**
   * Returns how many fields there are.
   *
   * @return the count, zero or more
   */
  public int size() {
    return ends.length / 2;
  }

  /**
   * Tells whether there are no fields.
   *
   * @return true if none
   */
  public boolean isEmpty() {
    return ends.length == 0;
  }

  /**
   * Returns a field's pointer.
   *
   * @param index the field's position in document order, from 0
   * @return the pointer, never null
   * @throws IndexOutOfBoundsException if index is not below {@link #size()}
   */
  public String pointer(int index) {
    Objects.checkIndex(index, size());
    return text.substring(index == 0 ? 0 : ends[2 * index - 1], ends[2 * index]);
  }

  /**
   * Returns a field's value as compact JSON text.
   *
   * @param index the field's position in document order, from 0
   * @return the JSON text, never null
   * @throws IndexOutOfBoundsException if index is not below {@link #size()}
   */
  public String json(int index) {
    Objects.checkIndex(index, size());
    return text.substring(ends[2 * index], ends[2 * index + 1]);
  }

  /**
   * Returns the JSON text of the field at a pointer.
   *
   * @param pointer the pointer, not null
   * @return the JSON text, none if no field was kept at that pointer, never null
   * @throws NullPointerException if pointer is null
   */
  public Option<String> get(String pointer) {
    Objects.requireNonNull(pointer, "pointer is null");
    for (int i = 0; i < size(); i++) {
      int from = i == 0 ? 0 : ends[2 * i - 1];
      if (ends[2 * i] - from == pointer.length() && text.startsWith(pointer, from)) {
        return Option.some(json(i));
      }
    }
    return Option.none();
  }

  /**
   * Returns the fields as a map, in document order: built on each call, for callers that want one.
   *
   * @return pointer to JSON text, never null
   */
  public LinkedHashMap<String, String> toMap() {
    return LinkedHashMap.ofEntries(this);
  }

  /**
   * Returns the fields as an unmodifiable Java map, in document order: built on each call.
   *
   * @return pointer to JSON text, never null
   */
  public java.util.Map<String, String> toJavaMap() {
    java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < size(); i++) {
      out.put(pointer(i), json(i));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  @Override
  public Iterator<Tuple2<String, String>> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size();
      }

      @Override
      public Tuple2<String, String> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Tuple2<String, String> field = Tuple.of(pointer(next), json(next));
        next++;
        return field;
      }
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PreservedFields that && text.equals(that.text) && java.util.Arrays.equals(ends, that.ends);
  }

  @Override
  public int hashCode() {
    return 31 * text.hashCode() + java.util.Arrays.hashCode(ends);
  }

  /**
   * Lists the pointers and texts, as a map would.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return toMap().mkString("PreservedFields(", ", ", ")");
  }

  /**
   * Collects fields in document order.
   *
   * <p>Not thread-safe: one builder per read.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int[] ends;
    private int count;
    private final java.util.HashSet<String> pointers = new java.util.HashSet<>();

    /** Starts an empty builder. */
    public Builder() {
      this(8);
    }

    private Builder(int expected) {
      this.ends = new int[2 * Math.max(expected, 1)];
    }

    /**
     * Adds a field after the others.
     *
     * @param pointer the field's JSON pointer, not null
     * @param json the field's value as compact JSON text, not null
     * @return this builder, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a field with the pointer was added before
     */
    public Builder add(String pointer, CharSequence json) {
      Objects.requireNonNull(pointer, "pointer is null");
      Objects.requireNonNull(json, "json is null");
      if (!pointers.add(pointer)) {
        throw new IllegalArgumentException("field " + pointer + " added twice");
      }
      if (2 * count + 2 > ends.length) {
        ends = java.util.Arrays.copyOf(ends, ends.length * 2);
      }
      text.append(pointer);
      ends[2 * count] = text.length();
      text.append(json);
      ends[2 * count + 1] = text.length();
      count++;
      return this;
    }

    /**
     * Returns how many fields were added.
     *
     * @return the count
     */
    public int size() {
      return count;
    }

    /**
     * Returns the fields added so far.
     *
     * @return the fields, never null
     */
    public PreservedFields build() {
      return count == 0 ? EMPTY : new PreservedFields(text.toString(), java.util.Arrays.copyOf(ends, 2 * count));
    }
  }
}
