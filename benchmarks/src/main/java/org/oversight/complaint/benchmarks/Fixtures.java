package org.oversight.complaint.benchmarks;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Channel;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.Transition;

/**
 * The cases the benchmarks work on, built through the core's public API only.
 *
 * <p>Every text is built from a seed, so two cases built with different seeds share no strings, as
 * cases read from a store would not; only true singletons (enum constants, empty collections) are
 * shared. That keeps the memory measurement honest.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fixtures {
  /** The day every fixture starts on. */
  public static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  /** The number of events in {@link #realisticCase(int)}. */
  public static final int REALISTIC_EVENTS = 25;
  /** The index (number of events) at which {@link #realisticEvents(int)} reaches ASSESSED for the last time before the investigation. */
  public static final int BEFORE_INVESTIGATION = 10;

  private Fixtures() {}

  /**
   * Returns the 25 events of a realistic case: 3 parties (a complainant, two officers), 3 allegations,
   * received, registered, acknowledged, subjects told, consent recorded, assessed, a related case
   * linked, referred to the oversight body and back, investigated with a party hearing, decided
   * allegation by allegation, outcome told with a review route, reviewed, closed.
   *
   * @param seed makes every text distinct from another seed's
   * @return the events, oldest first, never null
   */
  public static List<CaseEvent> realisticEvents(int seed) {
    return realisticEvents(seed, JurisdictionCode.of("NO"));
  }

  /**
   * Returns the 25 events of the {@link #realisticEvents(int) realistic case} in a jurisdiction.
   *
   * @param seed makes every text distinct from another seed's
   * @param jurisdiction the case's jurisdiction, not null
   * @return the events, oldest first, never null
   */
  public static List<CaseEvent> realisticEvents(int seed, JurisdictionCode jurisdiction) {
    String s = Integer.toString(seed);
    PartyId complainant = PartyId.of("P-" + s + "-1");
    PartyId officer1 = PartyId.of("P-" + s + "-2");
    PartyId officer2 = PartyId.of("P-" + s + "-3");
    Body district = Body.of("NO-OSLO-PD-" + s);
    Body oversight = Body.of("NO-SPESIALENHETEN-" + s);
    Actor clerk = Actor.of("clerk-" + s);
    Actor investigator = Actor.of("investigator-" + s);
    List<CaseEvent> events = new ArrayList<>();
    Instant[] at = {START.plusSeconds(seed)};
    Function<Long, Instant> next = hours -> at[0] = at[0].plus(Duration.ofHours(hours));

    CaseEvent.ComplaintReceived receipt = ComplaintCase.receipt(CaseId.of("case-" + s), jurisdiction)
        .track(Track.CONDUCT_COMPLAINT)
        .channel(Channel.WEB_FORM)
        .receivingBody(district)
        .incident(Incident.of(IncidentTime.at(at[0].minus(Duration.ofDays(3))),
            "Karl Johans gate " + s + ", Oslo",
            "The complainant was stopped and searched at night (" + s + "); she says an officer pushed her "
                + "to the ground and another refused to give his service number."))
        .party(Party.complainant(complainant, "Kari Nordmann " + s, Standing.DIRECTLY_AFFECTED)
            .withContact("kari." + s + "@example.org"))
        .party(Party.subject(officer1, SubjectKind.OFFICER, "A" + s + "1", "Sentrum " + s))
        .party(Party.subject(officer2, SubjectKind.OFFICER, "A" + s + "2", "Sentrum " + s))
        .allegation(Allegation.of(AllegationId.of("A-" + s + "-1"), CategoryCode.of("USE_OF_FORCE"),
            "Pushed to the ground during a search (" + s + ")", EnumSet.of(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE),
            List.of(officer1)))
        .allegation(Allegation.of(AllegationId.of("A-" + s + "-2"), CategoryCode.of("INCIVILITY"),
            "Refused to give his service number (" + s + ")", EnumSet.of(SeriousnessFlag.POSSIBLE_DISCIPLINARY),
            List.of(officer2)))
        .allegation(Allegation.of(AllegationId.of("A-" + s + "-3"), CategoryCode.of("UNLAWFUL_SEARCH"),
            "Searched without grounds (" + s + ")", EnumSet.noneOf(SeriousnessFlag.class),
            List.of(officer1, officer2)))
        .build(Stamp.of(at[0], clerk, "web form " + s));
    events.add(receipt);
    events.add(new CaseEvent.Registered(CaseReference.parse("OSL-2026-" + (100000 + seed)),
        RegistrationRequirements.DEFAULT, Stamp.of(next.apply(2L), clerk)));
    events.add(new CaseEvent.Acknowledged(Recipient.party(complainant),
        Stamp.of(next.apply(1L), clerk, "letter " + s)));
    events.add(new CaseEvent.NotificationRecorded(NotificationKind.SUBJECT_NOTICE, Recipient.party(officer1),
        Stamp.of(next.apply(1L), clerk)));
    events.add(new CaseEvent.NotificationRecorded(NotificationKind.SUBJECT_NOTICE, Recipient.party(officer2),
        Stamp.of(next.apply(1L), clerk)));
    events.add(new CaseEvent.ConsentRecorded(complainant, ConsentPurpose.VICTIM_SUPPORT_REFERRAL,
        ConsentState.GIVEN, Stamp.of(next.apply(4L), clerk, "by phone " + s)));
    events.add(new CaseEvent.Assessed(Track.CONDUCT_COMPLAINT, district,
        Stamp.of(next.apply(20L), clerk, "possible criminal offence " + s)));
    events.add(new CaseEvent.RelatedCaseLinked(new RelatedCase(CaseId.of("case-" + s + "-x"), Relation.SAME_INCIDENT),
        Stamp.of(next.apply(1L), clerk)));
    events.add(new CaseEvent.Referred(oversight, io.vavr.control.Option.some(LegalBasis.of("Politiloven § 34a " + s)),
        Stamp.of(next.apply(1L), clerk, "possible criminal offence")));
    events.add(new CaseEvent.ReferredBack(district, Stamp.of(next.apply(48L), investigator, "no criminal case " + s)));
    events.add(new CaseEvent.InvestigationOpened(InvestigationMode.LOCAL, district,
        Stamp.of(next.apply(24L), investigator)));
    events.add(new CaseEvent.NotificationRecorded(NotificationKind.PROGRESS_UPDATE, Recipient.party(complainant),
        Stamp.of(next.apply(240L), investigator)));
    events.add(new CaseEvent.PartyHearingOpened(Stamp.of(next.apply(24L), investigator)));
    events.add(new CaseEvent.PartyHearingClosed(Stamp.of(next.apply(336L), investigator, "comments received " + s)));
    events.add(new CaseEvent.NotificationRecorded(NotificationKind.DELAY_NOTICE, Recipient.party(complainant),
        Stamp.of(next.apply(24L), investigator)));
    events.add(new CaseEvent.AllegationDecided(AllegationId.of("A-" + s + "-1"), Outcome.of("NOT_UPHELD"), district,
        Stamp.of(next.apply(24L), investigator, "no independent evidence " + s)));
    events.add(new CaseEvent.AllegationDecided(AllegationId.of("A-" + s + "-2"), Outcome.of("UPHELD"), district,
        Stamp.of(next.apply(1L), investigator, "admitted " + s)));
    events.add(new CaseEvent.NotificationRecorded(NotificationKind.PROGRESS_UPDATE, Recipient.party(complainant),
        Stamp.of(next.apply(1L), investigator)));
    events.add(new CaseEvent.AllegationDecided(AllegationId.of("A-" + s + "-3"), Outcome.of("NOT_UPHELD"), district,
        Stamp.of(next.apply(1L), investigator, "grounds recorded " + s)));
    events.add(new CaseEvent.OutcomeNotified(Vector.of(Recipient.party(complainant), Recipient.party(officer1),
        Recipient.party(officer2)), io.vavr.control.Option.some(ReviewRoute.of(Body.of("NO-RIKSADVOKATEN-" + s),
        at[0].plus(Duration.ofDays(24)), LegalBasis.of("Straffeprosessloven § 59a " + s))),
        Stamp.of(next.apply(24L), investigator)));
    events.add(new CaseEvent.ReviewRequested(complainant, Stamp.of(next.apply(72L), clerk, "disagrees " + s)));
    events.add(new CaseEvent.NotificationRecorded(NotificationKind.PROGRESS_UPDATE, Recipient.party(complainant),
        Stamp.of(next.apply(24L), clerk)));
    events.add(new CaseEvent.ReviewDecided(false, Stamp.of(next.apply(480L), clerk, "decision stands " + s)));
    events.add(new CaseEvent.NotificationRecorded(NotificationKind.OUTCOME, Recipient.party(complainant),
        Stamp.of(next.apply(24L), clerk)));
    events.add(new CaseEvent.Closed(Stamp.of(next.apply(1L), clerk)));
    if (events.size() != REALISTIC_EVENTS) {
      throw new IllegalStateException("bug: the realistic case has " + events.size() + " events");
    }
    return events;
  }

  /**
   * Replays the realistic case.
   *
   * @param seed makes every text distinct from another seed's
   * @return the closed case, never null
   * @throws IllegalStateException if the core refuses the history
   */
  public static ComplaintCase realisticCase(int seed) {
    return replay(realisticEvents(seed));
  }

  /**
   * Returns distinct open cases spread over every open stage of the realistic case: case i holds the
   * first 1 + (i mod 24) of its 25 events (received … review decided), with seed i.
   *
   * @param n the number of cases
   * @param jurisdiction the cases' jurisdiction, not null
   * @return the cases, never null
   */
  public static ComplaintCase[] openCases(int n, JurisdictionCode jurisdiction) {
    ComplaintCase[] cases = new ComplaintCase[n];
    for (int i = 0; i < n; i++) {
      cases[i] = replay(realisticEvents(i, jurisdiction).subList(0, 1 + i % (REALISTIC_EVENTS - 1)));
    }
    return cases;
  }

  /**
   * Replays events, failing loudly when the core refuses them.
   *
   * @param events the events, not null
   * @return the case, never null
   * @throws IllegalStateException if the core refuses the history
   */
  public static ComplaintCase replay(Iterable<? extends CaseEvent> events) {
    Either<Rejection, ComplaintCase> replayed = ComplaintCase.replay(events);
    if (replayed.isLeft()) {
      throw new IllegalStateException("the core refused a benchmark fixture: " + replayed.getLeft());
    }
    return replayed.get();
  }

  /**
   * Returns a history of exactly n events: a small case received, registered, acknowledged,
   * assessed and under investigation, then a repeating round of party hearing opened and closed,
   * a progress update, suspended and resumed, one second apart.
   *
   * @param n the number of events, at least 5
   * @return the events, oldest first, never null
   */
  public static List<CaseEvent> longHistory(int n) {
    if (n < 5) {
      throw new IllegalArgumentException("n must be at least 5 but was " + n);
    }
    Lifecycle l = new Lifecycle();
    List<CaseEvent> events = new ArrayList<>(n);
    events.add(l.receipt);
    events.add(new CaseEvent.Registered(l.reference, RegistrationRequirements.DEFAULT, Stamp.of(l.at[1], l.clerk)));
    events.add(new CaseEvent.Acknowledged(Recipient.party(l.complainant), Stamp.of(l.at[2], l.clerk)));
    events.add(new CaseEvent.Assessed(Track.CONDUCT_COMPLAINT, l.district, Stamp.of(l.at[3], l.clerk)));
    events.add(new CaseEvent.InvestigationOpened(InvestigationMode.LOCAL, l.district, Stamp.of(l.at[4], l.clerk)));
    Recipient progress = Recipient.party(l.complainant);
    for (int i = events.size(); i < n; i++) {
      Instant when = l.at[4].plusSeconds(i);
      switch (i % 5) {
        case 0:
          events.add(new CaseEvent.PartyHearingOpened(Stamp.of(when, l.clerk)));
          break;
        case 1:
          events.add(new CaseEvent.PartyHearingClosed(Stamp.of(when, l.clerk)));
          break;
        case 2:
          events.add(new CaseEvent.NotificationRecorded(NotificationKind.PROGRESS_UPDATE, progress,
              Stamp.of(when, l.clerk)));
          break;
        case 3:
          events.add(new CaseEvent.Suspended(Stamp.of(when, l.clerk)));
          break;
        default:
          events.add(new CaseEvent.Resumed(Stamp.of(when, l.clerk)));
      }
    }
    return events;
  }

  /**
   * The inputs of the full lifecycle: a complaint received, registered, acknowledged, assessed,
   * investigated, its one allegation decided, the outcome told with a review route, closed
   * (8 commands). Built once, so the benchmark times the commands, not the inputs.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Lifecycle {
    /** The receipt. */
    public final CaseEvent.ComplaintReceived receipt;
    /** The complainant. */
    public final PartyId complainant = PartyId.of("P-1");
    /** The allegation. */
    public final AllegationId allegation = AllegationId.of("A-1");
    /** The registered reference. */
    public final CaseReference reference = CaseReference.parse("OSL-2026-000123");
    /** The receiving and investigating body. */
    public final Body district = Body.of("NO-OSLO-PD");
    /** The actor. */
    public final Actor clerk = Actor.of("clerk-1");
    /** The outcome. */
    public final Outcome outcome = Outcome.of("NOT_UPHELD");
    /** The outcome's recipients. */
    public final Vector<Recipient> recipients;
    /** The review route told with the outcome. */
    public final ReviewRoute route;
    /** The instants of the 8 commands. */
    public final Instant[] at = new Instant[8];

    /** Builds the inputs. */
    public Lifecycle() {
      for (int i = 0; i < at.length; i++) {
        at[i] = START.plus(Duration.ofDays(i));
      }
      PartyId officer = PartyId.of("P-2");
      receipt = ComplaintCase.receipt(CaseId.of("case-1"), JurisdictionCode.of("NO"))
          .track(Track.CONDUCT_COMPLAINT)
          .channel(Channel.WEB_FORM)
          .receivingBody(district)
          .incident(Incident.of(IncidentTime.at(START.minus(Duration.ofDays(2))), "Oslo", "Pushed during a search"))
          .party(Party.complainant(complainant, "Kari Nordmann", Standing.DIRECTLY_AFFECTED))
          .party(Party.subject(officer, SubjectKind.OFFICER, "A1234", "Sentrum"))
          .allegation(Allegation.of(allegation, CategoryCode.of("USE_OF_FORCE"), "Pushed to the ground",
              EnumSet.noneOf(SeriousnessFlag.class), List.of(officer)))
          .build(Stamp.of(at[0], clerk));
      recipients = Vector.of(Recipient.party(complainant));
      route = ReviewRoute.of(Body.of("NO-RIKSADVOKATEN"), at[7].plus(Duration.ofDays(30)));
    }

    /**
     * Runs the 8 commands through the core's command methods.
     *
     * @return the closed case, never null
     * @throws IllegalStateException if the core refuses a command
     */
    public ComplaintCase run() {
      Transition t = ComplaintCase.receive(receipt);
      ComplaintCase c = t.complaint();
      c = ok(c.register(reference, RegistrationRequirements.DEFAULT, Stamp.of(at[1], clerk)));
      c = ok(c.acknowledge(recipients.head(), Stamp.of(at[2], clerk)));
      c = ok(c.assess(Track.CONDUCT_COMPLAINT, district, Stamp.of(at[3], clerk)));
      c = ok(c.openInvestigation(InvestigationMode.LOCAL, district, Stamp.of(at[4], clerk)));
      c = ok(c.decide(allegation, outcome, district, Stamp.of(at[5], clerk)));
      c = ok(c.notifyOutcome(recipients, route, Stamp.of(at[6], clerk)));
      return ok(c.close(Stamp.of(at[7], clerk)));
    }
  }

  /**
   * Returns the case of an accepted command.
   *
   * @param result the command's result, not null
   * @return the new case, never null
   * @throws IllegalStateException if the command was refused
   */
  public static ComplaintCase ok(Either<Rejection, Transition> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("the core refused a benchmark command: " + result.getLeft());
    }
    return result.get().complaint();
  }
}
