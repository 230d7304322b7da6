package org.oversight.complaint.importing;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.Transition;

/**
 * The commands every importer gives a received complaint, in order: register, assess, open an
 * investigation (when there is someone to investigate), decide each allegation whose row gives an
 * outcome, and, when all are decided, tell the complainant and close. A refused registration,
 * assessment or investigation refuses the complaint; a refused decision is an error of its row only.
 */
final class Steps {
  /** A decision that one row asks for; its stamp is made when it is applied (a reason may be too long). */
  record Decide(String file, long line, AllegationId allegation, Outcome outcome, Instant at, String reason) {}

  private Steps() {}

  /**
   * Runs the steps after receipt; none if the complaint itself is refused (its errors in {@code rows}),
   * otherwise the case, with refused decisions recorded in {@code refused}.
   */
  static Option<ComplaintCase> run(Rows rows, Rows refused, long line, Option<Transition> received,
      CaseReference reference, Body body, Option<InvestigationMode> investigation, Stamp undated,
      Seq<Decide> decisions, PartyId complainant, Stamp closing) {
    Option<Transition> t = rows.step(line, received, s -> s.complaint().register(reference,
        RegistrationRequirements.NONE, undated));
    t = rows.step(line, t, s -> s.complaint().assess(Track.CONDUCT_COMPLAINT, body, undated));
    if (investigation.isDefined()) {
      t = rows.step(line, t, s -> s.complaint().openInvestigation(investigation.get(), body, undated));
    }
    if (t.isEmpty()) {
      return Option.none();
    }
    Transition so = t.get();
    for (Decide d : decisions) {
      so = refused.stepOrKeep(d.file(), d.line(), so, s -> s.complaint().decide(d.allegation(), d.outcome(), body,
          Stamp.of(d.at(), undated.actor(), d.reason())));
    }
    if (so.complaint().status() == CaseStatus.DECIDED) {
      so = refused.stepOrKeep(rows.source(), line, so, s -> s.complaint().notifyOutcome(
          Vector.of(Recipient.party(complainant)), closing));
      so = refused.stepOrKeep(rows.source(), line, so, s -> s.complaint().close(closing));
    }
    return Option.some(so.complaint());
  }

  /** Checks a number of partitions. */
  static int partitions(int partitions) {
    if (partitions < 1 || partitions > 4096) {
      throw new IllegalArgumentException("partitions must be 1 to 4096 but is " + partitions);
    }
    return partitions;
  }
}
