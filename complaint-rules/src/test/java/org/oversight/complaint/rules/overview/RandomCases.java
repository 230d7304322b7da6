package org.oversight.complaint.rules.overview;

import static org.oversight.complaint.rules.overview.Cases.*;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Track;

/**
 * Random Danish case sets from a seed, through the core's public API: small sets so that small counts
 * are common, with distinctive names, contacts, service numbers and case ids to look for in outputs.
 */
final class RandomCases {
  static final Instant START = t("2019-12-01T00:00:00Z");
  static final Seq<String> UNITS = List.of("Unit A", "Unit B", "Unit C");
  static final Seq<String> CATEGORIES = List.of("USE_OF_FORCE", "LANGUAGE", "CONDUCT");
  static final Seq<String> DECIDED = List.of("CRITICISM", "REGRETTABLE", "NO_CRITICISM");

  private RandomCases() {}

  /** The personal data of case i of a seed's set. */
  static Seq<String> personalData(long seed, int i) {
    return List.of(caseId(seed, i), name(i), contact(i), serviceNumber(i));
  }

  static String caseId(long seed, int i) {
    return "case-" + Long.toHexString(seed) + "-" + i;
  }

  static String name(int i) {
    return "Qzname" + (i % 7) + " Person";
  }

  static String contact(int i) {
    return "qz" + i + "@example.org";
  }

  static String serviceNumber(int i) {
    return "SN-" + (4000 + i % 5);
  }

  static Seq<ComplaintCase> of(long seed) {
    Random random = new Random(seed);
    int n = random.nextInt(40);
    Seq<ComplaintCase> out = List.empty();
    for (int i = 0; i < n; i++) {
      out = out.append(next(random, seed, i));
    }
    return out;
  }

  private static <T> T pick(Random random, Seq<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static ComplaintCase next(Random random, long seed, int i) {
    Instant received = START.plus(Duration.ofHours(random.nextInt(400 * 24)));
    Cases.Spec spec = spec(caseId(seed, i))
        .track(random.nextInt(4) == 0 ? Track.CRIMINAL_REPORT : Track.CONDUCT_COMPLAINT)
        .categories(random.nextBoolean() ? new String[] {pick(random, CATEGORIES)}
            : new String[] {pick(random, CATEGORIES), pick(random, CATEGORIES)})
        .unit(random.nextInt(5) == 0 ? null : pick(random, UNITS))
        .complainant(random.nextInt(6) == 0 ? null : name(i))
        .contact(random.nextBoolean() ? contact(i) : null);
    if (random.nextInt(6) == 0) {
      spec.unidentified();
    } else {
      spec.serviceNumber(serviceNumber(i));
    }
    ComplaintCase c = spec.receivedAt(received);
    Instant at = received.plus(Duration.ofHours(random.nextInt(300 * 24)));
    switch (random.nextInt(8)) {
      case 0:
        return c;
      case 1:
        return informal(c, at, "NOTITS_CLOSED");
      case 2:
        return rejected(c, at);
      case 3:
        return withdrawn(c, at);
      case 4:
        return closed(decided(c, at, pick(random, DECIDED), pick(random, DECIDED)), at);
      case 5:
        return reviewed(decided(c, at, pick(random, DECIDED)), at, random.nextInt(3) == 0 ? null : random.nextBoolean());
      default:
        return decided(c, at, pick(random, DECIDED), pick(random, DECIDED));
    }
  }
}
