package org.oversight.complaint.benchmarks;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
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
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.ReceiptBuilder;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.overview.Overview;
import org.oversight.complaint.rules.overview.OverviewCollector;
import org.oversight.complaint.rules.overview.ReportingPeriod;

/**
 * Issue 6: summarise 1,000,000 cases of one Danish year into an {@link Overview}, in one pass on one
 * thread, against a baseline in the same run (a plain loop that only counts the cases by track).
 *
 * <p>The million cases are {@value #DISTINCT} distinct cases, each referenced 100 times, so that the
 * setup fits in the default heap; the collector keeps no case either way. The distinct cases are a
 * year's mix built through the core's public API: received only, notitssag, rejected, withdrawn,
 * decided with and without criticism, told and closed, reviewed, under investigation; 1 or 2
 * allegations, 12 units, 2,000 officers, decisions 20 to 219 days after receipt (some after the year's
 * end, so those cases are replayed as of the period end).
 *
 * <ul>
 *   <li>{@code baselineCountByTrack}: the floor, reading one field of each case;
 *   <li>{@code overviewCountsOnly}: the overview with a pack without deadlines (only the counts and
 *       the day histogram);
 *   <li>{@code overviewDenmark}: the overview with {@link DenmarkRules#pack()}, whose
 *       {@code assess(case, periodEnd)} gives the obligations breached (most of the cost).
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class OverviewBenchmark {
  /** The number of cases summarised per operation. */
  public static final int CASES = 1_000_000;
  /** The number of distinct case objects, cycled to {@link #CASES}. */
  public static final int DISTINCT = 10_000;

  static final Actor ACTOR = Actor.of("caseworker");
  static final PartyId COMPLAINANT = PartyId.of("C1");
  static final PartyId SUBJECT = PartyId.of("S1");
  static final ReportingPeriod YEAR = ReportingPeriod.year(2026, DenmarkRules.ZONE);
  static final String[] CATEGORIES = {"USE_OF_FORCE", "LANGUAGE", "OTHER_CONDUCT"};

  private java.util.List<ComplaintCase> cases;
  private RulePack denmark;
  private RulePack countsOnly;

  /** Builds the distinct cases and the million references. */
  @Setup(Level.Trial)
  public void setUp() {
    ComplaintCase[] distinct = new ComplaintCase[DISTINCT];
    for (int i = 0; i < DISTINCT; i++) {
      distinct[i] = yearCase(i);
      if (!YEAR.contains(distinct[i].receivedAt())) {
        throw new IllegalStateException("fixture case " + distinct[i].id() + " is outside " + YEAR);
      }
    }
    ComplaintCase[] all = new ComplaintCase[CASES];
    for (int i = 0; i < CASES; i++) {
      all[i] = distinct[i % DISTINCT];
    }
    cases = Arrays.asList(all);
    denmark = DenmarkRules.pack();
    countsOnly = RulePack.builder("DK-counts", DenmarkRules.JURISDICTION, DenmarkRules.ZONE)
        .outcomes(denmark.outcomes()).build();
  }

  /**
   * Counts the cases by track, nothing else.
   *
   * @param bh sink for the counts
   */
  @Benchmark
  public void baselineCountByTrack(Blackhole bh) {
    long[] counts = new long[Track.values().length];
    for (ComplaintCase c : cases) {
      counts[c.track().ordinal()]++;
    }
    bh.consume(counts);
  }

  /**
   * The overview with a pack without deadlines.
   *
   * @return the overview
   */
  @Benchmark
  public Overview overviewCountsOnly() {
    return OverviewCollector.summarise(cases, countsOnly, YEAR);
  }

  /**
   * The overview with the Danish pack, breaches included.
   *
   * @return the overview
   */
  @Benchmark
  public Overview overviewDenmark() {
    return OverviewCollector.summarise(cases, denmark, YEAR);
  }

  /**
   * Builds distinct case i of the year.
   *
   * @param i the index, at least 0
   * @return the case, never null
   */
  static ComplaintCase yearCase(int i) {
    Instant received = YEAR.from().plus(Duration.ofDays((i * 7919L) % 360)).plus(Duration.ofHours(8 + i % 10));
    ReceiptBuilder b = ComplaintCase.receipt(CaseId.of("DK-2026-" + i), DenmarkRules.JURISDICTION)
        .track(i % 7 == 0 ? Track.CRIMINAL_REPORT : Track.CONDUCT_COMPLAINT).channel(Channel.LETTER)
        .receivingBody(DenmarkRules.DUP)
        .incident(new Incident(IncidentTime.at(received.minus(Duration.ofDays(2 + i % 30))),
            io.vavr.control.Option.none(), "what happened " + i))
        .party(Party.complainant(COMPLAINANT, "Complainant " + i, Standing.DIRECTLY_AFFECTED)
            .withContact("c" + i + "@example.org"))
        .party(Party.subject(SUBJECT, SubjectKind.OFFICER, "SN-" + (i % 2000), "Unit " + (i % 12)));
    int allegations = 1 + i % 2;
    for (int a = 0; a < allegations; a++) {
      b.allegation(Allegation.of(AllegationId.of("A" + a), CategoryCode.of(CATEGORIES[(i + a) % 3]), "what " + i,
          List.empty(), List.of(SUBJECT)));
    }
    ComplaintCase c = b.receive(Stamp.of(received, ACTOR)).complaint();
    Instant at = received.plus(Duration.ofDays(20 + i % 200));
    switch (i % 10) {
      case 0:
        return c;
      case 1:
        return decideAll(ok(assessed(c, received).startInformalResolution(Stamp.of(at, ACTOR))), at, "NOTITS_CLOSED");
      case 2:
        return ok(assessed(c, received).reject(RejectionGround.UNFOUNDED, Stamp.of(at, ACTOR)));
      case 3:
        return ok(c.withdraw(COMPLAINANT, Stamp.of(at, ACTOR)));
      case 4:
      case 5:
        return closed(decideAll(investigated(c, received), at, "NO_CRITICISM"), at);
      case 6:
        return closed(decideAll(investigated(c, received), at, "CRITICISM"), at);
      case 7:
        return decideAll(investigated(c, received), at, "REGRETTABLE");
      case 8: {
        ComplaintCase told = ok(decideAll(investigated(c, received), at, "NO_CRITICISM").notifyOutcome(
            List.of(Recipient.party(COMPLAINANT)), ReviewRoute.of(DenmarkRules.STATSADVOKATEN,
                at.plus(Duration.ofDays(28)), LegalBasis.of("retsplejeloven § 1020 d")), Stamp.of(at, ACTOR)));
        return ok(ok(told.requestReview(COMPLAINANT, Stamp.of(at.plus(Duration.ofDays(3)), ACTOR)))
            .decideReview(i % 3 == 0, Stamp.of(at.plus(Duration.ofDays(30)), ACTOR)));
      }
      default:
        return investigated(c, received);
    }
  }

  private static ComplaintCase assessed(ComplaintCase c, Instant received) {
    Instant at = received.plus(Duration.ofDays(1));
    ComplaintCase r = ok(c.register(CaseReference.parse("DUP-2026-1"), RegistrationRequirements.NONE,
        Stamp.of(at, ACTOR)));
    return ok(r.assess(c.track(), DenmarkRules.DUP, Stamp.of(at, ACTOR)));
  }

  private static ComplaintCase investigated(ComplaintCase c, Instant received) {
    return ok(assessed(c, received).openInvestigation(InvestigationMode.LOCAL, DenmarkRules.DUP,
        Stamp.of(received.plus(Duration.ofDays(2)), ACTOR)));
  }

  private static ComplaintCase decideAll(ComplaintCase c, Instant at, String outcome) {
    ComplaintCase x = c;
    for (Allegation a : c.allegations()) {
      x = ok(x.decide(a.id(), Outcome.of(outcome), DenmarkRules.DUP, Stamp.of(at, ACTOR, "reasons")));
    }
    return x;
  }

  private static ComplaintCase closed(ComplaintCase decided, Instant at) {
    ComplaintCase told = ok(decided.notifyOutcome(List.of(Recipient.party(COMPLAINANT)), Stamp.of(at, ACTOR)));
    return ok(told.close(Stamp.of(at, ACTOR)));
  }

  private static ComplaintCase ok(Either<Rejection, Transition> result) {
    return result.getOrElseThrow(r -> new IllegalStateException("fixture refused: " + r.message())).complaint();
  }
}
