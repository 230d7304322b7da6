package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.function.Predicate;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.EscalationTrigger;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;

/**
 * A mandatory escalation rule: which cases must go to an oversight body, to which, by when.
 *
 * <h2>Specification for implementors</h2>
 * The rule must not alter its input (the case and the related cases are immutable anyway), must be
 * thread-safe, and must be deterministic: the same case, related cases and zone give equal escalations.
 * It must not throw for any valid case. Its instants must come from the case's events (never from a
 * clock), and each escalation's due instant must not be before its trigger. The zone is the pack's
 * {@link RulePack#zone()}, passed at each evaluation: day arithmetic must use it (for instance through
 * {@link DeadlinePeriod#deadline(Instant, ZoneId)}), never the system default, so that the factories
 * need no zone of their own. Implementations should be immutable.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface EscalationRule {

  /**
   * Finds the escalations a case requires.
   *
   * @param complaint the case, not null
   * @param related other cases the caller knows (for "same incident" propagation), possibly empty, not null
   * @param zone the pack's zone, for day arithmetic, not null
   * @return the escalations, empty if none, never null
   */
  Seq<Escalation> escalations(ComplaintCase complaint, Seq<ComplaintCase> related, ZoneId zone);

  /**
   * Returns this rule, finding nothing for a case on which a condition holds: an oversight body whose
   * mandate is crimes in service is not owed a crime committed off duty (DK retsplejeloven kap. 93 c; NO
   * straffeprosessloven § 67 (6)), so {@code onFlags(…).unless(ComplaintCase::isOffDutyOnly)}.
   *
   * @param condition the condition, pure and deterministic, not null
   * @return the rule, never null
   * @throws NullPointerException if condition is null
   * @since 0.1
   */
  default EscalationRule unless(Predicate<ComplaintCase> condition) {
    Objects.requireNonNull(condition, "condition is null");
    EscalationRule rule = this;
    if (rule instanceof Escalations.Unmet own) {
      // Stays a rule of this package, so the pack's guard still skips the escalations the case has met.
      return new Escalations.Unmet() {
        @Override
        Seq<Escalation> find(ComplaintCase complaint, ZoneId zone, boolean unmetOnly) {
          return condition.test(complaint) ? List.empty() : own.find(complaint, zone, unmetOnly);
        }
      };
    }
    return (complaint, related, zone) -> condition.test(complaint) ? List.empty()
        : rule.escalations(complaint, related, zone);
  }

  /**
   * Escalates a case with an allegation carrying any of the flags (or, for death and serious
   * injury, a case on one of the tracks) to a body within a period of the flag coming into the case.
   * Its trigger is {@link EscalationTrigger.OnFlags} with the flags the case carries, or
   * {@link EscalationTrigger.OnTrack} when it carries none and its track alone triggered it.
   *
   * @param rule the identifier and message key, e.g. {@code escalation.deathOrSeriousInjury}, not blank
   * @param flags the triggering flags, not null
   * @param tracks tracks that trigger on their own (e.g. {@link Track#DEATH_OR_SERIOUS_INJURY}), not null
   * @param to the oversight body, not null
   * @param within the period to refer in, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static EscalationRule onFlags(String rule, java.util.Set<SeriousnessFlag> flags, java.util.Set<Track> tracks,
      Body to, DeadlinePeriod within, LegalBasis legalBasis) {
    Objects.requireNonNull(rule, "rule is null");
    EnumSet<SeriousnessFlag> f = EnumSets.copyOf(flags, SeriousnessFlag.class);
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    Objects.requireNonNull(to, "to is null");
    Objects.requireNonNull(within, "within is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    SeriousnessFlag[] byOrdinal = f.toArray(new SeriousnessFlag[0]);
    return new Escalations.Unmet() {
      @Override
      Seq<Escalation> find(ComplaintCase complaint, ZoneId zone, boolean unmetOnly) {
        // The guard asks for unmet escalations only: whether the case reached the body decides first.
        Option<Instant> reached = unmetOnly ? Escalations.reached(complaint, to) : null;
        if (unmetOnly && reached.isDefined()) {
          return List.empty();
        }
        // A loop over the flags, not a chain of collections: it is on the path of every guarded command.
        List<SeriousnessFlag> present = List.empty();
        Instant triggered = null;
        for (int i = byOrdinal.length - 1; i >= 0; i--) {
          SeriousnessFlag flag = byOrdinal[i];
          if (complaint.hasFlag(flag)) {
            present = present.prepend(flag);
            Option<Instant> since = Timeline.flagSince(complaint, flag);
            if (since.isDefined() && (triggered == null || since.get().isBefore(triggered))) {
              triggered = since.get();
            }
          }
        }
        Option<Instant> byTrack = Timeline.trackSince(complaint, t);
        if (byTrack.isDefined() && (triggered == null || byTrack.get().isBefore(triggered))) {
          triggered = byTrack.get();
        }
        if (triggered == null) {
          return List.empty();
        }
        EscalationTrigger trigger = present.isEmpty()
            ? new EscalationTrigger.OnTrack(complaint.track())
            : new EscalationTrigger.OnFlags(present);
        return List.of(new Escalation(rule, to, trigger, legalBasis, triggered,
            within.deadline(triggered, zone), reached != null ? reached : Escalations.reached(complaint, to)));
      }
    };
  }

  /**
   * Escalates a case when a condition on it holds, from the first event after which it held. Its
   * trigger is {@link EscalationTrigger.OnCondition} without flags.
   *
   * @param rule the identifier and message key, not blank
   * @param condition the condition, pure and deterministic, not null
   * @param to the oversight body, not null
   * @param within the period to refer in, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static EscalationRule when(String rule, Predicate<ComplaintCase> condition, Body to, DeadlinePeriod within,
      LegalBasis legalBasis) {
    return when(rule, condition, EnumSet.noneOf(SeriousnessFlag.class), to, within, legalBasis);
  }

  /**
   * Escalates a case when a condition on it holds, from the first event after which it held, naming as
   * its trigger ({@link EscalationTrigger.OnCondition}) the flags the condition rests on that the case
   * carries. Where the condition is the rank of the person complained about, {@link #onSubject} names the
   * rank as well.
   *
   * @param rule the identifier and message key, not blank
   * @param condition the condition, pure and deterministic, not null
   * @param flags the flags the condition rests on, recorded as the escalation's triggers when the case carries them, not null
   * @param to the oversight body, not null
   * @param within the period to refer in, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  static EscalationRule when(String rule, Predicate<ComplaintCase> condition, java.util.Set<SeriousnessFlag> flags,
      Body to, DeadlinePeriod within, LegalBasis legalBasis) {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(condition, "condition is null");
    EnumSet<SeriousnessFlag> f = EnumSets.copyOf(flags, SeriousnessFlag.class);
    return Escalations.conditional(rule, condition,
        c -> new EscalationTrigger.OnCondition(List.ofAll(f).filter(c::hasFlag)), to, within, legalBasis);
  }

  /**
   * Escalates a case about a person of a rank (the subject kind of a party complained about) that
   * carries any of the flags, from the first event after which it did; with no flags, any case about a
   * person of that rank. Its trigger is {@link EscalationTrigger.OnSubject}: the rank and the flags the
   * case carries (E&amp;W SI 2020/2 reg 4(1): a complaint about a chief officer whose conduct may justify
   * criminal or disciplinary proceedings, or involve ECHR Art. 2 or 3, names the rank and which of those
   * it alleges).
   *
   * @param rule the identifier and message key, not blank
   * @param rank the subject kind, e.g. {@link SubjectKind#CHIEF_OFFICER}, not null
   * @param flags the flags of which the case must carry one, none for any case about the rank, not null
   * @param to the oversight body, not null
   * @param within the period to refer in, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  static EscalationRule onSubject(String rule, SubjectKind rank, java.util.Set<SeriousnessFlag> flags, Body to,
      DeadlinePeriod within, LegalBasis legalBasis) {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(rank, "rank is null");
    EnumSet<SeriousnessFlag> f = EnumSets.copyOf(flags, SeriousnessFlag.class);
    Predicate<ComplaintCase> condition = c -> Escalations.hasSubject(c, rank)
        && (f.isEmpty() || f.stream().anyMatch(c::hasFlag));
    return Escalations.conditional(rule, condition,
        c -> new EscalationTrigger.OnSubject(rank, List.ofAll(f).filter(c::hasFlag)), to, within, legalBasis);
  }

  /**
   * Propagates another rule's escalations over "same incident" links (E&amp;W reg 4(1): a complaint
   * arising from the same incident as one that must be referred must be referred too). A link counts
   * in either direction: this case names the other, or the other names this case. Only related cases
   * passed in are seen. It arises at the later of this case's receipt and the link; its trigger is
   * {@link EscalationTrigger.SameIncident}: the other case and the flags that triggered its escalation.
   *
   * @param rule the identifier and message key, not blank
   * @param source the rule whose escalations of a related case propagate, not null
   * @param within the period to refer in, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static EscalationRule sameIncident(String rule, EscalationRule source, DeadlinePeriod within,
      LegalBasis legalBasis) {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(within, "within is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, related, zone) -> {
      Seq<Escalation> out = List.empty();
      for (ComplaintCase other : related.filter(o -> !o.id().equals(complaint.id()))) {
        Option<Instant> linked = Escalations.sameIncidentLink(complaint, other);
        if (linked.isEmpty()) {
          continue;
        }
        for (Escalation e : source.escalations(other, List.empty(), zone)) {
          if (out.exists(o -> o.to().equals(e.to()))) {
            continue;
          }
          Instant triggered = linked.get();
          out = out.append(new Escalation(rule, e.to(), new EscalationTrigger.SameIncident(other.id(), e.triggers()),
              legalBasis, triggered,
              within.deadline(triggered, zone), Escalations.reached(complaint, e.to())));
        }
      }
      return out;
    };
  }

  /**
   * Propagates escalations over "same incident" links as
   * {@link #sameIncident(String, EscalationRule, DeadlinePeriod, LegalBasis)} does, and also over what a
   * link records when the linked case is not passed in: a same-incident link recording any of the
   * {@code recorded} flags of the other matter ({@link RelatedCase#flags()}) requires referral to
   * {@code to}. The pack's guard sees no related cases, so this is how it refuses local handling (an
   * informal finish included) of a complaint from the same incident as a matter that must be referred
   * (E&amp;W SI 2020/2 reg 4(1)). A linked case passed in is judged by the source rule only. A recorded
   * link's escalation arises with the first link recording such a flag; its trigger is
   * {@link EscalationTrigger.SameIncident} naming that link's case and every such flag the links record.
   *
   * @param rule the identifier and message key, not blank
   * @param source the rule whose escalations of a related case propagate, not null
   * @param recorded the flags of the other matter that require referral when a link records them, not null
   * @param to the body a recorded link requires referral to, not null
   * @param within the period to refer in, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  static EscalationRule sameIncident(String rule, EscalationRule source, java.util.Set<SeriousnessFlag> recorded,
      Body to, DeadlinePeriod within, LegalBasis legalBasis) {
    EscalationRule viaRelated = sameIncident(rule, source, within, legalBasis);
    EnumSet<SeriousnessFlag> f = EnumSets.copyOf(recorded, SeriousnessFlag.class);
    Objects.requireNonNull(to, "to is null");
    return (complaint, related, zone) -> {
      Seq<Escalation> out = viaRelated.escalations(complaint, related, zone);
      if (complaint.relatedCases().isEmpty() || out.exists(e -> e.to().equals(to))) {
        return out;
      }
      Instant triggered = null;
      org.oversight.complaint.core.CaseId first = null;
      EnumSet<SeriousnessFlag> found = EnumSet.noneOf(SeriousnessFlag.class);
      for (CaseEvent e : complaint.history()) {
        if (e instanceof CaseEvent.RelatedCaseLinked l && l.link().relation() == Relation.SAME_INCIDENT
            && !related.exists(o -> o.id().equals(l.link().other()))) {
          for (SeriousnessFlag flag : l.link().flags()) {
            if (f.contains(flag)) {
              found.add(flag);
              if (triggered == null) {
                triggered = e.at();
                first = l.link().other();
              }
            }
          }
        }
      }
      if (triggered == null) {
        return out;
      }
      return out.append(new Escalation(rule, to, new EscalationTrigger.SameIncident(first, List.ofAll(found)),
          legalBasis, triggered,
          within.deadline(triggered, zone), Escalations.reached(complaint, to)));
    };
  }

  /**
   * Combines rules: all their escalations, in order.
   *
   * @param rules the rules, not null
   * @return the rule, never null
   */
  static EscalationRule allOf(Seq<EscalationRule> rules) {
    Objects.requireNonNull(rules, "rules is null");
    return (complaint, related, zone) -> rules.flatMap(r -> r.escalations(complaint, related, zone));
  }
}
