package org.oversight.complaint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The core's usage example in the repository README, compiled and asserted. The text between the
 * "readme:" markers is the README's snippet; examples' {@code ReadmeSnippetsTest} checks that the two
 * agree.
 */
class ReadmeTest {

  @Test
  void the_usage_example_walks_one_complaint() {
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    Actor intake = Actor.of("system:ticket-intake");
    Actor caseworker = Actor.of("caseworker:1");
    PartyId p1 = PartyId.of("P1");
    PartyId p2 = PartyId.of("P2");

    // readme: core usage
    ComplaintCase received = ComplaintCase.receipt(CaseId.of("c-1"), JurisdictionCode.of("NO"))
        .track(Track.CONDUCT_COMPLAINT).channel(Channel.TICKET_SYSTEM).receivingBody(Body.of("NO-OSLO-PD"))
        .incident(Incident.of(IncidentTime.at(at.minusSeconds(86_400)), "Grønland, Oslo", "Refused his service number"))
        .party(Party.complainant(p1, "Ola Nordmann", Standing.DIRECTLY_AFFECTED))
        .party(Party.subject(p2, SubjectKind.OFFICER, "A-1234", "Oslo sentrum"))
        .allegation(Allegation.of(AllegationId.of("A1"), CategoryCode.of("BEHAVIOUR"), "Rude", List.empty(), List.of(p2)))
        .receive(Stamp.of(at, intake, "via the ticket system")).complaint();
    Either<Rejection, Transition> registered = received.register(
        CaseReference.parse("OSL-2026-000042"), RegistrationRequirements.DEFAULT,
        Stamp.of(at.plusSeconds(60), caseworker));
    ComplaintCase c = registered.get().complaint();          // REGISTERED, version 2; `received` is unchanged
    Either<Rejection, Transition> refused = c.close(
        Stamp.of(at.plusSeconds(120), caseworker));  // Left(IllegalTransition)
    ComplaintCase restored = ComplaintCase.replay(c.history()).get();                     // equals c
    // readme: end

    assertThat(received.status()).isEqualTo(CaseStatus.RECEIVED);
    assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
    assertThat(c.version()).isEqualTo(2);
    assertThat(refused.getLeft()).isInstanceOf(Rejection.IllegalTransition.class);
    assertThat(restored).isEqualTo(c);
  }
}
