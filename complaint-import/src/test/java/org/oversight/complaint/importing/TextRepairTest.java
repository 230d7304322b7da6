package org.oversight.complaint.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** C1 control characters become the Windows-1252 characters they stood for. */
class TextRepairTest {

  @Test
  void text_without_controls_is_returned_as_it_is() {
    String text = "plain text, with\ttab and\r\nline breaks; æøå \u2019";

    assertThat(TextRepair.needsRepair(text)).isFalse();
    assertThat(TextRepair.repair(text)).isSameAs(text);
  }

  @Test
  void every_c1_character_maps_through_windows_1252() {
    assertThat(TextRepair.repair("\u0080\u0085\u0091\u0092\u0093\u0094\u0096\u0097\u009F"))
        .isEqualTo("\u20AC\u2026\u2018\u2019\u201C\u201D\u2013\u2014\u0178");
    assertThat(TextRepair.repair("\u0081\u008D\u008F\u0090\u009D")).isEqualTo("\uFFFD".repeat(5));
  }

  @Test
  void other_controls_become_the_replacement_character() {
    assertThat(TextRepair.repair("a\u0000b\u0007c\u007Fd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
    assertThat(TextRepair.describe("x\u0092y\u0092\u0000")).isEqualTo("U+0092 as \u2019, U+0000 as \uFFFD");
  }

  @Test
  void the_byte_scan_agrees_with_the_character_scan_for_every_character_of_the_basic_plane() {
    for (char c = 0; c < Character.MIN_SURROGATE; c++) {
      assertByteScanAgrees("ab" + c + "cd");
      assertByteScanAgrees(String.valueOf(c));
    }
    for (char c = Character.MAX_SURROGATE + 1; c != 0; c++) {
      assertByteScanAgrees("\u00C2" + c);
    }
  }

  @Test
  void the_byte_scan_reads_only_the_length_given() {
    byte[] bytes = "ok\u0092".getBytes(StandardCharsets.UTF_8);

    assertThat(TextRepair.needsRepair(bytes, 2)).isFalse();
    assertThat(TextRepair.needsRepair(bytes, 3)).isFalse();
    assertThat(TextRepair.needsRepair(bytes, bytes.length)).isTrue();
  }

  private static void assertByteScanAgrees(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(TextRepair.needsRepair(bytes, bytes.length)).as("U+%04X", (int) text.charAt(text.length() - 1))
        .isEqualTo(TextRepair.needsRepair(text));
  }
}
