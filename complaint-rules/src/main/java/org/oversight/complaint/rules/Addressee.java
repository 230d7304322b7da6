package org.oversight.complaint.rules;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.SubjectKind;

/**
 * To whom a rule says something must be sent, before it is resolved against a case's parties:
 * every complainant, every identified subject (Denmark tells the officer too), or a named body.
 *
 * <p>All implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface Addressee {

  /**
   * Resolves the addressee against a case.
   *
   * @param complaint the case, not null
   * @return the recipients, possibly empty (a case opened on the body's own initiative has no
   *     complainant), never null
   */
  Seq<Recipient> resolve(ComplaintCase complaint);

  /**
   * Every party with the role {@link PartyRole#COMPLAINANT}.
   *
   * @return the addressee, never null
   */
  static Addressee complainants() {
    return Complainants.INSTANCE;
  }

  /**
   * Every identified party with the role {@link PartyRole#SUBJECT} (an unidentified subject cannot be told).
   *
   * @return the addressee, never null
   */
  static Addressee subjects() {
    return Subjects.INSTANCE;
  }

  /**
   * Every party with a role (e.g. {@link PartyRole#INTERESTED_PERSON}, the next of kin in a death investigation).
   *
   * @param role the role, not null
   * @return the addressee, never null
   * @throws NullPointerException if role is null
   */
  static Addressee role(PartyRole role) {
    return new WithRole(role);
  }

  /**
   * A body.
   *
   * @param body the body, not null
   * @return the addressee, never null
   * @throws NullPointerException if body is null
   */
  static Addressee body(Body body) {
    return new ToBody(body);
  }

  /** Every complainant. */
  enum Complainants implements Addressee {
    /** The only instance. */
    INSTANCE;

    @Override
    public Seq<Recipient> resolve(ComplaintCase complaint) {
      return complaint.parties(PartyRole.COMPLAINANT).map(p -> Recipient.party(p.id()));
    }
  }

  /** Every identified subject. */
  enum Subjects implements Addressee {
    /** The only instance. */
    INSTANCE;

    @Override
    public Seq<Recipient> resolve(ComplaintCase complaint) {
      return complaint.parties(PartyRole.SUBJECT)
          .filter(p -> !p.subjectKind().contains(SubjectKind.UNIDENTIFIED))
          .map(p -> Recipient.party(p.id()));
    }
  }

  /**
   * Every party with a role.
   *
   * @param role the role, not null
   */
  record WithRole(PartyRole role) implements Addressee {
    /**
     * Validates.
     *
     * @throws NullPointerException if role is null
     */
    public WithRole {
      Objects.requireNonNull(role, "role is null");
    }

    @Override
    public Seq<Recipient> resolve(ComplaintCase complaint) {
      return complaint.parties(role).map(p -> Recipient.party(p.id()));
    }
  }

  /**
   * A named body.
   *
   * @param body the body, not null
   */
  record ToBody(Body body) implements Addressee {
    /**
     * Validates.
     *
     * @throws NullPointerException if body is null
     */
    public ToBody {
      Objects.requireNonNull(body, "body is null");
    }

    @Override
    public Seq<Recipient> resolve(ComplaintCase complaint) {
      return Vector.of(Recipient.body(body));
    }
  }
}
