package org.oversight.complaint.wire.samples;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.EscalationTrigger;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Breach;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.ObligationKind;
import org.oversight.complaint.rules.TimeLimitCheck;
import org.oversight.complaint.rules.Waivability;
import org.oversight.complaint.rules.Warning;

/** Rule-pack results of the golden files ({@code rules/Assessment.json}), for both Jackson modules' tests. */
public final class RuleSamples {

  private RuleSamples() {}

  /**
   * The Norwegian outcome notice owed to the complainant.
   *
   * @param satisfiedAt when it was given, none while pending
   * @return the obligation
   */
  public static Obligation obligation(Option<Instant> satisfiedAt) {
    return new Obligation("NO.outcome-notice", ObligationKind.OUTCOME_NOTICE, Recipient.party(Samples.COMPLAINANT),
        Samples.t(200), Samples.t(200 + 24 * 21), CommandType.NOTIFY_OUTCOME, Option.some(NotificationKind.OUTCOME),
        satisfiedAt, LegalBasis.of("forvaltningsloven § 27"));
  }

  /**
   * One escalation of every kind of trigger: flags (met), the track, the subject's rank, the same
   * incident as another case, a condition of the integrator's own.
   *
   * @return the escalations
   */
  public static Vector<Escalation> escalations() {
    Body spesialenheten = Body.of("NO-SPESIALENHETEN");
    LegalBasis basis = LegalBasis.of("påtaleinstruksen § 34-6");
    return Vector.of(
        new Escalation("escalation.no.seriousInjury", spesialenheten,
            new EscalationTrigger.OnFlags(Vector.of(SeriousnessFlag.SERIOUS_INJURY)), basis, Samples.t(0), Samples.t(24),
            Option.some(Samples.t(4))),
        new Escalation("escalation.criminalSuspicion", spesialenheten,
            new EscalationTrigger.OnTrack(Track.CRIMINAL_REPORT), basis, Samples.t(0), Samples.t(24), Option.none()),
        new Escalation("escalation.chiefOfficer", Body.of("EW-IOPC"),
            new EscalationTrigger.OnSubject(SubjectKind.CHIEF_OFFICER, Vector.of(SeriousnessFlag.POSSIBLE_DISCIPLINARY)),
            LegalBasis.of("SI 2020/2 reg 4(1)"), Samples.t(0), Samples.t(24 * 7), Option.none()),
        new Escalation("escalation.sameIncident", Body.of("EW-IOPC"),
            new EscalationTrigger.SameIncident(CaseId.of("EW-2026-3"), Vector.of(SeriousnessFlag.DEATH)),
            LegalBasis.of("SI 2020/2 reg 4(1)"), Samples.t(2), Samples.t(2 + 24 * 7), Option.none()),
        new Escalation("escalation.local.custody", spesialenheten, new EscalationTrigger.OnCondition(Vector.empty()),
            basis, Samples.t(0), Samples.t(24), Option.none()));
  }

  /**
   * The assessment of {@code rules/Assessment.json}: an escalation of every kind of trigger, a pending and a met
   * obligation, a breach, a warning and a time-limit check.
   *
   * @return the assessment
   */
  public static Assessment assessment() {
    Obligation pending = obligation(Option.none());
    return new Assessment(CaseId.of("NO-2026-17"), "NO-district", Samples.t(24 * 30), escalations(),
        Vector.of(pending, obligation(Option.some(Samples.t(201)))), Vector.of(new Breach(pending, Samples.t(24 * 30))),
        Vector.of(new Warning("warning.pattern.sameSubject", Vector.of("3", "NO-1, NO-2, NO-3"))),
        new TimeLimitCheck(TimeLimitCheck.Status.IN_TIME, Option.some(Samples.t(24 * 180)), Waivability.WAIVABLE,
            Option.none()));
  }
}
