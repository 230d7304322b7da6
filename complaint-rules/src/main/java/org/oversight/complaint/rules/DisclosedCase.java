package org.oversight.complaint.rules;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.ConsentRecord;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.Notification;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Referral;
import org.oversight.complaint.core.Review;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;

/**
 * What one audience may see of a case: the projection {@link DisclosurePolicy#disclose} computes, and
 * the only thing an adapter renders (complaint-json's audience views). A section the policy withholds
 * is {@link Option#none()}, so that what may not be seen is not even present as an empty field.
 *
 * <p>Invariants, checked when it is built:
 * <ul>
 *   <li>the public sees no party, no party id and not the case's id;
 *   <li>a complainant, a subject or an interested person sees personal data (name, contact, service
 *       number, unit) of no one but themselves, except that a subject may see the other subjects'
 *       identity where the policy discloses {@link Disclosable#CO_SUBJECT_IDENTITY}; such a view without
 *       a viewer (a letter template) shows no one's personal data;
 *   <li>the internal and public audiences have no viewer;
 *   <li>only the internal audience sees events whole; others see what happened and when;
 *   <li>a subject sees only the measures concerning them (none without a viewer), and the public sees
 *       no measure's subject.
 * </ul>
 *
 * <p>Immutable and thread-safe. No {@code null} anywhere.
 *
 * @param audience who looks, not null
 * @param viewer the party who looks (complainant, subject and interested-person audiences), none for the
 *     internal and public audiences and for a view of the others without a viewer
 * @param id the case's id, none for the public
 * @param status where the case stands ({@link Disclosable#STATUS}), none if withheld
 * @param incident what happened ({@link Disclosable#INCIDENT}), none if withheld
 * @param parties the parties (never for the public), none if withheld
 * @param allegations the allegations ({@link Disclosable#ALLEGATIONS}), with their decisions where
 *     outcomes are disclosed, none if withheld
 * @param outcomes where allegations are withheld but outcomes are not (public statistics): each decided
 *     allegation's category and decision, none otherwise
 * @param measures the disciplinary and management measures ({@link Disclosable#MEASURES}), oldest first,
 *     none if withheld
 * @param review the review route and reviews ({@link Disclosable#REVIEW_ROUTE}), none if withheld
 * @param referrals the referrals ({@link Disclosable#REFERRALS}), none if withheld
 * @param consents the consent records ({@link Disclosable#CONSENTS}), none if withheld
 * @param notifications the notifications ({@link Disclosable#NOTIFICATIONS}), none if withheld
 * @param history the history ({@link Disclosable#HISTORY}), none if withheld
 * @since 0.1
 */
public record DisclosedCase(
    Audience audience,
    Option<PartyId> viewer,
    Option<CaseId> id,
    Option<StatusView> status,
    Option<Incident> incident,
    Option<Seq<PartyView>> parties,
    Option<Seq<AllegationView>> allegations,
    Option<Seq<OutcomeView>> outcomes,
    Option<Seq<MeasureView>> measures,
    Option<ReviewView> review,
    Option<Seq<Referral>> referrals,
    Option<Seq<ConsentRecord>> consents,
    Option<Seq<Notification>> notifications,
    Option<Seq<EventView>> history) {

  /**
   * Checks the invariants.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an invariant does not hold
   */
  public DisclosedCase {
    Objects.requireNonNull(audience, "audience is null");
    Objects.requireNonNull(viewer, "viewer is null");
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(status, "status is null");
    Objects.requireNonNull(incident, "incident is null");
    Objects.requireNonNull(parties, "parties is null");
    Objects.requireNonNull(allegations, "allegations is null");
    Objects.requireNonNull(outcomes, "outcomes is null");
    Objects.requireNonNull(measures, "measures is null");
    Objects.requireNonNull(review, "review is null");
    Objects.requireNonNull(referrals, "referrals is null");
    Objects.requireNonNull(consents, "consents is null");
    Objects.requireNonNull(notifications, "notifications is null");
    Objects.requireNonNull(history, "history is null");
    boolean personal = audience != Audience.INTERNAL && audience != Audience.PUBLIC;
    require(personal || viewer.isEmpty(), "the " + audience + " view has no viewer");
    if (audience == Audience.PUBLIC) {
      require(id.isEmpty(), "the public view shows no case id");
      require(parties.isEmpty(), "the public view shows no party");
      require(allegations.forAll(all -> all.forAll(a -> a.subjects().isEmpty()))
              && measures.forAll(all -> all.forAll(m -> m.subject().isEmpty())),
          "the public view shows no party id");
    } else {
      require(id.isDefined(), "a " + audience + " view shows the case id");
    }
    if (personal) {
      for (Seq<PartyView> all : parties) {
        for (PartyView p : all) {
          require(p.personalData().isEmpty() || viewer.contains(p.id())
                  || (audience == Audience.SUBJECT && p.role() == PartyRole.SUBJECT),
              "a " + audience + " sees no one's personal data but their own, yet party " + p.id() + "'s is shown");
        }
      }
    }
    if (audience == Audience.SUBJECT) {
      require(measures.forAll(all -> all.forAll(m -> m.subject().exists(viewer::contains))),
          "a SUBJECT sees only the measures concerning them");
    }
    if (audience != Audience.INTERNAL) {
      require(history.forAll(h -> h.forAll(e -> e.event().isEmpty())),
          "only the internal view shows events whole");
    }
  }

  /**
   * A projection without measures: the sections of a view before measures were a disclosable item.
   *
   * @param audience who looks, not null
   * @param viewer the party who looks, not null
   * @param id the case's id, not null
   * @param status where the case stands, not null
   * @param incident what happened, not null
   * @param parties the parties, not null
   * @param allegations the allegations, not null
   * @param outcomes the outcomes without allegations, not null
   * @param review the review route and reviews, not null
   * @param referrals the referrals, not null
   * @param consents the consent records, not null
   * @param notifications the notifications, not null
   * @param history the history, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an invariant does not hold
   */
  public DisclosedCase(Audience audience, Option<PartyId> viewer, Option<CaseId> id, Option<StatusView> status,
      Option<Incident> incident, Option<Seq<PartyView>> parties, Option<Seq<AllegationView>> allegations,
      Option<Seq<OutcomeView>> outcomes, Option<ReviewView> review, Option<Seq<Referral>> referrals,
      Option<Seq<ConsentRecord>> consents, Option<Seq<Notification>> notifications, Option<Seq<EventView>> history) {
    this(audience, viewer, id, status, incident, parties, allegations, outcomes, Option.none(), review, referrals,
        consents, notifications, history);
  }

  private static void require(boolean holds, String invariant) {
    if (!holds) {
      throw new IllegalArgumentException(invariant);
    }
  }

  /**
   * Where a case stands.
   *
   * @param reference its reference, none before registration
   * @param jurisdiction its jurisdiction, not null
   * @param track its track, not null
   * @param status its state, not null
   * @param receivedAt when it was received, not null
   * @param handlingBody who handles it, not null
   * @param lastEventAt when it last moved, not null
   */
  public record StatusView(Option<CaseReference> reference, JurisdictionCode jurisdiction, Track track,
      CaseStatus status, Instant receivedAt, Body handlingBody, Instant lastEventAt) {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public StatusView {
      Objects.requireNonNull(reference, "reference is null");
      Objects.requireNonNull(jurisdiction, "jurisdiction is null");
      Objects.requireNonNull(track, "track is null");
      Objects.requireNonNull(status, "status is null");
      Objects.requireNonNull(receivedAt, "receivedAt is null");
      Objects.requireNonNull(handlingBody, "handlingBody is null");
      Objects.requireNonNull(lastEventAt, "lastEventAt is null");
    }
  }

  /**
   * A party as an audience sees it: always its id and role, its personal data only where disclosed.
   *
   * @param id the party's id, not null
   * @param role its role, not null
   * @param standing its standing (complainants), none otherwise
   * @param subjectKind its kind (subjects), none otherwise
   * @param personalData its name, contact, service number and unit, none if withheld
   */
  public record PartyView(PartyId id, PartyRole role, Option<Standing> standing, Option<SubjectKind> subjectKind,
      Option<PersonalData> personalData) {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public PartyView {
      Objects.requireNonNull(id, "id is null");
      Objects.requireNonNull(role, "role is null");
      Objects.requireNonNull(standing, "standing is null");
      Objects.requireNonNull(subjectKind, "subjectKind is null");
      Objects.requireNonNull(personalData, "personalData is null");
    }
  }

  /**
   * A party's personal data, each part none where the case does not hold it.
   *
   * @param name the name
   * @param contact the contact details
   * @param serviceNumber the service number (officers)
   * @param unit the unit (officers)
   */
  public record PersonalData(Option<String> name, Option<String> contact, Option<String> serviceNumber,
      Option<String> unit) {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public PersonalData {
      Objects.requireNonNull(name, "name is null");
      Objects.requireNonNull(contact, "contact is null");
      Objects.requireNonNull(serviceNumber, "serviceNumber is null");
      Objects.requireNonNull(unit, "unit is null");
    }
  }

  /**
   * An allegation as an audience sees it.
   *
   * @param id its id, not null
   * @param category its category, not null
   * @param description what is alleged, not null
   * @param flags its seriousness flags, sorted by name, not null
   * @param subjects the ids of the subjects it concerns, empty for the public, not null
   * @param decision its decision where outcomes are disclosed and it is decided, none otherwise
   */
  public record AllegationView(AllegationId id, CategoryCode category, String description,
      SortedSet<SeriousnessFlag> flags, Seq<PartyId> subjects, Option<DecisionView> decision) {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public AllegationView {
      Objects.requireNonNull(id, "id is null");
      Objects.requireNonNull(category, "category is null");
      Objects.requireNonNull(description, "description is null");
      Objects.requireNonNull(flags, "flags is null");
      Objects.requireNonNull(subjects, "subjects is null");
      Objects.requireNonNull(decision, "decision is null");
    }
  }

  /**
   * A decided allegation as public statistics show it: its category and decision, nothing else.
   *
   * @param category the allegation's category, not null
   * @param decision its decision, not null
   */
  public record OutcomeView(CategoryCode category, DecisionView decision) {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public OutcomeView {
      Objects.requireNonNull(category, "category is null");
      Objects.requireNonNull(decision, "decision is null");
    }
  }

  /**
   * A decision as an audience sees it.
   *
   * @param outcome the outcome, not null
   * @param decidedBy the deciding body, not null
   * @param at when, not null
   * @param reason the reason recorded with it ({@link Disclosable#REASONS}), none if withheld
   */
  public record DecisionView(Outcome outcome, Body decidedBy, Instant at, Option<String> reason) {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public DecisionView {
      Objects.requireNonNull(outcome, "outcome is null");
      Objects.requireNonNull(decidedBy, "decidedBy is null");
      Objects.requireNonNull(at, "at is null");
      Objects.requireNonNull(reason, "reason is null");
    }
  }

  /**
   * A disciplinary or management measure as an audience sees it.
   *
   * @param kind what the measure is, not null
   * @param subject whom it concerns, none for the public, never null
   * @param allegation the allegation it answers, none if it answers the case as a whole, never null
   * @param decidedBy the deciding body, not null
   * @param at when it was recorded, not null
   * @since 0.1
   */
  public record MeasureView(MeasureKind kind, Option<PartyId> subject, Option<AllegationId> allegation, Body decidedBy,
      Instant at) {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public MeasureView {
      Objects.requireNonNull(kind, "kind is null");
      Objects.requireNonNull(subject, "subject is null");
      Objects.requireNonNull(allegation, "allegation is null");
      Objects.requireNonNull(decidedBy, "decidedBy is null");
      Objects.requireNonNull(at, "at is null");
    }
  }

  /**
   * The review route and the reviews asked for.
   *
   * @param route the route the complainant was told, none if not told yet
   * @param reviews the reviews, oldest first, not null
   */
  public record ReviewView(Option<ReviewRoute> route, Seq<Review> reviews) {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public ReviewView {
      Objects.requireNonNull(route, "route is null");
      Objects.requireNonNull(reviews, "reviews is null");
    }
  }

  /**
   * An event of the history as an audience sees it: whole for the internal audience; otherwise only
   * its kind, when it happened and, where reasons are disclosed, its reason (its payload may carry
   * personal data and its actor is a member of staff).
   *
   * @param kind the event's kind, the simple name of its record ({@code Registered}), not null
   * @param at when it happened, not null
   * @param reason its reason, none if withheld
   * @param event the whole event (internal audience only), none otherwise
   */
  public record EventView(String kind, Instant at, Option<String> reason, Option<CaseEvent> event) {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public EventView {
      Objects.requireNonNull(kind, "kind is null");
      Objects.requireNonNull(at, "at is null");
      Objects.requireNonNull(reason, "reason is null");
      Objects.requireNonNull(event, "event is null");
    }
  }
}
