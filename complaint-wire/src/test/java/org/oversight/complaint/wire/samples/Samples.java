package org.oversight.complaint.wire.samples;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Channel;
import org.oversight.complaint.core.DutyStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.EscalationTrigger;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.PendingEscalation;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.StatementForm;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.Transition;

/** Fixed sample values for the golden files: one per event type, per rejection type, and whole scenarios. */
public final class Samples {

  public static final Instant T0 = Instant.parse("2026-03-02T08:15:00Z");
  public static final Actor CASEWORKER = Actor.of("caseworker:7");
  public static final PartyId COMPLAINANT = PartyId.of("P1");
  public static final PartyId OFFICER = PartyId.of("P2");
  public static final PartyId WITNESS = PartyId.of("P3");
  public static final AllegationId FORCE = AllegationId.of("A1");
  public static final LegalBasis PL_1019A = LegalBasis.of("retsplejeloven § 1019 a stk. 3");
  public static final ReviewRoute STATSADVOKAT =
      ReviewRoute.of(Body.of("STATSADVOKAT"), Instant.parse("2026-04-30T23:59:59Z"), LegalBasis.of("straffeprosessloven § 59 a"));

  private Samples() {}

  public static Instant t(int hours) {
    return T0.plusSeconds(3600L * hours);
  }

  public static Party complainant() {
    return Party.complainant(COMPLAINANT, "Kari \"K\" Nordmann", Standing.DIRECTLY_AFFECTED).withContact("kari@example.no");
  }

  public static Party officer() {
    return Party.subject(OFFICER, SubjectKind.OFFICER, "NO-4711", "Oslo sentrum patrulje");
  }

  public static Party witness() {
    return Party.person(WITNESS, PartyRole.WITNESS, "Ola Vitne").withContact("+47 900 00 000");
  }

  public static Allegation force() {
    return Allegation.of(FORCE, CategoryCode.of("FORCE"), "Slo meg med batong på Grünerløkka – uten grunn.\nTo vitner.",
        List.of(SeriousnessFlag.SERIOUS_INJURY, SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE), List.of(OFFICER));
  }

  public static CaseEvent.ComplaintReceived receipt() {
    return ComplaintCase.receipt(CaseId.of("NO-2026-17"), JurisdictionCode.of("NO"))
        .track(Track.CRIMINAL_REPORT)
        .channel(Channel.WEB_FORM)
        .receivingBody(Body.of("OSLO-PD"))
        .incident(Incident.of(IncidentTime.between(Instant.parse("2026-02-28T22:00:00Z"),
            Instant.parse("2026-02-28T22:30:00Z")), "Grünerløkka, Oslo", "Arrest outside a bar"))
        .party(complainant())
        .party(officer())
        .party(witness())
        .allegation(force())
        .build(Stamp.of(T0, Actor.of("web-intake")));
  }

  /** One sample of every event type, keyed by its wire name. */
  public static Map<String, CaseEvent> events() {
    Instant at = t(1);
    return LinkedHashMap.<String, CaseEvent>empty()
        .put("ComplaintReceived", receipt())
        .put("Registered", new CaseEvent.Registered(CaseReference.parse("OSL-2026-000123"),
            RegistrationRequirements.of(RequiredDetail.INCIDENT_TIME, RequiredDetail.SUBJECT),
            Stamp.of(at, CASEWORKER)))
        .put("Acknowledged", new CaseEvent.Acknowledged(Recipient.party(COMPLAINANT),
            Stamp.of(at, CASEWORKER, "kvitteringsbrev")))
        .put("TimeLimitWaived", new CaseEvent.TimeLimitWaived(Option.some(PL_1019A),
            Stamp.of(at, CASEWORKER, "Særlige grunde")))
        .put("Assessed", new CaseEvent.Assessed(Track.CRIMINAL_REPORT, Body.of("SPESIALENHETEN"),
            Stamp.of(at, CASEWORKER)))
        .put("Rejected", new CaseEvent.Rejected(RejectionGround.TIME_BARRED, Option.some(STATSADVOKAT),
            Stamp.of(at, CASEWORKER, "Indgivet efter 6 måneder")))
        .put("Forwarded", new CaseEvent.Forwarded(Body.of("IOPC"), Stamp.of(at, CASEWORKER)))
        .put("InformalResolutionStarted", new CaseEvent.InformalResolutionStarted(
            Stamp.of(at, CASEWORKER, "notitssag")))
        .put("FellBackToFormal", new CaseEvent.FellBackToFormal(Stamp.of(at, CASEWORKER)))
        .put("Referred", new CaseEvent.Referred(Body.of("SPESIALENHETEN"),
            Option.some(LegalBasis.of("påtaleinstruksen § 34-6")), Stamp.of(at, CASEWORKER)))
        .put("ReferredBack", new CaseEvent.ReferredBack(Body.of("OSLO-PD"), Stamp.of(at, CASEWORKER)))
        .put("InvestigationOpened", new CaseEvent.InvestigationOpened(InvestigationMode.INDEPENDENT,
            Body.of("SPESIALENHETEN"), Stamp.of(at, CASEWORKER)))
        .put("PartyHearingOpened", new CaseEvent.PartyHearingOpened(Stamp.of(at, CASEWORKER, "partshøring")))
        .put("PartyHearingClosed", new CaseEvent.PartyHearingClosed(Stamp.of(at, CASEWORKER)))
        .put("AllegationDecided", new CaseEvent.AllegationDecided(FORCE, Outcome.of("NOT_UPHELD"),
            Body.of("SPESIALENHETEN"), Stamp.of(at, CASEWORKER, "Intet straffbart forhold")))
        .put("MeasureRecorded", new CaseEvent.MeasureRecorded(OFFICER, Option.some(FORCE), MeasureKind.WARNING,
            Body.of("OSLO-PD"), Stamp.of(at, CASEWORKER, "Skriftlig advarsel")))
        .put("ReferredForProsecutionDecision", new CaseEvent.ReferredForProsecutionDecision(Body.of("STATSADVOKAT"),
            Stamp.of(at, CASEWORKER)))
        .put("ReferredForAdministrativeReview", new CaseEvent.ReferredForAdministrativeReview(Body.of("OSLO-PD"),
            Stamp.of(at, CASEWORKER)))
        .put("OutcomeNotified", new CaseEvent.OutcomeNotified(Vector.of(Recipient.party(COMPLAINANT),
            Recipient.body(Body.of("OSLO-PD"))), Option.some(STATSADVOKAT), Stamp.of(at, CASEWORKER)))
        .put("NotificationRecorded", new CaseEvent.NotificationRecorded(NotificationKind.DELAY_NOTICE,
            Recipient.party(COMPLAINANT), Stamp.of(at, CASEWORKER, "Saken tar lengre tid")))
        .put("ReviewRequested", new CaseEvent.ReviewRequested(COMPLAINANT,
            Stamp.of(at, CASEWORKER, "Klage over henleggelse")))
        .put("ReviewDecided", new CaseEvent.ReviewDecided(true,
            Stamp.of(at, Actor.of("statsadvokat@riksadvokaten"), "medhold")))
        .put("Reopened", new CaseEvent.Reopened(Stamp.of(at, CASEWORKER)))
        .put("Withdrawn", new CaseEvent.Withdrawn(Option.some(COMPLAINANT), Stamp.of(at, CASEWORKER)))
        .put("Discontinued", new CaseEvent.Discontinued(Stamp.of(at, CASEWORKER)))
        .put("Suspended", new CaseEvent.Suspended(Stamp.of(at, CASEWORKER, "Straffesak pågår")))
        .put("Resumed", new CaseEvent.Resumed(Stamp.of(at, CASEWORKER)))
        .put("Closed", new CaseEvent.Closed(Stamp.of(at, CASEWORKER)))
        .put("ConsentRecorded", new CaseEvent.ConsentRecorded(COMPLAINANT, ConsentPurpose.VICTIM_SUPPORT_REFERRAL,
            ConsentState.GIVEN, Stamp.of(at, CASEWORKER)))
        .put("RelatedCaseLinked", new CaseEvent.RelatedCaseLinked(new RelatedCase(CaseId.of("NO-2026-9"),
            Relation.SAME_INCIDENT), Stamp.of(at, CASEWORKER)))
        .put("AllegationAdded", new CaseEvent.AllegationAdded(Allegation.of(AllegationId.of("A2"),
            CategoryCode.of("LANGUAGE"), "Kalte meg \"idiot\"", HashSet.empty(), List.of(OFFICER)),
            Stamp.of(at, CASEWORKER)))
        .put("PartyAdded", new CaseEvent.PartyAdded(Party.unidentifiedSubject(PartyId.of("P4"), "Patrulje 12"),
            Stamp.of(at, CASEWORKER)))
        .put("VictimSupportReferred", new CaseEvent.VictimSupportReferred(COMPLAINANT, Body.of("BROTTSOFFERJOUREN"),
            Stamp.of(at, CASEWORKER, "ärendeförmedling")))
        .put("AllegationsSplitOff", new CaseEvent.AllegationsSplitOff(List.of(AllegationId.of("A2")),
            CaseId.of("NO-2026-10"), Stamp.of(at, CASEWORKER, "anmeldelse til Spesialenheten")));
  }

  /**
   * Events with optional members the samples of {@link #events()} leave out, keyed by the wire name and
   * the variant ({@code RelatedCaseLinked.flags}); each has a golden file of its own.
   */
  public static Map<String, CaseEvent> eventVariants() {
    Instant at = t(1);
    return LinkedHashMap.<String, CaseEvent>empty()
        .put("RelatedCaseLinked.flags", new CaseEvent.RelatedCaseLinked(RelatedCase.sameIncident(CaseId.of("NO-2026-9"),
            List.of(SeriousnessFlag.SERIOUS_INJURY, SeriousnessFlag.DEATH)), Stamp.of(at, CASEWORKER, "same arrest")))
        .put("ConsentRecorded.form", new CaseEvent.ConsentRecorded(WITNESS, ConsentPurpose.COMPLAINT_ON_BEHALF,
            ConsentState.GIVEN, Option.some(StatementForm.WRITTEN), Stamp.of(at, CASEWORKER, "letter of authority")))
        .put("PartyAdded.actsFor", new CaseEvent.PartyAdded(Party.complainant(PartyId.of("P5"), "Ola Nordmann",
            Standing.ON_BEHALF).withActsFor(WITNESS), Stamp.of(at, CASEWORKER, "complains for the witness")))
        .put("Withdrawn.form", new CaseEvent.Withdrawn(Option.some(COMPLAINANT), Option.some(StatementForm.SIGNED_WRITTEN),
            Stamp.of(at, CASEWORKER, "signed withdrawal")))
        .put("AllegationAdded.duty", new CaseEvent.AllegationAdded(Allegation.of(AllegationId.of("A3"),
            CategoryCode.of("ASSAULT"), "Slo meg på fest, utenfor tjenesten", HashSet.of(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE),
            List.of(OFFICER)).withDuty(DutyStatus.OFF_DUTY), Stamp.of(at, CASEWORKER)));
  }

  /**
   * Rejections with an optional part, keyed by their golden file's name ({@code rejections/<name>.json}):
   * the refusal of local handling naming the pending escalation.
   *
   * @return the variants, never null
   */
  public static Map<String, Rejection> rejectionVariants() {
    return LinkedHashMap.<String, Rejection>empty()
        .put("RuleRefused.pending", new Rejection.RuleRefused(CaseStatus.ASSESSED, CommandType.DECIDE_ALLEGATION,
            "escalation.pending", Option.some(LegalBasis.of("straffeprosessloven § 67 (6)")),
            "the case must first be referred to NO-SPESIALENHETEN (escalation.deathOrSeriousInjury, due 2026-03-03T08:15:00Z);"
                + " DECIDE_ALLEGATION would handle it locally",
            Option.some(new PendingEscalation(Body.of("NO-SPESIALENHETEN"), t(24),
                new EscalationTrigger.OnFlags(List.of(SeriousnessFlag.SERIOUS_INJURY))))));
  }

  /** One sample of every rejection type, keyed by its wire name. */
  public static Map<String, Rejection> rejections() {
    CaseStatus s = CaseStatus.ASSESSED;
    return LinkedHashMap.<String, Rejection>empty()
        .put("IllegalTransition", new Rejection.IllegalTransition(CaseStatus.CLOSED, CommandType.REGISTER,
            HashSet.of(CommandType.REOPEN, CommandType.RECORD_NOTIFICATION)))
        .put("MissingDetails", new Rejection.MissingDetails(CaseStatus.RECEIVED, CommandType.REGISTER,
            List.of(RequiredDetail.INCIDENT_TIME, RequiredDetail.SUBJECT)))
        .put("UnknownParty", new Rejection.UnknownParty(s, CommandType.REQUEST_REVIEW, PartyId.of("P9")))
        .put("UnknownAllegation", new Rejection.UnknownAllegation(s, CommandType.DECIDE_ALLEGATION, AllegationId.of("A9")))
        .put("Duplicate", new Rejection.Duplicate(s, CommandType.ADD_PARTY, "P1"))
        .put("WrongRole", new Rejection.WrongRole(s, CommandType.ADD_ALLEGATION, WITNESS, PartyRole.SUBJECT,
            PartyRole.WITNESS))
        .put("AlreadyDecided", new Rejection.AlreadyDecided(CaseStatus.INVESTIGATION, CommandType.DECIDE_ALLEGATION, FORCE))
        .put("ConsentMissing", new Rejection.ConsentMissing(s, CommandType.REFER_TO_VICTIM_SUPPORT, COMPLAINANT,
            ConsentPurpose.VICTIM_SUPPORT_REFERRAL))
        .put("ReviewNotAvailable", new Rejection.ReviewNotAvailable(CaseStatus.CLOSED, CommandType.REQUEST_REVIEW))
        .put("ReviewOutOfTime", new Rejection.ReviewOutOfTime(CaseStatus.REVIEW_WINDOW_OPEN, CommandType.REQUEST_REVIEW,
            STATSADVOKAT.deadline(), t(24 * 70), STATSADVOKAT.legalBasis()))
        .put("OutOfOrder", new Rejection.OutOfOrder(s, CommandType.CLOSE, t(5), t(4)))
        .put("InvalidHistory", new Rejection.InvalidHistory(CaseStatus.RECEIVED, CommandType.REGISTER, 0,
            "a history starts with the receipt"))
        .put("AheadOfClock", new Rejection.AheadOfClock(s, CommandType.CLOSE, Instant.parse("2062-02-01T10:00:00Z"),
            Instant.parse("2026-02-02T10:00:00Z")))
        .put("EventRefused", new Rejection.EventRefused(4, new Rejection.RuleRefused(s, CommandType.CLOSE,
            "NO.closeWithoutNotice", Option.some(LegalBasis.of("fvl. § 27")), "a case is closed only after the outcome notice")))
        .put("RuleRefused", new Rejection.RuleRefused(s, CommandType.START_INFORMAL_RESOLUTION, "NO.informal-excluded",
            Option.some(LegalBasis.of("PRA 2002 Sch. 3 para. 6")), "Serious allegations cannot be resolved informally"));
  }

  private static ComplaintCase run(Transition start, List<Function<ComplaintCase, Either<Rejection, Transition>>> steps) {
    ComplaintCase c = start.complaint();
    for (Function<ComplaintCase, Either<Rejection, Transition>> step : steps) {
      ComplaintCase current = c;
      c = step.apply(c).getOrElseThrow(r -> new AssertionError("scenario step refused in " + current.status() + ": "
          + r.message())).complaint();
    }
    return c;
  }

  /**
   * An E&amp;W conduct complaint against two officers, decided (service not acceptable), with the action
   * taken: reflective practice for one officer (answering the allegation), no measure for the other.
   */
  public static ComplaintCase actionTaken() {
    Body psd = Body.of("MET-PSD");
    PartyId second = PartyId.of("O2");
    return run(ComplaintCase.receipt(CaseId.of("GB-2026-91"), JurisdictionCode.of("GB-EAW"))
            .track(Track.CONDUCT_COMPLAINT).channel(Channel.EMAIL).receivingBody(psd)
            .incident(Incident.of(IncidentTime.at(Instant.parse("2026-02-14T19:30:00Z")), "Camden", "Stop and search"))
            .party(Party.complainant(PartyId.of("C1"), "Alex O'Brien", Standing.DIRECTLY_AFFECTED))
            .party(Party.subject(PartyId.of("O1"), SubjectKind.OFFICER, "PC 4411", "Camden response"))
            .party(Party.subject(second, SubjectKind.OFFICER, "PC 5522", "Camden response"))
            .allegation(Allegation.of(AllegationId.of("A1"), CategoryCode.of("STOP_AND_SEARCH"), "Searched without grounds",
                List.empty(), List.of(PartyId.of("O1"), second)))
            .receive(Stamp.of(T0, Actor.of("psd-intake"))),
        List.of(
            c -> c.register(CaseReference.parse("MET-2026-91"), RegistrationRequirements.NONE, Stamp.of(t(1), CASEWORKER)),
            c -> c.assess(Track.CONDUCT_COMPLAINT, psd, Stamp.of(t(2), CASEWORKER)),
            c -> c.openInvestigation(InvestigationMode.LOCAL, psd, Stamp.of(t(3), CASEWORKER)),
            c -> c.decide(AllegationId.of("A1"), Outcome.of("SERVICE_NOT_ACCEPTABLE"), psd,
                Stamp.of(t(400), CASEWORKER, "Grounds not recorded")),
            c -> c.recordMeasure(PartyId.of("O1"), AllegationId.of("A1"), MeasureKind.REFLECTIVE_PRACTICE, psd,
                Stamp.of(t(401), CASEWORKER, "Reflective Practice Review Process")),
            c -> c.recordMeasure(second, MeasureKind.NO_MEASURE, psd, Stamp.of(t(402), CASEWORKER))));
  }

  /** Scenarios, keyed by golden file name. */
  public static Map<String, ComplaintCase> scenarios() {
    Actor sb = Actor.of("spesialenheten:12");
    ComplaintCase norway = run(ComplaintCase.receive(receipt()), List.of(
        c -> c.register(CaseReference.parse("OSL-2026-000123"), RegistrationRequirements.DEFAULT,
        Stamp.of(t(2), CASEWORKER)),
        c -> c.acknowledge(Recipient.party(COMPLAINANT), Stamp.of(t(3), CASEWORKER)),
        c -> c.refer(Body.of("SPESIALENHETEN"), LegalBasis.of("påtaleinstruksen § 34-6"),
        Stamp.of(t(4), CASEWORKER, "Mulig straffbart")),
        c -> c.openInvestigation(InvestigationMode.INDEPENDENT, Body.of("SPESIALENHETEN"), Stamp.of(t(5), sb)),
        c -> c.openPartyHearing(Stamp.of(t(30), sb)),
        c -> c.closePartyHearing(Stamp.of(t(60), sb)),
        c -> c.decide(FORCE, Outcome.of("NOT_UPHELD"), Body.of("SPESIALENHETEN"),
        Stamp.of(t(200), sb, "Henlagt: intet straffbart forhold")),
        c -> c.notifyOutcome(Vector.of(Recipient.party(COMPLAINANT), Recipient.party(OFFICER)), STATSADVOKAT,
        Stamp.of(t(201), sb)),
        c -> c.requestReview(COMPLAINANT, Stamp.of(t(300), CASEWORKER, "Klage over henleggelse")),
        c -> c.decideReview(false, Stamp.of(t(900), Actor.of("statsadvokat"), "Klagen tas ikke til følge")),
        c -> c.close(Stamp.of(t(901), CASEWORKER))));
    ComplaintCase denmark = run(ComplaintCase.receipt(CaseId.of("DK-2026-4"), JurisdictionCode.of("DK"))
            .track(Track.CONDUCT_COMPLAINT).channel(Channel.LETTER).receivingBody(Body.of("DUP"))
            .incident(Incident.of(IncidentTime.at(Instant.parse("2025-06-01T12:00:00Z")), "Uhøflig betjent"))
            .party(Party.anonymousComplainant(PartyId.of("K1")))
            .party(Party.unidentifiedSubject(PartyId.of("S1")))
            .receive(Stamp.of(T0, Actor.of("dup-post"))),
        List.of(
            c -> c.register(CaseReference.parse("DUP-2026-4"), RegistrationRequirements.NONE,
            Stamp.of(t(1), CASEWORKER)),
            c -> c.assess(Track.CONDUCT_COMPLAINT, Body.of("DUP"), Stamp.of(t(2), CASEWORKER)),
            c -> c.reject(RejectionGround.TIME_BARRED, STATSADVOKAT,
            Stamp.of(t(3), CASEWORKER, "Klagefristen på 6 måneder er overskredet")),
            c -> c.recordNotification(NotificationKind.OUTCOME, Recipient.party(PartyId.of("K1")),
            Stamp.of(t(4), CASEWORKER))));
    ComplaintCase england = run(ComplaintCase.receipt(CaseId.of("GB-2026-88"), JurisdictionCode.of("GB-EAW"))
            .track(Track.SERVICE_COMPLAINT).channel(Channel.EMAIL).receivingBody(Body.of("MET-PSD"))
            .incident(Incident.unknown())
            .party(Party.complainant(PartyId.of("C1"), "Alex O'Brien", Standing.ADVERSELY_AFFECTED))
            .party(Party.person(PartyId.of("V1"), PartyRole.VICTIM, "Sam O'Brien"))
            .receive(Stamp.of(T0, Actor.of("psd-intake"))),
        List.of(
            c -> c.waiveTimeLimit(LegalBasis.of("PRA 2002 Sch. 3 para. 2A"),
            Stamp.of(t(1), CASEWORKER, "good reason for delay")),
            c -> c.register(CaseReference.parse("MET-2026-88"), RegistrationRequirements.NONE,
            Stamp.of(t(2), CASEWORKER)),
            c -> c.assess(Track.SERVICE_COMPLAINT, Body.of("MET-PSD"), Stamp.of(t(3), CASEWORKER)),
            c -> c.recordConsent(PartyId.of("C1"), ConsentPurpose.INFORMAL_RESOLUTION, ConsentState.GIVEN,
            Stamp.of(t(4), CASEWORKER)),
            c -> c.startInformalResolution(Stamp.of(t(5), CASEWORKER, "Reflective practice")),
            c -> c.fallBackToFormal(Stamp.of(t(6), CASEWORKER)),
            c -> c.addParty(Party.subject(PartyId.of("O1"), SubjectKind.CIVILIAN_STAFF, "CS-12"),
            Stamp.of(t(7), CASEWORKER)),
            c -> c.addAllegation(Allegation.of(AllegationId.of("A1"), CategoryCode.of("CASE_HANDLING"), "Lost property",
                List.empty(), List.of(PartyId.of("O1"))), Stamp.of(t(8), CASEWORKER)),
            c -> c.linkRelatedCase(new RelatedCase(CaseId.of("GB-2025-3"), Relation.SAME_COMPLAINANT),
            Stamp.of(t(9), CASEWORKER)),
            c -> c.withdraw(PartyId.of("C1"), Stamp.of(t(10), CASEWORKER, "Resolved privately"))));
    ComplaintCase sweden = run(ComplaintCase.receipt(CaseId.of("SE-2026-5"), JurisdictionCode.of("SE"))
            .track(Track.CRIMINAL_REPORT).channel(Channel.IN_PERSON).receivingBody(Body.of("SIU"))
            .incident(Incident.of(IncidentTime.at(Instant.parse("2026-02-20T18:45:30.250Z")), "Malmö C", "Knuffad"))
            .party(Party.complainant(PartyId.of("M1"), "Märta Ek", Standing.DIRECTLY_AFFECTED).withContact("070-123 45 67"))
            .party(Party.subject(PartyId.of("O1"), SubjectKind.OFFICER, "SE-881", "Malmö IG"))
            .allegation(Allegation.of(AllegationId.of("A1"), CategoryCode.of("FORCE"), "Knuff",
                List.of(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE), List.of(PartyId.of("O1"))))
            .receive(Stamp.of(T0, Actor.of("siu"))),
        List.of(
            c -> c.recordConsent(PartyId.of("M1"), ConsentPurpose.VICTIM_SUPPORT_REFERRAL, ConsentState.GIVEN,
            Stamp.of(t(1), CASEWORKER)),
            c -> c.referToVictimSupport(PartyId.of("M1"), Body.of("BROTTSOFFERJOUREN"),
            Stamp.of(t(2), CASEWORKER, "ärendeförmedling")),
            c -> c.register(CaseReference.parse("SIU-2026-5"), RegistrationRequirements.NONE,
            Stamp.of(t(3), CASEWORKER)),
            c -> c.assess(Track.CRIMINAL_REPORT, Body.of("SIU"), Stamp.of(t(4), CASEWORKER)),
            c -> c.openInvestigation(InvestigationMode.INDEPENDENT, Body.of("SIU"), Stamp.of(t(5), CASEWORKER)),
            c -> c.suspend(Stamp.of(t(6), CASEWORKER, "Parallellt brottmål")),
            c -> c.resume(Stamp.of(t(7), CASEWORKER)),
            c -> c.referForProsecutionDecision(Body.of("AKLAGARMYNDIGHETEN"), Stamp.of(t(8), CASEWORKER))));
    return LinkedHashMap.<String, ComplaintCase>empty()
        .put("no-investigated-review-refused", norway)
        .put("dk-rejected-time-barred", denmark)
        .put("gb-informal-then-withdrawn", england)
        .put("se-suspended-then-prosecution", sweden);
  }
}
