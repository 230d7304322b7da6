package org.oversight.complaint.rules;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.PartyRole;

/**
 * What each {@link Audience} may be told about a case: data, so that an integrator can show or hide
 * parts of a case, and {@link #disclose} projects a case for an audience into a {@link DisclosedCase}
 * that the JSON module's audience views only render. {@link Audience#INTERNAL} may always be told
 * everything.
 *
 * <pre>{@code
 * DisclosurePolicy p = DisclosurePolicy.internalOnly()
 *     .allowing(Audience.COMPLAINANT, Disclosable.STATUS, Disclosable.REVIEW_ROUTE);
 * p.allows(Audience.COMPLAINANT, Disclosable.OUTCOMES);   // false: the outcome stays internal
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DisclosurePolicy {

  private static final Set<Disclosable> EVERYTHING = TreeSet.of(Disclosable.values());

  private final Map<Audience, Set<Disclosable>> allowed;
  /** Bodies whose decisions an audience is told (outcome and reasons) even where outcomes are withheld. */
  private final Map<Audience, Set<Body>> decisionsOf;

  private DisclosurePolicy(Map<Audience, Set<Disclosable>> allowed, Map<Audience, Set<Body>> decisionsOf) {
    this.allowed = allowed.put(Audience.INTERNAL, EVERYTHING);
    this.decisionsOf = decisionsOf;
  }

  /**
   * Returns a policy under which only {@link Audience#INTERNAL} is told anything.
   *
   * @return the policy, never null
   */
  public static DisclosurePolicy internalOnly() {
    return new DisclosurePolicy(HashMap.empty(), HashMap.empty());
  }

  /**
   * Returns a policy from a table; audiences missing from the table are told nothing, and
   * {@link Audience#INTERNAL} is always told everything.
   *
   * @param table what each audience may be told, not null
   * @return the policy, never null
   * @throws NullPointerException if table or an element is null
   */
  public static DisclosurePolicy of(Map<Audience, ? extends Iterable<Disclosable>> table) {
    Objects.requireNonNull(table, "table is null");
    DisclosurePolicy p = internalOnly();
    for (io.vavr.Tuple2<Audience, ? extends Iterable<Disclosable>> row : table) {
      p = p.allowing(row._1, TreeSet.ofAll(row._2).toJavaArray(Disclosable[]::new));
    }
    return p;
  }

  /**
   * Returns a copy that also tells an audience some parts.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param audience the audience, not null
   * @param parts the parts, not null
   * @return the new policy, never null
   * @throws NullPointerException if an argument or element is null
   */
  public DisclosurePolicy allowing(Audience audience, Disclosable... parts) {
    Objects.requireNonNull(audience, "audience is null");
    Objects.requireNonNull(parts, "parts is null");
    Set<Disclosable> add = TreeSet.of(parts);
    add.forEach(d -> Objects.requireNonNull(d, "part is null"));
    return new DisclosurePolicy(allowed.put(audience, told(audience).addAll(add)), decisionsOf);
  }

  /**
   * Returns a copy that no longer tells an audience some parts. {@link Audience#INTERNAL} keeps everything.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param audience the audience, not null
   * @param parts the parts, not null
   * @return the new policy, never null
   * @throws NullPointerException if an argument or element is null
   */
  public DisclosurePolicy withholding(Audience audience, Disclosable... parts) {
    Objects.requireNonNull(audience, "audience is null");
    Objects.requireNonNull(parts, "parts is null");
    Set<Disclosable> remove = TreeSet.of(parts);
    remove.forEach(d -> Objects.requireNonNull(d, "part is null"));
    return new DisclosurePolicy(allowed.put(audience, told(audience).removeAll(remove)), decisionsOf);
  }

  /**
   * Returns a copy that tells an audience the decisions some bodies take (outcome and reasons) even
   * where {@link Disclosable#OUTCOMES} and {@link Disclosable#REASONS} are withheld from it: one case
   * can hold decisions under different regimes. In Norway a complainant is not told the district's
   * measures against an officer, yet is told Spesialenheten's prosecution decision on the same case,
   * with its grounds, since the complainant may appeal it (straffeprosessloven § 59 a).
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param audience the audience, not null
   * @param bodies the deciding bodies, not null
   * @return the new policy, never null
   * @throws NullPointerException if an argument or element is null
   */
  public DisclosurePolicy allowingDecisionsOf(Audience audience, Body... bodies) {
    Objects.requireNonNull(audience, "audience is null");
    Objects.requireNonNull(bodies, "bodies is null");
    Set<Body> add = TreeSet.of(Comparator.comparing(Body::value), bodies);
    return new DisclosurePolicy(allowed, decisionsOf.put(audience, decisionsTold(audience).addAll(add)));
  }

  /**
   * Returns the bodies whose decisions an audience is told even where outcomes are withheld.
   *
   * @param audience the audience, not null
   * @return the bodies, sorted by code, never null
   * @throws NullPointerException if audience is null
   */
  public Set<Body> decisionsTold(Audience audience) {
    Objects.requireNonNull(audience, "audience is null");
    return decisionsOf.get(audience).getOrElse(TreeSet.empty(Comparator.comparing(Body::value)));
  }

  /**
   * Tells whether an audience is told a decision's outcome (or, with {@code part} {@link Disclosable#REASONS},
   * its reasons): if the part is disclosed, or decisions of that body are.
   *
   * @param audience the audience, not null
   * @param part {@link Disclosable#OUTCOMES} or {@link Disclosable#REASONS}, not null
   * @param decidedBy the deciding body, not null
   * @return true if told
   * @throws NullPointerException if an argument is null
   */
  public boolean allowsDecision(Audience audience, Disclosable part, Body decidedBy) {
    Objects.requireNonNull(decidedBy, "decidedBy is null");
    return allows(audience, part) || decisionsTold(audience).contains(decidedBy);
  }

  /**
   * Tells whether an audience may be told a part of a case.
   *
   * @param audience the audience, not null
   * @param part the part, not null
   * @return true if allowed
   * @throws NullPointerException if an argument is null
   */
  public boolean allows(Audience audience, Disclosable part) {
    Objects.requireNonNull(audience, "audience is null");
    Objects.requireNonNull(part, "part is null");
    return told(audience).contains(part);
  }

  /**
   * Projects a case for an audience without a viewer: the internal audience, the public, or a
   * complainant or subject view that names no one (a letter template, where nobody's personal data is
   * shown). This is the one place where what an audience may see is decided; adapters (complaint-json's
   * audience views) only render the result.
   *
   * @param complaint the case, not null
   * @param audience the audience, not null
   * @return what the audience may see, never null
   * @throws NullPointerException if an argument is null
   */
  public DisclosedCase disclose(ComplaintCase complaint, Audience audience) {
    Objects.requireNonNull(complaint, "complaint is null");
    Objects.requireNonNull(audience, "audience is null");
    return new Disclosure(this, audience, Option.none(), complaint).project();
  }

  /**
   * Projects a case for one complainant, one subject or one interested person: their own personal data
   * and nobody else's (a subject sees the other subjects' identity only where
   * {@link Disclosable#CO_SUBJECT_IDENTITY} is disclosed). A {@link PartyRole#REPRESENTATIVE representative}
   * who {@link org.oversight.complaint.core.Party#actsFor() acts for} such a party (a complainant's solicitor,
   * a subject's police friend) sees exactly what that party sees.
   *
   * @param complaint the case, not null
   * @param audience {@link Audience#COMPLAINANT}, {@link Audience#SUBJECT} or
   *     {@link Audience#INTERESTED_PERSON}, not null
   * @param viewer the party who looks, a complainant (a subject; an interested person or a victim) of the
   *     case, or a representative acting for one, not null
   * @return what the viewer may see, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the audience is the internal one or the public, or the viewer is
   *     neither a party of the case in the audience's role nor a representative acting for one
   */
  public DisclosedCase disclose(ComplaintCase complaint, Audience audience, PartyId viewer) {
    Objects.requireNonNull(complaint, "complaint is null");
    Objects.requireNonNull(audience, "audience is null");
    Objects.requireNonNull(viewer, "viewer is null");
    if (audience == Audience.INTERNAL || audience == Audience.PUBLIC) {
      throw new IllegalArgumentException("the " + audience + " view has no viewer");
    }
    Option<PartyId> principal = complaint.party(viewer).filter(p -> p.is(PartyRole.REPRESENTATIVE))
        .flatMap(org.oversight.complaint.core.Party::actsFor);
    if (principal.isDefined()) {
      return disclose(complaint, audience, principal.get());
    }
    if (audience == Audience.INTERESTED_PERSON) {
      if (!complaint.party(viewer).exists(p -> p.is(PartyRole.INTERESTED_PERSON) || p.is(PartyRole.VICTIM))) {
        throw new IllegalArgumentException("viewer " + viewer + " is not an INTERESTED_PERSON or a VICTIM of case "
            + complaint.id());
      }
    } else {
      PartyRole role = audience == Audience.COMPLAINANT ? PartyRole.COMPLAINANT : PartyRole.SUBJECT;
      if (!complaint.party(viewer).exists(p -> p.is(role))) {
        throw new IllegalArgumentException("viewer " + viewer + " is not a " + role + " of case " + complaint.id());
      }
    }
    return new Disclosure(this, audience, Option.some(viewer), complaint).project();
  }

  /**
   * Returns what an audience may be told.
   *
   * @param audience the audience, not null
   * @return the parts, sorted, never null
   * @throws NullPointerException if audience is null
   */
  public Set<Disclosable> told(Audience audience) {
    Objects.requireNonNull(audience, "audience is null");
    return allowed.get(audience).getOrElse(TreeSet.empty());
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DisclosurePolicy)) {
      return false;
    }
    DisclosurePolicy that = (DisclosurePolicy) other;
    for (Audience a : Audience.values()) {
      if (!told(a).equals(that.told(a)) || !decisionsTold(a).equals(that.decisionsTold(a))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Audience a : Audience.values()) {
      h = 31 * h + told(a).hashCode() + 17 * decisionsTold(a).hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("DisclosurePolicy{");
    for (Audience a : Audience.values()) {
      s.append(a).append('=').append(told(a).mkString("[", ",", "]"));
      if (!decisionsTold(a).isEmpty()) {
        s.append(decisionsTold(a).map(Body::value).mkString("+decisions of [", ",", "]"));
      }
      s.append(a.ordinal() == Audience.values().length - 1 ? "" : ", ");
    }
    return s.append('}').toString();
  }
}
