package org.oversight.complaint.core;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * One thing a complaint alleges, decided on its own (upheld or not, per allegation).
 *
 * <p>The category is a code from a pluggable taxonomy; the {@link SeriousnessFlag flags} are the
 * facts from which rule packs derive mandatory escalation. The subjects are the ids of the parties
 * the allegation is against (possibly none, e.g. a service complaint). The decision is absent until
 * the allegation is decided.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the id, unique in the case, not null
 * @param category the category code, not null
 * @param description what is alleged, may be empty, not null
 * @param flags the seriousness flags, not null, may be empty
 * @param subjects the subjects' party ids, not null, may be empty, no duplicates
 * @param decision the decision, none until decided, never null
 * @param duty whether the subjects were on duty when the alleged conduct happened, none when not
 *     recorded, never null
 * @since 0.1
 */
public record Allegation(
    AllegationId id,
    CategoryCode category,
    String description,
    Set<SeriousnessFlag> flags,
    Seq<PartyId> subjects,
    Option<Decision> decision,
    Option<DutyStatus> duty) {

  /**
   * Validates.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if the description is too long or subjects repeat
   */
  public Allegation {
    Checks.notNull(id, "id");
    Checks.notNull(category, "category");
    Checks.text(description, "description", 20_000);
    Checks.notNull(flags, "flags");
    Checks.notNull(subjects, "subjects");
    Checks.notNull(decision, "decision");
    Checks.notNull(duty, "duty");
    flags.forEach(f -> Checks.notNull(f, "flag"));
    subjects.forEach(s -> Checks.notNull(s, "subject"));
    if (subjects.distinct().size() != subjects.size()) {
      throw new IllegalArgumentException("allegation " + id + ": subjects repeat: " + subjects);
    }
  }

  /**
   * An allegation whose duty status is not recorded.
   *
   * @param id the id, not null
   * @param category the category code, not null
   * @param description what is alleged, may be empty, not null
   * @param flags the seriousness flags, not null
   * @param subjects the subjects' party ids, not null, no duplicates
   * @param decision the decision, none until decided, not null
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if the description is too long or subjects repeat
   */
  public Allegation(AllegationId id, CategoryCode category, String description, Set<SeriousnessFlag> flags,
      Seq<PartyId> subjects, Option<Decision> decision) {
    this(id, category, description, flags, subjects, decision, Option.none());
  }

  /**
   * An undecided allegation.
   *
   * @param id the id, not null
   * @param category the category, not null
   * @param description what is alleged, not null
   * @param flags the seriousness flags, not null
   * @param subjects the subjects' party ids, not null
   * @return the allegation, never null
   */
  public static Allegation of(
      AllegationId id,
      CategoryCode category,
      String description,
      Iterable<SeriousnessFlag> flags,
      Iterable<PartyId> subjects) {
    return new Allegation(
        id, category, description, HashSet.ofAll(flags), Vector.ofAll(subjects), Option.none());
  }

  /**
   * Tells whether the allegation carries a seriousness flag.
   *
   * @param flag the flag, not null
   * @return true if flagged
   */
  public boolean has(SeriousnessFlag flag) {
    return flags.contains(flag);
  }

  /**
   * Tells whether the allegation is decided.
   *
   * @return true if a decision is present
   */
  public boolean isDecided() {
    return decision.isDefined();
  }

  /**
   * Returns a copy carrying the decision.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param newDecision the decision, null to clear it (when a case is reopened)
   * @return the copy, never null
   */
  Allegation withDecision(Decision newDecision) {
    return new Allegation(id, category, description, flags, subjects, Option.of(newDecision), duty);
  }

  /**
   * Returns a copy recording whether the subjects were on duty.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param status on or off duty, not null
   * @return the copy, never null
   * @throws NullPointerException if status is null
   * @since 0.1
   */
  public Allegation withDuty(DutyStatus status) {
    return new Allegation(id, category, description, flags, subjects, decision,
        Option.some(Checks.notNull(status, "status")));
  }

  /**
   * Tells whether the alleged conduct is recorded as off duty.
   *
   * @return true if the duty status is {@link DutyStatus#OFF_DUTY}
   * @since 0.1
   */
  public boolean isOffDuty() {
    return duty.contains(DutyStatus.OFF_DUTY);
  }

  /**
   * Returns the id, the category, the flags, the subjects' ids and the decision, and only the length
   * of the description, which is free text that may hold personal data.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Allegation[id=" + id + ", category=" + category + ", description=" + Checks.withheld(description)
        + ", flags=" + flags + ", subjects=" + subjects + ", decision=" + decision
        + duty.map(d -> ", duty=" + d).getOrElse("") + "]";
  }
}
