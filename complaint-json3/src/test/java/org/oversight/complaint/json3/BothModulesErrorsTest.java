package org.oversight.complaint.json3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.oversight.complaint.core.CaseEvent;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The typed errors of both Jackson modules say the same thing: for input the codec refuses, the
 * problem, the JSON pointer, what was expected and the message are equal word for word.
 */
class BothModulesErrorsTest {

  private static final ComplaintJson JACKSON3 = ComplaintJson.standard();
  private static final org.oversight.complaint.json.ComplaintJson JACKSON2 =
      org.oversight.complaint.json.ComplaintJson.standard();

  @ParameterizedTest
  @ValueSource(strings = {
      "null",
      "[]",
      "{}",
      "{\"schemaVersion\":2,\"type\":\"Closed\"}",
      "{\"schemaVersion\":1.5,\"type\":\"Closed\"}",
      "{\"schemaVersion\":1,\"type\":\"Sleeping\"}",
      "{\"schemaVersion\":1,\"type\":\"Closed\",\"at\":\"yesterday\",\"actor\":\"a\",\"reason\":\"\"}",
      "{\"schemaVersion\":1,\"type\":\"Closed\",\"at\":\"2026-03-02T08:15:00Z\",\"actor\":\"a\",\"reason\":\"\",\"x\":1}",
      "{\"schemaVersion\":1,\"type\":\"Withdrawn\",\"type\":\"Closed\"}",
      "{\"schemaVersion\":1,\"type\":\"Closed\",\"at\":\"2026-03-02T08:15:00Z\",\"actor\":\"\",\"reason\":\"\"}",
      "{\"schemaVersion\":1,\"type\":\"Closed\",\"at\":\"2026-03-02T08:15:00Z\",\"actor\":\"a\",\"reason\":\"\"} {}"
  })
  void anEventTheCodecRefusesFailsAlikeInBothModules(String input) {
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    ComplaintJsonException three = catchThrowableOfType(ComplaintJsonException.class, () -> JACKSON3.readEvent(bytes));
    org.oversight.complaint.json.ComplaintJsonException two =
        catchThrowableOfType(org.oversight.complaint.json.ComplaintJsonException.class, () -> JACKSON2.readEvent(bytes));
    assertThat(three).as(input).isNotNull();
    assertThat(two).as(input).isNotNull();
    assertThat(three.problem()).isEqualTo(two.problem());
    assertThat(three.pointer().toString()).isEqualTo(two.pointer().toString());
    assertThat(three.expected()).isEqualTo(two.expected());
    assertThat(three.getOriginalMessage()).isEqualTo(two.getOriginalMessage());
  }

  @Test
  void thePlainMappersOfBothModulesRefuseADuplicateKeyInTheSameWords() throws Exception {
    String twice = "{\"schemaVersion\":1,\"type\":\"Withdrawn\",\"type\":\"Closed\",\"at\":\"2026-03-02T08:15:00Z\","
        + "\"actor\":\"a\",\"reason\":\"\"}";
    ComplaintJsonException three = catchThrowableOfType(ComplaintJsonException.class,
        () -> JsonMapper.builder().findAndAddModules().build().readValue(twice, CaseEvent.class));
    org.oversight.complaint.json.ComplaintJsonException two = catchThrowableOfType(
        org.oversight.complaint.json.ComplaintJsonException.class,
        () -> new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().readValue(twice, CaseEvent.class));
    assertThat(three.getOriginalMessage())
        .isEqualTo("duplicate field 'type' at /type; expected each field name once per object")
        .isEqualTo(two.getOriginalMessage());
  }
}
