package org.oversight.complaint.json3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.wire.samples.Samples;
import org.oversight.complaint.wire.AudienceView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 example in the repository README, compiled and asserted (the text between the
 * "readme:" markers is the README's snippet; examples' {@code ReadmeSnippetsTest} checks they agree).
 */
class ReadmeTest {

  @Test
  void the_jackson_3_example_reads_what_the_jackson_2_module_writes() throws Exception {
    ComplaintCase complaint = Samples.scenarios().get("no-investigated-review-refused").get();
    byte[] fromJackson2 = org.oversight.complaint.json.ComplaintJson.standard().writeCase(complaint);

    // readme: json3 usage
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();      // finds the Jackson 3 ComplaintModule
    ComplaintCase read = mapper.readValue(fromJackson2, ComplaintCase.class);  // the same wire format as complaint-json
    byte[] bytes = mapper.writeValueAsBytes(read);                             // the same bytes

    ComplaintJson json = ComplaintJson.standard();           // org.oversight.complaint.json3: the same API shape
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    json.writeNdjson(complaint.history(), log);
    ComplaintCase replayed = json.replay(json.readNdjson(new ByteArrayInputStream(log.toByteArray())));
    byte[] forComplainant = json.writeView(complaint, AudienceView.of(NorwayRules.pack(), Audience.COMPLAINANT));
    // readme: end

    assertThat(read).isEqualTo(complaint);
    assertThat(bytes).isEqualTo(fromJackson2);
    assertThat(replayed).isEqualTo(complaint);
    assertThat(forComplainant).isEqualTo(org.oversight.complaint.json.ComplaintJson.standard().writeView(complaint,
        org.oversight.complaint.wire.AudienceView.of(NorwayRules.pack(), Audience.COMPLAINANT)));
  }
}
