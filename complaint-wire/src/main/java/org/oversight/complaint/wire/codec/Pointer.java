package org.oversight.complaint.wire.codec;

import java.util.Objects;

/**
 * An RFC 6901 JSON pointer, kept as its text ({@code ""} for the root, {@code /history/7/reason}),
 * built one step at a time while reading. Both Jackson modules turn it into their own
 * {@code JsonPointer} with {@code JsonPointer.compile(pointer.toString())}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pointer {

  private static final Pointer ROOT = new Pointer("", null);

  private final String text;
  private final String lastProperty;

  private Pointer(String text, String lastProperty) {
    this.text = text;
    this.lastProperty = lastProperty;
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
    return new Pointer(text, last.replace("~1", "/").replace("~0", "~"));
  }

  /**
   * Returns the pointer to a field of the object this points to.
   *
   * @param name the field name, not null
   * @return the longer pointer, never null
   */
  public Pointer property(String name) {
    return new Pointer(text + "/" + name.replace("~", "~0").replace("/", "~1"), name);
  }

  /**
   * Returns the pointer to an element of the array this points to.
   *
   * @param index the 0-based index
   * @return the longer pointer, never null
   */
  public Pointer index(long index) {
    return new Pointer(text + "/" + index, null);
  }

  /**
   * Returns the field name of the last step, unescaped.
   *
   * @return the name; the index text when the last step is an array index; empty for the root
   */
  public String lastProperty() {
    if (lastProperty != null) {
      return lastProperty;
    }
    return text.substring(text.lastIndexOf('/') + 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pointer p && p.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the RFC 6901 text.
   *
   * @return the text, empty for the root
   */
  @Override
  public String toString() {
    return text;
  }
}
