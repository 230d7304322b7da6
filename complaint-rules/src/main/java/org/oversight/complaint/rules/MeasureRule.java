package org.oversight.complaint.rules;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Measure;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.SubjectKind;

/**
 * Which body may impose a disciplinary or management measure: the body that decides on a complaint is
 * often not the one that may act against the officer (Denmark: DUP decides a conduct complaint, Rigspolitiet
 * decides whether to bring disciplinary proceedings; Norway: Spesialenheten decides prosecution, the
 * chief of police the personnel measures; England and Wales: the appropriate authority). The pack asks it
 * for a proposed {@link org.oversight.complaint.core.CaseEvent.MeasureRecorded} on the one command path
 * ({@link RulePack#execute}: a refusal is a {@link org.oversight.complaint.core.Rejection.RuleRefused}
 * naming the rule and its legal basis), and for every measure already on a case in {@link RulePack#assess}
 * (a warning {@code warning.<rule>} with the deciding body, the measure's kind, the subject's id and the
 * citation, for a measure recorded without the pack, say from an imported log): the same answer from
 * both sides.
 *
 * <h2>Specification for implementors</h2>
 * Must not alter its inputs, must be thread-safe, deterministic (depend on the case's parties and the
 * measure only, so that a measure refused when proposed is reported when recorded and the other way round)
 * and must not throw for any valid case and measure, also one about someone who is not a subject of the case
 * (the core refuses that measure whatever the rule says). The refusal's rule identifier
 * should have message keys {@code rejection.<rule>} and {@code warning.<rule>} in every bundle.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface MeasureRule {

  /**
   * Checks a measure against the case it is (or would be) recorded on.
   *
   * @param complaint the case, not null
   * @param measure the measure, not null
   * @return the refusal, none if the body may impose it, never null
   */
  Option<Refusal> check(ComplaintCase complaint, Measure measure);

  /**
   * Any body may record any measure: the rule of a pack that sets none.
   *
   * @return the rule, never null
   */
  static MeasureRule any() {
    return (complaint, measure) -> Option.none();
  }

  /**
   * Only the given bodies may impose a measure: one decided by another body is refused with
   * {@code measure.notOwnBody}.
   *
   * @param bodies the bodies that may impose measures (the employer side), not empty, not null
   * @param legalBasis the legal basis named in the refusal, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument or a body is null
   * @throws IllegalArgumentException if bodies is empty
   */
  static MeasureRule imposedBy(java.util.Set<Body> bodies, LegalBasis legalBasis) {
    Objects.requireNonNull(bodies, "bodies is null");
    bodies.forEach(b -> Objects.requireNonNull(b, "body is null"));
    Set<Body> ok = TreeSet.ofAll(bodies);
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    if (ok.isEmpty()) {
      throw new IllegalArgumentException("bodies must not be empty");
    }
    return (complaint, measure) -> ok.contains(measure.decidedBy())
        ? Option.none()
        : Option.some(Refusal.of("measure.notOwnBody", legalBasis, measure.decidedBy() + " may not impose "
            + measure.kind() + " on " + measure.subject() + ": measures are for " + ok.mkString(" or ")));
  }

  /**
   * An oversight body's direction to bring disciplinary proceedings, beside another rule for everyone else
   * (England and Wales: after an investigation or review it oversees, the IOPC may direct the appropriate
   * authority to bring disciplinary proceedings, and the authority must bring them, Police Reform Act 2002
   * Sch. 3 para 27). A direction is a {@link MeasureKind#DISCIPLINARY_PROCEEDINGS} measure decided by the
   * overseer:
   * <ul>
   *   <li>the overseer may record only that kind, and only on a case it oversees; anything else it records
   *       is refused with {@code measure.notOwnBody};</li>
   *   <li>any other body is checked by {@code otherwise}; and once a direction about a subject is on the case,
   *       a later measure about that subject that brings no proceedings ({@link MeasureKind#NO_MEASURE},
   *       {@link MeasureKind#MANAGEMENT_ACTION}, {@link MeasureKind#REFLECTIVE_PRACTICE}) is refused with
   *       {@code measure.directedProceedings}.</li>
   * </ul>
   * "Later" is the order in which measures are recorded, so that a measure is judged the same way when
   * proposed and when recorded; {@code oversees} should depend only on facts a case never loses (referrals,
   * reviews).
   *
   * @param overseer the oversight body that may direct, not null
   * @param oversees whether the overseer oversees the case, not null
   * @param otherwise the rule for the measures of every other body, not null
   * @param legalBasis the legal basis named in the refusals, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  static MeasureRule directedBy(Body overseer, java.util.function.Predicate<ComplaintCase> oversees,
      MeasureRule otherwise, LegalBasis legalBasis) {
    Objects.requireNonNull(overseer, "overseer is null");
    Objects.requireNonNull(oversees, "oversees is null");
    Objects.requireNonNull(otherwise, "otherwise is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, measure) -> {
      if (measure.decidedBy().equals(overseer)) {
        return measure.kind() == MeasureKind.DISCIPLINARY_PROCEEDINGS && oversees.test(complaint)
            ? Option.none()
            : Option.some(Refusal.of("measure.notOwnBody", legalBasis, overseer + " may only direct "
                + MeasureKind.DISCIPLINARY_PROCEEDINGS + " on a case it oversees, not impose " + measure.kind()
                + " on " + measure.subject()));
      }
      Option<Refusal> other = otherwise.check(complaint, measure);
      if (other.isDefined() || !bringsNoProceedings(measure.kind())) {
        return other;
      }
      Seq<Measure> recorded = complaint.measures();
      int position = recorded.indexOf(measure);
      Seq<Measure> before = position < 0 ? recorded : recorded.take(position);
      return before.exists(m -> m.decidedBy().equals(overseer) && m.kind() == MeasureKind.DISCIPLINARY_PROCEEDINGS
          && m.subject().equals(measure.subject()))
          ? Option.some(Refusal.of("measure.directedProceedings", legalBasis, overseer + " directed "
              + MeasureKind.DISCIPLINARY_PROCEEDINGS + " about " + measure.subject() + ", which must be brought, not "
              + measure.kind()))
          : Option.none();
    };
  }

  /**
   * One rule for measures about subjects of some kinds, another for the rest (England and Wales: the
   * appropriate authority for a chief officer is the local policing body, Police Reform Act 2002 s. 29(1)).
   * A subject whose kind the case does not know is taken as one of the rest.
   *
   * @param kinds the subjects' kinds, not null
   * @param then the rule for measures about subjects of those kinds, not null
   * @param otherwise the rule for the others, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static MeasureRule bySubject(java.util.Set<SubjectKind> kinds, MeasureRule then, MeasureRule otherwise) {
    EnumSet<SubjectKind> k = EnumSets.copyOf(kinds, SubjectKind.class);
    Objects.requireNonNull(then, "then is null");
    Objects.requireNonNull(otherwise, "otherwise is null");
    return (complaint, measure) -> complaint.party(measure.subject()).exists(p -> p.subjectKind().exists(k::contains))
        ? then.check(complaint, measure)
        : otherwise.check(complaint, measure);
  }

  /** Whether a measure brings no disciplinary proceedings (and so does not comply with a direction to bring them). */
  private static boolean bringsNoProceedings(MeasureKind kind) {
    return kind == MeasureKind.NO_MEASURE || kind == MeasureKind.MANAGEMENT_ACTION
        || kind == MeasureKind.REFLECTIVE_PRACTICE;
  }
}
