package org.oversight.complaint.json3;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentRecord;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.Decision;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.Investigation;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Notification;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Referral;
import org.oversight.complaint.core.ReferralKind;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.Review;
import org.oversight.complaint.core.TimeLimitWaiver;
import org.oversight.complaint.rules.TimeLimitCheck;

/**
 * Every value type registered by the module, written and read on its own through a plain mapper:
 * exact text, then equality after reading it back as that type (vavr-jackson's verifySerialization).
 */
class ValueTypesTest {

  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new ComplaintModule()).build();
  private static final Instant AT = Instant.parse("2026-03-02T08:15:00Z");
  private static final String Z = "\"2026-03-02T08:15:00Z\"";

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(CaseId.class, CaseId.of("NO-2026-17"), "\"NO-2026-17\""),
        Arguments.of(PartyId.class, PartyId.of("P1"), "\"P1\""),
        Arguments.of(AllegationId.class, AllegationId.of("A1"), "\"A1\""),
        Arguments.of(Body.class, Body.of("SIU"), "\"SIU\""),
        Arguments.of(Actor.class, Actor.of("lead@siu"), "\"lead@siu\""),
        Arguments.of(CategoryCode.class, CategoryCode.of("FORCE"), "\"FORCE\""),
        Arguments.of(Outcome.class, Outcome.of("MEDHOLD"), "\"MEDHOLD\""),
        Arguments.of(JurisdictionCode.class, JurisdictionCode.of("GB-EAW"), "\"GB-EAW\""),
        Arguments.of(CaseReference.class, CaseReference.parse("OSL-2026-000123"), "\"OSL-2026-000123\""),
        Arguments.of(LegalBasis.class, LegalBasis.of("politiloven § 1"), "\"politiloven § 1\""),
        Arguments.of(IncidentTime.class, IncidentTime.at(AT), "{\"type\":\"At\",\"instant\":" + Z + "}"),
        Arguments.of(IncidentTime.class, IncidentTime.unknown(), "{\"type\":\"Unknown\"}"),
        Arguments.of(Incident.class, Incident.unknown(), "{\"time\":{\"type\":\"Unknown\"},\"description\":\"\"}"),
        Arguments.of(Recipient.class, Recipient.body(Body.of("IOPC")), "{\"type\":\"ToBody\",\"body\":\"IOPC\"}"),
        Arguments.of(Decision.class, new Decision(Outcome.of("UPHELD"), Body.of("SIU"), AT),
            "{\"outcome\":\"UPHELD\",\"decidedBy\":\"SIU\",\"at\":" + Z + "}"),
        Arguments.of(Referral.class, new Referral(ReferralKind.OVERSIGHT, Body.of("IOPC"), Option.some(PartyId.of("P1")),
            Option.some(LegalBasis.of("PRA 2002 Sch. 3 para. 4")), AT),
            "{\"kind\":\"OVERSIGHT\",\"to\":\"IOPC\",\"party\":\"P1\",\"legalBasis\":\"PRA 2002 Sch. 3 para. 4\",\"at\":" + Z + "}"),
        Arguments.of(Referral.class, new Referral(ReferralKind.PROSECUTION, Body.of("CPS"), Option.none(), Option.none(), AT),
            "{\"kind\":\"PROSECUTION\",\"to\":\"CPS\",\"at\":" + Z + "}"),
        Arguments.of(Notification.class, new Notification(NotificationKind.OUTCOME, Recipient.party(PartyId.of("P1")), AT),
            "{\"kind\":\"OUTCOME\",\"recipient\":{\"type\":\"ToParty\",\"party\":\"P1\"},\"sentAt\":" + Z + "}"),
        Arguments.of(ConsentRecord.class, new ConsentRecord(PartyId.of("P1"), ConsentPurpose.INFORMAL_RESOLUTION,
            ConsentState.REFUSED, AT),
            "{\"party\":\"P1\",\"purpose\":\"INFORMAL_RESOLUTION\",\"state\":\"REFUSED\",\"at\":" + Z + "}"),
        Arguments.of(Review.class, new Review(PartyId.of("P1"), Body.of("RIKSADVOKATEN"), AT, Option.some(true),
            Option.some(AT.plusSeconds(60))),
            "{\"applicant\":\"P1\",\"body\":\"RIKSADVOKATEN\",\"requestedAt\":" + Z
                + ",\"upheld\":true,\"decidedAt\":\"2026-03-02T08:16:00Z\"}"),
        Arguments.of(Review.class, new Review(PartyId.of("P1"), Body.of("RIKSADVOKATEN"), AT, Option.none(), Option.none()),
            "{\"applicant\":\"P1\",\"body\":\"RIKSADVOKATEN\",\"requestedAt\":" + Z + "}"),
        Arguments.of(Investigation.class, new Investigation(InvestigationMode.DIRECTED, Body.of("IOPC"), AT),
            "{\"mode\":\"DIRECTED\",\"body\":\"IOPC\",\"openedAt\":" + Z + "}"),
        Arguments.of(TimeLimitWaiver.class, new TimeLimitWaiver(AT, Option.none(), "særlige grunde"),
            "{\"at\":" + Z + ",\"reason\":\"særlige grunde\"}"),
        Arguments.of(RelatedCase.class, new RelatedCase(CaseId.of("C-2"), Relation.PARALLEL_CRIMINAL_CASE),
            "{\"other\":\"C-2\",\"relation\":\"PARALLEL_CRIMINAL_CASE\"}"),
        Arguments.of(RegistrationRequirements.class, RegistrationRequirements.DEFAULT,
            "[\"INCIDENT_TIME\",\"SUBJECT\",\"DESCRIPTION\"]"),
        Arguments.of(TimeLimitCheck.class, TimeLimitCheck.NOT_APPLICABLE, "{\"status\":\"NOT_APPLICABLE\",\"waivable\":false}"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("values")
  <T> void writesExactlyAndReadsBack(Class<T> type, T value, String json) throws Exception {
    assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
    assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
  }
}
