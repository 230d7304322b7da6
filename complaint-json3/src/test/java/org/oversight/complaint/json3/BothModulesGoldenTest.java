package org.oversight.complaint.json3;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.PatternFlag;
import org.oversight.complaint.rules.Refusal;
import org.oversight.complaint.wire.ComplaintFeature;
import org.oversight.complaint.wire.samples.GoldenFiles;

/**
 * Every golden file, read by the Jackson 2 module and by this one: the two values are equal, and
 * each module writes them back to the file's exact bytes. Views and the public overview are
 * written only; {@link GoldenTest} and complaint-json's own golden test pin both modules to the
 * same files.
 */
class BothModulesGoldenTest {

  private static final org.oversight.complaint.json.ComplaintJson JACKSON2 =
      org.oversight.complaint.json.ComplaintJson.builder().prettyPrint(true).build();
  private static final org.oversight.complaint.json.ComplaintJson JACKSON2_HISTORY_ONLY =
      org.oversight.complaint.json.ComplaintJson.builder().prettyPrint(true)
          .feature(org.oversight.complaint.wire.ComplaintFeature.WRITE_SNAPSHOT, false).build();
  private static final ComplaintJson JACKSON3 = Golden.PRETTY;
  private static final ComplaintJson JACKSON3_HISTORY_ONLY =
      ComplaintJson.builder().prettyPrint(true).feature(ComplaintFeature.WRITE_SNAPSHOT, false).build();

  /** A value read from a golden file by one module, and that module's bytes for it. */
  private record Read(Object value, String rewritten) {}

  @TestFactory
  Stream<DynamicTest> everyGoldenFileReadsEquallyAndRewritesIdenticallyWithBothModules() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(GoldenFiles.DIR)) {
      files = List.ofAll(walk.filter(Files::isRegularFile).sorted());
    }
    assertThat(files.size()).isGreaterThan(60);
    return files.toJavaStream().map(f -> {
      String name = GoldenFiles.DIR.relativize(f).toString().replace('\\', '/');
      return DynamicTest.dynamicTest(name, () -> {
        byte[] bytes = Files.readAllBytes(f);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (name.startsWith("views/") || name.startsWith("overview/")) {
          assertThat(text).isNotEmpty();
          return;
        }
        Read two = jackson2(name, bytes);
        Read three = jackson3(name, bytes);
        assertThat(three.value()).as("the value both modules read").isEqualTo(two.value());
        assertThat(three.rewritten()).as("Jackson 3 rewrites the file's bytes").isEqualTo(text);
        assertThat(two.rewritten()).as("Jackson 2 rewrites the file's bytes").isEqualTo(text);
      });
    });
  }

  private static Class<?> ruleType(String name) {
    String type = name.substring("rules/".length(), name.indexOf('.'));
    return switch (type) {
      case "Assessment" -> Assessment.class;
      case "DisclosurePolicy" -> DisclosurePolicy.class;
      case "PatternFlag" -> PatternFlag.class;
      case "Refusal" -> Refusal.class;
      default -> throw new AssertionError("no rule type for golden file " + name);
    };
  }

  private static Read jackson3(String name, byte[] bytes) throws IOException {
    if (name.startsWith("events/")) {
      CaseEvent e = JACKSON3.readEvent(bytes);
      return new Read(e, GoldenFiles.utf8(JACKSON3.writeEvent(e)) + "\n");
    }
    if (name.startsWith("rejections/")) {
      var r = JACKSON3.readRejection(bytes);
      return new Read(r, GoldenFiles.utf8(JACKSON3.writeRejection(r)) + "\n");
    }
    if (name.startsWith("cases/")) {
      ComplaintCase c = JACKSON3.readCase(bytes);
      ComplaintJson writer = name.endsWith(".history-only.json") ? JACKSON3_HISTORY_ONLY : JACKSON3;
      return new Read(c, GoldenFiles.utf8(writer.writeCase(c)) + "\n");
    }
    if (name.endsWith(".ndjson")) {
      ComplaintCase c = JACKSON3.replay(JACKSON3.readNdjson(new ByteArrayInputStream(bytes)));
      return new Read(c, GoldenFiles.utf8(JACKSON3.writeNdjson(c)));
    }
    if (name.endsWith(".array.json")) {
      ComplaintCase c = JACKSON3.replay(JACKSON3.readEventArray(new ByteArrayInputStream(bytes)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JACKSON3.writeEventArray(c.history(), out);
      return new Read(c, out.toString(StandardCharsets.UTF_8) + "\n");
    }
    Object rule = JACKSON3.mapper().readValue(bytes, ruleType(name));
    return new Read(rule, Golden.prettyWriter(JACKSON3.mapper()).writeValueAsString(rule) + "\n");
  }

  private static Read jackson2(String name, byte[] bytes) throws IOException {
    if (name.startsWith("events/")) {
      CaseEvent e = JACKSON2.readEvent(bytes);
      return new Read(e, GoldenFiles.utf8(JACKSON2.writeEvent(e)) + "\n");
    }
    if (name.startsWith("rejections/")) {
      var r = JACKSON2.readRejection(bytes);
      return new Read(r, GoldenFiles.utf8(JACKSON2.writeRejection(r)) + "\n");
    }
    if (name.startsWith("cases/")) {
      ComplaintCase c = JACKSON2.readCase(bytes);
      var writer = name.endsWith(".history-only.json") ? JACKSON2_HISTORY_ONLY : JACKSON2;
      return new Read(c, GoldenFiles.utf8(writer.writeCase(c)) + "\n");
    }
    if (name.endsWith(".ndjson")) {
      ComplaintCase c = JACKSON2.replay(JACKSON2.readNdjson(new ByteArrayInputStream(bytes)));
      return new Read(c, GoldenFiles.utf8(JACKSON2.writeNdjson(c)));
    }
    if (name.endsWith(".array.json")) {
      ComplaintCase c = JACKSON2.replay(JACKSON2.readEventArray(new ByteArrayInputStream(bytes)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JACKSON2.writeEventArray(c.history(), out);
      return new Read(c, out.toString(StandardCharsets.UTF_8) + "\n");
    }
    com.fasterxml.jackson.databind.ObjectMapper mapper = JACKSON2.mapper();
    Object rule = mapper.readValue(bytes, ruleType(name));
    com.fasterxml.jackson.core.util.DefaultIndenter indenter = new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n");
    return new Read(rule, mapper.writer(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
        .withObjectIndenter(indenter).withArrayIndenter(indenter)).writeValueAsString(rule) + "\n");
  }
}
