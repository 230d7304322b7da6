package org.oversight.complaint.json3.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import org.oversight.complaint.wire.codec.Pointer;
import org.oversight.complaint.wire.codec.TokenSource;

/**
 * A Jackson 3 parser as the codec's {@link TokenSource}.
 *
 * <p>Not thread-safe: one instance per parser.
 */
final class ParserTokens implements TokenSource {

  private final JsonParser p;

  ParserTokens(JsonParser p) {
    this.p = p;
  }

  @Override
  public Kind current() {
    return kind(p.currentToken());
  }

  @Override
  public Kind next() {
    return kind(p.nextToken());
  }

  @Override
  public String name() {
    return p.currentName();
  }

  @Override
  public String text() {
    JsonToken t = p.currentToken();
    return t == null || t.isScalarValue() || t == JsonToken.PROPERTY_NAME ? p.getString() : t.asString();
  }

  @Override
  public void skipChildren() {
    p.skipChildren();
  }

  @Override
  public Pointer pointer() {
    return Pointer.parse(p.streamReadContext().pathAsPointer().toString());
  }

  private static Kind kind(JsonToken t) {
    if (t == null) {
      return null;
    }
    return switch (t) {
      case START_OBJECT -> Kind.START_OBJECT;
      case END_OBJECT -> Kind.END_OBJECT;
      case START_ARRAY -> Kind.START_ARRAY;
      case END_ARRAY -> Kind.END_ARRAY;
      case PROPERTY_NAME -> Kind.FIELD_NAME;
      case VALUE_STRING -> Kind.STRING;
      case VALUE_NUMBER_INT -> Kind.INTEGER;
      case VALUE_NUMBER_FLOAT -> Kind.DECIMAL;
      case VALUE_TRUE -> Kind.TRUE;
      case VALUE_FALSE -> Kind.FALSE;
      case VALUE_NULL -> Kind.NULL;
      default -> Kind.OTHER;
    };
  }
}
