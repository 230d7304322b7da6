package org.oversight.complaint.rules;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;

/**
 * What a pack finds about a case's eligibility, shared by {@link PackCommands} (which refuses the
 * commands) and {@link PackAssessor} (which reports the warnings), so the two cannot disagree: the
 * pack's {@link EligibilityRule} findings, and, while informal handling runs, the reasons it can no
 * longer be finished (withdrawn consent, a demand for formal handling, a flag added since the start),
 * which refuse the informal finish ({@link RulePack#refusals}) and are warned about here. Stateless.
 */
final class Eligibility {
  /** Informal refusals with a warning of their own; any other is {@code warning.informal.ineligible}. */
  private static final Set<String> INFORMAL_WARNINGS =
      HashSet.of("informal.excludedFlag", "informal.complainantInsists", "informal.consentMissing");

  private Eligibility() {}

  /** Every finding of the pack's eligibility rules. */
  static Seq<Ineligibility> findings(RulePack pack, ComplaintCase c) {
    Seq<EligibilityRule> rules = pack.eligibility();
    if (rules.isEmpty()) {
      return List.empty();
    }
    List<Ineligibility> out = List.empty();
    for (EligibilityRule rule : rules) {
      Seq<Ineligibility> found = rule.check(c, pack.zone());
      if (!found.isEmpty()) {
        out = out.appendAll(found);
      }
    }
    return out;
  }

  /** The warnings of the findings, then why a running informal resolution can no longer be finished. */
  static Seq<Warning> warnings(RulePack pack, ComplaintCase c) {
    Seq<Warning> out = findings(pack, c).map(Ineligibility::warning);
    if (c.status() == CaseStatus.INFORMAL_RESOLUTION) {
      out = out.appendAll(pack.informalResolution().refusals(c).map(Eligibility::informalWarning));
    }
    return out;
  }

  private static Warning informalWarning(Refusal r) {
    String key = INFORMAL_WARNINGS.contains(r.rule()) ? "warning." + r.rule() : "warning.informal.ineligible";
    return new Warning(key, List.of(r.legalBasis().map(LegalBasis::citation).getOrElse("-")));
  }
}
