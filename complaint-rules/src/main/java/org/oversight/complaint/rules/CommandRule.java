package org.oversight.complaint.rules;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Investigation;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Referral;
import org.oversight.complaint.core.ReferralKind;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.StatementForm;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;

/**
 * A rule on a proposed command: an extra check an integrator adds to a pack
 * ({@link RulePack#plusCommandRule(CommandRule)}), asked by {@link RulePack#refusals} (the pack's
 * command guard, on the path of {@link RulePack#execute}) after the state graph, the core's data checks
 * and the pack's built-in rules.
 *
 * <h2>Specification for implementors</h2>
 * Must not alter its inputs, must be thread-safe, deterministic (depend on the case and the proposed
 * event only) and must not throw for any valid case and event. The refusal's rule identifier should
 * have a message key {@code rejection.<rule>}; a key missing from the bundles is explained in English
 * by the refusal's own explanation.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CommandRule {

  /**
   * Checks a proposed command.
   *
   * @param complaint the case, not null
   * @param proposed the proposed event (the command's data), not yet applied, not null
   * @return the refusal, none if allowed, never null
   */
  Option<Refusal> check(ComplaintCase complaint, CaseEvent proposed);

  /**
   * A body may record only the decisions that are its own: an allegation decision
   * ({@link CaseEvent.AllegationDecided}) is refused with {@code decision.notOwnBody} unless its
   * {@code decidedBy} is a body whose decision it is at that point. After a referral for a
   * prosecution decision or for administrative review, that is only the body referred to (DK: the
   * statsadvokat decides on DUP's redegørelse, retsplejeloven § 1020 f; NO: the politimester decides
   * on Spesialenheten's transfer for administrativ vurdering). Otherwise it is the body handling the
   * case, the body investigating it, or a body the pack names for the case's track (SE: SÅK's
   * prosecutors decide on SU's investigations).
   *
   * @param alsoDecidedBy per track, a body that decides besides the handling and investigating bodies, not null
   * @param legalBasis the legal basis named in the refusal, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static CommandRule ownDecisionsOnly(Map<Track, Body> alsoDecidedBy, LegalBasis legalBasis) {
    Objects.requireNonNull(alsoDecidedBy, "alsoDecidedBy is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, proposed) -> {
      if (!(proposed instanceof CaseEvent.AllegationDecided d)) {
        return Option.none();
      }
      Seq<Body> deciders = DecidingBodies.of(complaint, alsoDecidedBy);
      return deciders.contains(d.decidedBy())
          ? Option.none()
          : Option.some(Refusal.of("decision.notOwnBody", legalBasis, d.decidedBy() + " may not decide here: the decision is "
              + deciders.mkString(" or ") + "'s"));
    };
  }

  /**
   * A case is transferred for administrative assessment to the employer side of the persons complained about:
   * a {@link CaseEvent.ReferredForAdministrativeReview} is refused with {@code administrativeReview.wrongBody}
   * unless it goes to the employer of one of the case's subjects, {@code then} for a subject of one of the
   * kinds, {@code otherwise} for any other subject or when the case names none (Norway: Spesialenheten
   * transfers a case to the politimester for administrativ vurdering, påtaleinstruksen kap. 34; for a chief of
   * police, to the employer side above them).
   *
   * @param kinds the subjects' kinds whose employer is {@code then}, not null
   * @param then the employer of subjects of those kinds, not null
   * @param otherwise the employer of the others, not null
   * @param legalBasis the legal basis named in the refusal, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  static CommandRule administrativeReviewTo(java.util.Set<SubjectKind> kinds, Body then, Body otherwise,
      LegalBasis legalBasis) {
    EnumSet<SubjectKind> k = EnumSets.copyOf(kinds, SubjectKind.class);
    Objects.requireNonNull(then, "then is null");
    Objects.requireNonNull(otherwise, "otherwise is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, proposed) -> {
      if (!(proposed instanceof CaseEvent.ReferredForAdministrativeReview r)) {
        return Option.none();
      }
      Seq<Party> subjects = complaint.parties(PartyRole.SUBJECT);
      boolean toThen = subjects.exists(p -> p.subjectKind().exists(k::contains));
      boolean toOtherwise = subjects.isEmpty() || subjects.exists(p -> !p.subjectKind().exists(k::contains));
      if (toThen && r.to().equals(then) || toOtherwise && r.to().equals(otherwise)) {
        return Option.none();
      }
      String employers = toThen && toOtherwise ? then + " or " + otherwise : toThen ? then.toString() : otherwise.toString();
      return Option.some(Refusal.of("administrativeReview.wrongBody", legalBasis, "the case goes for administrative "
          + "assessment to " + employers + ", the employer side of the persons complained about, not to " + r.to()));
    };
  }

  /**
   * A withdrawal must say how it was made, in one of the accepted forms: a
   * {@link CaseEvent.Withdrawn} without a form is refused with {@code withdrawal.formMissing}, one in a
   * form not accepted with {@code withdrawal.formNotAccepted} (E&amp;W SI 2020/2 reg 38: a signed
   * notification; reg 39: a withdrawal without one).
   *
   * @param accepted the forms a withdrawal may take, not null
   * @param legalBasis the legal basis named in the refusals, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  static CommandRule withdrawalForms(java.util.Set<StatementForm> accepted, LegalBasis legalBasis) {
    EnumSet<StatementForm> ok = EnumSets.copyOf(accepted, StatementForm.class);
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, proposed) -> {
      if (!(proposed instanceof CaseEvent.Withdrawn w)) {
        return Option.none();
      }
      if (w.form().isEmpty()) {
        return Option.some(Refusal.of("withdrawal.formMissing", legalBasis,
            "the withdrawal must record how it was made (" + ok.stream().map(Enum::name).sorted()
                .reduce((a, b) -> a + ", " + b).orElse("-") + ")"));
      }
      return ok.contains(w.form().get()) ? Option.none()
          : Option.some(Refusal.of("withdrawal.formNotAccepted", legalBasis, "a withdrawal made " + w.form().get()
              + " is not accepted; accepted: " + ok));
    };
  }

  /**
   * A withdrawal is made by the complainant or by someone acting for them: a {@link CaseEvent.Withdrawn} that
   * names a party ({@code by}) is refused with {@code withdrawal.notByComplainant} unless that party is a
   * complainant of the case, or a {@link PartyRole#REPRESENTATIVE representative} (a solicitor, an agent)
   * who {@link org.oversight.complaint.core.Party#actsFor() acts for} one (E&amp;W SI 2020/2 reg 38: a
   * notification signed by the complainant or their solicitor or agent). A withdrawal that names no party
   * (made by a representative not recorded as a party) is left to the form rule.
   *
   * @param legalBasis the legal basis named in the refusal, not null
   * @return the rule, never null
   * @throws NullPointerException if legalBasis is null
   * @since 0.1
   */
  static CommandRule withdrawnByComplainant(LegalBasis legalBasis) {
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, proposed) -> {
      if (!(proposed instanceof CaseEvent.Withdrawn w) || w.by().isEmpty()) {
        return Option.none();
      }
      Option<Party> by = complaint.party(w.by().get());
      boolean complainant = by.exists(p -> p.is(PartyRole.COMPLAINANT));
      boolean actsForComplainant = by.exists(p -> p.is(PartyRole.REPRESENTATIVE)
          && p.actsFor().flatMap(complaint::party).exists(q -> q.is(PartyRole.COMPLAINANT)));
      return complainant || actsForComplainant ? Option.none()
          : Option.some(Refusal.of("withdrawal.notByComplainant", legalBasis, w.by().get()
              + " is neither a complainant nor a representative acting for one, and may not withdraw the complaint"));
    };
  }

  /**
   * A complaint is rejected as a repeat complaint
   * ({@link org.oversight.complaint.core.RejectionGround#REPEAT_COMPLAINT}) only when it is linked to an
   * earlier complaint or matter it repeats with no fresh indication and no fresh evidence
   * ({@link Relation#REPEATS}, not replaced by a later {@link Relation#REPEATS_WITH_FRESH_EVIDENCE} link to
   * the same case): otherwise the rejection is refused with {@code repeat.notARepeat} (E&amp;W SI 2020/2
   * reg 6).
   *
   * @param legalBasis the legal basis named in the refusal, not null
   * @return the rule, never null
   * @throws NullPointerException if legalBasis is null
   * @since 0.1
   */
  static CommandRule repeatComplaints(LegalBasis legalBasis) {
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, proposed) -> proposed instanceof CaseEvent.Rejected r
        && r.ground() == RejectionGround.REPEAT_COMPLAINT && Repeats.of(complaint).isEmpty()
        ? Option.some(Refusal.of("repeat.notARepeat", legalBasis, "the case is not linked to an earlier complaint it "
            + "repeats with no fresh indication and no fresh evidence (Relation.REPEATS)"))
        : Option.none();
  }
}
/** The bodies whose decision an allegation decision is, for {@link CommandRule#ownDecisionsOnly}. */
final class DecidingBodies {
  private DecidingBodies() {}

  static Seq<Body> of(ComplaintCase c, Map<Track, Body> alsoDecidedBy) {
    if (c.status() == CaseStatus.REFERRED_FOR_PROSECUTION_DECISION) {
      return lastReferral(c, ReferralKind.PROSECUTION);
    }
    if (c.status() == CaseStatus.REFERRED_FOR_ADMINISTRATIVE_REVIEW) {
      return lastReferral(c, ReferralKind.ADMINISTRATIVE_REVIEW);
    }
    return Vector.of(c.handlingBody())
        .appendAll(c.investigation().map(Investigation::body))
        .appendAll(alsoDecidedBy.get(c.track()))
        .distinct();
  }

  private static Seq<Body> lastReferral(ComplaintCase c, ReferralKind kind) {
    return c.referrals().filter(r -> r.kind() == kind).lastOption().map(Referral::to).toVector();
  }
}
