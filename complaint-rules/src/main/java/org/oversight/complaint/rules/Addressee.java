package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.SeriousnessFlag;
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
   * The parties with a role as recipients, in the case's order, leaving out unidentified subjects if
   * asked: one pass building one list (every assessment resolves its addressees).
   */
  private static Seq<Recipient> partiesWith(ComplaintCase complaint, PartyRole role, boolean identifiedOnly) {
    List<Recipient> out = List.empty();
    Seq<Party> parties = complaint.parties();
    for (int i = parties.size() - 1; i >= 0; i--) {
      Party p = parties.get(i);
      if (p.is(role) && !(identifiedOnly && p.subjectKind().contains(SubjectKind.UNIDENTIFIED))) {
        out = out.prepend(Recipient.party(p.id()));
      }
    }
    return out;
  }

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
      return partiesWith(complaint, PartyRole.COMPLAINANT, false);
    }
  }

  /** Every identified subject. */
  enum Subjects implements Addressee {
    /** The only instance. */
    INSTANCE;

    @Override
    public Seq<Recipient> resolve(ComplaintCase complaint) {
      return partiesWith(complaint, PartyRole.SUBJECT, true);
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
      return partiesWith(complaint, role, false);
    }
  }

  /**
   * Another addressee, only while the case's investigation has one of the modes (SI 2020/2 reg 13:
   * who receives the 12-month report depends on who investigates); nobody when the case has no
   * investigation or another mode.
   *
   * @param modes the investigation modes, not empty, not null
   * @param then the addressee in those modes, not null
   * @return the addressee, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if modes is empty
   */
  static Addressee whenInvestigated(java.util.Set<InvestigationMode> modes, Addressee then) {
    return new WhenInvestigated(EnumSets.copyOf(modes, InvestigationMode.class), then);
  }

  /**
   * An addressee that applies only while the case is investigated in one of some modes.
   *
   * @param modes the modes, not empty, not null
   * @param then the addressee, not null
   */
  record WhenInvestigated(EnumSet<InvestigationMode> modes, Addressee then) implements Addressee {
    /**
     * Validates and copies the modes.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if modes is empty
     */
    public WhenInvestigated {
      Objects.requireNonNull(modes, "modes is null");
      Objects.requireNonNull(then, "then is null");
      if (modes.isEmpty()) {
        throw new IllegalArgumentException("modes must not be empty");
      }
      modes = EnumSet.copyOf(modes);
    }

    @Override
    public EnumSet<InvestigationMode> modes() {
      return EnumSet.copyOf(modes);
    }

    @Override
    public Seq<Recipient> resolve(ComplaintCase complaint) {
      return complaint.investigation().exists(i -> modes.contains(i.mode()))
          ? then.resolve(complaint)
          : Vector.empty();
    }
  }

  /**
   * Another addressee, only while the case has one of some seriousness flags (Police Reform Act 2002
   * s. 21(2)(c): a person who has suffered serious injury as the alleged result of the conduct is kept
   * informed as an interested person); nobody otherwise.
   *
   * @param flags the flags, not empty, not null
   * @param then the addressee while the case has one of them, not null
   * @return the addressee, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if flags is empty
   * @since 0.1
   */
  static Addressee whenFlagged(java.util.Set<SeriousnessFlag> flags, Addressee then) {
    return new WhenFlagged(EnumSets.copyOf(flags, SeriousnessFlag.class), then);
  }

  /**
   * An addressee that applies only while the case has one of some seriousness flags.
   *
   * @param flags the flags, not empty, not null
   * @param then the addressee, not null
   */
  record WhenFlagged(EnumSet<SeriousnessFlag> flags, Addressee then) implements Addressee {
    /**
     * Validates and copies the flags.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if flags is empty
     */
    public WhenFlagged {
      Objects.requireNonNull(flags, "flags is null");
      Objects.requireNonNull(then, "then is null");
      if (flags.isEmpty()) {
        throw new IllegalArgumentException("flags must not be empty");
      }
      flags = EnumSet.copyOf(flags);
    }

    @Override
    public EnumSet<SeriousnessFlag> flags() {
      return EnumSet.copyOf(flags);
    }

    @Override
    public Seq<Recipient> resolve(ComplaintCase complaint) {
      for (SeriousnessFlag f : flags) {
        if (complaint.hasFlag(f)) {
          return then.resolve(complaint);
        }
      }
      return Vector.empty();
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
