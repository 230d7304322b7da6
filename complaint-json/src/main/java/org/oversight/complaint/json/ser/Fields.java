package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.Instant;
import org.oversight.complaint.core.LegalBasis;

/** Small writing helpers shared by the serializers: absent options are left out, never written as null. */
final class Fields {

  private Fields() {}

  static void instant(JsonGenerator gen, String name, Instant value) throws IOException {
    gen.writeStringField(name, value.toString());
  }

  static void code(JsonGenerator gen, String name, Enum<?> value) throws IOException {
    gen.writeStringField(name, value.name());
  }

  static void optText(JsonGenerator gen, String name, Option<String> value) throws IOException {
    if (value.isDefined()) {
      gen.writeStringField(name, value.get());
    }
  }

  static void optCode(JsonGenerator gen, String name, Option<? extends Enum<?>> value) throws IOException {
    if (value.isDefined()) {
      gen.writeStringField(name, value.get().name());
    }
  }

  static void optLegalBasis(JsonGenerator gen, Option<LegalBasis> value) throws IOException {
    if (value.isDefined()) {
      gen.writeStringField("legalBasis", value.get().citation());
    }
  }
}
