package org.oversight.complaint.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.wire.codec.WireNames;
import org.oversight.complaint.wire.samples.GoldenFiles;
import org.oversight.complaint.wire.samples.Samples;
import org.oversight.complaint.wire.ComplaintFeature;

/**
 * The wire format pinned by golden files: each test asserts the exact text and equality after reading
 * back. {@link SchemaTest} validates every golden file against the shipped JSON Schemas.
 */
class GoldenTest {

  private final ComplaintJson json = Golden.PRETTY;

  @Test
  void samplesCoverEveryEventAndRejectionType() {
    assertThat(Samples.events().keySet().toJavaSet()).isEqualTo(WireNames.EVENTS.values().toJavaSet());
    assertThat(Samples.events().forAll(e -> WireNames.eventName(e._2).equals(e._1))).isTrue();
    assertThat(Samples.rejections().keySet().toJavaSet()).isEqualTo(WireNames.REJECTIONS.values().toJavaSet());
  }

  @TestFactory
  Stream<DynamicTest> eachEventType() {
    return Samples.events().toJavaStream().map(e -> DynamicTest.dynamicTest(e._1, () -> {
      String name = "events/" + e._1 + ".json";
      String text = GoldenFiles.utf8(json.writeEvent(e._2)) + "\n";
      GoldenFiles.assertText(name, text);
      assertThat(json.readEvent(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(e._2);
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachEventVariant() {
    return Samples.eventVariants().toJavaStream().map(e -> DynamicTest.dynamicTest(e._1, () -> {
      assertThat(WireNames.eventName(e._2)).isEqualTo(e._1.substring(0, e._1.indexOf('.')));
      String text = GoldenFiles.utf8(json.writeEvent(e._2)) + "\n";
      GoldenFiles.assertText("events/" + e._1 + ".json", text);
      assertThat(json.readEvent(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(e._2);
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachRejectionType() {
    return Samples.rejections().toJavaStream().map(r -> DynamicTest.dynamicTest(r._1, () -> {
      String text = GoldenFiles.utf8(json.writeRejection(r._2)) + "\n";
      GoldenFiles.assertText("rejections/" + r._1 + ".json", text);
      Rejection back = json.readRejection(text.getBytes(StandardCharsets.UTF_8));
      assertThat(back).isEqualTo(r._2);
      assertThat(back.message()).isEqualTo(r._2.message());
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachRejectionVariant() {
    return Samples.rejectionVariants().toJavaStream().map(r -> DynamicTest.dynamicTest(r._1, () -> {
      String text = GoldenFiles.utf8(json.writeRejection(r._2)) + "\n";
      GoldenFiles.assertText("rejections/" + r._1 + ".json", text);
      assertThat(json.readRejection(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(r._2);
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachScenarioAsCaseDocument() {
    return Samples.scenarios().toJavaStream().map(s -> DynamicTest.dynamicTest(s._1, () -> {
      String name = "cases/" + s._1 + ".json";
      String text = GoldenFiles.utf8(json.writeCase(s._2)) + "\n";
      GoldenFiles.assertText(name, text);
      assertThat(json.readCase(text)).isEqualTo(s._2);
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachScenarioAsNdjsonLog() {
    return Samples.scenarios().toJavaStream().map(s -> DynamicTest.dynamicTest(s._1, () -> {
      String name = "logs/" + s._1 + ".ndjson";
      String text = GoldenFiles.utf8(json.writeNdjson(s._2));
      GoldenFiles.assertText(name, text);
      List<String> lines = List.of(text.split("\n"));
      assertThat(lines).hasSize((int) s._2.version());
      ComplaintCase back = json.replay(json.readNdjson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
      assertThat(back).isEqualTo(s._2);
    }));
  }

  @Test
  void compactCaseDocumentWithoutSnapshot() throws IOException {
    Tuple2<String, ComplaintCase> s = Samples.scenarios().head();
    ComplaintJson compact = ComplaintJson.builder().prettyPrint(true).feature(ComplaintFeature.WRITE_SNAPSHOT, false).build();
    String text = GoldenFiles.utf8(compact.writeCase(s._2)) + "\n";
    GoldenFiles.assertText("cases/" + s._1 + ".history-only.json", text);
    assertThat(text).doesNotContain("\"status\"");
    assertThat(ComplaintJson.standard().readCase(text)).isEqualTo(s._2);
  }

  @Test
  void eventArrayLog() throws IOException {
    Tuple2<String, ComplaintCase> s = Samples.scenarios().toList().get(1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeEventArray(s._2.history(), out);
    String text = out.toString(StandardCharsets.UTF_8) + "\n";
    GoldenFiles.assertText("logs/" + s._1 + ".array.json", text);
    EventLogReader reader = json.readEventArray(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    Vector<CaseEvent> events = Vector.empty();
    while (reader.hasNext()) {
      events = events.append(reader.next());
    }
    reader.close();
    assertThat(events).isEqualTo(s._2.history());
  }
}
