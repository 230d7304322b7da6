package org.oversight.complaint.core;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;

/** Named sample values, built through the public factories, shared by the core tests. */
public final class Samples {
  private Samples() {}

  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  public static final Instant INCIDENT = Instant.parse("2026-02-27T22:15:00Z");
  public static final Actor INTAKE = Actor.of("system:ticket-intake");
  public static final Actor CASEWORKER = Actor.of("caseworker:kari.nordmann");
  public static final JurisdictionCode NO = JurisdictionCode.of("NO");
  public static final Body OSLO = Body.of("NO-OSLO-PD");
  public static final Body SPESIALENHETEN = Body.of("NO-SPESIALENHETEN");
  public static final Body POD = Body.of("NO-POD");
  public static final Body BOJ = Body.of("SE-BOJ");
  public static final PartyId COMPLAINANT = PartyId.of("P1");
  public static final PartyId OFFICER = PartyId.of("P2");
  public static final PartyId VICTIM = PartyId.of("P3");
  public static final PartyId WITNESS = PartyId.of("P4");
  public static final AllegationId RUDENESS = AllegationId.of("A1");
  public static final AllegationId FORCE = AllegationId.of("A2");
  public static final CaseReference REF = CaseReference.parse("OSL-2026-000042");

  public static Instant t(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /** The Oslo district complaint: when, who and what given; two allegations against one officer. */
  public static ReceiptBuilder osloReceipt() {
    return ComplaintCase.receipt(CaseId.of("case-oslo-1"), NO)
        .track(Track.CONDUCT_COMPLAINT)
        .channel(Channel.TICKET_SYSTEM)
        .receivingBody(OSLO)
        .incident(Incident.of(IncidentTime.at(INCIDENT), "Grønland, Oslo",
            "Officer refused to give his service number and pushed me."))
        .party(Party.complainant(COMPLAINANT, "Ola Nordmann", Standing.DIRECTLY_AFFECTED)
            .withContact("ola@example.org"))
        .party(Party.subject(OFFICER, SubjectKind.OFFICER, "A-1234", "Oslo sentrum"))
        .party(Party.person(VICTIM, PartyRole.VICTIM, "Eva Nordmann"))
        .allegation(Allegation.of(RUDENESS, CategoryCode.of("BEHAVIOUR"), "Refused service number",
            List.empty(), List.of(OFFICER)))
        .allegation(Allegation.of(FORCE, CategoryCode.of("FORCE"), "Pushed",
            List.of(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE), List.of(OFFICER)));
  }

  public static ComplaintCase received() {
    return osloReceipt().receive(Stamp.of(T0, INTAKE)).complaint();
  }

  public static ComplaintCase registered() {
    return ok(received().register(REF, RegistrationRequirements.DEFAULT, Stamp.of(t(1), CASEWORKER)));
  }

  public static ComplaintCase acknowledged() {
    return ok(registered().acknowledge(Recipient.party(COMPLAINANT), Stamp.of(t(2), CASEWORKER)));
  }

  public static ComplaintCase assessed() {
    return ok(acknowledged().assess(Track.CONDUCT_COMPLAINT, OSLO, Stamp.of(t(3), CASEWORKER)));
  }

  public static ComplaintCase investigating() {
    return ok(assessed().openInvestigation(InvestigationMode.LOCAL, OSLO, Stamp.of(t(4), CASEWORKER)));
  }

  public static ComplaintCase decided() {
    ComplaintCase c = ok(investigating().decide(RUDENESS, Outcome.of("CRITICISABLE"), OSLO,
        Stamp.of(t(5), CASEWORKER)));
    return ok(c.decide(FORCE, Outcome.of("NOT_CRITICISABLE"), OSLO, Stamp.of(t(6), CASEWORKER)));
  }

  public static ReviewRoute route(Instant deadline) {
    return ReviewRoute.of(POD, deadline, LegalBasis.of("Instruks 21.11.2005"));
  }

  public static ComplaintCase reviewWindowOpen() {
    return ok(decided().notifyOutcome(List.of(Recipient.party(COMPLAINANT)), route(t(1000)),
        Stamp.of(t(7), CASEWORKER)));
  }

  /** Unwraps an accepted command, failing the test with the rejection's message otherwise. */
  public static ComplaintCase ok(Either<Rejection, Transition> result) {
    if (result.isLeft()) {
      throw new AssertionError("expected the command to be accepted: " + result.getLeft().message());
    }
    return result.get().complaint();
  }

  /** Unwraps a refused command, failing the test otherwise. */
  public static Rejection refused(Either<Rejection, Transition> result) {
    if (result.isRight()) {
      throw new AssertionError("expected a rejection, but the case went to " + result.get().complaint().status());
    }
    return result.getLeft();
  }
}
