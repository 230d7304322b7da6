package org.oversight.complaint.rules;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;

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
