package org.oversight.complaint.rules;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;

/**
 * A repeat-pattern rule over a collection of cases: which cases belong together because they concern
 * the same subject or come from the same complainant within a window.
 *
 * <h2>Specification for implementors</h2>
 * Must not alter the cases, must be thread-safe and deterministic (the same cases in the same order
 * and the same zone give equal flags), must not throw for any valid cases. The zone is the pack's
 * {@link RulePack#zone()} (or the zone a caller such as the early-warning scan counts in), passed at
 * each evaluation: windows must be counted in it (for instance through
 * {@link DeadlinePeriod#deadline(Instant, ZoneId)}), never in the system default, so that the factories
 * need no zone of their own.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface PatternRule {

  /**
   * Detects patterns.
   *
   * @param cases the cases, not null
   * @param zone the zone in which windows are counted, not null
   * @return the flags, never null
   */
  Seq<PatternFlag> detect(Seq<ComplaintCase> cases, ZoneId zone);

  /**
   * No pattern detection.
   *
   * @return the rule, never null
   */
  static PatternRule none() {
    return (cases, zone) -> List.empty();
  }

  /**
   * At least {@code threshold.cases()} cases about the same identified subject (same service number)
   * or from the same named complainant (same name, ignoring case and surrounding blanks), whose
   * receipts fall within one {@code threshold.window()} counted from the earliest of them (in the zone
   * passed to {@link #detect}). Overlapping windows merge into one flag. Anonymous complainants and
   * unidentified subjects never match.
   *
   * @param threshold how many cases within which window make a pattern, not null
   * @return the rule, never null
   * @throws NullPointerException if threshold is null
   */
  static PatternRule repeated(WarningThreshold threshold) {
    Objects.requireNonNull(threshold, "threshold is null");
    int min = threshold.cases();
    DeadlinePeriod window = threshold.window();
    return (cases, zone) -> {
      // A flag needs `min` distinct cases: fewer cases, as in an assessment without related cases,
      // cannot make one, and the grouping below is then skipped.
      if (cases.size() < min) {
        return List.empty();
      }
      Seq<PatternFlag> subjects = Patterns.detect(cases, PatternFlag.Kind.SAME_SUBJECT, min, window, zone);
      return subjects.appendAll(Patterns.detect(cases, PatternFlag.Kind.SAME_COMPLAINANT, min, window, zone));
    };
  }
}

/** The grouping behind {@link PatternRule#repeated}. */
final class Patterns {
  private Patterns() {}

  static Seq<String> identities(ComplaintCase c, PatternFlag.Kind kind) {
    if (kind == PatternFlag.Kind.SAME_SUBJECT) {
      return c.parties(PartyRole.SUBJECT).flatMap(Party::serviceNumber).map(String::strip).distinct();
    }
    return c.parties(PartyRole.COMPLAINANT).flatMap(Party::name)
        .map(n -> n.strip().toLowerCase(Locale.ROOT)).distinct();
  }

  static Seq<PatternFlag> detect(Seq<ComplaintCase> cases, PatternFlag.Kind kind, int threshold,
      DeadlinePeriod window, ZoneId zone) {
    Seq<Tuple2<String, ComplaintCase>> pairs = cases.distinctBy(ComplaintCase::id)
        .flatMap(c -> identities(c, kind).map(id -> new Tuple2<>(id, c)));
    Seq<PatternFlag> out = List.empty();
    for (String identity : pairs.map(Tuple2::_1).distinct().sorted()) {
      Seq<ComplaintCase> sorted = pairs.filter(p -> p._1.equals(identity)).map(Tuple2::_2)
          .sortBy(c -> c.receivedAt().toString() + "|" + c.id().value());
      int runStart = -1;
      int runEnd = -1;
      for (int i = 0; i < sorted.size(); i++) {
        Instant end = window.deadline(sorted.get(i).receivedAt(), zone);
        int j = i;
        while (j + 1 < sorted.size() && !sorted.get(j + 1).receivedAt().isAfter(end)) {
          j++;
        }
        if (j - i + 1 >= threshold) {
          if (runStart >= 0 && i <= runEnd) {
            runEnd = Math.max(runEnd, j);
          } else {
            if (runStart >= 0) {
              out = out.append(flag(kind, identity, sorted.subSequence(runStart, runEnd + 1)));
            }
            runStart = i;
            runEnd = j;
          }
        }
      }
      if (runStart >= 0) {
        out = out.append(flag(kind, identity, sorted.subSequence(runStart, runEnd + 1)));
      }
    }
    return out;
  }

  private static PatternFlag flag(PatternFlag.Kind kind, String identity, Seq<ComplaintCase> cases) {
    Seq<CaseId> ids = cases.map(ComplaintCase::id);
    return new PatternFlag(kind, identity, ids, cases.head().receivedAt(), cases.last().receivedAt());
  }
}
