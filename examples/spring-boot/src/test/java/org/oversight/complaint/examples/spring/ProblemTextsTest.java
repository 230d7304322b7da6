package org.oversight.complaint.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {

  @Test
  void everyLanguageHasEveryKeyOfTheEnglishTextsAndNoOther() throws IOException {
    Set<String> english = keys("problems.properties");
    assertThat(english).isNotEmpty();
    for (String language : new String[] {"nb", "da", "sv"}) {
      assertThat(keys("problems_" + language + ".properties")).as(language).isEqualTo(english);
    }
  }

  /** The keys of one file, without its parents': inherited English would hide a missing key. */
  private static Set<String> keys(String file) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = ProblemTextsTest.class.getResourceAsStream(file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      texts.load(reader);
    }
    return new TreeSet<>(texts.stringPropertyNames());
  }
}
