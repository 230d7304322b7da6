package org.oversight.complaint.core;

import io.vavr.control.Option;

/**
 * A person involved in a case: a complainant, a subject (the officer or staff member complained
 * about), a victim, a witness, a representative or next of kin.
 *
 * <p>Invariants: a {@link PartyRole#SUBJECT subject} always has a {@link SubjectKind}, other roles
 * never do; a service number is only held for an identified subject; standing is only held for a
 * complainant; only a complainant complaining {@link Standing#ON_BEHALF on someone's behalf} or as
 * {@link Standing#PARENT_OF_CHILD parent or guardian}, or a {@link PartyRole#REPRESENTATIVE representative}
 * (a solicitor, an agent), acts for another party ({@code actsFor}), never for themselves. The case checks
 * that the party acted for is one of its parties: for a complainant, neither a complainant nor a subject
 * (E&amp;W Police Reform Act 2002 s. 12: the written permission is that person's); for a representative,
 * anyone but another representative (E&amp;W SI 2020/2 reg 38: a complainant's solicitor or agent may
 * withdraw the complaint for them). {@code name}, {@code contact} and {@code serviceNumber} are personal data: audience
 * views leave them out for other parties. An anonymous complainant has no name and no contact.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the party's id, unique in its case, not null
 * @param role the role, not null
 * @param name the person's name, none when anonymous or unknown, never null
 * @param contact how to reach the person (address, e-mail, phone), none when not given, never null
 * @param standing a complainant's standing, none for other roles or when not yet assessed, never null
 * @param subjectKind a subject's kind, present exactly for subjects, never null
 * @param serviceNumber an identified subject's service number (tjenestenummer), never null
 * @param unit the unit a subject serves in, none when unknown, never null
 * @param actsFor the party a complainant or a representative acts for, none when the complainant complains for
 *     themselves or the link is not recorded, never null
 * @since 0.1
 */
public record Party(
    PartyId id,
    PartyRole role,
    Option<String> name,
    Option<String> contact,
    Option<Standing> standing,
    Option<SubjectKind> subjectKind,
    Option<String> serviceNumber,
    Option<String> unit,
    Option<PartyId> actsFor) {

  /** The standings of a complainant who acts for another party. */
  private static final java.util.EnumSet<Standing> ACTING_FOR = java.util.EnumSet.of(Standing.ON_BEHALF,
      Standing.PARENT_OF_CHILD);

  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if an invariant above is broken or a text is blank or too long
   */
  public Party {
    Checks.notNull(id, "id");
    Checks.notNull(role, "role");
    Checks.notNull(name, "name");
    Checks.notNull(contact, "contact");
    Checks.notNull(standing, "standing");
    Checks.notNull(subjectKind, "subjectKind");
    Checks.notNull(serviceNumber, "serviceNumber");
    Checks.notNull(unit, "unit");
    Checks.notNull(actsFor, "actsFor");
    actsFor.forEach(a -> Checks.notNull(a, "actsFor"));
    name.forEach(n -> Checks.nonBlankText(n, "name", 300));
    contact.forEach(c -> Checks.nonBlankText(c, "contact", 500));
    serviceNumber.forEach(s -> Checks.nonBlankText(s, "serviceNumber", 50));
    unit.forEach(u -> Checks.nonBlankText(u, "unit", 200));
    if ((role == PartyRole.SUBJECT) != subjectKind.isDefined()) {
      throw new IllegalArgumentException(
          "party " + id + ": a subjectKind is required for a SUBJECT and not allowed for " + role);
    }
    if (serviceNumber.isDefined() && subjectKind.contains(SubjectKind.UNIDENTIFIED)) {
      throw new IllegalArgumentException(
          "party " + id + ": an UNIDENTIFIED subject cannot have a service number");
    }
    if (serviceNumber.isDefined() && role != PartyRole.SUBJECT) {
      throw new IllegalArgumentException("party " + id + ": only a SUBJECT has a service number");
    }
    if (standing.isDefined() && role != PartyRole.COMPLAINANT) {
      throw new IllegalArgumentException("party " + id + ": only a COMPLAINANT has standing");
    }
    if (actsFor.isDefined() && role != PartyRole.REPRESENTATIVE && !standing.exists(ACTING_FOR::contains)) {
      throw new IllegalArgumentException("party " + id + ": only a REPRESENTATIVE or a COMPLAINANT with standing "
          + "ON_BEHALF or PARENT_OF_CHILD acts for another party");
    }
    if (actsFor.contains(id)) {
      throw new IllegalArgumentException("party " + id + ": a complainant cannot act for themselves");
    }
  }

  /**
   * A party that acts for no one: the form before {@code actsFor} was recorded.
   *
   * @param id the party's id, not null
   * @param role the role, not null
   * @param name the name, never null
   * @param contact the contact, never null
   * @param standing the standing, never null
   * @param subjectKind the subject's kind, never null
   * @param serviceNumber the service number, never null
   * @param unit the unit, never null
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if an invariant is broken or a text is blank or too long
   * @since 0.1
   */
  public Party(PartyId id, PartyRole role, Option<String> name, Option<String> contact, Option<Standing> standing,
      Option<SubjectKind> subjectKind, Option<String> serviceNumber, Option<String> unit) {
    this(id, role, name, contact, standing, subjectKind, serviceNumber, unit, Option.none());
  }

  /**
   * A named complainant.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @param standing the standing, not null
   * @return the party, never null
   */
  public static Party complainant(PartyId id, String name, Standing standing) {
    return new Party(id, PartyRole.COMPLAINANT, Option.some(name), Option.none(),
        Option.some(standing), Option.none(), Option.none(), Option.none());
  }

  /**
   * An anonymous complainant: no name, no contact.
   *
   * @param id the id, not null
   * @return the party, never null
   */
  public static Party anonymousComplainant(PartyId id) {
    return new Party(id, PartyRole.COMPLAINANT, Option.none(), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none());
  }

  /**
   * An identified subject whose unit is unknown.
   *
   * @param id the id, not null
   * @param kind the kind, not null and not {@link SubjectKind#UNIDENTIFIED}
   * @param serviceNumber the service number, not null
   * @return the party, never null
   */
  public static Party subject(PartyId id, SubjectKind kind, String serviceNumber) {
    return new Party(id, PartyRole.SUBJECT, Option.none(), Option.none(), Option.none(),
        Option.some(kind), Option.some(serviceNumber), Option.none());
  }

  /**
   * An identified subject.
   *
   * @param id the id, not null
   * @param kind the kind, not null and not {@link SubjectKind#UNIDENTIFIED}
   * @param serviceNumber the service number, not null
   * @param unit the unit, not null
   * @return the party, never null
   */
  public static Party subject(PartyId id, SubjectKind kind, String serviceNumber, String unit) {
    return new Party(id, PartyRole.SUBJECT, Option.none(), Option.none(), Option.none(),
        Option.some(kind), Option.some(serviceNumber), Option.some(unit));
  }

  /**
   * A subject not yet identified, whose unit is unknown.
   *
   * @param id the id, not null
   * @return the party, never null
   */
  public static Party unidentifiedSubject(PartyId id) {
    return new Party(id, PartyRole.SUBJECT, Option.none(), Option.none(), Option.none(),
        Option.some(SubjectKind.UNIDENTIFIED), Option.none(), Option.none());
  }

  /**
   * A subject not yet identified, from a known unit.
   *
   * @param id the id, not null
   * @param unit the unit, not null
   * @return the party, never null
   */
  public static Party unidentifiedSubject(PartyId id, String unit) {
    return new Party(id, PartyRole.SUBJECT, Option.none(), Option.none(), Option.none(),
        Option.some(SubjectKind.UNIDENTIFIED), Option.none(), Option.some(unit));
  }

  /**
   * A person whose name is unknown, in any role but complainant and subject.
   *
   * @param id the id, not null
   * @param role the role, not null, not SUBJECT
   * @return the party, never null
   */
  public static Party person(PartyId id, PartyRole role) {
    return new Party(id, role, Option.none(), Option.none(), Option.none(), Option.none(),
        Option.none(), Option.none());
  }

  /**
   * A named person in any role but complainant and subject.
   *
   * @param id the id, not null
   * @param role the role, not null, not SUBJECT
   * @param name the name, not null
   * @return the party, never null
   */
  public static Party person(PartyId id, PartyRole role, String name) {
    return new Party(id, role, Option.some(name), Option.none(), Option.none(), Option.none(),
        Option.none(), Option.none());
  }

  /**
   * Returns a copy with contact details.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param contact the contact, not null
   * @return the copy, never null
   */
  public Party withContact(String contact) {
    return new Party(id, role, name, Option.some(contact), standing, subjectKind, serviceNumber, unit, actsFor);
  }

  /**
   * Returns a copy of a party acting for another: for a complainant, the person on whose behalf they
   * complain (standing {@link Standing#ON_BEHALF}), or the child of a parent or guardian
   * ({@link Standing#PARENT_OF_CHILD}), whose written permission, where the law asks for one, is the one
   * that counts (E&amp;W Police Reform Act 2002 s. 12); for a representative, the party they represent (a
   * complainant's solicitor or agent, who may withdraw the complaint for them, E&amp;W SI 2020/2 reg 38).
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param represented the party acted for, a party of the same case, not this one, not null
   * @return the copy, never null
   * @throws NullPointerException if represented is null
   * @throws IllegalArgumentException if this party is neither a representative nor a complainant with standing
   *     ON_BEHALF or PARENT_OF_CHILD, or represented is this party
   * @since 0.1
   */
  public Party withActsFor(PartyId represented) {
    return new Party(id, role, name, contact, standing, subjectKind, serviceNumber, unit,
        Option.some(Checks.notNull(represented, "represented")));
  }

  /**
   * Tells whether the party has the role.
   *
   * @param candidate the role, not null
   * @return true if the party's role is the given one
   */
  public boolean is(PartyRole candidate) {
    return role == candidate;
  }

  /**
   * Returns the id, the role and the codes, never the name, contact, service number or unit, so that
   * logging a party writes no personal data.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Party[id=" + id + ", role=" + role + standing.map(s -> ", standing=" + s).getOrElse("")
        + subjectKind.map(k -> ", subjectKind=" + k).getOrElse("") + actsFor.map(a -> ", actsFor=" + a).getOrElse("")
        + "]";
  }
}
