package org.oversight.complaint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.fixtures.Scenario;
import org.oversight.complaint.fixtures.Scenarios;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.ObligationKind;

class DemoTest {

  @TempDir
  Path dir;

  String runDemo(Locale locale) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), locale, dir.resolve("graph/state-graph.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theOsloCaseShowsTheEscalationTheMissedNoticeAndWhatTheComplainantSees() {
    String out = runDemo(Locale.ENGLISH);
    String oslo = out.substring(out.indexOf("1. Oslo"), out.indexOf("2. Denmark"));
    assertThat(oslo)
        .contains("2 March 2026 09:15   received")
        .contains("MUST ESCALATE: The case concerns serious injury, so it must go to the Norwegian Bureau for the "
            + "Investigation of Police Affairs (Spesialenheten for politisaker) by 11 March 2026 (straffeprosessloven § 67 (6)")
        .contains("meanwhile refused: \"open an investigation\" refused: the case must first be referred to the Norwegian"
            + " Bureau for the Investigation of Police Affairs (Spesialenheten for politisaker) by 11 March 2026, and may not"
            + " be handled locally until then. The case concerns serious injury (straffeprosessloven § 67 (6)")
        .contains("referral to the Norwegian Bureau for the Investigation of Police Affairs (Spesialenheten for politisaker): "
            + "done 11 March 2026 12:00")
        .contains("to do: Tell P1 the outcome by 17 July 2026")
        .contains("BREACH: Overdue by 78 days: P1 should have been told the state of the case by 2 April 2026")
        .contains("MISSED: Overdue by 92 days: P1 should have been told the state of the case by 2 April 2026")
        .contains("compliant: no, 1 breach\n")
        .contains("  (nb) Forsinket med 92 dager: P1 skulle vært orientert om saken innen 2. april 2026")
        .contains("What Kari Nordmann is shown:")
        .contains("Case OSL-2026-000123: finished.")
        .contains("What we looked at: rude behaviour, use of force.")
        .contains("Outcome: criticisable, dismissed.\n  The reasons are given in the decision letter.\n")
        .contains("You could ask Politidirektoratet to review it until 24 July 2026.")
        .contains("Letters to you: 2 March 2026 acknowledgement, 3 July 2026 outcome")
        .contains("Path: received -> registered -> receipt acknowledged -> assessed -> referred -> under investigation");
    String shown = oslo.substring(oslo.indexOf("What Kari Nordmann is shown:"), oslo.indexOf("Path:"));
    // The complainant gets a reasoned answer from the district (criticisable) and Spesialenheten's decision
    // (dismissed), which they may appeal; the officer and the measures stay internal.
    assertThat(shown).contains("criticisable", "dismissed").doesNotContain("A-4711")
        .doesNotContain("not disclosed to you").contains("Not shown to you:")
        .contains("the disciplinary and management measures");
  }

  @Test
  void aMissedNoticeStopsGrowingOnceTheCaseIsDecided() {
    String out = runDemo(Locale.ENGLISH);
    String oslo = out.substring(out.indexOf("conduct decided"), out.indexOf("2. Denmark"));
    assertThat(oslo).contains("Overdue by 92 days").doesNotContain("Overdue by 115 days").doesNotContain("Overdue by 116 days");
  }

  @Test
  void theDanishCaseIsEscalatedAtOnceAndTheRelativeIsToldTheOutcome() {
    String out = runDemo(Locale.ENGLISH);
    String dk = out.substring(out.indexOf("2. Denmark"), out.indexOf("3. The state graph"));
    assertThat(dk)
        .contains("2 November 2026 04:22   received")
        .contains("MUST ESCALATE: The case concerns death, so it must go to the Independent Police Complaints "
            + "Authority (Den Uafhængige Politiklagemyndighed) by 2 November 2026 (retsplejeloven § 1020 a, stk. 2)")
        .contains("to do: Tell I1 the state of the case")
        .contains("compliant: yes")
        .contains("What Susanne Madsen (sister) is shown:")
        .contains("Outcome: no prosecution.")
        .doesNotContain("BREACH");
  }

  @Test
  void inNorwegianTheLabelsDatesAndHeadingsAreNorwegian() {
    String out = runDemo(Locale.forLanguageTag("nb"));
    assertThat(out)
        .startsWith("oversight-complaint: demonstrasjonen\n")
        .contains("Tidslinje, med regelpakkens vurdering hver gang den endres:")
        .contains("2. mars 2026 09:15")
        .contains("-> mottatt")
        .contains("oversendelse til Spesialenheten for politisaker: gjort 11. mars 2026 12:00")
        .contains("MÅ OVERSENDES: Saken gjelder alvorlig skade, derfor må den sendes til Spesialenheten for politisaker"
            + " innen 11. mars 2026")
        .contains("avvist i mellomtiden: «åpne etterforskning» avvist: saken må først henvises til Spesialenheten for"
            + " politisaker innen 11. mars 2026 og kan ikke behandles lokalt før det. Saken gjelder alvorlig skade (")
        .contains("BRUDD: Forsinket med 78 dager")
        .contains("UTELATT: Forsinket med 92 dager")
        .contains("i samsvar med reglene: nei, 1 brudd\n")
        .contains("Dette får Kari Nordmann se:")
        .contains("Sak OSL-2026-000123: avsluttet.")
        .contains("Resultat: kritikkverdig, henlagt.\n  Begrunnelsen står i vedtaksbrevet.")
        .contains("Du kan be Politidirektoratet om å overprøve avgjørelsen innen 24. juli 2026.")
        .contains("Resultat: ingen påtale.")
        .contains("Forløp: mottatt -> registrert")
        .contains("alvorlig forhold lagt til")
        .contains("1. Oslo: en klage på tjenesteutøvelse")
        .contains("3. Tilstandsgrafen")
        .doesNotContain("What ").doesNotContain("Outcome: ").doesNotContain("compliant:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nb", "da", "sv"})
  void theScenariosTitlesAndEveryStepAreWordedInTheLanguageAskedFor(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String out = runDemo(locale);
    for (Scenario s : List.of(Scenarios.osloEscalatedToSpesialenheten(), Scenarios.danishDeathInCustody())) {
      String title = DemoText.catalogue("scenario." + s.name(), "", locale);
      assertThat(title).as("title of %s in %s", s.name(), language).isNotBlank();
      assertThat(out).contains(title).doesNotContain(s.description());
      for (Scenario.Step step : s.history()) {
        String key = "step." + step.label().replace(' ', '_');
        assertThat(DemoText.catalogue(key, "", locale)).as("%s in %s", key, language).isNotBlank();
        assertThat(out).as("%s in %s", key, language).doesNotContain("  " + step.label() + "  ");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "nb", "da", "sv"})
  void theStepsOfATimelineStartInOneColumnHoweverLongTheirDates(String language) {
    String out = runDemo(Locale.forLanguageTag(language));
    for (String section : List.of(out.substring(out.indexOf("\n1. "), out.indexOf("\n2. ")),
        out.substring(out.indexOf("\n2. "), out.indexOf("\n3. ")))) {
      List<Integer> columns = List.of(section.split("\n"))
          .filter(line -> line.matches("  \\d.*"))
          .map(line -> line.indexOf("  ", 2) + 2 + (line.substring(line.indexOf("  ", 2) + 2).length()
              - line.substring(line.indexOf("  ", 2) + 2).stripLeading().length()));
      assertThat(columns.distinct()).as(language).hasSize(1);
    }
  }

  @Test
  void inEnglishTheStepsAreTheCataloguesLabels() {
    assertThat(runDemo(Locale.ENGLISH))
        .contains("Oslo: a conduct complaint that turns out to involve a serious injury is escalated to Spesialenheten.")
        .contains("  serious allegation added  ");
  }

  @Test
  void inDanishAndSwedishTheHeadingsAreDanishAndSwedish() {
    assertThat(runDemo(Locale.forLanguageTag("da")))
        .startsWith("oversight-complaint: demonstrationen\n")
        .contains("Dette får Susanne Madsen (sister) at se:")
        .contains("Resultat: ")
        .contains("3. Tilstandsgrafen");
    assertThat(runDemo(Locale.forLanguageTag("sv")))
        .contains("Tidslinje, med regelpaketets bedömning varje gång den ändras:")
        .contains("Förlopp: ")
        .contains("3. Tillståndsgrafen");
  }

  @Test
  void theStateGraphIsWrittenToAFileAsMermaidWithoutLoopsAndWithTheVisitedStates() throws IOException {
    String out = runDemo(Locale.ENGLISH);
    Path file = dir.resolve("graph/state-graph.md");
    assertThat(out).contains(file.toAbsolutePath().toString()).doesNotContain("stateDiagram");
    String graph = Files.readString(file);
    assertThat(graph)
        .startsWith("```mermaid\nstateDiagram-v2")
        .contains("[*] --> RECEIVED : RECEIVE")
        .contains("ASSESSED --> REFERRED : REFER")
        .contains("class RECEIVED,REGISTERED,ACKNOWLEDGED,ASSESSED,REFERRED,INVESTIGATION")
        .doesNotContain("ASSESSED --> ASSESSED")
        .doesNotContain("CLOSED --> CLOSED")
        .endsWith("```\n");
  }

  /** What a person reads: no raw code, no nanosecond instant, no ISO duration, in any language. */
  @ParameterizedTest
  @ValueSource(strings = {"en", "nb", "da", "sv"})
  void theOutputHasNoRawCodesNanosecondInstantsOrIsoDurations(String language) {
    String out = runDemo(Locale.forLanguageTag(language));
    assertThat(out)
        .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b")                 // enum constants, outcome codes
        .doesNotContainPattern("\\b[A-Z]{2}-[A-Z][A-Z-]+\\b")          // body codes (NO-POD, DK-DUP)
        .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d+")           // instants with fractions of a second
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}")          // ISO instants
        .doesNotContainPattern("\\bPT\\d")                            // ISO durations
        .doesNotContain("(es)")
        .doesNotContain("obligation.");
    List<Object> codes = List.of(CaseStatus.values()).<Object>map(x -> x)
        .appendAll(List.of(CommandType.values())).appendAll(List.of(Track.values()))
        .appendAll(List.of(NotificationKind.values())).appendAll(List.of(Disclosable.values()))
        .appendAll(List.of(ObligationKind.values()));
    for (Object code : codes) {
      assertThat(out).as("%s", code).doesNotContainPattern("\\b" + code + "\\b");
    }
    assertThat(out).doesNotContain(Body.of("NO-SPESIALENHETEN").value()).doesNotContain("DK-DUP");
  }

  @Test
  void theDemoPrintsTheSameEveryTime() {
    assertThat(runDemo(Locale.ENGLISH)).isEqualTo(runDemo(Locale.ENGLISH));
  }
}
