package org.oversight.complaint.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.fixtures.ComplaintGenerators;
import org.oversight.complaint.fixtures.Scenarios;

class EventCodecTest {
  private final EventCodec codec = new EventCodec();

  @Test
  void everyScenarioEventSurvivesTheRoundTrip() {
    Scenarios.all().flatMap(s -> s.events()).forEach(e -> assertThat(codec.decode(codec.encode(e))).isEqualTo(e));
  }

  @Test
  void generatedHistoriesSurviveTheRoundTripAndStillReplay() {
    RandomGenerator random = ComplaintGenerators.seeded(2026);
    for (int i = 0; i < 200; i++) {
      ComplaintCase c = ComplaintGenerators.cases().next(random);
      var decoded = c.history().map(codec::encode).map(codec::decode);
      assertThat((Object) decoded).isEqualTo(c.history());
      assertThat((Object) ComplaintCase.replay(decoded).get()).isEqualTo(c);
    }
  }

  @Test
  void garbageIsAStorageFailure() {
    assertThatThrownBy(() -> codec.decode("{\"type\":\"NoSuchEvent\"}")).isInstanceOf(StorageException.class);
    assertThatThrownBy(() -> codec.decode("not json")).isInstanceOf(StorageException.class);
    CaseEvent e = Scenarios.serviceLineComplaint114().events().head();
    assertThat(codec.encode(e)).contains("\"type\":\"ComplaintReceived\"");
  }
}
