package org.oversight.complaint.core;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Why a case must go to an oversight body: the seriousness flags of its allegations, its track, the rank
 * of the person complained about, a matter from the same incident that must be referred, or a condition
 * of a rule of the integrator's own. A rule pack's escalation names its trigger, and so does the refusal
 * of local handling while the referral is pending ({@link PendingEscalation}), so that a caseworker reads
 * why the case must go, not only where.
 *
 * <p>Each trigger carries the flags it rests on ({@link #flags()}): none for a track, the flags alleged
 * for a rank, the flags of the other matter for the same incident.
 *
 * <p>All implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface EscalationTrigger {

  /**
   * Returns the seriousness flags the trigger rests on, in the order of {@link SeriousnessFlag}.
   *
   * @return the flags, possibly empty, never null
   */
  Seq<SeriousnessFlag> flags();

  /**
   * The case carries seriousness flags that require referral (DK retsplejeloven § 1020 a; NO
   * straffeprosessloven § 67 (6); E&amp;W SI 2020/2 reg 4(1)).
   *
   * @param flags the flags of the case that triggered it, not empty, not null
   */
  record OnFlags(Seq<SeriousnessFlag> flags) implements EscalationTrigger {
    /**
     * Validates.
     *
     * @throws NullPointerException if flags or a flag is null
     * @throws IllegalArgumentException if flags is empty
     */
    public OnFlags {
      Checks.notNull(flags, "flags");
      flags.forEach(f -> Checks.notNull(f, "flag"));
      if (flags.isEmpty()) {
        throw new IllegalArgumentException("flags must not be empty");
      }
    }
  }

  /**
   * The case's track requires referral on its own, whatever its flags: a criminal report against police
   * staff, a death or serious injury, a conduct complaint that only the oversight body handles.
   *
   * @param track the case's track, not null
   */
  record OnTrack(Track track) implements EscalationTrigger {
    /**
     * Validates.
     *
     * @throws NullPointerException if track is null
     */
    public OnTrack {
      Checks.notNull(track, "track");
    }

    /** No flags: the track alone triggered it. */
    @Override
    public Seq<SeriousnessFlag> flags() {
      return List.empty();
    }
  }

  /**
   * A person complained about holds a rank that requires referral, with the flags alleged (E&amp;W SI
   * 2020/2 reg 4(1): a chief officer's conduct that may justify criminal or disciplinary proceedings or
   * engage ECHR Art. 2 or 3).
   *
   * @param subjectKind the rank of the subject, not null
   * @param flags the flags the rank's referral rests on that the case carries, possibly empty, not null
   */
  record OnSubject(SubjectKind subjectKind, Seq<SeriousnessFlag> flags) implements EscalationTrigger {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument or a flag is null
     */
    public OnSubject {
      Checks.notNull(subjectKind, "subjectKind");
      Checks.notNull(flags, "flags");
      flags.forEach(f -> Checks.notNull(f, "flag"));
    }
  }

  /**
   * The case comes from the same incident as another matter that must be referred (E&amp;W SI 2020/2
   * reg 4(1)).
   *
   * @param other the other case, not null
   * @param flags the other matter's flags that require its referral, possibly empty (when its track or
   *     its subject's rank did), not null
   */
  record SameIncident(CaseId other, Seq<SeriousnessFlag> flags) implements EscalationTrigger {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument or a flag is null
     */
    public SameIncident {
      Checks.notNull(other, "other");
      Checks.notNull(flags, "flags");
      flags.forEach(f -> Checks.notNull(f, "flag"));
    }
  }

  /**
   * A condition of a rule of the integrator's own holds, with the flags it rests on that the case
   * carries; also the trigger of an escalation read from a document written before triggers were typed
   * that names no flags.
   *
   * @param flags the flags the condition rests on that the case carries, possibly empty, not null
   */
  record OnCondition(Seq<SeriousnessFlag> flags) implements EscalationTrigger {
    /**
     * Validates.
     *
     * @throws NullPointerException if flags or a flag is null
     */
    public OnCondition {
      Checks.notNull(flags, "flags");
      flags.forEach(f -> Checks.notNull(f, "flag"));
    }
  }
}
