package org.oversight.complaint.wire.samples;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Channel;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.overview.OverviewCollector;
import org.oversight.complaint.rules.overview.PublicOverview;
import org.oversight.complaint.rules.overview.ReportingPeriod;

/** The Danish cases of 2020 whose published overview is the golden file {@code overview/PublicOverview.DK-2020.json}. */
public final class OverviewSamples {

  private static final Actor ACTOR = Actor.of("caseworker");
  private static final PartyId C1 = PartyId.of("C1");
  private static final PartyId S1 = PartyId.of("S1");

  private OverviewSamples() {}

  /** A Danish conduct case received at a day of 2020, in a unit, with a named complainant and officer. */
  private static ComplaintCase received(int i, String unit) {
    Instant at = Instant.parse("2020-02-03T09:00:00Z").plus(Duration.ofDays(i));
    return ComplaintCase.receipt(CaseId.of("DK-2020-" + i), DenmarkRules.JURISDICTION)
        .track(Track.CONDUCT_COMPLAINT).channel(Channel.LETTER).receivingBody(DenmarkRules.DUP)
        .incident(new Incident(IncidentTime.at(at.minus(Duration.ofDays(2))), io.vavr.control.Option.none(), "what"))
        .party(Party.complainant(C1, "Complainant " + i, Standing.DIRECTLY_AFFECTED))
        .party(Party.subject(S1, SubjectKind.OFFICER, "SN-" + i, unit))
        .allegation(Allegation.of(AllegationId.of("A1"), CategoryCode.of("CONDUCT"), "what", List.empty(), List.of(S1)))
        .receive(Stamp.of(at, ACTOR)).complaint();
  }

  private static ComplaintCase assessed(ComplaintCase c) {
    Instant at = c.receivedAt().plus(Duration.ofDays(1));
    ComplaintCase r = c.register(CaseReference.parse("DUP-2020-1"), RegistrationRequirements.NONE, Stamp.of(at, ACTOR))
        .get().complaint();
    return r.assess(Track.CONDUCT_COMPLAINT, DenmarkRules.DUP, Stamp.of(at, ACTOR)).get().complaint();
  }

  private static ComplaintCase decided(ComplaintCase c, String outcome, int days) {
    Instant at = c.receivedAt().plus(Duration.ofDays(days));
    ComplaintCase open = assessed(c).openInvestigation(InvestigationMode.LOCAL, DenmarkRules.DUP, Stamp.of(at, ACTOR))
        .get().complaint();
    return open.decide(AllegationId.of("A1"), Outcome.of(outcome), DenmarkRules.DUP,
        Stamp.of(at, ACTOR, "reasons")).get()
        .complaint();
  }

  /**
   * 20 Danish cases of 2020: 5 criticised and 6 not (Aarhus), 2 rejected and 7 just received (Odense).
   *
   * @return the cases
   */
  public static Seq<ComplaintCase> cases() {
    Seq<ComplaintCase> out = List.empty();
    for (int i = 0; i < 20; i++) {
      out = out.append(i < 5 ? decided(received(i, "Aarhus"), "CRITICISM", 30 + i)
          : i < 11 ? decided(received(i, "Aarhus"), "NO_CRITICISM", 60 + i)
          : i < 13 ? assessed(received(i, "Odense")).reject(RejectionGround.UNFOUNDED,
              Stamp.of(Instant.parse("2020-03-01T09:00:00Z"), ACTOR)).get().complaint()
          : received(i, "Odense"));
    }
    return out;
  }

  /**
   * The published overview of {@link #cases()}, as {@code overview/PublicOverview.DK-2020.json} holds it.
   *
   * @return the overview
   */
  public static PublicOverview published() {
    return OverviewCollector.summarise(cases(), DenmarkRules.pack(), ReportingPeriod.year(2020, DenmarkRules.ZONE))
        .publish();
  }
}
