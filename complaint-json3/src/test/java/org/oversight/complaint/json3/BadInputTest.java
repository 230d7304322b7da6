package org.oversight.complaint.json3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import tools.jackson.databind.DatabindException;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.wire.samples.Samples;
import org.oversight.complaint.wire.Preserved;
import org.oversight.complaint.wire.ReadLimits;

/**
 * The error paths of the Jackson 3 glue itself: malformed, undecodable and over-limit input, trailing
 * content, streams and event logs, each one typed error naming the pointer (and line). What the
 * shared codec refuses is complaint-json's {@code BadInputTest}, and {@link BothModulesErrorsTest}
 * checks that both modules report it in the same words.
 */
class BadInputTest {

  private final ComplaintJson json = ComplaintJson.standard();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String event(String body) {
    return "{\"schemaVersion\":1," + body + ",\"at\":\"2026-03-02T08:15:00Z\",\"actor\":\"a\",\"reason\":\"\"}";
  }

  private ComplaintJsonException readEvent(String text) {
    return catchThrowableOfType(ComplaintJsonException.class, () -> json.readEvent(utf8(text)));
  }

  private ComplaintJsonException readCase(String text) {
    return catchThrowableOfType(ComplaintJsonException.class, () -> json.readCase(text));
  }

  private String caseText() {
    return Golden.utf8(json.writeCase(Samples.scenarios().head()._2));
  }

  @Test
  void isAJacksonDatabindException() {
    ComplaintJsonException e = readEvent("{}");
    assertThat(e).isInstanceOf(DatabindException.class);
    assertThat(e.line()).isEqualTo(ComplaintJsonException.NO_LINE);
  }









  @Test
  void lenientReadingKeepsUnknownFieldsAndWritesThemBack() throws IOException {
    String text = caseText()
        .replaceFirst("\"status\":", "\"priority\":{\"level\":3},\"status\":")
        .replace("\"type\":\"Registered\",", "\"type\":\"Registered\",\"channelHint\":[1,2],");
    // The history is read (and replayed) before the snapshot is checked, so its unknown field is met first.
    assertThat(readCase(text).problem()).isEqualTo("unknown field 'channelHint'");
    Preserved<ComplaintCase> read = json.readCaseLenient(utf8(text));
    assertThat(read.value()).isEqualTo(Samples.scenarios().head()._2);
    assertThat(read.unknownFields().toJavaMap()).containsOnlyKeys("/priority", "/history/1/channelHint");
    assertThat(read.unknownFields().get("/priority").get()).isEqualTo("{\"level\":3}");
    Preserved<ComplaintCase> again = json.readCaseLenient(json.write(read));
    assertThat(again).isEqualTo(read);
    assertThat(Preserved.of("x").unknownFields()).isEmpty();
  }

  @Test
  void lenientEventReading() throws IOException {
    Preserved<CaseEvent> read = json.readEventLenient(utf8(event("\"type\":\"Closed\",\"x\":true")));
    assertThat(read.value()).isInstanceOf(CaseEvent.Closed.class);
    assertThat(read.unknownFields().toJavaMap()).containsEntry("/x", "true");
    assertThat(Golden.utf8(json.write(read))).endsWith(",\"reason\":\"\",\"x\":true}");
  }

  @Test
  void malformedJsonNamesWhereTheParserStopped() {
    ComplaintJsonException e = readEvent("{\"schemaVersion\":1,\"type\":\"Closed\",\"at\":}");
    assertThat(e.problem()).startsWith("malformed JSON");
    assertThat(e.pointer()).hasToString("/at");
    assertThat(e.getLocation()).isNotNull();
  }

  @Test
  void truncatedEmptyNullAndTrailingInput() {
    String text = caseText();
    assertThat(readCase(text.substring(0, text.length() / 2)).problem()).startsWith("malformed JSON");
    assertThat(readCase("").problem()).startsWith("malformed JSON");
    assertThat(readCase("null").problem()).isEqualTo("found null");
    assertThat(readCase("[]").problem()).isEqualTo("found an array");
    assertThat(readCase(text + " {}").problem()).isEqualTo("content after the document");
  }

  @Test
  void badUtf32IsOurErrorNotACharConversionException() {
    // A UTF-32 BOM followed by a code point above U+10FFFF: Jackson 2 throws CharConversionException.
    byte[] bytes = {0, 0, (byte) 0xFE, (byte) 0xFF, 0x7F, 0x7F, 0x7F, 0x7F, 0, 0, 0, '{'};
    ComplaintJsonException e = catchThrowableOfType(ComplaintJsonException.class, () -> json.readCase(bytes));
    assertThat(e).isNotNull();
    assertThat(e.getCause()).isInstanceOf(CharConversionException.class);
    assertThat(e.expected()).isEqualTo("JSON encoded as UTF-8, UTF-16 or UTF-32");
  }

  @Test
  void badUtf8() {
    byte[] bytes = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
    assertThat(catchThrowableOfType(ComplaintJsonException.class, () -> json.readCase(bytes)).problem())
        .startsWith("malformed JSON");
  }



  @Test
  void aDuplicateKeyIsRefusedNotOverwritten() {
    String twice = "{\"schemaVersion\":1,\"type\":\"Withdrawn\",\"type\":\"Closed\",\"at\":\"2026-03-02T08:15:00Z\","
        + "\"actor\":\"a\",\"reason\":\"\"}";
    ComplaintJsonException e = readEvent(twice);
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("duplicate field 'type' at /type; expected each field name once per object");
    String inCase = caseText().replaceFirst("\"schemaVersion\":1", "\"schemaVersion\":1,\"schemaVersion\":1");
    assertThat(readCase(inCase)).isNotNull();
  }







  @Test
  void readLimitsAreEnforcedAsOurError() {
    ComplaintJson tight = ComplaintJson.builder().readLimits(new ReadLimits(5, 20, 20, 4, 400, 0)).build();
    String deep = "{\"a\":".repeat(10) + "1" + "}".repeat(10);
    assertThat(catchThrowableOfType(ComplaintJsonException.class, () -> tight.readEvent(utf8(deep))).problem())
        .startsWith("input exceeds a read limit");
    ComplaintJsonException longString = catchThrowableOfType(ComplaintJsonException.class,
        () -> tight.readEvent(utf8(event("\"type\":\"Closed\",\"x\":\"" + "y".repeat(100) + "\""))));
    assertThat(longString.expected()).isEqualTo("input within the read limits (ReadLimits)");
    assertThat(catchThrowableOfType(ComplaintJsonException.class, () -> tight.readCase(caseText())).problem())
        .startsWith("input exceeds a read limit");
    assertThat(tight.limits().maxNestingDepth()).isEqualTo(5);
    assertThat(ComplaintJson.standard().limits()).isEqualTo(ReadLimits.DEFAULT);
  }


  @Test
  void ndjsonErrorsNameTheLine() throws IOException {
    String log = Golden.utf8(json.writeNdjson(Samples.scenarios().head()._2));
    String broken = log.replaceFirst("\"type\":\"Acknowledged\",\"recipient\":\\{\"type\":\"ToParty\",\"party\":\"P1\"}",
        "\"type\":\"Acknowledged\",\"recipient\":{\"type\":\"ToParty\",\"party\":\"\"}");
    EventLogReader reader = json.readNdjson(new ByteArrayInputStream(utf8(broken)));
    assertThat(reader.next()).isInstanceOf(CaseEvent.ComplaintReceived.class);
    assertThat(reader.next()).isInstanceOf(CaseEvent.Registered.class);
    ComplaintJsonException e = catchThrowableOfType(ComplaintJsonException.class, reader::next);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.pointer()).hasToString("/recipient/party");
    assertThat(e.getMessage()).contains(" at /recipient/party on line 3; expected a party id");
    assertThat(reader.hasNext()).isFalse();
  }

  @Test
  void ndjsonSyntaxErrorsAndTwoValuesOnALine() throws IOException {
    EventLogReader lines = json.readNdjson(new ByteArrayInputStream(utf8(event("\"type\":\"Closed\"") + "\n{\"a\":\n")));
    lines.next();
    ComplaintJsonException syntax = catchThrowableOfType(ComplaintJsonException.class, lines::next);
    assertThat(syntax.line()).isEqualTo(2);
    assertThat(syntax.problem()).startsWith("malformed JSON");
    ComplaintJsonException twice = catchThrowableOfType(ComplaintJsonException.class, () ->
        json.replay(json.readNdjson(new ByteArrayInputStream(utf8("{} {}\n")))));
    assertThat(twice).isNotNull();
    String two = event("\"type\":\"Closed\"");
    EventLogReader r = json.readNdjson(new ByteArrayInputStream(utf8(two + " " + two + "\n")));
    r.next();
    ComplaintJsonException e = catchThrowableOfType(ComplaintJsonException.class, r::next);
    assertThat(e.problem()).isEqualTo("a second value on one line");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void replayingALogTheCoreRefusesNamesTheLineAndRejection() throws IOException {
    ComplaintCase c = Samples.scenarios().head()._2;
    String log = Golden.utf8(json.writeNdjson(c));
    String[] lines = log.split("\n");
    String swapped = lines[0] + "\n" + lines[2] + "\n" + lines[1] + "\n";
    ComplaintJsonException e = catchThrowableOfType(ComplaintJsonException.class, () ->
        json.replay(json.readNdjson(new ByteArrayInputStream(utf8(swapped)))));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.rejection()).isNotEmpty();
    ComplaintJsonException empty = catchThrowableOfType(ComplaintJsonException.class, () ->
        json.replay(json.readNdjson(new ByteArrayInputStream(new byte[0]))));
    assertThat(empty.problem()).isEqualTo("empty log");
    ComplaintJsonException notReceipt = catchThrowableOfType(ComplaintJsonException.class, () ->
        json.replay(json.readNdjson(new ByteArrayInputStream(utf8(lines[1] + "\n")))));
    assertThat(notReceipt.expected()).isEqualTo("a ComplaintReceived event first");
    assertThat(notReceipt.line()).isEqualTo(1);
  }

  @Test
  void eventArrayErrorsNameTheIndex() throws IOException {
    String two = "[" + event("\"type\":\"Closed\"") + "," + event("\"type\":\"Closed\",\"z\":1") + "]";
    EventLogReader r = json.readEventArray(new ByteArrayInputStream(utf8(two)));
    r.next();
    ComplaintJsonException e = catchThrowableOfType(ComplaintJsonException.class, r::next);
    assertThat(e.pointer()).hasToString("/1/z");
    assertThat(catchThrowableOfType(ComplaintJsonException.class, () ->
        json.readEventArray(new ByteArrayInputStream(utf8("{}"))).hasNext()).expected()).isEqualTo("a JSON array of events");
    assertThat(catchThrowableOfType(ComplaintJsonException.class, () ->
        json.readEventArray(new ByteArrayInputStream(utf8("[] 1"))).hasNext()).problem()).isEqualTo("content after the array");
    assertThat(catchThrowableOfType(ComplaintJsonException.class, () ->
        json.readEventArray(new ByteArrayInputStream(utf8("[null]"))).hasNext()).pointer()).hasToString("/0");
    ComplaintJsonException refused = catchThrowableOfType(ComplaintJsonException.class, () ->
        json.replay(json.readEventArray(new ByteArrayInputStream(utf8("[" + event("\"type\":\"Closed\"") + "]")))));
    assertThat(refused.pointer()).hasToString("/0");
  }

  @Test
  void streamFailuresArePassedOnUnchanged() throws IOException {
    IOException boom = new IOException("disk gone");
    java.io.InputStream failing = new java.io.InputStream() {
      @Override
      public int read() throws IOException {
        throw boom;
      }
    };
    IOException e = catchThrowableOfType(IOException.class, () -> json.readNdjson(failing).hasNext());
    assertThat(e).isSameAs(boom);
  }
}
