package org.oversight.complaint.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DatabindException;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.wire.samples.Samples;
import org.oversight.complaint.wire.ComplaintFeature;
import org.oversight.complaint.wire.Preserved;
import org.oversight.complaint.wire.ReadLimits;

/** Bad input gets one typed error that names the pointer (and line) and what was expected. */
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
  void missingFieldNamesItsPointer() {
    ComplaintJsonException e = readEvent(event("\"type\":\"Forwarded\""));
    assertThat(e.pointer()).isEqualTo(JsonPointer.compile("/to"));
    assertThat(e.problem()).isEqualTo("missing field 'to'");
    assertThat(e.expected()).isEqualTo("a body code");
    assertThat(e.getMessage()).startsWith("missing field 'to' at /to; expected a body code");
  }

  @Test
  void wrongTypeNamesWhatWasFoundAndExpected() {
    ComplaintJsonException e = readEvent(event("\"type\":\"ReviewDecided\",\"upheld\":\"yes\""));
    assertThat(e.pointer()).hasToString("/upheld");
    assertThat(e.problem()).isEqualTo("found a string");
    assertThat(e.expected()).isEqualTo("true or false");
  }

  @Test
  void explicitNullIsAWrongTypeNotAnAbsence() {
    ComplaintJsonException e = readEvent(event("\"type\":\"Withdrawn\",\"by\":null"));
    assertThat(e.pointer()).hasToString("/by");
    assertThat(e.problem()).isEqualTo("found null");
  }

  @Test
  void invalidDomainValueKeepsTheCoresExceptionAsCause() {
    ComplaintJsonException e = readEvent(event("\"type\":\"Forwarded\",\"to\":\"lower case\""));
    assertThat(e.pointer()).hasToString("/to");
    assertThat(e.expected()).isEqualTo("a body code");
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.problem()).isEqualTo("invalid value: " + e.getCause().getMessage());
  }

  @Test
  void invalidNestedValueIsReportedDeepInside() {
    String text = caseText().replace("\"serviceNumber\":\"NO-4711\"", "\"serviceNumber\":\"  \"");
    ComplaintJsonException e = readCase(text);
    assertThat(e.pointer()).hasToString("/history/0/parties/1");
    assertThat(e.problem()).contains("serviceNumber must not be blank");
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidInstantAndUnknownCode() {
    assertThat(readEvent("{\"schemaVersion\":1,\"type\":\"Closed\",\"at\":\"yesterday\",\"actor\":\"a\",\"reason\":\"\"}")
        .pointer()).hasToString("/at");
    ComplaintJsonException e = readEvent(event("\"type\":\"Assessed\",\"track\":\"PARKING\",\"handlingBody\":\"SIU\""));
    assertThat(e.pointer()).hasToString("/track");
    assertThat(e.problem()).isEqualTo("unknown code 'PARKING'");
    assertThat(e.expected()).startsWith("one of CONDUCT_COMPLAINT, SERVICE_COMPLAINT");
  }

  @Test
  void unknownTypeDiscriminators() {
    assertThat(readEvent(event("\"type\":\"Exploded\"")).expected()).startsWith("one of ComplaintReceived, Registered");
    ComplaintJsonException e = readEvent(event("\"type\":\"Acknowledged\",\"recipient\":{\"type\":\"ToDog\"}"));
    assertThat(e.pointer()).hasToString("/recipient/type");
    assertThat(e.expected()).isEqualTo("ToParty or ToBody");
  }

  @Test
  void unknownFieldFailsNamingIt() {
    ComplaintJsonException e = readEvent(event("\"type\":\"Closed\",\"priority\":\"high\""));
    assertThat(e.pointer()).hasToString("/priority");
    assertThat(e.problem()).isEqualTo("unknown field 'priority'");
    assertThat(e.expected()).contains("enable lenient reading");
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
  void aLenientReadKeepsAtMostTheMaximumOfUnknownFieldsAndNamesTheFirstPastIt() throws IOException {
    StringBuilder many = new StringBuilder("\"type\":\"Closed\"");
    for (int i = 0; i < 50; i++) {
      many.append(",\"x").append(i).append("\":").append(i);
    }
    ComplaintJson capped = ComplaintJson.builder().readLimits(ReadLimits.DEFAULT.withMaxUnknownFields(40)).build();

    ComplaintJsonException e = catchThrowableOfType(ComplaintJsonException.class,
        () -> capped.readEventLenient(utf8(event(many.toString()))));

    assertThat(e.problem()).isEqualTo("more than 40 unknown fields");
    assertThat(e.pointer().toString()).isEqualTo("/x40");
    assertThat(e.expected()).contains("ReadLimits.maxUnknownFields");
    assertThat(capped.readEventLenient(utf8(event(many.substring(0, many.indexOf(",\"x40"))))).unknownFields())
        .hasSize(40);
    assertThat(ReadLimits.DEFAULT.maxUnknownFields()).isEqualTo(10_000);
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
  void unsupportedOrMissingSchemaVersion() {
    ComplaintJsonException e = readEvent("{\"schemaVersion\":2,\"type\":\"Closed\"}");
    assertThat(e.pointer()).hasToString("/schemaVersion");
    assertThat(e.expected()).isEqualTo("a schemaVersion from 1 to 1");
    assertThat(readEvent("{\"type\":\"Closed\"}").problem()).isEqualTo("missing field 'schemaVersion'");
    assertThat(readEvent("{\"schemaVersion\":1.5}").expected()).isEqualTo("the wire-format version (a whole number)");
  }

  @Test
  void aSnapshotNumberBeyondADoubleIsATypedMismatch() {
    String text = caseText();
    java.util.regex.Matcher version = java.util.regex.Pattern.compile("\"version\":\\d+").matcher(text);
    assertThat(version.find()).isTrue();
    for (String huge : new String[] {"1e400", "-1e400"}) {
      String poisoned = text.replace(version.group(), "\"version\":" + huge);
      ComplaintJsonException strict = readCase(poisoned);
      assertThat(strict).as(huge).isNotNull();
      assertThat(strict.problem()).startsWith("the snapshot disagrees with the history");
      assertThat(strict.pointer()).hasToString("/version");
      assertThat(catchThrowableOfType(ComplaintJsonException.class, () -> json.readCaseLenient(utf8(poisoned))))
          .as(huge).isNotNull();
    }
  }

  @Test
  void aNumberWhoseExponentOutgrowsADecimalIsRefusedAtItsPointerByEveryReader() {
    // Found by ResultsAndViewsFuzzTest#disclosurePolicy: JSON bounds no exponent, BigDecimal does.
    String huge = "66666660000e030083861508208835557";
    String text = caseText();
    java.util.regex.Matcher version = java.util.regex.Pattern.compile("\"version\":\\d+").matcher(text);
    assertThat(version.find()).isTrue();
    String inCase = text.replace(version.group(), "\"version\":" + huge);

    ComplaintJsonException inDocument = readCase(inCase);
    ComplaintJsonException atRoot = catchThrowableOfType(ComplaintJsonException.class,
        () -> json.readDisclosurePolicy(utf8(huge)));

    assertThat(inDocument.problem()).startsWith("a number out of range");
    assertThat(inDocument.pointer()).hasToString("/version");
    assertThat(atRoot.problem()).startsWith("a number out of range");
    assertThat(catchThrowableOfType(ComplaintJsonException.class, () -> json.readCaseLenient(utf8(inCase))))
        .isNotNull();
    assertThat(catchThrowableOfType(ComplaintJsonException.class, () -> json.readAssessment(utf8(huge))))
        .isNotNull();
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
  void aStatementOfReasonsRoundTripsAndABlankOneIsATypedError() throws IOException {
    CaseEvent told = new CaseEvent.OutcomeNotified(io.vavr.collection.List.of(
        org.oversight.complaint.core.Recipient.party(org.oversight.complaint.core.PartyId.of("P1"))), io.vavr.control.Option.none(),
        io.vavr.control.Option.some(org.oversight.complaint.core.StatementOfReasons.of("The log and the account agree.")),
        org.oversight.complaint.core.Stamp.of(java.time.Instant.parse("2026-03-02T08:15:00Z"),
            org.oversight.complaint.core.Actor.of("a")));
    String text = Golden.utf8(json.writeEvent(told));
    assertThat(text).contains("\"statementOfReasons\":\"The log and the account agree.\"");
    assertThat(json.readEvent(utf8(text))).isEqualTo(told);
    ComplaintJsonException blank = readEvent(text.replace("The log and the account agree.", "  "));
    assertThat(blank).isNotNull();
    assertThat(blank.pointer()).hasToString("/statementOfReasons");
  }

  @Test
  void anInstantOutsideTheTimeWindowIsATypedErrorAtItsField() {
    for (String poison : new String[] {"+999999999-12-31T23:59:59.999999999Z", "3000-01-01T00:00:00Z",
        "1899-12-31T23:59:59Z"}) {
      ComplaintJsonException e = readEvent("{\"schemaVersion\":1,\"type\":\"Closed\",\"at\":\"" + poison
          + "\",\"actor\":\"a\",\"reason\":\"\"}");
      assertThat(e).as(poison).isNotNull();
      assertThat(e.problem()).as(poison).contains("must be from 1900-01-01T00:00:00Z");
    }
  }

  @Test
  void historyTheCoreRefusesNamesTheEventAndCarriesTheRejection() {
    String text = caseText().replace("\"type\":\"Registered\"", "\"type\":\"Closed\"")
        .replace("\"reference\":\"OSL-2026-000123\",\"requirements\":[\"INCIDENT_TIME\",\"SUBJECT\",\"DESCRIPTION\"],", "");
    ComplaintJsonException e = readCase(text);
    assertThat(e.pointer()).hasToString("/history/1");
    assertThat(e.rejection()).isNotEmpty();
    assertThat(e.rejection().get()).isInstanceOfSatisfying(Rejection.EventRefused.class, r -> {
      assertThat(r.position()).isEqualTo(1);
      assertThat(r.cause()).isInstanceOf(Rejection.IllegalTransition.class);
    });
    assertThat(e.expected()).isEqualTo("an event the case accepts in state RECEIVED");
  }

  @Test
  void historyMustStartWithTheReceipt() {
    assertThat(readCase("{\"schemaVersion\":1,\"history\":[]}").problem()).isEqualTo("empty history");
    ComplaintJsonException e = readCase("{\"schemaVersion\":1,\"history\":[" + event("\"type\":\"Closed\"") + "]}");
    assertThat(e.pointer()).hasToString("/history/0");
    assertThat(e.expected()).isEqualTo("a ComplaintReceived event first");
  }

  @Test
  void snapshotThatDisagreesWithTheHistoryIsRejected() {
    String text = caseText();
    ComplaintJsonException e = readCase(text.replace("\"status\":\"CLOSED\"", "\"status\":\"DECIDED\""));
    assertThat(e.pointer()).hasToString("/status");
    assertThat(e.expected()).isEqualTo("\"CLOSED\" as replayed from /history");
    assertThat(readCase(text.replace("\"version\":12", "\"version\":13")).pointer()).hasToString("/version");
    assertThat(readCase(text.replaceFirst("\"name\":\"Ola Vitne\",", "")).pointer()).hasToString("/parties/2/name");
    ComplaintJson trusting = ComplaintJson.builder().feature(ComplaintFeature.VERIFY_SNAPSHOT, false).build();
    assertThat(catchThrowableOfType(ComplaintJsonException.class, () ->
        trusting.readCase(text.replace("\"status\":\"CLOSED\"", "\"status\":\"DECIDED\"")))).isNull();
  }

  @Test
  void snapshotFieldTheHistoryDoesNotHave() {
    String text = caseText().replace("\"version\":", "\"suspendedFrom\":\"ASSESSED\",\"version\":");
    ComplaintJsonException e = readCase(text);
    assertThat(e.pointer()).hasToString("/suspendedFrom");
    assertThat(e.problem()).isEqualTo("the snapshot has 'suspendedFrom' but the history gives none");
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
  void readLimitsValidate() {
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ReadLimits(0, 1, 1, 1, 1, 0)))
        .hasMessage("maxNestingDepth must be positive but was 0");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ReadLimits(1, 1, 1, 1, 0, 0)))
        .hasMessage("maxDocumentLength must be positive but was 0");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ReadLimits(1, 1, 1, 1, 1, -1)))
        .hasMessage("maxLogLength must not be negative but was -1");
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
