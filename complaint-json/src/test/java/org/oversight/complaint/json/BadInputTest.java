package org.oversight.complaint.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DatabindException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.wire.contract.JsonUnderTest;
import org.oversight.complaint.wire.contract.ReadingContract;
import org.oversight.complaint.wire.samples.GoldenFiles;
import org.oversight.complaint.wire.samples.Samples;
import org.oversight.complaint.wire.ComplaintFeature;
import org.oversight.complaint.wire.ReadLimits;

/**
 * Bad input gets one typed error that names the pointer (and line) and what was expected: what the shared
 * codec refuses, here, and the error paths both Jackson modules share, in {@link ReadingContract}.
 */
class BadInputTest extends ReadingContract {

  private final ComplaintJson json = ComplaintJson.standard();

  @Override
  protected JsonUnderTest json() {
    return JsonUnderTest.of(json);
  }

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
    return GoldenFiles.utf8(json.writeCase(Samples.scenarios().head()._2));
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
  void aStatementOfReasonsRoundTripsAndABlankOneIsATypedError() throws IOException {
    CaseEvent told = new CaseEvent.OutcomeNotified(io.vavr.collection.List.of(
        org.oversight.complaint.core.Recipient.party(org.oversight.complaint.core.PartyId.of("P1"))), io.vavr.control.Option.none(),
        io.vavr.control.Option.some(org.oversight.complaint.core.StatementOfReasons.of("The log and the account agree.")),
        org.oversight.complaint.core.Stamp.of(java.time.Instant.parse("2026-03-02T08:15:00Z"),
            org.oversight.complaint.core.Actor.of("a")));
    String text = GoldenFiles.utf8(json.writeEvent(told));
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
  void readLimitsValidate() {
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ReadLimits(0, 1, 1, 1, 1, 0)))
        .hasMessage("maxNestingDepth must be positive but was 0");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ReadLimits(1, 1, 1, 1, 0, 0)))
        .hasMessage("maxDocumentLength must be positive but was 0");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ReadLimits(1, 1, 1, 1, 1, -1)))
        .hasMessage("maxLogLength must not be negative but was -1");
  }

}
