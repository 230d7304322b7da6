package org.oversight.complaint.json;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Jazzer fuzz targets, one per reader. Under the normal test command they run in regression mode:
 * the empty input plus each committed seed in {@code src/test/resources/org/oversight/complaint/json/
 * ReadersFuzzTestInputs/<method>/}: hand-made seeds and the corpus coverage-guided fuzzing found (and any
 * {@code crash-*} file a fuzzing run added there). The dictionary {@code wire.dict} gives the fuzzer the wire
 * format's member names, type tags, numeric edge tokens and long collections. A reader
 * may return a value or throw {@link ComplaintJsonException}; anything else escapes and is a finding.
 *
 * <p>To fuzz for real (coverage-guided, writes new findings into the inputs directory):
 * {@code JAZZER_FUZZ=1 mvn -pl complaint-json -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ReadersFuzzTest#caseDocument}
 * (one method at a time; each is bounded by {@code maxDuration}).
 */
class ReadersFuzzTest {

  private static final ComplaintJson JSON = ComplaintJson.standard();

  @FuzzTest(maxDuration = "60s")
  @DictionaryFile(resourcePath = "wire.dict")
  void caseDocument(byte[] input) {
    try {
      JSON.readCase(input);
      JSON.readCaseLenient(input);
    } catch (ComplaintJsonException expected) {
      // The one error a reader may raise.
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryFile(resourcePath = "wire.dict")
  void eventDocument(byte[] input) {
    try {
      JSON.readEvent(input);
    } catch (ComplaintJsonException expected) {
      // The one error a reader may raise.
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryFile(resourcePath = "wire.dict")
  void rejectionDocument(byte[] input) {
    try {
      JSON.readRejection(input);
    } catch (ComplaintJsonException expected) {
      // The one error a reader may raise.
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryFile(resourcePath = "wire.dict")
  void ndjsonLog(byte[] input) throws IOException {
    try {
      JSON.replay(JSON.readNdjson(new ByteArrayInputStream(input)));
    } catch (ComplaintJsonException expected) {
      // The one error a reader may raise; a ByteArrayInputStream itself never fails.
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryFile(resourcePath = "wire.dict")
  void eventArrayLog(byte[] input) throws IOException {
    try {
      JSON.replay(JSON.readEventArray(new ByteArrayInputStream(input)));
    } catch (ComplaintJsonException expected) {
      // The one error a reader may raise; a ByteArrayInputStream itself never fails.
    }
  }
}
