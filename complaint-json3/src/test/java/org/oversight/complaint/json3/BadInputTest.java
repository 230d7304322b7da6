package org.oversight.complaint.json3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.wire.contract.JsonUnderTest;
import org.oversight.complaint.wire.contract.ReadingContract;
import tools.jackson.databind.DatabindException;

/**
 * The error paths of the Jackson 3 glue itself: malformed, undecodable and over-limit input, trailing
 * content, streams and event logs, each one typed error naming the pointer (and line), as
 * {@link ReadingContract} states them for both Jackson modules. What the shared codec refuses is
 * complaint-json's {@code BadInputTest}, and {@link BothModulesErrorsTest} checks that both modules
 * report it in the same words.
 */
class BadInputTest extends ReadingContract {

  @Override
  protected JsonUnderTest json() {
    return JsonUnderTest.of(ComplaintJson.standard());
  }

  @Test
  void isAJacksonDatabindException() {
    ComplaintJsonException e = catchThrowableOfType(ComplaintJsonException.class,
        () -> ComplaintJson.standard().readEvent("{}".getBytes(StandardCharsets.UTF_8)));
    assertThat(e).isInstanceOf(DatabindException.class);
    assertThat(e.line()).isEqualTo(ComplaintJsonException.NO_LINE);
  }
}
