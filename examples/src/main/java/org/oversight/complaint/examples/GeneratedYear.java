package org.oversight.complaint.examples;

import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
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
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;

/**
 * A generated year of Danish conduct complaints to Den Uafhængige Politiklagemyndighed, as input for
 * the overview example: realistic in shape (three conduct sub-types, some filed after the six-month
 * limit, some handled as a notitssag with the complainant's consent, some withdrawn, most
 * investigated and decided, a few with criticism), invented in every detail.
 *
 * <p>Each case is built through complaint-core's commands, so every case is one the API allows. A case
 * is taken as it stood at the end of the year: steps dated after it are not applied, so late
 * complaints are still open. The same seed gives the same year; the cases are produced one at a time
 * (an {@link Iterable} that creates them on demand), so a large year needs no memory for the cases.
 *
 * <p>This class is immutable and thread-safe; each iterator is for one thread.
 */
public final class GeneratedYear implements Iterable<ComplaintCase> {

  /** The conduct sub-types of the Danish authority's reports: use of force, language, other conduct. */
  public static final List<CategoryCode> CATEGORIES = List.of(
      CategoryCode.of("CONDUCT.FORCE"), CategoryCode.of("CONDUCT.LANGUAGE"), CategoryCode.of("CONDUCT.OTHER"));

  private static final ZoneId ZONE = DenmarkRules.ZONE;
  private static final Body DUP = DenmarkRules.DUP;
  private static final Actor INTAKE = Actor.of("system:politiklagemyndigheden-web");
  private static final Actor CASEWORKER = Actor.of("caseworker:dup-aarhus");
  private static final String[] UNITS = {"Københavns Politi", "Østjyllands Politi", "Fyns Politi",
      "Nordsjællands Politi", "Syd- og Sønderjyllands Politi"};

  private final int year;
  private final int cases;
  private final long seed;

  private GeneratedYear(int year, int cases, long seed) {
    this.year = year;
    this.cases = cases;
    this.seed = seed;
  }

  /**
   * A year of cases.
   *
   * @param year the calendar year, 2012 or later (the authority's first year)
   * @param cases how many complaints arrive in it, at least 0
   * @param seed the seed; the same seed gives the same cases
   * @return the year, never null
   * @throws IllegalArgumentException if year or cases is out of range
   */
  public static GeneratedYear of(int year, int cases, long seed) {
    if (year < 2012 || year > 9999) {
      throw new IllegalArgumentException("year must be between 2012 and 9999 but is " + year);
    }
    if (cases < 0) {
      throw new IllegalArgumentException("cases must not be negative but is " + cases);
    }
    return new GeneratedYear(year, cases, seed);
  }

  /**
   * Returns the calendar year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the first instant after the year, in the jurisdiction's zone: the cases stand as they did then.
   *
   * @return the instant, never null
   */
  public Instant end() {
    return LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant();
  }

  @Override
  public Iterator<ComplaintCase> iterator() {
    SplittableRandom random = new SplittableRandom(seed);
    return new Iterator<>() {
      private int made;

      @Override
      public boolean hasNext() {
        return made < cases;
      }

      @Override
      public ComplaintCase next() {
        if (!hasNext()) {
          throw new NoSuchElementException("the year has " + cases + " cases");
        }
        made++;
        return generate(made, random.split());
      }
    };
  }

  private ComplaintCase generate(int number, SplittableRandom r) {
    Instant start = LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
    Instant received = start.plus(Duration.ofMinutes(r.nextLong(Duration.ofDays(365).toMinutes())));
    // Most complaints come within weeks; about one in ten after the six-month limit.
    long incidentDaysBefore = r.nextInt(10) == 0 ? 190 + r.nextInt(200) : r.nextInt(60);
    Instant incident = received.minus(Duration.ofDays(incidentDaysBefore)).minus(Duration.ofMinutes(r.nextInt(1440)));
    CategoryCode category = CATEGORIES.get(weighted(r, 30, 35, 35));
    PartyId complainant = PartyId.of("P1");
    PartyId officer = PartyId.of("S1");
    String id = String.format("dup-%d-%06d", year, number);
    ComplaintCase c = ComplaintCase.receipt(CaseId.of(id), DenmarkRules.JURISDICTION)
        .track(Track.CONDUCT_COMPLAINT)
        .channel(r.nextInt(4) == 0 ? Channel.LETTER : Channel.WEB_FORM)
        .receivingBody(DUP)
        .incident(Incident.of(IncidentTime.at(incident), "Danmark", "Generated complaint " + number))
        .party(Party.complainant(complainant, "Complainant " + number, Standing.DIRECTLY_AFFECTED))
        .party(Party.subject(officer, SubjectKind.OFFICER, "DK-" + (1000 + r.nextInt(400)),
            UNITS[r.nextInt(UNITS.length)]))
        .allegation(Allegation.of(AllegationId.of("A1"), category, "Generated allegation", List.empty(),
            List.of(officer)))
        .receive(Stamp.of(received, INTAKE))
        .complaint();
    Steps steps = new Steps(c, end());
    steps.then(0, (x, when) -> x.register(CaseReference.parse("DUP-" + year + "-" + String.format("%06d", number)),
            RegistrationRequirements.DEFAULT, Stamp.of(when, CASEWORKER)))
        .then(1 + r.nextInt(10), (x, when) -> x.acknowledge(Recipient.party(complainant), Stamp.of(when, CASEWORKER)))
        .then(3 + r.nextInt(15), (x, when) -> x.assess(Track.CONDUCT_COMPLAINT, DUP, Stamp.of(when, CASEWORKER)));
    if (incidentDaysBefore > 183) {
      return steps.then(1, (x, when) -> x.reject(RejectionGround.TIME_BARRED, Stamp.of(when, CASEWORKER, "forældet")))
          .then(0, (x, when) -> x.recordNotification(NotificationKind.OUTCOME,
              Recipient.party(complainant), Stamp.of(when, CASEWORKER)))
          .result();
    }
    int path = weighted(r, 15, 8, 77);
    if (path == 0) {
      // Notitssag: a conversation with a police manager, only with the complainant's consent.
      return steps.then(1, (x, when) -> x.recordConsent(complainant, ConsentPurpose.INFORMAL_RESOLUTION, ConsentState.GIVEN,
              Stamp.of(when, CASEWORKER)))
          .then(0, (x, when) -> x.startInformalResolution(Stamp.of(when, CASEWORKER, "notitssag")))
          .then(10 + r.nextInt(40), (x, when) -> x.decide(AllegationId.of("A1"), Outcome.of("NOTITS_CLOSED"), DUP,
              Stamp.of(when, CASEWORKER)))
          .then(1, (x, when) -> x.notifyOutcome(Vector.of(Recipient.party(complainant)), Stamp.of(when, CASEWORKER)))
          .then(1, (x, when) -> x.close(Stamp.of(when, CASEWORKER)))
          .result();
    }
    if (path == 1) {
      return steps.then(5 + r.nextInt(60), (x, when) -> x.withdraw(complainant,
          Stamp.of(when, CASEWORKER, "tilbagekaldt"))).result();
    }
    Outcome outcome = Outcome.of(List.of("CRITICISM", "REGRETTABLE", "NO_CRITICISM").get(weighted(r, 6, 5, 89)));
    return steps.then(5 + r.nextInt(20), (x, when) -> x.openInvestigation(InvestigationMode.INDEPENDENT, DUP,
            Stamp.of(when, CASEWORKER)))
        .then(60 + r.nextInt(300), (x, when) -> x.decide(AllegationId.of("A1"), outcome, DUP,
            Stamp.of(when, CASEWORKER)))
        .then(2, (x, when) -> x.notifyOutcome(Vector.of(Recipient.party(complainant), Recipient.party(officer)),
            Stamp.of(when, CASEWORKER)))
        .then(1, (x, when) -> x.close(Stamp.of(when, CASEWORKER)))
        .result();
  }

  private static int weighted(SplittableRandom r, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int pick = r.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      pick -= weights[i];
      if (pick < 0) {
        return i;
      }
    }
    throw new IllegalStateException("bug: weighted pick out of range");
  }

  /**
   * A case walked forward step by step, each step a given number of days after the last event, until
   * a step would fall after the end of the year; a step the core refuses is a bug in this generator.
   */
  private static final class Steps {
    private ComplaintCase current;
    private final Instant end;
    private boolean stopped;

    Steps(ComplaintCase start, Instant end) {
      this.current = start;
      this.end = Objects.requireNonNull(end, "end is null");
    }

    Steps then(int daysLater, BiFunction<ComplaintCase, Instant, Either<Rejection, Transition>> command) {
      if (stopped) {
        return this;
      }
      Instant when = current.lastEventAt().plus(Duration.ofDays(daysLater)).plus(Duration.ofMinutes(5));
      if (!when.isBefore(end)) {
        stopped = true;
        return this;
      }
      ComplaintCase before = current;
      current = command.apply(before, when).getOrElseThrow(rejection -> new IllegalStateException(
          "bug: the generated year's step was refused in " + before.status() + ": " + rejection.message())).complaint();
      return this;
    }

    ComplaintCase result() {
      return current;
    }
  }
}
