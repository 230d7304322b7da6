package org.oversight.complaint.json;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.util.Objects;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentRecord;
import org.oversight.complaint.core.Decision;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.Investigation;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Notification;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Referral;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Review;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.core.TimeLimitWaiver;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Breach;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.PatternFlag;
import org.oversight.complaint.rules.Refusal;
import org.oversight.complaint.rules.TimeLimitCheck;
import org.oversight.complaint.rules.Warning;
import org.oversight.complaint.rules.overview.PublicOverview;
import org.oversight.complaint.json.deser.AllegationDeserializer;
import org.oversight.complaint.json.deser.AssessmentDeserializer;
import org.oversight.complaint.json.deser.BreachDeserializer;
import org.oversight.complaint.json.deser.DisclosurePolicyDeserializer;
import org.oversight.complaint.json.deser.EscalationDeserializer;
import org.oversight.complaint.json.deser.ObligationDeserializer;
import org.oversight.complaint.json.deser.PatternFlagDeserializer;
import org.oversight.complaint.json.deser.RefusalDeserializer;
import org.oversight.complaint.json.deser.TimeLimitCheckDeserializer;
import org.oversight.complaint.json.deser.WarningDeserializer;
import org.oversight.complaint.json.deser.CaseEventDeserializer;
import org.oversight.complaint.json.deser.ComplaintCaseDeserializer;
import org.oversight.complaint.json.deser.ConsentRecordDeserializer;
import org.oversight.complaint.json.deser.DecisionDeserializer;
import org.oversight.complaint.json.deser.IncidentDeserializer;
import org.oversight.complaint.json.deser.IncidentTimeDeserializer;
import org.oversight.complaint.json.deser.InvestigationDeserializer;
import org.oversight.complaint.json.deser.NotificationDeserializer;
import org.oversight.complaint.json.deser.PartyDeserializer;
import org.oversight.complaint.json.deser.RecipientDeserializer;
import org.oversight.complaint.json.deser.ReferralDeserializer;
import org.oversight.complaint.json.deser.RegistrationRequirementsDeserializer;
import org.oversight.complaint.json.deser.RejectionDeserializer;
import org.oversight.complaint.json.deser.RelatedCaseDeserializer;
import org.oversight.complaint.json.deser.ReviewDeserializer;
import org.oversight.complaint.json.deser.ReviewRouteDeserializer;
import org.oversight.complaint.json.deser.StringValueDeserializer;
import org.oversight.complaint.json.deser.TimeLimitWaiverDeserializer;
import org.oversight.complaint.json.ser.AllegationSerializer;
import org.oversight.complaint.json.ser.AssessmentSerializer;
import org.oversight.complaint.json.ser.BreachSerializer;
import org.oversight.complaint.json.ser.DisclosurePolicySerializer;
import org.oversight.complaint.json.ser.EscalationSerializer;
import org.oversight.complaint.json.ser.ObligationSerializer;
import org.oversight.complaint.json.ser.PatternFlagSerializer;
import org.oversight.complaint.json.ser.PublicOverviewSerializer;
import org.oversight.complaint.json.ser.RefusalSerializer;
import org.oversight.complaint.json.ser.TimeLimitCheckSerializer;
import org.oversight.complaint.json.ser.WarningSerializer;
import org.oversight.complaint.json.ser.CaseEventSerializer;
import org.oversight.complaint.json.ser.ComplaintCaseSerializer;
import org.oversight.complaint.json.ser.ConsentRecordSerializer;
import org.oversight.complaint.json.ser.DecisionSerializer;
import org.oversight.complaint.json.ser.IncidentSerializer;
import org.oversight.complaint.json.ser.IncidentTimeSerializer;
import org.oversight.complaint.json.ser.InvestigationSerializer;
import org.oversight.complaint.json.ser.NotificationSerializer;
import org.oversight.complaint.json.ser.PartySerializer;
import org.oversight.complaint.json.ser.RecipientSerializer;
import org.oversight.complaint.json.ser.ReferralSerializer;
import org.oversight.complaint.json.ser.RegistrationRequirementsSerializer;
import org.oversight.complaint.json.ser.RejectionSerializer;
import org.oversight.complaint.json.ser.RelatedCaseSerializer;
import org.oversight.complaint.json.ser.ReviewRouteSerializer;
import org.oversight.complaint.json.ser.ReviewSerializer;
import org.oversight.complaint.json.ser.StringValueSerializer;
import org.oversight.complaint.json.ser.TimeLimitWaiverSerializer;

/**
 * The Jackson 2 module for the complaint domain. Register it once:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new ComplaintModule()).build();
 * }</pre>
 *
 * <p>or let {@code mapper.findAndRegisterModules()} find it ({@code META-INF/services} and
 * {@code provides} in {@code module-info}). {@link ComplaintJson} wraps a mapper with this module,
 * read limits, event-log I/O, lenient reading and audience views.
 *
 * <p>It covers the aggregate ({@link ComplaintCase}, read by replaying its history), every
 * {@link CaseEvent}, every {@link Rejection}, every value type of the core, and the results of the
 * rule packs ({@link Assessment} with its escalations, obligations, breaches, warnings and time-limit
 * check; {@link Refusal}, {@link PatternFlag}, {@link DisclosurePolicy}). The wire format is
 * a versioned contract documented field by field in {@code docs/wire-format.md}:
 * <ul>
 *   <li>documents carry {@code schemaVersion} (currently 1);
 *   <li>sealed hierarchies carry an explicit {@code type} discriminator with frozen values
 *       (never Jackson default typing);
 *   <li>instants are ISO-8601 strings in UTC, enum values and codes their exact names;
 *   <li>absent optional values are left out, never written as {@code null}.
 * </ul>
 *
 * <p>Serializers stream with no reflection on domain types; deserializers build values through the
 * core's public factories and constructors, so validation lives once, in the core, and its refusals
 * become a {@link ComplaintJsonException} naming the JSON pointer and keeping the core's exception.
 *
 * <p>The module name ({@value #NAME}) is stable. Two instances are equal when their features are.
 * Configure with {@link #enable}/{@link #disable} before registering; the module is not meant to be
 * changed after registration.
 *
 * @since 0.1
 */
public final class ComplaintModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module name Jackson uses to register it only once; never changes. */
  public static final String NAME = "ComplaintModule";

  private int features;

  /** Creates the module with every {@link ComplaintFeature} at its default. */
  public ComplaintModule() {
    super(NAME, PackageVersion.VERSION);
    for (ComplaintFeature f : ComplaintFeature.values()) {
      if (f.enabledByDefault()) {
        features |= f.getMask();
      }
    }
  }

  /**
   * Enables a feature.
   *
   * @param feature the feature, not null
   * @return this module, never null
   * @throws NullPointerException if feature is null
   */
  public ComplaintModule enable(ComplaintFeature feature) {
    features |= Objects.requireNonNull(feature, "feature is null").getMask();
    return this;
  }

  /**
   * Disables a feature.
   *
   * @param feature the feature, not null
   * @return this module, never null
   * @throws NullPointerException if feature is null
   */
  public ComplaintModule disable(ComplaintFeature feature) {
    features &= ~Objects.requireNonNull(feature, "feature is null").getMask();
    return this;
  }

  /**
   * Tells whether a feature is enabled.
   *
   * @param feature the feature, not null
   * @return true if enabled
   * @throws NullPointerException if feature is null
   */
  public boolean isEnabled(ComplaintFeature feature) {
    return Objects.requireNonNull(feature, "feature is null").enabledIn(features);
  }

  @Override
  public String getModuleName() {
    return NAME;
  }

  @Override
  public Object getTypeId() {
    // One registration per mapper, whatever the features: the first one wins, as Jackson does for
    // its own modules.
    return NAME;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers ser = new SimpleSerializers();
    SimpleDeserializers deser = new SimpleDeserializers();
    ser.addSerializer(ComplaintCase.class,
        ComplaintCaseSerializer.withSnapshot(isEnabled(ComplaintFeature.WRITE_SNAPSHOT)));
    deser.addDeserializer(ComplaintCase.class,
        ComplaintCaseDeserializer.verifyingSnapshot(isEnabled(ComplaintFeature.VERIFY_SNAPSHOT)));
    ser.addSerializer(CaseEvent.class, CaseEventSerializer.INSTANCE);
    addEventDeserializers(deser);
    ser.addSerializer(Rejection.class, RejectionSerializer.INSTANCE);
    deser.addDeserializer(Rejection.class, RejectionDeserializer.INSTANCE);

    ser.addSerializer(IncidentTime.class, IncidentTimeSerializer.INSTANCE);
    deser.addDeserializer(IncidentTime.class, IncidentTimeDeserializer.INSTANCE);
    ser.addSerializer(Recipient.class, RecipientSerializer.INSTANCE);
    deser.addDeserializer(Recipient.class, RecipientDeserializer.INSTANCE);
    ser.addSerializer(Incident.class, IncidentSerializer.INSTANCE);
    deser.addDeserializer(Incident.class, IncidentDeserializer.INSTANCE);
    ser.addSerializer(Party.class, PartySerializer.INSTANCE);
    deser.addDeserializer(Party.class, PartyDeserializer.INSTANCE);
    ser.addSerializer(Allegation.class, AllegationSerializer.INSTANCE);
    deser.addDeserializer(Allegation.class, AllegationDeserializer.INSTANCE);
    ser.addSerializer(Decision.class, DecisionSerializer.INSTANCE);
    deser.addDeserializer(Decision.class, DecisionDeserializer.INSTANCE);
    ser.addSerializer(ReviewRoute.class, ReviewRouteSerializer.INSTANCE);
    deser.addDeserializer(ReviewRoute.class, ReviewRouteDeserializer.INSTANCE);
    ser.addSerializer(RelatedCase.class, RelatedCaseSerializer.INSTANCE);
    deser.addDeserializer(RelatedCase.class, RelatedCaseDeserializer.INSTANCE);
    ser.addSerializer(Referral.class, ReferralSerializer.INSTANCE);
    deser.addDeserializer(Referral.class, ReferralDeserializer.INSTANCE);
    ser.addSerializer(Notification.class, NotificationSerializer.INSTANCE);
    deser.addDeserializer(Notification.class, NotificationDeserializer.INSTANCE);
    ser.addSerializer(ConsentRecord.class, ConsentRecordSerializer.INSTANCE);
    deser.addDeserializer(ConsentRecord.class, ConsentRecordDeserializer.INSTANCE);
    ser.addSerializer(Review.class, ReviewSerializer.INSTANCE);
    deser.addDeserializer(Review.class, ReviewDeserializer.INSTANCE);
    ser.addSerializer(Investigation.class, InvestigationSerializer.INSTANCE);
    deser.addDeserializer(Investigation.class, InvestigationDeserializer.INSTANCE);
    ser.addSerializer(TimeLimitWaiver.class, TimeLimitWaiverSerializer.INSTANCE);
    deser.addDeserializer(TimeLimitWaiver.class, TimeLimitWaiverDeserializer.INSTANCE);
    ser.addSerializer(RegistrationRequirements.class, RegistrationRequirementsSerializer.INSTANCE);
    deser.addDeserializer(RegistrationRequirements.class, RegistrationRequirementsDeserializer.INSTANCE);

    ser.addSerializer(CaseId.class, StringValueSerializer.CASE_ID);
    deser.addDeserializer(CaseId.class, StringValueDeserializer.CASE_ID);
    ser.addSerializer(PartyId.class, StringValueSerializer.PARTY_ID);
    deser.addDeserializer(PartyId.class, StringValueDeserializer.PARTY_ID);
    ser.addSerializer(AllegationId.class, StringValueSerializer.ALLEGATION_ID);
    deser.addDeserializer(AllegationId.class, StringValueDeserializer.ALLEGATION_ID);
    ser.addSerializer(Body.class, StringValueSerializer.BODY);
    deser.addDeserializer(Body.class, StringValueDeserializer.BODY);
    ser.addSerializer(Actor.class, StringValueSerializer.ACTOR);
    deser.addDeserializer(Actor.class, StringValueDeserializer.ACTOR);
    ser.addSerializer(CategoryCode.class, StringValueSerializer.CATEGORY);
    deser.addDeserializer(CategoryCode.class, StringValueDeserializer.CATEGORY);
    ser.addSerializer(Outcome.class, StringValueSerializer.OUTCOME);
    deser.addDeserializer(Outcome.class, StringValueDeserializer.OUTCOME);
    ser.addSerializer(JurisdictionCode.class, StringValueSerializer.JURISDICTION);
    deser.addDeserializer(JurisdictionCode.class, StringValueDeserializer.JURISDICTION);
    ser.addSerializer(CaseReference.class, StringValueSerializer.REFERENCE);
    deser.addDeserializer(CaseReference.class, StringValueDeserializer.REFERENCE);
    ser.addSerializer(LegalBasis.class, StringValueSerializer.LEGAL_BASIS);
    deser.addDeserializer(LegalBasis.class, StringValueDeserializer.LEGAL_BASIS);

    addRules(ser, deser);

    context.addSerializers(ser);
    context.addDeserializers(deser);
  }

  private static void addRules(SimpleSerializers ser, SimpleDeserializers deser) {
    ser.addSerializer(Assessment.class, AssessmentSerializer.INSTANCE);
    deser.addDeserializer(Assessment.class, AssessmentDeserializer.INSTANCE);
    ser.addSerializer(Obligation.class, ObligationSerializer.INSTANCE);
    deser.addDeserializer(Obligation.class, ObligationDeserializer.INSTANCE);
    ser.addSerializer(Escalation.class, EscalationSerializer.INSTANCE);
    deser.addDeserializer(Escalation.class, EscalationDeserializer.INSTANCE);
    ser.addSerializer(Breach.class, BreachSerializer.INSTANCE);
    deser.addDeserializer(Breach.class, BreachDeserializer.INSTANCE);
    ser.addSerializer(Warning.class, WarningSerializer.INSTANCE);
    deser.addDeserializer(Warning.class, WarningDeserializer.INSTANCE);
    ser.addSerializer(TimeLimitCheck.class, TimeLimitCheckSerializer.INSTANCE);
    deser.addDeserializer(TimeLimitCheck.class, TimeLimitCheckDeserializer.INSTANCE);
    ser.addSerializer(Refusal.class, RefusalSerializer.INSTANCE);
    deser.addDeserializer(Refusal.class, RefusalDeserializer.INSTANCE);
    ser.addSerializer(PatternFlag.class, PatternFlagSerializer.INSTANCE);
    deser.addDeserializer(PatternFlag.class, PatternFlagDeserializer.INSTANCE);
    ser.addSerializer(DisclosurePolicy.class, DisclosurePolicySerializer.INSTANCE);
    deser.addDeserializer(DisclosurePolicy.class, DisclosurePolicyDeserializer.INSTANCE);
    ser.addSerializer(PublicOverview.class, PublicOverviewSerializer.INSTANCE);
  }

  // SimpleDeserializers matches the exact requested type, so each event record is registered too:
  // reading a CaseEvent.Registered directly works, and yields an error if the document holds
  // another event type.
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void addEventDeserializers(SimpleDeserializers deser) {
    deser.addDeserializer(CaseEvent.class, CaseEventDeserializer.INSTANCE);
    for (Class<? extends CaseEvent> type : org.oversight.complaint.json.internal.WireNames.EVENTS.keySet()) {
      deser.addDeserializer((Class) type, CaseEventDeserializer.narrowedTo(type));
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ComplaintModule && ((ComplaintModule) other).features == features;
  }

  @Override
  public int hashCode() {
    return NAME.hashCode() * 31 + features;
  }
}
