package org.oversight.complaint.wire.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.wire.Preserved;
import org.oversight.complaint.wire.ReadLimits;
import org.oversight.complaint.wire.contract.JsonUnderTest.Log;
import org.oversight.complaint.wire.contract.JsonUnderTest.Reported;
import org.oversight.complaint.wire.samples.Samples;

/**
 * The error paths both Jackson modules promise around the shared codec: malformed, undecodable and
 * over-limit input, trailing content, lenient reading, streams and event logs, each one typed error
 * naming the pointer (and line). Each module's {@code BadInputTest} extends this with its
 * {@link JsonUnderTest}.
 */
public abstract class ReadingContract {

  /**
   * Returns the module under test with its standard configuration.
   *
   * @return the module
   */
  protected abstract JsonUnderTest json();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String event(String body) {
    return "{\"schemaVersion\":1," + body + ",\"at\":\"2026-03-02T08:15:00Z\",\"actor\":\"a\",\"reason\":\"\"}";
  }

  /** Sees each character of a JSON text outside its strings, with the nesting depth after it. */
  private interface Visitor {
    /** Returns false to stop. */
    boolean see(int index, char c, int depth);
  }

  private static void walk(String text, int from, Visitor visitor) {
    int depth = 0;
    boolean inString = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
      if (!visitor.see(i, c, depth)) {
        return;
      }
    }
  }

  /** The index just past the JSON object or array that starts at from, skipping strings. */
  private static int endOfValue(String text, int from) {
    int[] end = {-1};
    walk(text, from, (i, c, depth) -> {
      if ((c == '}' || c == ']') && depth == 0) {
        end[0] = i + 1;
        return false;
      }
      return true;
    });
    if (end[0] < 0) {
      throw new IllegalArgumentException("no value ends after " + from);
    }
    return end[0];
  }

  /** How many members the JSON object has (its colons outside strings and nested values). */
  private static int members(String object) {
    int[] count = {0};
    walk(object, 0, (i, c, depth) -> {
      if (c == ':' && depth == 1) {
        count[0]++;
      }
      return true;
    });
    return count[0];
  }

  private static InputStream in(String text) {
    return new ByteArrayInputStream(utf8(text));
  }

  /**
   * Runs a read that must fail with the module's typed error.
   *
   * @param read the read
   * @return what the error says
   */
  protected final Reported fails(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).as("the read's error").isNotNull();
    return json().reported(thrown).getOrElseThrow(() -> new AssertionError("not the module's typed error", thrown));
  }

  private Reported readEvent(String text) {
    return fails(() -> json().readEvent(utf8(text)));
  }

  private Reported readCase(String text) {
    return fails(() -> json().readCase(text));
  }

  private String caseText() {
    return text(json().writeCase(Samples.scenarios().head()._2));
  }

  @Test
  void aCaseDocumentsHistoryIsReplayedAsItIsReadSoAnEventTheCaseRefusesIsReportedBeforeTheRestIsRead() {
    String text = caseText();
    int history = text.indexOf("\"history\":[") + "\"history\":[".length();
    int second = endOfValue(text, history) + 1;
    // the second event is the first again (a second receipt), and the document breaks off after it
    String first = text.substring(history, second - 1);
    String broken = text.substring(0, second) + first + ",{\"schemaVersion\":1,\"type\":";
    Reported refused = readCase(broken);
    assertThat(refused.pointer()).isEqualTo("/history/1");
    assertThat(refused.rejected()).isTrue();
    // the same refusal within a whole document, with a repeated member after it
    String whole = text.substring(0, second) + first + "]," + "\"history\":[]}";
    assertThat(readCase(whole).pointer()).isEqualTo("/history/1");
  }

  @Test
  void anEventIsReadFromItsTokensSoItsFirstBadValueIsReportedBeforeTheRestIsRead() {
    // the document breaks off after the bad value; a read that built the event first would report that
    Reported unknownType = readEvent("{\"schemaVersion\":1,\"type\":\"Nope\",\"at\":");
    assertThat(unknownType.problem()).isEqualTo("unknown event type 'Nope'");
    assertThat(unknownType.pointer()).isEqualTo("/type");
    // within an array of objects too: the first party is refused before the second is read
    String received = text(json().writeEvent(Samples.scenarios().head()._2.history().head()));
    int parties = received.indexOf("\"parties\":[") + "\"parties\":[".length();
    String badParty = received.substring(0, parties) + "{\"id\":7,";
    Reported party = readEvent(badParty);
    assertThat(party.pointer()).isEqualTo("/parties/0/id");
    assertThat(party.problem()).isEqualTo("found a number");
    // a case document's event as well
    String text = caseText();
    int history = text.indexOf("\"history\":[") + "\"history\":[".length();
    String broken = text.substring(0, history) + "{\"schemaVersion\":1,\"type\":\"ComplaintReceived\",\"caseId\":\"\",";
    assertThat(readCase(broken).pointer()).isEqualTo("/history/0/caseId");
  }

  @Test
  void anEventsMembersAreReadInAnyOrderAndEachNameOnceHoweverLateItRepeats() throws IOException {
    CaseEvent first = Samples.scenarios().head()._2.history().head();
    String written = text(json().writeEvent(first));
    String head = "\"schemaVersion\":1,\"type\":\"ComplaintReceived\",";
    assertThat(written).startsWith("{" + head);
    // the type last: every other member is met before it is asked for
    String typeLast = "{" + written.substring(head.length() + 1, written.length() - 1) + ","
        + head.substring(0, head.length() - 1) + "}";
    assertThat(json().readEvent(utf8(typeLast))).isEqualTo(first);
    // a name repeated after every member the event has is still refused: the object is read to its end
    String repeated = written.substring(0, written.length() - 1) + ",\"reason\":\"again\"}";
    Reported twice = readEvent(repeated);
    assertThat(twice.problem()).isEqualTo("duplicate field 'reason'");
    assertThat(twice.pointer()).isEqualTo("/reason");
    // an unknown member after the last one the event asks for is refused strictly without reading its value
    // (which repeats a name); leniently it is kept, so its value is read, and its repeated name refused
    String late = event("\"type\":\"Closed\"").replace("}", ",\"late\":{\"a\":1,\"a\":2}}");
    Reported strict = readEvent(late);
    assertThat(strict.problem()).isEqualTo("unknown field 'late'");
    assertThat(strict.pointer()).isEqualTo("/late");
    Reported kept = fails(() -> json().readEventLenient(utf8(late)));
    assertThat(kept.problem()).isEqualTo("duplicate field 'a'");
    assertThat(kept.pointer()).isEqualTo("/late/a");
  }

  @Test
  void aStrictReadRefusesAnObjectWithMoreMembersThanAnyObjectOfTheFormatHas() throws IOException {
    // the receipt asks for its optional lodgedAt before its stamp, so the members after it are met first
    String received = text(json().writeEvent(Samples.receipt()));
    StringBuilder many = new StringBuilder(received.substring(0, received.length() - 1));
    for (int i = 0; i < 100; i++) {
      many.append(",\"x").append(i).append("\":").append(i);
    }
    Reported e = readEvent(many.append('}').toString());
    assertThat(e.problem()).isEqualTo("more than 64 fields");
    assertThat(e.expected()).startsWith("at most 64 fields");
    // refused at the 65th member, before the other 35 are read
    assertThat(e.pointer()).isEqualTo("/x" + (64 - members(received)));
    // leniently the same object is read, its unknown members kept
    assertThat(json().readEventLenient(utf8(many.toString())).unknownFields().size()).isEqualTo(100);
  }



  @Test
  void aStrictReadReportsAMemberNoCaseDocumentHasWithoutReadingItsValueAsAValue() {
    String text = caseText();
    // the unknown member's value repeats a name, which a read that built it would report instead
    String unknown = text.substring(0, text.length() - 1) + ",\"extra\":{\"a\":1,\"a\":2},\"more\":[1e999999999999]}";
    Reported reported = readCase(unknown);
    assertThat(reported.problem()).isEqualTo("unknown field 'extra'");
    assertThat(reported.pointer()).isEqualTo("/extra");
    // leniently the member is kept, so its value is read, and its repeated name refused
    Reported lenient = fails(() -> json().readCaseLenient(utf8(unknown)));
    assertThat(lenient.problem()).isEqualTo("duplicate field 'a'");
    assertThat(lenient.pointer()).isEqualTo("/extra/a");
  }

  @Test
  void aCaseDocumentWhoseVersionFollowsItsHistoryIsReadWholeAndReportedInTheSameWords() throws IOException {
    String text = caseText();
    int history = text.indexOf(",\"history\":");
    String moved = "{" + text.substring(history + 1, text.length() - 1) + ","
        + text.substring(1, history) + "}";
    assertThat(json().readCase(moved)).isEqualTo(Samples.scenarios().head()._2);
    String unsupported = moved.replace("\"schemaVersion\":1,\"id\"", "\"schemaVersion\":99,\"id\"");
    assertThat(readCase(unsupported).problem()).isEqualTo("unsupported schemaVersion 99");
    assertThat(readCase(text.replaceFirst("\"schemaVersion\":1", "\"schemaVersion\":99")).problem())
        .isEqualTo("unsupported schemaVersion 99");
  }

  @Test
  void lenientReadingKeepsUnknownFieldsAndWritesThemBack() throws IOException {
    String text = caseText()
        .replaceFirst("\"status\":", "\"priority\":{\"level\":3},\"status\":")
        .replace("\"type\":\"Registered\",", "\"type\":\"Registered\",\"channelHint\":[1,2],");
    // The history is read (and replayed) before the snapshot is checked, so its unknown field is met first.
    assertThat(readCase(text).problem()).isEqualTo("unknown field 'channelHint'");
    Preserved<ComplaintCase> read = json().readCaseLenient(utf8(text));
    assertThat(read.value()).isEqualTo(Samples.scenarios().head()._2);
    assertThat(read.unknownFields().toJavaMap()).containsOnlyKeys("/priority", "/history/1/channelHint");
    assertThat(read.unknownFields().get("/priority").get()).isEqualTo("{\"level\":3}");
    Preserved<ComplaintCase> again = json().readCaseLenient(json().write(read));
    assertThat(again).isEqualTo(read);
    assertThat(Preserved.of("x").unknownFields()).isEmpty();
  }

  @Test
  void anObjectWithMoreMembersThanALenientReadCouldKeepIsRefusedWhileItIsRead() {
    JsonUnderTest capped = json().withLimits(ReadLimits.DEFAULT.withMaxUnknownFields(3));
    StringBuilder many = new StringBuilder("\"type\":\"Closed\"");
    for (int i = 0; i < 200; i++) {
      many.append(",\"x").append(i).append("\":").append(i);
    }

    Reported e = fails(() -> capped.readEventLenient(utf8(event(many.toString()))));

    // Two members come first, so the 68th (3 unknown fields plus 64, more than any object has known) is x65:
    // refused while the tree is built, before the rest of the object is read.
    assertThat(e.problem()).isEqualTo("more than 3 unknown fields");
    assertThat(e.pointer()).isEqualTo("/x65");
    assertThat(e.expected()).isEqualTo("at most 3 unknown fields (ReadLimits.maxUnknownFields)");
    assertThat(fails(() -> capped.readEventLenient(utf8(event("\"type\":\"Closed\",\"a\":1,\"b\":2,\"c\":3,\"d\":4"))))
        .pointer()).isEqualTo("/d");
  }

  @Test
  void lenientEventReading() throws IOException {
    Preserved<CaseEvent> read = json().readEventLenient(utf8(event("\"type\":\"Closed\",\"x\":true")));
    assertThat(read.value()).isInstanceOf(CaseEvent.Closed.class);
    assertThat(read.unknownFields().toJavaMap()).containsEntry("/x", "true");
    assertThat(text(json().write(read))).endsWith(",\"reason\":\"\",\"x\":true}");
  }

  @Test
  void malformedJsonNamesWhereTheParserStopped() {
    Reported e = readEvent("{\"schemaVersion\":1,\"type\":\"Closed\",\"at\":}");
    assertThat(e.problem()).startsWith("malformed JSON");
    assertThat(e.pointer()).isEqualTo("/at");
    assertThat(e.located()).isTrue();
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
    // A UTF-32 BOM followed by a code point above U+10FFFF: Jackson throws CharConversionException.
    byte[] bytes = {0, 0, (byte) 0xFE, (byte) 0xFF, 0x7F, 0x7F, 0x7F, 0x7F, 0, 0, 0, '{'};
    Reported e = fails(() -> json().readCase(bytes));
    assertThat(e.cause()).isInstanceOf(CharConversionException.class);
    assertThat(e.expected()).isEqualTo("JSON encoded as UTF-8, UTF-16 or UTF-32");
  }

  @Test
  void badUtf8() {
    byte[] bytes = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
    assertThat(fails(() -> json().readCase(bytes)).problem()).startsWith("malformed JSON");
  }

  @Test
  void aDuplicateKeyIsRefusedNotOverwritten() {
    String twice = "{\"schemaVersion\":1,\"type\":\"Withdrawn\",\"type\":\"Closed\",\"at\":\"2026-03-02T08:15:00Z\","
        + "\"actor\":\"a\",\"reason\":\"\"}";
    assertThat(readEvent(twice).message())
        .startsWith("duplicate field 'type' at /type; expected each field name once per object");
    String inCase = caseText().replaceFirst("\"schemaVersion\":1", "\"schemaVersion\":1,\"schemaVersion\":1");
    assertThat(readCase(inCase)).isNotNull();
  }

  @Test
  void readLimitsAreEnforcedAsOurError() {
    JsonUnderTest tight = json().withLimits(new ReadLimits(5, 20, 20, 4, 400, 0));
    String deep = "{\"a\":".repeat(10) + "1" + "}".repeat(10);
    assertThat(fails(() -> tight.readEvent(utf8(deep))).problem()).startsWith("input exceeds a read limit");
    Reported longString = fails(() -> tight.readEvent(utf8(event("\"type\":\"Closed\",\"x\":\"" + "y".repeat(100) + "\""))));
    assertThat(longString.expected()).isEqualTo("input within the read limits (ReadLimits)");
    assertThat(fails(() -> tight.readCase(utf8(caseText()))).problem()).startsWith("input exceeds a read limit");
    assertThat(tight.limits().maxNestingDepth()).isEqualTo(5);
    assertThat(json().limits()).isEqualTo(ReadLimits.DEFAULT);
  }

  @Test
  void ndjsonErrorsNameTheLine() throws IOException {
    String log = text(json().writeNdjson(Samples.scenarios().head()._2));
    String broken = log.replaceFirst("\"type\":\"Acknowledged\",\"recipient\":\\{\"type\":\"ToParty\",\"party\":\"P1\"}",
        "\"type\":\"Acknowledged\",\"recipient\":{\"type\":\"ToParty\",\"party\":\"\"}");
    Log reader = json().readNdjson(in(broken));
    assertThat(reader.next()).isInstanceOf(CaseEvent.ComplaintReceived.class);
    assertThat(reader.next()).isInstanceOf(CaseEvent.Registered.class);
    Reported e = fails(reader::next);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.pointer()).isEqualTo("/recipient/party");
    assertThat(e.message()).contains(" at /recipient/party on line 3; expected a party id");
    assertThat(reader.hasNext()).isFalse();
  }

  @Test
  void ndjsonSyntaxErrorsAndTwoValuesOnALine() throws IOException {
    Log lines = json().readNdjson(in(event("\"type\":\"Closed\"") + "\n{\"a\":\n"));
    lines.next();
    Reported syntax = fails(lines::next);
    assertThat(syntax.line()).isEqualTo(2);
    assertThat(syntax.problem()).startsWith("malformed JSON");
    fails(() -> json().replay(json().readNdjson(in("{} {}\n"))));
    String two = event("\"type\":\"Closed\"");
    Log r = json().readNdjson(in(two + " " + two + "\n"));
    r.next();
    Reported e = fails(r::next);
    assertThat(e.problem()).isEqualTo("a second value on one line");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void replayingALogTheCoreRefusesNamesTheLineAndRejection() {
    ComplaintCase c = Samples.scenarios().head()._2;
    String[] lines = text(json().writeNdjson(c)).split("\n");
    String swapped = lines[0] + "\n" + lines[2] + "\n" + lines[1] + "\n";
    Reported e = fails(() -> json().replay(json().readNdjson(in(swapped))));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.rejected()).isTrue();
    Reported empty = fails(() -> json().replay(json().readNdjson(new ByteArrayInputStream(new byte[0]))));
    assertThat(empty.problem()).isEqualTo("empty log");
    Reported notReceipt = fails(() -> json().replay(json().readNdjson(in(lines[1] + "\n"))));
    assertThat(notReceipt.expected()).isEqualTo("a ComplaintReceived event first");
    assertThat(notReceipt.line()).isEqualTo(1);
  }

  @Test
  void eventArrayErrorsNameTheIndex() throws IOException {
    String two = "[" + event("\"type\":\"Closed\"") + "," + event("\"type\":\"Closed\",\"z\":1") + "]";
    Log r = json().readEventArray(in(two));
    r.next();
    assertThat(fails(r::next).pointer()).isEqualTo("/1/z");
    Reported notAnArray = fails(() -> json().readEventArray(in("{}")).hasNext());
    assertThat(notAnArray.problem()).isEqualTo("found {");
    assertThat(notAnArray.expected()).isEqualTo("a JSON array of events");
    assertThat(fails(() -> json().readEventArray(in("[] 1")).hasNext()).problem()).isEqualTo("content after the array");
    assertThat(fails(() -> json().readEventArray(in("[null]")).hasNext()).pointer()).isEqualTo("/0");
    Reported refused = fails(() -> json().replay(json().readEventArray(in("[" + event("\"type\":\"Closed\"") + "]"))));
    assertThat(refused.pointer()).isEqualTo("/0");
  }

  @Test
  void aClosedLogHasNoMoreEvents() throws IOException {
    Log r = json().readEventArray(in("[" + event("\"type\":\"Closed\"") + "]"));
    r.close();
    assertThat(r.hasNext()).isFalse();
  }

  @Test
  void streamFailuresArePassedOnUnchanged() {
    IOException boom = new IOException("disk gone");
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw boom;
      }
    };
    IOException e = catchThrowableOfType(IOException.class, () -> json().readNdjson(failing).hasNext());
    assertThat(e).isSameAs(boom);
  }
}
