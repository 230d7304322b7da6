package org.oversight.complaint.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.wire.samples.Samples;
import org.oversight.complaint.wire.AudienceView;

/**
 * The JSON usage example in the repository README, compiled and asserted (the text between the
 * "readme:" markers is the README's snippet; examples' {@code ReadmeSnippetsTest} checks they agree).
 */
class ReadmeTest {

  @Test
  void the_json_example_round_trips_a_case_and_its_event_log() throws Exception {
    ComplaintCase complaint = Samples.scenarios().get("no-investigated-review-refused").get();

    // readme: json usage
    ObjectMapper mapper = JsonMapper.builder().addModule(new ComplaintModule()).build();  // or findAndRegisterModules()
    String text = mapper.writeValueAsString(complaint);
    ComplaintCase back = mapper.readValue(text, ComplaintCase.class);                     // equals complaint

    ComplaintJson json = ComplaintJson.standard();           // read limits, NDJSON logs, lenient reading, views
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    json.writeNdjson(complaint.history(), log);              // one event per line
    ComplaintCase replayed = json.replay(json.readNdjson(new ByteArrayInputStream(log.toByteArray())));
    byte[] forComplainant = json.writeView(complaint, AudienceView.of(NorwayRules.pack(), Audience.COMPLAINANT));
    // readme: end

    assertThat(back).isEqualTo(complaint);
    assertThat(replayed).isEqualTo(complaint);
    assertThat(log.toString(StandardCharsets.UTF_8).lines()).hasSize((int) complaint.version());
    assertThat(new String(forComplainant, StandardCharsets.UTF_8)).contains("\"schemaVersion\":1")
        .doesNotContain("\"serviceNumber\"");
  }
}
