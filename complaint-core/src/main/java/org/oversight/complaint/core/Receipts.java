package org.oversight.complaint.core;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.Set;

/** Consistency of a receipt's parties and allegations; package-private. */
final class Receipts {
  private Receipts() {}

  /**
   * Checks that party and allegation ids are unique, that every allegation's subjects are parties
   * with the SUBJECT role, that a complainant acts only for a party of the receipt that is neither a
   * complainant nor a subject, a representative only for one that is not a representative, and that no
   * allegation arrives already decided.
   *
   * @throws IllegalArgumentException naming the case and the first problem found
   */
  static void checkConsistent(CaseId caseId, Seq<Party> parties, Seq<Allegation> allegations) {
    firstRepeated(parties.map(Party::id)).forEach(id -> {
      throw new IllegalArgumentException("receipt of case " + caseId + ": party id " + id + " repeats");
    });
    firstRepeated(allegations.map(Allegation::id)).forEach(id -> {
      throw new IllegalArgumentException("receipt of case " + caseId + ": allegation id " + id + " repeats");
    });
    for (Party p : parties) {
      p.actsFor().forEach(represented -> {
        Party party = parties.find(q -> q.id().equals(represented)).getOrElseThrow(() ->
            new IllegalArgumentException("receipt of case " + caseId + ": party " + p.id() + " acts for party "
                + represented + ", which the receipt does not have"));
        if (!mayActFor(p, party)) {
          throw new IllegalArgumentException("receipt of case " + caseId + ": party " + p.id() + " acts for party "
              + represented + ", a " + party.role() + ", for whom a " + p.role() + " does not act");
        }
      });
    }
    for (Allegation a : allegations) {
      if (a.isDecided()) {
        throw new IllegalArgumentException(
            "receipt of case " + caseId + ": allegation " + a.id() + " cannot arrive decided");
      }
      for (PartyId subject : a.subjects()) {
        Party party = parties.find(p -> p.id().equals(subject)).getOrElseThrow(() ->
            new IllegalArgumentException("receipt of case " + caseId + ": allegation " + a.id()
                + " names party " + subject + ", which the receipt does not have"));
        if (!party.is(PartyRole.SUBJECT)) {
          throw new IllegalArgumentException("receipt of case " + caseId + ": allegation " + a.id()
              + " names party " + subject + " as its subject, but that party is a " + party.role());
        }
      }
    }
  }

  /** The first id, in order of first occurrence, that occurs more than once; one hash set, no grouping. */
  private static <T> Option<T> firstRepeated(Seq<T> ids) {
    Set<T> seen = new HashSet<>();
    Set<T> repeated = null;
    for (T id : ids) {
      if (!seen.add(id)) {
        if (repeated == null) {
          repeated = new HashSet<>();
        }
        repeated.add(id);
      }
    }
    if (repeated == null) {
      return Option.none();
    }
    Set<T> found = repeated;
    return ids.find(found::contains);
  }

  /**
   * Whether a party may act for another: a complainant for any party but a complainant or a subject (the
   * person on whose behalf they complain); a representative (a solicitor, an agent, a police friend) for any
   * party but another representative.
   */
  static boolean mayActFor(Party actor, Party represented) {
    if (actor.is(PartyRole.REPRESENTATIVE)) {
      return !represented.is(PartyRole.REPRESENTATIVE);
    }
    return !represented.is(PartyRole.COMPLAINANT) && !represented.is(PartyRole.SUBJECT);
  }

  /** The role a party acting for another expects of the party acted for, when it names another one. */
  static PartyRole expectedRepresented(Party actor) {
    return actor.is(PartyRole.REPRESENTATIVE) ? PartyRole.COMPLAINANT : PartyRole.VICTIM;
  }
}
