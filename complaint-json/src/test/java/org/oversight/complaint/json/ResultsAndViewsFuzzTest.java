package org.oversight.complaint.json;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import java.io.IOException;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.EnglandWalesRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.rules.jurisdiction.SwedenRules;

/**
 * Jazzer fuzz targets for the readers {@link ReadersFuzzTest} leaves out: the rule results, the lenient
 * event reader and the plain mapper with {@link ComplaintModule}; and for the audience views of every case
 * that can be read, under each shipped pack's policy. A reader may return a value or throw
 * {@link ComplaintJsonException} (through a plain mapper also Jackson's own checked {@code IOException}s
 * for input Jackson fails on before the module is reached); a view of a case that was read must be written
 * without any exception. Anything else escapes and is a finding.
 *
 * <p>Under the normal test command they run in regression mode over the committed inputs in
 * {@code src/test/resources/org/oversight/complaint/json/ResultsAndViewsFuzzTestInputs/<method>/}: seeds
 * taken from the golden files and hand-made edge cases (numbers past {@code long} and {@code double},
 * deep and long arrays, duplicate keys, trailing content). The dictionary {@code wire.dict} gives the
 * fuzzer the wire format's member names, type tags and numeric edge tokens. To fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn -pl complaint-json -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ResultsAndViewsFuzzTest#assessment}
 * (one method at a time; each is bounded by {@code maxDuration}).
 */
class ResultsAndViewsFuzzTest {

  private static final ComplaintJson JSON = ComplaintJson.standard();
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new ComplaintModule());
  private static final List<DisclosurePolicy> POLICIES = List.of(DenmarkRules.pack(), NorwayRules.pack(),
      SwedenRules.pack(), EnglandWalesRules.pack()).map(RulePack::disclosure);

  @FuzzTest(maxDuration = "60s")
  @DictionaryFile(resourcePath = "wire.dict")
  void assessment(byte[] input) {
    try {
      JSON.readAssessment(input);
    } catch (ComplaintJsonException expected) {
      // The one error a reader may raise.
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryFile(resourcePath = "wire.dict")
  void ruleParts(byte[] input) {
    try {
      JSON.readObligation(input);
    } catch (ComplaintJsonException expected) {
      // The one error a reader may raise.
    }
    try {
      JSON.readRefusal(input);
    } catch (ComplaintJsonException expected) {
      // The one error a reader may raise.
    }
    try {
      JSON.readPatternFlag(input);
    } catch (ComplaintJsonException expected) {
      // The one error a reader may raise.
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryFile(resourcePath = "wire.dict")
  void disclosurePolicy(byte[] input) {
    try {
      JSON.readDisclosurePolicy(input);
    } catch (ComplaintJsonException expected) {
      // The one error a reader may raise.
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryFile(resourcePath = "wire.dict")
  void lenientEvent(byte[] input) {
    try {
      JSON.write(JSON.readEventLenient(input));
    } catch (ComplaintJsonException expected) {
      // The one error a reader may raise; what it read is written back without one.
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryFile(resourcePath = "wire.dict")
  void plainMapper(byte[] input) throws Exception {
    try {
      MAPPER.readValue(input, ComplaintCase.class);
    } catch (IOException expected) {
      // ComplaintJsonException from the module, or Jackson's own checked error for input it fails on
      // before the module is reached (no content, not JSON, undecodable bytes).
    }
    try {
      MAPPER.readValue(input, CaseEvent.class);
    } catch (IOException expected) {
      // As above.
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryFile(resourcePath = "wire.dict")
  void views(byte[] input) {
    ComplaintCase complaint;
    try {
      complaint = JSON.readCase(input);
    } catch (ComplaintJsonException unreadable) {
      return;
    }
    for (DisclosurePolicy policy : POLICIES) {
      JSON.writeView(policy.disclose(complaint, Audience.INTERNAL));
      JSON.writeView(policy.disclose(complaint, Audience.PUBLIC));
      for (Party party : complaint.parties()) {
        if (party.is(PartyRole.COMPLAINANT)) {
          JSON.writeView(policy.disclose(complaint, Audience.COMPLAINANT, party.id()));
        }
        if (party.is(PartyRole.SUBJECT)) {
          JSON.writeView(policy.disclose(complaint, Audience.SUBJECT, party.id()));
        }
      }
    }
  }
}
