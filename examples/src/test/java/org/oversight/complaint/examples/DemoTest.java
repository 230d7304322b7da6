package org.oversight.complaint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {

  static String runDemo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theOsloCaseShowsTheEscalationTheBreachAndWhatTheComplainantSees() {
    String out = runDemo();
    String oslo = out.substring(out.indexOf("1. Oslo"), out.indexOf("2. Denmark"));
    assertThat(oslo)
        .contains("2026-03-02 09:15  received")
        .contains("ESCALATE to NO-SPESIALENHETEN by 2026-03-11 23:59 (straffeprosessloven § 67 (6)")
        .contains("escalation to NO-SPESIALENHETEN: done 2026-03-11 12:00")
        .contains("due 2026-07-17 23:59: outcome notice to party P1")
        .contains("BREACH: delay notice to party P1 overdue by 77 days")
        .contains("compliant: no, 1 breach(es)")
        .contains("  (nb) ")
        .contains("What Kari Nordmann is shown:")
        .contains("Case OSL-2026-000123: finished.")
        .contains("The outcome concerns the employee's employment and is not disclosed to you.")
        .contains("You could ask NO-POD to review it until 2026-07-24.")
        .contains("Path: RECEIVED -> REGISTERED -> ACKNOWLEDGED -> ASSESSED -> REFERRED -> INVESTIGATION");
    String shown = oslo.substring(oslo.indexOf("What Kari Nordmann is shown:"), oslo.indexOf("Path:"));
    // Personnel matters stay internal in Norway: neither the outcome nor the officer appears.
    assertThat(shown).doesNotContain("CRITICISABLE").doesNotContain("A-4711").doesNotContain("DISMISSED");
  }

  @Test
  void theDanishCaseIsEscalatedAtOnceAndTheRelativeIsToldTheOutcome() {
    String out = runDemo();
    String dk = out.substring(out.indexOf("2. Denmark"), out.indexOf("3. The state graph"));
    assertThat(dk)
        .contains("2026-11-02 04:22  received")
        .contains("ESCALATE to DK-DUP by 2026-11-02 23:59 (retsplejeloven § 1020 a, stk. 2)")
        .contains("due 2027-11-02 23:59: delay notice to party I1")
        .contains("due 2028-05-02 23:59: delay notice to party S2")
        .contains("compliant: yes")
        .contains("What Susanne Madsen (sister) is shown:")
        .contains("Outcome: NO_PROSECUTION.")
        .doesNotContain("BREACH");
  }

  @Test
  void theStateGraphIsMermaidWithoutLoopsAndWithTheVisitedStates() {
    String out = runDemo();
    String graph = out.substring(out.indexOf("```mermaid"), out.lastIndexOf("```"));
    assertThat(graph)
        .contains("stateDiagram-v2")
        .contains("[*] --> RECEIVED : RECEIVE")
        .contains("ASSESSED --> REFERRED : REFER")
        .contains("class RECEIVED,REGISTERED,ACKNOWLEDGED,ASSESSED,REFERRED,INVESTIGATION")
        .doesNotContain("ASSESSED --> ASSESSED")
        .doesNotContain("CLOSED --> CLOSED");
  }

  @Test
  void theDemoPrintsTheSameEveryTime() {
    assertThat(runDemo()).isEqualTo(runDemo());
  }
}
