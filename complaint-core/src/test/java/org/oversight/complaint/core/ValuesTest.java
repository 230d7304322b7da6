package org.oversight.complaint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.core.Samples.*;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValuesTest {

  // -------------------------------------------------------------- personal data in text
  @Test
  void should_print_ids_and_codes_but_no_personal_data() {
    Party kari = Party.complainant(COMPLAINANT, "Kari Nordmann", Standing.DIRECTLY_AFFECTED).withContact("kari@example.no");
    Party officer = Party.subject(OFFICER, SubjectKind.OFFICER, "A-7431", "Sentrum patrol");
    Incident incident = Incident.of(IncidentTime.at(INCIDENT), "Karl Johans gate", "Pushed against a wall");
    Allegation force = Allegation.of(FORCE, CategoryCode.of("USE_OF_FORCE"), "Pushed against a wall",
        List.of(SeriousnessFlag.SERIOUS_INJURY), List.of(OFFICER));
    Stamp stamp = Stamp.of(T0, CASEWORKER, "Kari called about her wrist");
    TimeLimitWaiver waiver = new TimeLimitWaiver(T0, Option.none(), "Kari was in hospital");

    assertThat(kari.toString()).isEqualTo("Party[id=P1, role=COMPLAINANT, standing=DIRECTLY_AFFECTED]");
    assertThat(officer.toString()).isEqualTo("Party[id=P2, role=SUBJECT, subjectKind=OFFICER]");
    assertThat(incident.toString()).isEqualTo("Incident[time=" + incident.time()
        + ", place=<withheld, 16 chars>, description=<withheld, 21 chars>]");
    assertThat(Incident.of(IncidentTime.unknown(), "").toString()).endsWith("place=none, description=<empty>]");
    assertThat(force.toString()).isEqualTo("Allegation[id=A2, category=USE_OF_FORCE, description=<withheld, 21 chars>, "
        + "flags=HashSet(SERIOUS_INJURY), subjects=Vector(P2), decision=None]");
    assertThat(stamp.toString()).isEqualTo("Stamp[at=2026-03-02T09:00:00Z, actor=caseworker:kari.nordmann, "
        + "reason=<withheld, 27 chars>]");
    assertThat(waiver.toString()).isEqualTo("TimeLimitWaiver[at=2026-03-02T09:00:00Z, legalBasis=None, "
        + "reason=<withheld, 20 chars>]");
  }

  // -------------------------------------------------------------- codes
  static Stream<Arguments> codes() {
    return Stream.of(
        Arguments.of((Function<String, Object>) CaseId::of, "CaseId", "0a1b2c3d-ok:1.2_x", "-starts-with-dash"),
        Arguments.of((Function<String, Object>) PartyId::of, "PartyId", "P1", "P 1"),
        Arguments.of((Function<String, Object>) AllegationId::of, "AllegationId", "A-1", ""),
        Arguments.of((Function<String, Object>) Body::of, "Body", "NO-SPESIALENHETEN", "dk-dup"),
        Arguments.of((Function<String, Object>) JurisdictionCode::of, "JurisdictionCode", "GB-EAW", "GBR"),
        Arguments.of((Function<String, Object>) CategoryCode::of, "CategoryCode", "DK.FORCE", "1FORCE"),
        Arguments.of((Function<String, Object>) Outcome::of, "Outcome", "SERVICE_NOT_ACCEPTABLE", "CRITICISM-1"),
        Arguments.of((Function<String, Object>) Actor::of, "Actor", "caseworker:kari@oslo", "kari nordmann"),
        Arguments.of((Function<String, Object>) CaseReference::parse, "CaseReference", "OSL-2026-000042", "OSL-26-1"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("codes")
  void should_accept_round_trip_and_reject_codes(Function<String, Object> factory, String name, String good, String bad) {
    Object value = factory.apply(good);
    assertThat(value.toString()).isEqualTo(good);
    assertThat(factory.apply(good)).isEqualTo(value).hasSameHashCodeAs(value);
    assertThatThrownBy(() -> factory.apply(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + " must be ").hasMessageContaining("but was '" + bad + "'");
    assertThatThrownBy(() -> factory.apply(null)).isInstanceOf(NullPointerException.class)
        .hasMessage(name + " is null");
  }

  @Test
  void should_cut_and_clean_long_values_in_messages() {
    String longBad = "x ".repeat(100);
    assertThatThrownBy(() -> PartyId.of(longBad)).hasMessageEndingWith("…'");
    assertThatThrownBy(() -> PartyId.of("a\u0001b")).hasMessageContaining("but was 'a?b'");
  }

  @Test
  void should_order_codes_by_value() {
    assertThat(List.of(CaseId.of("b"), CaseId.of("a")).sorted()).containsExactly(CaseId.of("a"), CaseId.of("b"));
    assertThat(Body.of("AA").compareTo(Body.of("AB"))).isNegative();
    assertThat(PartyId.of("P2").compareTo(PartyId.of("P1"))).isPositive();
    assertThat(AllegationId.of("A1").compareTo(AllegationId.of("A1"))).isZero();
    assertThat(Outcome.of("A").compareTo(Outcome.of("B"))).isNegative();
    assertThat(CategoryCode.of("A").compareTo(CategoryCode.of("B"))).isNegative();
    assertThat(JurisdictionCode.of("DK").compareTo(JurisdictionCode.of("NO"))).isNegative();
  }

  @Test
  void should_split_a_case_reference() {
    CaseReference ref = CaseReference.parse("DUP-2025-123");
    assertThat(ref.prefix()).isEqualTo("DUP");
    assertThat(ref.year()).isEqualTo(2025);
    assertThat(CaseReference.parse("A1-1999-7").year()).isEqualTo(1999);
  }

  // -------------------------------------------------------------- texts
  @Test
  void should_check_legal_basis_text() {
    assertThat(LegalBasis.of("SI 2020/2 reg 29(2)").toString()).isEqualTo("SI 2020/2 reg 29(2)");
    assertThatThrownBy(() -> LegalBasis.of(" ")).hasMessage("citation must not be blank");
    assertThatThrownBy(() -> LegalBasis.of("x".repeat(301))).hasMessage("citation must be at most 300 characters but has 301");
    assertThat(LegalBasis.of("x".repeat(300)).citation()).hasSize(300);
    assertThatThrownBy(() -> LegalBasis.of("a\u0007b")).hasMessage("citation must not contain control character U+0007 (at index 1)");
    assertThat(LegalBasis.of("line\nbreak\ttab\r").citation()).contains("\n");
    assertThatThrownBy(() -> LegalBasis.of(null)).isInstanceOf(NullPointerException.class).hasMessage("citation is null");
  }

  // -------------------------------------------------------------- incident
  /**
   * An escalation's trigger: flags that trigger on their own are at least one; every trigger says which
   * flags it rests on (none for a track).
   */
  @Test
  void anEscalationTriggerNamesTheFlagsItRestsOn() {
    assertThatThrownBy(() -> new EscalationTrigger.OnFlags(List.empty())).hasMessage("flags must not be empty");
    assertThatThrownBy(() -> new EscalationTrigger.OnFlags(List.of((SeriousnessFlag) null))).hasMessage("flag is null");
    assertThatThrownBy(() -> new EscalationTrigger.OnTrack(null)).hasMessage("track is null");
    assertThatThrownBy(() -> new EscalationTrigger.OnSubject(null, List.empty())).hasMessage("subjectKind is null");
    assertThatThrownBy(() -> new EscalationTrigger.SameIncident(null, List.empty())).hasMessage("other is null");
    assertThatThrownBy(() -> new EscalationTrigger.OnCondition(null)).hasMessage("flags is null");
    assertThat(new EscalationTrigger.OnTrack(Track.CRIMINAL_REPORT).flags()).isEmpty();
    assertThat(new EscalationTrigger.OnSubject(SubjectKind.CHIEF_OFFICER, List.of(SeriousnessFlag.POSSIBLE_DISCIPLINARY))
        .flags()).containsExactly(SeriousnessFlag.POSSIBLE_DISCIPLINARY);
    assertThat(new EscalationTrigger.SameIncident(CaseId.of("EW-2"), List.of(SeriousnessFlag.DEATH)).flags())
        .containsExactly(SeriousnessFlag.DEATH);
    assertThatThrownBy(() -> new PendingEscalation(Body.of("XX"), T0, null)).hasMessage("trigger is null");
    assertThatThrownBy(() -> new PendingEscalation(null, T0, new EscalationTrigger.OnCondition(List.empty())))
        .hasMessage("to is null");
  }

  @Nested
  class Incidents {
    @Test
    void should_know_the_start() {
      assertThat(IncidentTime.at(INCIDENT).start()).contains(INCIDENT);
      assertThat(IncidentTime.between(INCIDENT, T0).start()).contains(INCIDENT);
      assertThat(IncidentTime.unknown().start()).isEmpty();
      assertThat(IncidentTime.unknown().isKnown()).isFalse();
      assertThat(IncidentTime.at(INCIDENT).isKnown()).isTrue();
      assertThat(IncidentTime.between(INCIDENT, INCIDENT).isKnown()).isTrue();
    }

    @Test
    void should_refuse_a_backward_range() {
      assertThatThrownBy(() -> IncidentTime.between(T0, INCIDENT)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must not be before from");
      assertThatThrownBy(() -> IncidentTime.at(null)).hasMessage("instant is null");
    }

    @Test
    void should_validate_place_and_description() {
      Incident i = Incident.of(IncidentTime.unknown(), "");
      assertThat(i.place()).isEmpty();
      assertThat(i.isDescribed()).isFalse();
      assertThat(Incident.of(IncidentTime.unknown(), "Oslo", " x ").isDescribed()).isTrue();
      assertThat(Incident.of(IncidentTime.unknown(), "Oslo", "   ").isDescribed()).isFalse();
      assertThatThrownBy(() -> Incident.of(IncidentTime.unknown(), " ", "")).hasMessage("place must not be blank");
      assertThatThrownBy(() -> Incident.of(IncidentTime.unknown(), "x".repeat(20_001)))
          .hasMessageContaining("at most 20000");
      assertThat(Incident.unknown()).isEqualTo(Incident.of(IncidentTime.unknown(), ""));
    }
  }

  // -------------------------------------------------------------- party
  @Nested
  class Parties {
    @Test
    void should_build_each_kind() {
      assertThat(Party.complainant(COMPLAINANT, "Ola", Standing.ON_BEHALF).standing()).contains(Standing.ON_BEHALF);
      Party anon = Party.anonymousComplainant(COMPLAINANT);
      assertThat(anon.name()).isEmpty();
      assertThat(anon.contact()).isEmpty();
      assertThat(anon.is(PartyRole.COMPLAINANT)).isTrue();
      assertThat(anon.is(PartyRole.SUBJECT)).isFalse();
      Party officer = Party.subject(OFFICER, SubjectKind.CHIEF_OFFICER, "1", "HQ");
      assertThat(officer.subjectKind()).contains(SubjectKind.CHIEF_OFFICER);
      assertThat(officer.serviceNumber()).contains("1");
      assertThat(officer.unit()).contains("HQ");
      assertThat(Party.unidentifiedSubject(OFFICER).unit()).isEmpty();
      assertThat(Party.person(VICTIM, PartyRole.VICTIM).name()).isEmpty();
      assertThat(anon.withContact("x@y").contact()).contains("x@y");
    }

    @Test
    void should_enforce_role_invariants() {
      assertThatThrownBy(() -> Party.person(OFFICER, PartyRole.SUBJECT, "x"))
          .hasMessageContaining("a subjectKind is required for a SUBJECT");
      assertThatThrownBy(() -> new Party(OFFICER, PartyRole.WITNESS, Option.none(), Option.none(), Option.none(),
          Option.some(SubjectKind.OFFICER), Option.none(), Option.none())).hasMessageContaining("not allowed for WITNESS");
      assertThatThrownBy(() -> new Party(OFFICER, PartyRole.SUBJECT, Option.none(), Option.none(), Option.none(),
          Option.some(SubjectKind.UNIDENTIFIED), Option.some("1"), Option.none()))
          .hasMessageContaining("UNIDENTIFIED subject cannot have a service number");
      assertThatThrownBy(() -> new Party(OFFICER, PartyRole.VICTIM, Option.none(), Option.none(), Option.none(),
          Option.none(), Option.some("1"), Option.none())).hasMessageContaining("only a SUBJECT has a service number");
      assertThatThrownBy(() -> new Party(OFFICER, PartyRole.VICTIM, Option.none(), Option.none(),
          Option.some(Standing.WITNESS), Option.none(), Option.none(), Option.none()))
          .hasMessageContaining("only a COMPLAINANT has standing");
      assertThatThrownBy(() -> Party.complainant(COMPLAINANT, " ", Standing.WITNESS)).hasMessage("name must not be blank");
      assertThatThrownBy(() -> Party.subject(OFFICER, SubjectKind.OFFICER, ""))
          .hasMessage("serviceNumber must not be blank");
      assertThatThrownBy(() -> Party.subject(OFFICER, SubjectKind.OFFICER, "1", "")).hasMessage("unit must not be blank");
      assertThatThrownBy(() -> Party.anonymousComplainant(COMPLAINANT).withContact("")).hasMessage("contact must not be blank");
    }
  }

  // -------------------------------------------------------------- optional values: an overload, never null
  @Test
  void should_leave_out_an_optional_value_by_overload_and_refuse_null() {
    assertThat(ReviewRoute.of(POD, T0).legalBasis()).isEmpty();
    assertThat(Incident.of(IncidentTime.unknown(), "what").place()).isEmpty();
    assertThat(Party.subject(OFFICER, SubjectKind.OFFICER, "1").unit()).isEmpty();
    assertThat(Party.unidentifiedSubject(OFFICER).unit()).isEmpty();
    assertThat(Party.unidentifiedSubject(OFFICER, "Patrol").unit()).contains("Patrol");
    assertThat(Party.person(VICTIM, PartyRole.VICTIM).name()).isEmpty();
    assertThatThrownBy(() -> ReviewRoute.of(POD, T0, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("legalBasis is null");
    assertThatThrownBy(() -> Incident.of(IncidentTime.unknown(), null, "")).isInstanceOf(NullPointerException.class)
        .hasMessage("place is null");
    assertThatThrownBy(() -> Party.subject(OFFICER, SubjectKind.OFFICER, "1", null))
        .isInstanceOf(NullPointerException.class).hasMessage("unit is null");
    assertThatThrownBy(() -> Party.unidentifiedSubject(OFFICER, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("unit is null");
    assertThatThrownBy(() -> Party.person(VICTIM, PartyRole.VICTIM, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("name is null");
  }

  // -------------------------------------------------------------- allegation and small records
  @Test
  void should_build_allegations() {
    Allegation a = Allegation.of(RUDENESS, CategoryCode.of("FORCE"), "", List.of(SeriousnessFlag.DEATH), List.of(OFFICER));
    assertThat(a.has(SeriousnessFlag.DEATH)).isTrue();
    assertThat(a.has(SeriousnessFlag.IN_CUSTODY)).isFalse();
    assertThat(a.flags()).isEqualTo(HashSet.of(SeriousnessFlag.DEATH));
    assertThat(a.isDecided()).isFalse();
    assertThatThrownBy(() -> Allegation.of(RUDENESS, CategoryCode.of("X"), "", List.empty(), List.of(OFFICER, OFFICER)))
        .hasMessageContaining("subjects repeat");
    assertThatThrownBy(() -> Allegation.of(RUDENESS, CategoryCode.of("X"), null, List.empty(), List.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("description is null");
  }

  @Test
  void should_validate_small_records() {
    assertThatThrownBy(() -> new Review(COMPLAINANT, POD, T0, Option.some(true), Option.none()))
        .hasMessageContaining("come together");
    assertThat(new Review(COMPLAINANT, POD, T0, Option.none(), Option.none()).isDecided()).isFalse();
    ReviewRoute route = route(T0);
    assertThat(route.isOpenAt(T0)).isTrue();
    assertThat(route.isOpenAt(T0.minusSeconds(1))).isTrue();
    assertThat(route.isOpenAt(T0.plusNanos(1))).isFalse();
    assertThat(ReviewRoute.of(POD, T0).legalBasis()).isEmpty();
    assertThatThrownBy(() -> new Transition(received(), null)).hasMessage("event is null");
    assertThatThrownBy(() -> new CaseEvent.OutcomeNotified(List.empty(), Option.none(), Stamp.of(T0, INTAKE)))
        .hasMessage("recipients must not be empty");
    assertThatThrownBy(() -> new CaseEvent.Closed(Stamp.of(T0, INTAKE, "x".repeat(4001))))
        .hasMessageContaining("at most 4000");
    assertThatThrownBy(() -> new CaseEvent.Closed(Stamp.of(null, INTAKE))).isInstanceOf(NullPointerException.class)
        .hasMessage("at is null");
    assertThatThrownBy(() -> new Rejection.MissingDetails(CaseStatus.RECEIVED, CommandType.REGISTER, List.empty()))
        .hasMessage("missing must not be empty");
    assertThat(new Rejection.RuleRefused(CaseStatus.ASSESSED, CommandType.START_INFORMAL_RESOLUTION, "no-informal-dsi",
        Option.none(), "Informal resolution is not allowed").message()).isEqualTo("Informal resolution is not allowed");
    assertThat(new Rejection.RuleRefused(CaseStatus.ASSESSED, CommandType.START_INFORMAL_RESOLUTION, "x",
        Option.some(LegalBasis.of("Sch. 3 para 2")), "No").message()).isEqualTo("No (Sch. 3 para 2)");
    assertThat(new Rejection.ReviewOutOfTime(CaseStatus.REJECTED, CommandType.REQUEST_REVIEW, T0, T0, Option.none())
        .message()).doesNotContain("(");
    assertThat(new Rejection.RuleRefused(CaseStatus.ASSESSED, CommandType.CLOSE, "x", Option.none(), "No").pending())
        .isEmpty();
    assertThatThrownBy(() -> new Rejection.RuleRefused(CaseStatus.ASSESSED, CommandType.CLOSE, "x", Option.none(), "No",
        null)).hasMessage("pending is null");
    assertThat(RegistrationRequirements.DEFAULT.details()).containsExactly(
        RequiredDetail.INCIDENT_TIME, RequiredDetail.SUBJECT, RequiredDetail.DESCRIPTION);
    assertThat(RegistrationRequirements.NONE.missingIn(received())).isEmpty();
    Instant now = Instant.EPOCH;
    assertThat(new TimeLimitWaiver(now, Option.none(), "").reason()).isEmpty();
  }

  @Test
  void should_tell_open_states() {
    assertThat(List.of(CaseStatus.values()).filter(s -> !s.isOpen())).containsExactlyInAnyOrder(
        CaseStatus.REJECTED, CaseStatus.FORWARDED, CaseStatus.CLOSED, CaseStatus.WITHDRAWN, CaseStatus.DISCONTINUED);
  }
}
