package org.oversight.complaint.wire;

import io.vavr.control.Option;
import java.util.Objects;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.DisclosedCase;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.RulePack;

/**
 * Whom a case is written for ({@code ComplaintJson.writeView(case, view)} of either Jackson module):
 * an {@link Audience}, the rule pack's {@link DisclosurePolicy} deciding what that audience is told,
 * and, for a complainant, a subject or an interested person (next of kin, a victim), which party is
 * reading. One type for complaint-json and complaint-json3.
 *
 * <p>What the audience may not see is absent from the bytes, never written as {@code null}. On top
 * of the policy, two rules hold whatever a policy says:
 * <ul>
 *   <li>a complainant never sees another party's personal data (name, contact, service number,
 *       unit), only their own, and only if the policy discloses {@code COMPLAINANT_IDENTITY}; nor does
 *       an interested person, who sees their own;
 *   <li>the public (statistics) never sees anyone's personal data, and no list of parties.
 * </ul>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param audience the audience, not null
 * @param policy what each audience is told, not null
 * @param viewer the party reading, for {@code COMPLAINANT}, {@code SUBJECT} and {@code INTERESTED_PERSON} views; none when
 *     not known (then nobody's personal data counts as the viewer's own)
 * @since 0.1
 */
public record AudienceView(Audience audience, DisclosurePolicy policy, Option<PartyId> viewer) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a viewer is given for the internal or public audience
   */
  public AudienceView {
    Objects.requireNonNull(audience, "audience is null");
    Objects.requireNonNull(policy, "policy is null");
    Objects.requireNonNull(viewer, "viewer is null");
    viewer.forEach(v -> Objects.requireNonNull(v, "viewer is null"));
    if (viewer.isDefined() && (audience == Audience.INTERNAL || audience == Audience.PUBLIC)) {
      throw new IllegalArgumentException("a " + audience + " view has no viewing party");
    }
  }

  /**
   * A view for an audience under a rule pack's disclosure policy, without a viewing party.
   *
   * @param pack the rule pack, not null
   * @param audience the audience, not null
   * @return the view, never null
   * @throws NullPointerException if an argument is null
   */
  public static AudienceView of(RulePack pack, Audience audience) {
    return new AudienceView(audience, Objects.requireNonNull(pack, "pack is null").disclosure(), Option.none());
  }

  /**
   * A view for an audience under a disclosure policy, without a viewing party.
   *
   * @param policy the policy, not null
   * @param audience the audience, not null
   * @return the view, never null
   * @throws NullPointerException if an argument is null
   */
  public static AudienceView of(DisclosurePolicy policy, Audience audience) {
    return new AudienceView(audience, policy, Option.none());
  }

  /**
   * Returns this view as read by one party (a complainant in a {@code COMPLAINANT} view, a subject
   * in a {@code SUBJECT} view, next of kin or a victim in an {@code INTERESTED_PERSON} view).
   *
   * @param party the reading party, not null
   * @return a new view, never null
   * @throws NullPointerException if party is null
   * @throws IllegalArgumentException if this view is for the internal or public audience
   */
  public AudienceView forViewer(PartyId party) {
    return new AudienceView(audience, policy, Option.some(Objects.requireNonNull(party, "party is null")));
  }

  /**
   * Projects a case for this view: the policy's {@code disclose} for the audience, and the viewing
   * party when there is one. Both Jackson modules' {@code writeView(case, view)} render this.
   *
   * @param complaint the case, not null
   * @return what this audience may see of the case, never null
   * @throws NullPointerException if complaint is null
   * @throws IllegalArgumentException if the viewing party is not a party of the case in the view's role
   *     (a complainant for the complainant view, a subject for the subject view)
   */
  public DisclosedCase disclose(ComplaintCase complaint) {
    Objects.requireNonNull(complaint, "complaint is null");
    return viewer.isDefined() ? policy.disclose(complaint, audience, viewer.get()) : policy.disclose(complaint, audience);
  }
}
