package org.oversight.complaint.wire.codec;

import java.util.Objects;

/**
 * An RFC 6901 JSON pointer ({@code ""} for the root, {@code /history/7/reason}), built one step at
 * a time while reading. A step only links to its parent: the text is composed the first time it is
 * asked for, which for a document read without error is never, so that reading pays for a pointer
 * per value only when one is reported. Both Jackson modules turn it into their own
 * {@code JsonPointer} with {@code JsonPointer.compile(pointer.toString())}.
 *
 * <p>This class is immutable in value and thread-safe: the text is cached in a field that every
 * thread computes to the same string (a benign race, as {@link String#hashCode()} does).
 */
public final class Pointer {

  private static final Pointer ROOT = new Pointer(null, null, -1, "");

  private final Pointer parent;
  private final String name;
  private final long index;
  private String text;

  private Pointer(Pointer parent, String name, long index, String text) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.text = text;
  }

  /**
   * Returns the pointer to the document itself.
   *
   * @return the empty pointer, never null
   */
  public static Pointer root() {
    return ROOT;
  }

  /**
   * Takes a pointer in its RFC 6901 text form, as a parser reports where it is.
   *
   * @param text the pointer, {@code ""} or starting with {@code /}, not null
   * @return the pointer, never null
   * @throws IllegalArgumentException if text is neither empty nor starts with {@code /}
   */
  public static Pointer parse(String text) {
    Objects.requireNonNull(text, "text is null");
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON pointer starts with / but was " + text);
    }
    String last = text.substring(text.lastIndexOf('/') + 1);
    return new Pointer(null, last.replace("~1", "/").replace("~0", "~"), -1, text);
  }

  /**
   * Returns the pointer to a field of the object this points to.
   *
   * @param name the field name, not null
   * @return the longer pointer, never null
   */
  public Pointer property(String name) {
    return new Pointer(this, Objects.requireNonNull(name, "name is null"), -1, null);
  }

  /**
   * Returns the pointer to an element of the array this points to.
   *
   * @param index the 0-based index
   * @return the longer pointer, never null
   */
  public Pointer index(long index) {
    return new Pointer(this, null, index, null);
  }

  /**
   * Returns the field name of the last step, unescaped.
   *
   * @return the name; the index text when the last step is an array index; empty for the root
   */
  public String lastProperty() {
    if (name != null) {
      return name;
    }
    return index < 0 ? "" : Long.toString(index);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pointer p && p.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * Returns the RFC 6901 text.
   *
   * @return the text, empty for the root
   */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      StringBuilder out = new StringBuilder();
      appendTo(out);
      t = out.toString();
      text = t;
    }
    return t;
  }

  private void appendTo(StringBuilder out) {
    if (text != null) {
      out.append(text);
      return;
    }
    parent.appendTo(out);
    out.append('/');
    if (name != null) {
      out.append(name.replace("~", "~0").replace("/", "~1"));
    } else {
      out.append(index);
    }
  }
}
