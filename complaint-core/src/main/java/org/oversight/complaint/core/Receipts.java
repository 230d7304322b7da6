package org.oversight.complaint.core;

import io.vavr.collection.Seq;

/** Consistency of a receipt's parties and allegations; package-private. */
final class Receipts {
  private Receipts() {}

  /**
   * Checks that party and allegation ids are unique, that every allegation's subjects are parties
   * with the SUBJECT role, and that no allegation arrives already decided.
   *
   * @throws IllegalArgumentException naming the case and the first problem found
   */
  static void checkConsistent(CaseId caseId, Seq<Party> parties, Seq<Allegation> allegations) {
    Seq<PartyId> partyIds = parties.map(Party::id);
    partyIds.groupBy(id -> id).filter(g -> g._2.size() > 1).headOption().forEach(g -> {
      throw new IllegalArgumentException("receipt of case " + caseId + ": party id " + g._1 + " repeats");
    });
    allegations.map(Allegation::id).groupBy(id -> id).filter(g -> g._2.size() > 1).headOption().forEach(g -> {
      throw new IllegalArgumentException("receipt of case " + caseId + ": allegation id " + g._1 + " repeats");
    });
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
}
