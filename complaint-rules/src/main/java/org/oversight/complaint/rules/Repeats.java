package org.oversight.complaint.rules;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;

/** The cases a complaint repeats with nothing fresh, for the repeat-complaint rules. */
final class Repeats {
  private Repeats() {}

  /**
   * The other cases whose latest repeat link from this case is {@link Relation#REPEATS}: a later
   * {@link Relation#REPEATS_WITH_FRESH_EVIDENCE} link to the same case replaces it.
   */
  static Seq<CaseId> of(ComplaintCase c) {
    Seq<CaseId> out = Vector.empty();
    for (RelatedCase link : c.relatedCases()) {
      if (link.relation() == Relation.REPEATS) {
        out = out.remove(link.other()).append(link.other());
      } else if (link.relation() == Relation.REPEATS_WITH_FRESH_EVIDENCE) {
        out = out.remove(link.other());
      }
    }
    return out;
  }
}
