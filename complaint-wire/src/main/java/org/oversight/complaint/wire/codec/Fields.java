package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import java.io.IOException;
import java.time.Instant;
import org.oversight.complaint.core.LegalBasis;

/** Small writing helpers shared by the encoders: absent options are left out, never written as null. */
final class Fields {

  private Fields() {}

  static void instant(WireOut gen, String name, Instant value) throws IOException {
    gen.writeStringField(name, Instants.format(value));
  }

  static void code(WireOut gen, String name, Enum<?> value) throws IOException {
    gen.writeStringField(name, value.name());
  }

  static void optText(WireOut gen, String name, Option<String> value) throws IOException {
    if (value.isDefined()) {
      gen.writeStringField(name, value.get());
    }
  }

  static void optCode(WireOut gen, String name, Option<? extends Enum<?>> value) throws IOException {
    if (value.isDefined()) {
      gen.writeStringField(name, value.get().name());
    }
  }

  static void optLegalBasis(WireOut gen, Option<LegalBasis> value) throws IOException {
    if (value.isDefined()) {
      gen.writeStringField("legalBasis", value.get().citation());
    }
  }
}
