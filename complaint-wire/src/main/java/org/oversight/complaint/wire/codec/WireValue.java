package org.oversight.complaint.wire.codec;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One JSON value as the codec reads it: this module's own small tree, so that reading does not
 * depend on a Jackson version. Objects keep their fields in document order; numbers keep their
 * literal text, so that nothing is rounded before the core sees it. Built by {@link TreeBuilder}.
 *
 * <p>All values are immutable and thread-safe.
 */
public sealed interface WireValue {

  /**
   * Says what kind of value this is, for error messages ("a string", "an array", …).
   *
   * @return the description, never null
   */
  String describe();

  /**
   * Returns this value as compact JSON text (RFC 8259), fields in document order.
   *
   * @return the text, never null
   */
  default String toJson() {
    StringBuilder out = new StringBuilder();
    appendTo(out);
    return out.toString();
  }

  /**
   * Appends this value as compact JSON text.
   *
   * @param out where to append, not null
   */
  void appendTo(StringBuilder out);

  /**
   * An object.
   *
   * @param fields the fields in document order, not null, unmodifiable
   */
  record Obj(Map<String, WireValue> fields) implements WireValue {
    /**
     * Validates.
     *
     * @throws NullPointerException if fields is null
     */
    public Obj {
      Objects.requireNonNull(fields, "fields is null");
      // the reader's own fields are unmodifiable already; anything else is wrapped
      fields = fields instanceof ObjectFields ? fields : Collections.unmodifiableMap(fields);
    }

    @Override
    public String describe() {
      return "an object";
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, WireValue> e : fields.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        Str.quote(e.getKey(), out);
        out.append(':');
        e.getValue().appendTo(out);
      }
      out.append('}');
    }
  }

  /**
   * An array.
   *
   * @param elements the elements in order, not null, unmodifiable
   */
  record Arr(List<WireValue> elements) implements WireValue {
    /**
     * Validates.
     *
     * @throws NullPointerException if elements is null
     */
    public Arr {
      elements = Collections.unmodifiableList(Objects.requireNonNull(elements, "elements is null"));
    }

    @Override
    public String describe() {
      return "an array";
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append('[');
      for (int i = 0; i < elements.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        elements.get(i).appendTo(out);
      }
      out.append(']');
    }
  }

  /**
   * A string.
   *
   * @param value the string, not null
   */
  record Str(String value) implements WireValue {
    /**
     * Validates.
     *
     * @throws NullPointerException if value is null
     */
    public Str {
      Objects.requireNonNull(value, "value is null");
    }

    @Override
    public String describe() {
      return "a string";
    }

    @Override
    public void appendTo(StringBuilder out) {
      quote(value, out);
    }

    static void quote(String s, StringBuilder out) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '\b' -> out.append("\\b");
          case '\f' -> out.append("\\f");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04X", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    }
  }

  /**
   * A number, kept as its literal text.
   *
   * @param literal the number as written, not null
   * @param integral true when written without fraction or exponent
   */
  record Num(String literal, boolean integral) implements WireValue {
    /**
     * Validates.
     *
     * @throws NullPointerException if literal is null
     * @throws NumberFormatException if literal is not a number
     */
    public Num {
      Objects.requireNonNull(literal, "literal is null");
      if (!isPlainInteger(literal)) {
        // an exponent beyond an int's range is the one literal a JSON parser passes and this refuses
        new BigDecimal(literal);
      }
    }

    // optional minus and digits: a number whatever its length, so no BigDecimal is built to check it
    private static boolean isPlainInteger(String literal) {
      int start = literal.startsWith("-") ? 1 : 0;
      if (start == literal.length()) {
        return false;
      }
      for (int i = start; i < literal.length(); i++) {
        char c = literal.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }

    /**
     * Returns the exact value.
     *
     * @return the value, never null
     */
    public BigDecimal decimal() {
      return new BigDecimal(literal);
    }

    @Override
    public String describe() {
      return "a number";
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append(literal);
    }
  }

  /**
   * A boolean.
   *
   * @param value the boolean
   */
  record Bool(boolean value) implements WireValue {
    @Override
    public String describe() {
      return "a boolean";
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append(value);
    }
  }

  /** The JSON {@code null}. */
  record Null() implements WireValue {
    @Override
    public String describe() {
      return "null";
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append("null");
    }
  }
}
