package org.oversight.complaint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void receives() {
    Transition t = ComplaintCase.receipt(CaseId.of("c1"), JurisdictionCode.of("NO"))
        .track(Track.CONDUCT_COMPLAINT).channel(Channel.TICKET_SYSTEM).receivingBody(Body.of("NO-OSLO-PD"))
        .receive(Instant.parse("2026-01-01T10:00:00Z"), Actor.of("system"), "");
    assertThat(t.complaint().status()).isEqualTo(CaseStatus.RECEIVED);
  }
}
