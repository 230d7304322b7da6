package org.oversight.complaint.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.oversight.complaint.wire.WireSchemas;

/** The shipped schemas, loaded once into the networknt validator (kept apart from {@link Golden}: it is slow to load). */
final class Schemas {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  static final Schema CASE = REGISTRY.getSchema(WireSchemas.caseDocument());
  static final Schema EVENT = REGISTRY.getSchema(WireSchemas.event());
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private Schemas() {}

  static List<Error> validate(Schema schema, String json) {
    try {
      JsonNode node = PLAIN.readTree(json);
      return schema.validate(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertValid(Schema schema, String name, String json) {
    assertThat(validate(schema, json)).as("schema errors in %s", name).isEmpty();
  }
}
