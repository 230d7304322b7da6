package org.oversight.complaint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseStatus;

class DemoTextTest {

  @Test
  void everyLanguageHasEveryKeyOfTheEnglishTextsAndNoOther() throws IOException {
    Set<String> english = keys("demo.properties");
    for (String language : new String[] {"nb", "da", "sv"}) {
      assertThat(keys("demo_" + language + ".properties")).as(language).isEqualTo(english);
    }
  }

  @Test
  void everyStateHasAWordingForTheComplainantInEveryLanguage() {
    for (String language : new String[] {"en", "nb", "da", "sv"}) {
      for (CaseStatus status : CaseStatus.values()) {
        assertThat(DemoText.plain(status, Locale.forLanguageTag(language))).as(language + " " + status).isNotBlank();
      }
    }
  }

  @Test
  void aLanguageWithoutTextsGetsEnglishNotTheMachinesDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("da"));
      assertThat(DemoText.text("demo.title", Locale.forLanguageTag("fi"))).isEqualTo("oversight-complaint: the demo");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void pluralsFollowTheCount() {
    assertThat(DemoText.text("demo.compliant.no", Locale.ENGLISH, 1)).isEqualTo("compliant: no, 1 breach");
    assertThat(DemoText.text("demo.compliant.no", Locale.ENGLISH, 3)).isEqualTo("compliant: no, 3 breaches");
  }

  /** The keys of one file, without its parents': inherited English would hide a missing key. */
  private static Set<String> keys(String file) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = DemoTextTest.class.getResourceAsStream(file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      texts.load(reader);
    }
    return new TreeSet<>(texts.stringPropertyNames());
  }
}
