package org.oversight.complaint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CaseServiceExampleTest {

  @Test
  void theExampleStoresConflictsRefusesAndRestores() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CaseServiceExample.run(Databases.freshH2(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("CREATE TABLE IF NOT EXISTS case_event (")
        .contains("stored   case oslo-2026-000123 version 1, RECEIVED, last: ComplaintReceived")
        .contains("stored   case oslo-2026-000123 version 6, ASSESSED, last: AllegationAdded")
        .contains("\"type\":\"PartyAdded\"")
        .contains("Ingrid escalates to Spesialenheten:  stored   case oslo-2026-000123 version 7, REFERRED")
        .contains("Ola records a progress update:       REFUSED  case oslo-2026-000123 was changed by someone else: "
            + "you had version 6, it is now at version 7; reload the case and decide again")
        .contains("REFUSED  refused CLOSE in state REFERRED: CLOSE is not allowed in state REFERRED")
        .contains("REFUSED  refused DECIDE_ALLEGATION in state INVESTIGATION: outcome SORT_OF_UPHELD is not one of")
        .contains("Stored events: 8 (the investigation was opened; nothing refused was stored)")
        .contains("Equal to the case the service last returned: true")
        .contains("Equal to the scenario at the same step:      true");
  }
}
