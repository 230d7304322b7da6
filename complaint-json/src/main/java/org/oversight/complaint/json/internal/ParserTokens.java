package org.oversight.complaint.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.oversight.complaint.wire.codec.Pointer;
import org.oversight.complaint.wire.codec.TokenSource;

/**
 * A Jackson 2 parser as the codec's {@link TokenSource}.
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
  public Kind next() throws IOException {
    return kind(p.nextToken());
  }

  @Override
  public String name() throws IOException {
    return p.currentName();
  }

  @Override
  public String text() throws IOException {
    JsonToken t = p.currentToken();
    return t == null || t.isScalarValue() || t == JsonToken.FIELD_NAME ? p.getText() : t.asString();
  }

  @Override
  public void skipChildren() throws IOException {
    p.skipChildren();
  }

  @Override
  public Pointer pointer() {
    return Pointer.parse(p.getParsingContext().pathAsPointer().toString());
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
      case FIELD_NAME -> Kind.FIELD_NAME;
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
