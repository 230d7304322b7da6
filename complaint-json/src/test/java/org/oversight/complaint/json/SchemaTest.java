package org.oversight.complaint.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.Channel;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.ReferralKind;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.wire.codec.WireNames;
import org.oversight.complaint.wire.WireSchemas;
import org.oversight.complaint.wire.samples.GoldenFiles;

/** The shipped JSON Schemas: in step with the code, and able to say no. */
class SchemaTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static JsonNode tree(String text) throws Exception {
    return PLAIN.readTree(text);
  }

  @org.junit.jupiter.api.TestFactory
  java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> everyGoldenCaseEventAndLogMatchesItsSchema() throws Exception {
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(GoldenFiles.DIR)) {
      List<java.nio.file.Path> all = List.ofAll(files.filter(java.nio.file.Files::isRegularFile).sorted()
          .collect(java.util.stream.Collectors.toList()));
      assertThat(all.size()).isGreaterThan(50);
      return all.filter(f -> f.startsWith(GoldenFiles.DIR.resolve("cases")) || f.startsWith(GoldenFiles.DIR.resolve("events"))
              || f.startsWith(GoldenFiles.DIR.resolve("logs")))
          .toJavaStream().map(f -> org.junit.jupiter.api.DynamicTest.dynamicTest(GoldenFiles.DIR.relativize(f).toString(), () -> {
            String name = GoldenFiles.DIR.relativize(f).toString().replace('\\', '/');
            String text = GoldenFiles.read(name);
            if (name.startsWith("cases/")) {
              Schemas.assertValid(Schemas.CASE, name, text);
            } else if (name.endsWith(".ndjson")) {
              for (String line : text.split("\n")) {
                Schemas.assertValid(Schemas.EVENT, name, line);
              }
            } else if (name.endsWith(".array.json")) {
              for (JsonNode event : tree(text)) {
                Schemas.assertValid(Schemas.EVENT, name, event.toString());
              }
            } else {
              Schemas.assertValid(Schemas.EVENT, name, text);
            }
          }));
    }
  }

  @Test
  void enumsMatchTheCore() throws Exception {
    JsonNode defs = tree(WireSchemas.caseDocument()).get("$defs");
    Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(Map.entry("track", Track.class),
        Map.entry("caseStatus", CaseStatus.class), Map.entry("channel", Channel.class),
        Map.entry("seriousnessFlag", SeriousnessFlag.class), Map.entry("partyRole", PartyRole.class),
        Map.entry("standing", Standing.class), Map.entry("subjectKind", SubjectKind.class),
        Map.entry("investigationMode", InvestigationMode.class), Map.entry("consentPurpose", ConsentPurpose.class),
        Map.entry("consentState", ConsentState.class), Map.entry("notificationKind", NotificationKind.class),
        Map.entry("relation", Relation.class), Map.entry("referralKind", ReferralKind.class),
        Map.entry("rejectionGround", RejectionGround.class), Map.entry("requiredDetail", RequiredDetail.class),
        Map.entry("measureKind", MeasureKind.class));
    enums.forEach((name, type) -> assertThat(List.ofAll(defs.get(name).get("enum")).map(JsonNode::asText))
        .as(name).containsExactlyElementsOf(List.of(type.getEnumConstants()).map(Enum::name)));
  }

  @Test
  void eventTypesMatchTheWireNames() throws Exception {
    JsonNode oneOf = tree(WireSchemas.event()).get("$defs").get("event").get("oneOf");
    assertThat(List.ofAll(oneOf).map(n -> n.get("properties").get("type").get("const").asText()))
        .containsExactlyElementsOf(WireNames.EVENTS.values());
  }

  @Test
  void bothSchemasShareTheSameDefinitions() throws Exception {
    JsonNode event = tree(WireSchemas.event()).get("$defs");
    JsonNode kase = tree(WireSchemas.caseDocument()).get("$defs");
    event.fieldNames().forEachRemaining(name -> assertThat(kase.get(name)).as(name).isEqualTo(event.get(name)));
  }

  @Test
  void schemasSayNo() {
    String ok = GoldenFiles.read("events/Forwarded.json");
    assertThat(Schemas.validate(Schemas.EVENT, ok)).isEmpty();
    assertThat(Schemas.validate(Schemas.EVENT, ok.replace("\"to\" : \"IOPC\"", "\"to\" : \"iopc\""))).isNotEmpty();
    assertThat(Schemas.validate(Schemas.EVENT, ok.replace("\"reason\"", "\"priority\" : 1, \"reason\""))).isNotEmpty();
    assertThat(Schemas.validate(Schemas.EVENT, ok.replace("\"Forwarded\"", "\"Exploded\""))).isNotEmpty();
    assertThat(Schemas.validate(Schemas.EVENT, ok.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"))).isNotEmpty();
    String kase = GoldenFiles.read("cases/dk-rejected-time-barred.json");
    assertThat(Schemas.validate(Schemas.CASE, kase)).isEmpty();
    assertThat(Schemas.validate(Schemas.CASE, kase.replace("\"REJECTED\"", "\"LOST\""))).isNotEmpty();
    assertThat(Schemas.validate(Schemas.CASE, "{\"schemaVersion\":1,\"history\":[]}")).isNotEmpty();
  }
}
