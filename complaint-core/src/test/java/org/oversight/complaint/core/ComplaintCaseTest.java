package org.oversight.complaint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.core.Samples.*;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComplaintCaseTest {

  // -------------------------------------------------------------- receive
  @Nested
  class Receive {
    @Test
    void should_create_a_received_case_holding_the_receipt() {
      Transition t = osloReceipt().receive(Stamp.of(T0, INTAKE, "via ticket 77"));
      ComplaintCase c = t.complaint();
      assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
      assertThat(c.id()).isEqualTo(CaseId.of("case-oslo-1"));
      assertThat(c.jurisdiction()).isEqualTo(NO);
      assertThat(c.track()).isEqualTo(Track.CONDUCT_COMPLAINT);
      assertThat(c.channel()).isEqualTo(Channel.TICKET_SYSTEM);
      assertThat(c.receivingBody()).isEqualTo(OSLO);
      assertThat(c.handlingBody()).isEqualTo(OSLO);
      assertThat(c.receivedAt()).isEqualTo(T0);
      assertThat(c.reference()).isEmpty();
      assertThat(c.parties()).hasSize(3);
      assertThat(c.allegations().map(Allegation::id)).containsExactly(RUDENESS, FORCE);
      assertThat(c.version()).isEqualTo(1);
      assertThat(c.lastEventAt()).isEqualTo(T0);
      assertThat(c.isOpen()).isTrue();
      assertThat(t.events()).containsExactly(c.history().head());
      assertThat(c.history().head().reason()).isEqualTo("via ticket 77");
      assertThat(c.history().head().command()).isEqualTo(CommandType.RECEIVE);
    }

    @Test
    void should_refuse_inconsistent_receipts_as_programmer_errors() {
      assertThatThrownBy(() -> osloReceipt().party(Party.anonymousComplainant(COMPLAINANT)).build(Stamp.of(T0, INTAKE)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("party id P1 repeats");
      assertThatThrownBy(() -> osloReceipt().allegation(Allegation.of(RUDENESS, CategoryCode.of("X"), "",
          List.empty(), List.empty())).build(Stamp.of(T0, INTAKE)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allegation id A1 repeats");
      assertThatThrownBy(() -> osloReceipt().allegation(Allegation.of(AllegationId.of("A9"), CategoryCode.of("X"),
          "", List.empty(), List.of(PartyId.of("nobody")))).build(Stamp.of(T0, INTAKE)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names party nobody");
      assertThatThrownBy(() -> osloReceipt().allegation(Allegation.of(AllegationId.of("A9"), CategoryCode.of("X"),
          "", List.empty(), List.of(WITNESS_OR_VICTIM()))).build(Stamp.of(T0, INTAKE)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but that party is a VICTIM");
      Allegation decided = Allegation.of(AllegationId.of("A9"), CategoryCode.of("X"), "", List.empty(), List.empty())
          .withDecision(new Decision(Outcome.of("X"), OSLO, T0));
      assertThatThrownBy(() -> osloReceipt().allegation(decided).build(Stamp.of(T0, INTAKE)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot arrive decided");
    }

    @Test
    void should_name_the_repeated_id_that_occurs_first_when_several_repeat() {
      assertThatThrownBy(() -> osloReceipt()
          .allegation(Allegation.of(FORCE, CategoryCode.of("X"), "", List.empty(), List.empty()))
          .allegation(Allegation.of(RUDENESS, CategoryCode.of("X"), "", List.empty(), List.empty()))
          .build(Stamp.of(T0, INTAKE)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allegation id " + RUDENESS + " repeats");
    }

    private PartyId WITNESS_OR_VICTIM() {
      return VICTIM;
    }

    @Test
    void should_require_track_channel_and_body() {
      assertThatThrownBy(() -> ComplaintCase.receipt(CaseId.of("c"), NO).channel(Channel.LETTER)
          .receivingBody(OSLO).build(Stamp.of(T0, INTAKE))).isInstanceOf(NullPointerException.class)
          .hasMessage("track is null");
      assertThatThrownBy(() -> ComplaintCase.receive(null)).isInstanceOf(NullPointerException.class)
          .hasMessage("receipt is null");
    }
  }

  // -------------------------------------------------------------- register
  @Nested
  class Register {
    @Test
    void should_register_a_complete_complaint() {
      ComplaintCase c = registered();
      assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
      assertThat(c.reference()).contains(REF);
      assertThat(c.version()).isEqualTo(2);
    }

    @Test
    void should_list_exactly_the_missing_details() {
      ComplaintCase bare = ComplaintCase.receipt(CaseId.of("c2"), NO).track(Track.CONDUCT_COMPLAINT)
          .channel(Channel.PHONE).receivingBody(OSLO)
          .party(Party.anonymousComplainant(COMPLAINANT)).receive(Stamp.of(T0, INTAKE)).complaint();
      Rejection r = refused(bare.register(REF, RegistrationRequirements.DEFAULT, Stamp.of(t(1), CASEWORKER)));
      assertThat(r).isInstanceOfSatisfying(Rejection.MissingDetails.class, m -> {
        assertThat(m.missing()).containsExactly(
            RequiredDetail.INCIDENT_TIME, RequiredDetail.SUBJECT, RequiredDetail.DESCRIPTION);
        assertThat(m.state()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(m.command()).isEqualTo(CommandType.REGISTER);
      });
      assertThat(r.message()).isEqualTo("REGISTER needs details the case does not have: INCIDENT_TIME, SUBJECT, DESCRIPTION");
      assertThat(r.legalBasis()).isEmpty();
      assertThat(bare.status()).isEqualTo(CaseStatus.RECEIVED);
    }

    @Test
    void should_use_the_requirements_given() {
      ComplaintCase complete = received();
      assertThat(ok(complete.register(REF, RegistrationRequirements.of(RequiredDetail.values()),
          Stamp.of(t(1), CASEWORKER)))
          .status()).isEqualTo(CaseStatus.REGISTERED);
      ComplaintCase noPlaceNoContact = ComplaintCase.receipt(CaseId.of("c4"), NO).track(Track.CONDUCT_COMPLAINT)
          .channel(Channel.LETTER).receivingBody(OSLO)
          .incident(Incident.of(IncidentTime.between(INCIDENT, T0), "what happened"))
          .party(Party.complainant(COMPLAINANT, "Ola", Standing.WITNESS))
          .party(Party.unidentifiedSubject(OFFICER))
          .receive(Stamp.of(T0, INTAKE)).complaint();
      Rejection r = refused(noPlaceNoContact.register(REF, RegistrationRequirements.of(RequiredDetail.values()),
          Stamp.of(t(1), CASEWORKER)));
      assertThat(((Rejection.MissingDetails) r).missing()).containsExactly(
          RequiredDetail.INCIDENT_PLACE, RequiredDetail.COMPLAINANT_CONTACT, RequiredDetail.ALLEGATION);
    }

    @Test
    void should_register_with_no_requirements() {
      ComplaintCase bare = ComplaintCase.receipt(CaseId.of("c3"), NO).track(Track.DEATH_OR_SERIOUS_INJURY)
          .channel(Channel.OWN_INITIATIVE).receivingBody(SPESIALENHETEN).receive(Stamp.of(T0, INTAKE)).complaint();
      assertThat(ok(bare.register(REF, RegistrationRequirements.NONE, Stamp.of(t(1), CASEWORKER))).status())
          .isEqualTo(CaseStatus.REGISTERED);
    }

    @Test
    void should_not_register_twice() {
      Rejection r = refused(registered().register(REF, RegistrationRequirements.DEFAULT, Stamp.of(t(2), CASEWORKER)));
      assertThat(r).isInstanceOfSatisfying(Rejection.IllegalTransition.class, i -> {
        assertThat(i.state()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(i.command()).isEqualTo(CommandType.REGISTER);
        assertThat(i.allowed()).contains(CommandType.ACKNOWLEDGE, CommandType.ASSESS)
            .doesNotContain(CommandType.REGISTER);
      });
      assertThat(r.message()).startsWith("REGISTER is not allowed in state REGISTERED; allowed: ");
    }
  }

  // -------------------------------------------------------------- time
  @Nested
  class Time {
    @Test
    void should_refuse_a_command_dated_before_the_last_event() {
      Rejection r = refused(registered().acknowledge(Recipient.party(COMPLAINANT), Stamp.of(T0, CASEWORKER)));
      assertThat(r).isEqualTo(new Rejection.OutOfOrder(CaseStatus.REGISTERED, CommandType.ACKNOWLEDGE, t(1), T0));
      assertThat(r.message()).contains("is before the case's last event");
    }

    @Test
    void should_accept_a_command_at_the_same_instant() {
      assertThat(ok(registered().acknowledge(Recipient.party(COMPLAINANT), Stamp.of(t(1), CASEWORKER))).status())
          .isEqualTo(CaseStatus.ACKNOWLEDGED);
    }
  }

  // -------------------------------------------------------------- acknowledge, assess, waive
  @Nested
  class EarlySteps {
    @Test
    void should_acknowledge_and_record_the_notification() {
      ComplaintCase c = acknowledged();
      assertThat(c.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
      assertThat(c.notifications()).containsExactly(
          new Notification(NotificationKind.ACKNOWLEDGEMENT, Recipient.party(COMPLAINANT), t(2)));
    }

    @Test
    void should_refuse_acknowledging_an_unknown_party() {
      Rejection r = refused(registered().acknowledge(Recipient.party(PartyId.of("X")), Stamp.of(t(2), CASEWORKER)));
      assertThat(r).isEqualTo(new Rejection.UnknownParty(CaseStatus.REGISTERED, CommandType.ACKNOWLEDGE, PartyId.of("X")));
      assertThat(r.message()).isEqualTo("ACKNOWLEDGE names party X, which the case does not have");
    }

    @Test
    void should_acknowledge_to_a_body() {
      assertThat(ok(registered().acknowledge(Recipient.body(POD), Stamp.of(t(2), CASEWORKER))).notifications())
          .hasSize(1);
    }

    @Test
    void should_assess_and_route() {
      ComplaintCase c = ok(acknowledged().assess(Track.CRIMINAL_REPORT, SPESIALENHETEN, Stamp.of(t(3), CASEWORKER)));
      assertThat(c.status()).isEqualTo(CaseStatus.ASSESSED);
      assertThat(c.track()).isEqualTo(Track.CRIMINAL_REPORT);
      assertThat(c.handlingBody()).isEqualTo(SPESIALENHETEN);
      assertThat(ok(c.assess(Track.CONDUCT_COMPLAINT, OSLO, Stamp.of(t(4), CASEWORKER))).track())
          .isEqualTo(Track.CONDUCT_COMPLAINT);
    }

    @Test
    void should_record_a_time_limit_waiver() {
      LegalBasis basis = LegalBasis.of("retsplejeloven § 1019 a stk. 3");
      ComplaintCase c = ok(registered().waiveTimeLimit(basis, Stamp.of(t(2), CASEWORKER, "special case")));
      assertThat(c.timeLimitWaiver()).contains(new TimeLimitWaiver(t(2), Option.some(basis), "special case"));
      assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
      assertThat(refused(decided().waiveTimeLimit(Stamp.of(t(9), CASEWORKER))))
          .isInstanceOf(Rejection.IllegalTransition.class);
    }
  }

  // -------------------------------------------------------------- reject, forward, informal
  @Nested
  class Routing {
    @Test
    void should_reject_with_an_appeal_route_and_allow_a_timely_review() {
      ReviewRoute route = route(t(100));
      ComplaintCase c = ok(assessed().reject(RejectionGround.NOT_INVESTIGATED, route, Stamp.of(t(4), CASEWORKER)));
      assertThat(c.status()).isEqualTo(CaseStatus.REJECTED);
      assertThat(c.reviewRoute()).contains(route);
      assertThat(c.isOpen()).isFalse();
      ComplaintCase reviewed = ok(c.requestReview(COMPLAINANT, Stamp.of(t(100), CASEWORKER)));
      assertThat(reviewed.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
      assertThat(reviewed.reviews()).containsExactly(new Review(COMPLAINANT, POD, t(100), Option.none(), Option.none()));
    }

    @Test
    void should_refuse_a_review_of_a_rejection_without_a_route() {
      ComplaintCase c = ok(assessed().reject(RejectionGround.UNFOUNDED, Stamp.of(t(4), CASEWORKER)));
      Rejection r = refused(c.requestReview(COMPLAINANT, Stamp.of(t(5), CASEWORKER)));
      assertThat(r).isEqualTo(new Rejection.ReviewNotAvailable(CaseStatus.REJECTED, CommandType.REQUEST_REVIEW));
      assertThat(r.message()).contains("no review or appeal route");
    }

    @Test
    void should_forward_and_end_here() {
      ComplaintCase c = ok(received().forward(Body.of("DK-DUP"), Stamp.of(t(1), CASEWORKER)));
      assertThat(c.status()).isEqualTo(CaseStatus.FORWARDED);
      assertThat(c.handlingBody()).isEqualTo(Body.of("DK-DUP"));
      assertThat(c.isOpen()).isFalse();
      assertThat(c.allowedCommands()).containsExactlyInAnyOrder(CommandType.RECORD_NOTIFICATION, CommandType.LINK_RELATED_CASE);
    }

    @Test
    void should_start_and_leave_informal_resolution() {
      ComplaintCase informal = ok(assessed().startInformalResolution(Stamp.of(t(4), CASEWORKER)));
      assertThat(informal.status()).isEqualTo(CaseStatus.INFORMAL_RESOLUTION);
      assertThat(ok(informal.fallBackToFormal(Stamp.of(t(5), CASEWORKER))).status()).isEqualTo(CaseStatus.ASSESSED);
      assertThat(refused(received().startInformalResolution(Stamp.of(t(1), CASEWORKER))))
          .isInstanceOf(Rejection.IllegalTransition.class);
    }
  }

  // -------------------------------------------------------------- referral and investigation
  @Nested
  class Escalation {
    @Test
    void should_refer_to_an_oversight_body() {
      LegalBasis basis = LegalBasis.of("straffeprosessloven § 67 (6)");
      ComplaintCase c = ok(assessed().refer(SPESIALENHETEN, basis, Stamp.of(t(4), CASEWORKER, "possible crime")));
      assertThat(c.status()).isEqualTo(CaseStatus.REFERRED);
      assertThat(c.isEscalated()).isTrue();
      assertThat(c.handlingBody()).isEqualTo(SPESIALENHETEN);
      assertThat(c.referrals()).containsExactly(
          new Referral(ReferralKind.OVERSIGHT, SPESIALENHETEN, Option.none(), Option.some(basis), t(4)));
      assertThat(assessed().isEscalated()).isFalse();
    }

    @Test
    void should_refer_a_death_in_custody_at_once() {
      assertThat(ok(received().refer(SPESIALENHETEN, Stamp.of(t(1), CASEWORKER))).status())
          .isEqualTo(CaseStatus.REFERRED);
    }

    @Test
    void should_refer_back() {
      ComplaintCase referred = ok(assessed().refer(SPESIALENHETEN, Stamp.of(t(4), CASEWORKER)));
      ComplaintCase back = ok(referred.referBack(OSLO, Stamp.of(t(5), CASEWORKER, "no crime")));
      assertThat(back.status()).isEqualTo(CaseStatus.ASSESSED);
      assertThat(back.handlingBody()).isEqualTo(OSLO);
      assertThat(back.referrals().last().kind()).isEqualTo(ReferralKind.REFERRED_BACK);
      assertThat(back.isEscalated()).isTrue();
    }

    @Test
    void should_open_an_investigation() {
      ComplaintCase c = investigating();
      assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATION);
      assertThat(c.investigation()).contains(new Investigation(InvestigationMode.LOCAL, OSLO, t(4)));
    }

    @Test
    void should_hold_a_party_hearing() {
      ComplaintCase hearing = ok(investigating().openPartyHearing(Stamp.of(t(5), CASEWORKER)));
      assertThat(hearing.status()).isEqualTo(CaseStatus.PARTY_HEARING);
      assertThat(ok(hearing.closePartyHearing(Stamp.of(t(6), CASEWORKER))).status())
          .isEqualTo(CaseStatus.INVESTIGATION);
    }

    @Test
    void should_refer_for_prosecution_and_administrative_decisions() {
      ComplaintCase prosecution = ok(investigating().referForProsecutionDecision(Body.of("DK-STATSADVOKAT"),
          Stamp.of(t(5), CASEWORKER)));
      assertThat(prosecution.status()).isEqualTo(CaseStatus.REFERRED_FOR_PROSECUTION_DECISION);
      assertThat(prosecution.referrals().last().kind()).isEqualTo(ReferralKind.PROSECUTION);
      ComplaintCase admin = ok(investigating().referForAdministrativeReview(OSLO, Stamp.of(t(5), CASEWORKER)));
      assertThat(admin.status()).isEqualTo(CaseStatus.REFERRED_FOR_ADMINISTRATIVE_REVIEW);
      assertThat(admin.referrals().last().kind()).isEqualTo(ReferralKind.ADMINISTRATIVE_REVIEW);
      assertThat(ok(admin.close(Stamp.of(t(6), CASEWORKER))).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void should_suspend_and_resume_where_it_was() {
      ComplaintCase suspended = ok(investigating().suspend(Stamp.of(t(5), CASEWORKER)));
      assertThat(suspended.status()).isEqualTo(CaseStatus.SUSPENDED_PENDING_CRIMINAL);
      assertThat(suspended.suspendedFrom()).contains(CaseStatus.INVESTIGATION);
      ComplaintCase resumed = ok(suspended.resume(Stamp.of(t(6), CASEWORKER)));
      assertThat(resumed.status()).isEqualTo(CaseStatus.INVESTIGATION);
      assertThat(resumed.suspendedFrom()).isEmpty();
      ComplaintCase fromAssessed = ok(ok(assessed().suspend(Stamp.of(t(5), CASEWORKER))).resume(
          Stamp.of(t(6), CASEWORKER)));
      assertThat(fromAssessed.status()).isEqualTo(CaseStatus.ASSESSED);
    }

    @Test
    void leaving_suspension_any_way_ends_it() {
      ComplaintCase suspended = ok(investigating().suspend(Stamp.of(t(5), CASEWORKER)));
      assertThat(ok(suspended.withdraw(COMPLAINANT, Stamp.of(t(6), CASEWORKER))).suspendedFrom()).isEmpty();
      assertThat(ok(suspended.discontinue(Stamp.of(t(6), CASEWORKER))).suspendedFrom()).isEmpty();
    }

    @Test
    void should_discontinue_and_withdraw() {
      assertThat(ok(investigating().discontinue(Stamp.of(t(5), CASEWORKER))).status())
          .isEqualTo(CaseStatus.DISCONTINUED);
      assertThat(ok(investigating().withdraw(COMPLAINANT, Stamp.of(t(5), CASEWORKER))).status())
          .isEqualTo(CaseStatus.WITHDRAWN);
      assertThat(ok(investigating().withdraw(Stamp.of(t(5), CASEWORKER))).status()).isEqualTo(CaseStatus.WITHDRAWN);
      assertThat(refused(investigating().withdraw(PartyId.of("X"), Stamp.of(t(5), CASEWORKER))))
          .isEqualTo(new Rejection.UnknownParty(CaseStatus.INVESTIGATION, CommandType.WITHDRAW, PartyId.of("X")));
      assertThat(refused(decided().withdraw(COMPLAINANT, Stamp.of(t(9), CASEWORKER))))
          .isInstanceOf(Rejection.IllegalTransition.class);
    }
  }

  // -------------------------------------------------------------- decisions
  @Nested
  class Decide {
    @Test
    void should_decide_allegation_by_allegation() {
      ComplaintCase one = ok(investigating().decide(RUDENESS, Outcome.of("CRITICISABLE"), OSLO,
          Stamp.of(t(5), CASEWORKER)));
      assertThat(one.status()).isEqualTo(CaseStatus.INVESTIGATION);
      assertThat(one.allegation(RUDENESS).get().decision())
          .contains(new Decision(Outcome.of("CRITICISABLE"), OSLO, t(5)));
      assertThat(one.allegation(FORCE).get().isDecided()).isFalse();
      ComplaintCase both = decided();
      assertThat(both.status()).isEqualTo(CaseStatus.DECIDED);
      assertThat(both.decisions().map(Decision::outcome))
          .containsExactly(Outcome.of("CRITICISABLE"), Outcome.of("NOT_CRITICISABLE"));
    }

    @Test
    void should_refuse_unknown_and_decided_allegations() {
      AllegationId unknown = AllegationId.of("A9");
      assertThat(refused(investigating().decide(unknown, Outcome.of("X"), OSLO, Stamp.of(t(5), CASEWORKER))))
          .isEqualTo(new Rejection.UnknownAllegation(CaseStatus.INVESTIGATION, CommandType.DECIDE_ALLEGATION, unknown));
      ComplaintCase one = ok(investigating().decide(RUDENESS, Outcome.of("X"), OSLO, Stamp.of(t(5), CASEWORKER)));
      Rejection again = refused(one.decide(RUDENESS, Outcome.of("Y"), OSLO, Stamp.of(t(6), CASEWORKER)));
      assertThat(again).isEqualTo(new Rejection.AlreadyDecided(CaseStatus.INVESTIGATION, CommandType.DECIDE_ALLEGATION, RUDENESS));
      assertThat(again.message()).isEqualTo("allegation A1 is already decided");
      assertThat(refused(investigating().decide(unknown, Outcome.of("X"), OSLO, Stamp.of(t(5), CASEWORKER))).message())
          .isEqualTo("DECIDE_ALLEGATION names allegation A9, which the case does not have");
    }

    @Test
    void should_decide_in_a_party_hearing_and_informally() {
      ComplaintCase hearing = ok(investigating().openPartyHearing(Stamp.of(t(5), CASEWORKER)));
      ComplaintCase a = ok(hearing.decide(RUDENESS, Outcome.of("X"), OSLO, Stamp.of(t(6), CASEWORKER)));
      assertThat(a.status()).isEqualTo(CaseStatus.PARTY_HEARING);
      assertThat(ok(a.decide(FORCE, Outcome.of("X"), OSLO, Stamp.of(t(7), CASEWORKER))).status())
          .isEqualTo(CaseStatus.DECIDED);
      ComplaintCase informal = ok(assessed().startInformalResolution(Stamp.of(t(4), CASEWORKER)));
      assertThat(ok(informal.decide(RUDENESS, Outcome.of("RESOLVED"), OSLO, Stamp.of(t(5), CASEWORKER))).status())
          .isEqualTo(CaseStatus.INFORMAL_RESOLUTION);
    }
  }

  // -------------------------------------------------------------- outcome and review
  @Nested
  class OutcomeAndReview {
    @Test
    void should_notify_without_a_route() {
      ComplaintCase c = ok(decided().notifyOutcome(List.of(Recipient.party(COMPLAINANT), Recipient.party(OFFICER)),
          Stamp.of(t(7), CASEWORKER)));
      assertThat(c.status()).isEqualTo(CaseStatus.OUTCOME_NOTIFIED);
      assertThat(c.notifications().map(Notification::kind)).containsExactly(
          NotificationKind.ACKNOWLEDGEMENT, NotificationKind.OUTCOME, NotificationKind.OUTCOME);
      assertThat(c.notifications().last().recipient()).isEqualTo(Recipient.party(OFFICER));
      assertThat(c.reviewRoute()).isEmpty();
      assertThat(ok(c.close(Stamp.of(t(8), CASEWORKER))).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void should_refuse_notifying_an_unknown_party() {
      Rejection r = refused(decided().notifyOutcome(List.of(Recipient.party(COMPLAINANT), Recipient.party(PartyId.of("Z"))),
          Stamp.of(t(7), CASEWORKER)));
      assertThat(r).isEqualTo(new Rejection.UnknownParty(CaseStatus.DECIDED, CommandType.NOTIFY_OUTCOME, PartyId.of("Z")));
    }

    @Test
    void should_open_the_review_window_with_a_route() {
      ComplaintCase c = reviewWindowOpen();
      assertThat(c.status()).isEqualTo(CaseStatus.REVIEW_WINDOW_OPEN);
      assertThat(c.reviewRoute()).contains(route(t(1000)));
    }

    @Test
    void should_keep_the_decided_state_when_a_transfer_for_administrative_review_follows_the_decision() {
      CaseEvent transfer = new CaseEvent.ReferredForAdministrativeReview(OSLO, Stamp.of(t(8), CASEWORKER));
      ComplaintCase afterDecision = ok(decided().execute(transfer, CommandGuard.none()));
      assertThat(afterDecision.status()).isEqualTo(CaseStatus.DECIDED);
      assertThat(afterDecision.referrals().last().kind()).isEqualTo(ReferralKind.ADMINISTRATIVE_REVIEW);
      assertThat(ok(investigating().execute(transfer, CommandGuard.none())).status())
          .isEqualTo(CaseStatus.REFERRED_FOR_ADMINISTRATIVE_REVIEW);
    }

    @Test
    void should_reject_after_an_investigation_opened() {
      assertThat(ok(investigating().reject(RejectionGround.NOT_INVESTIGATED, Stamp.of(t(8), CASEWORKER))).status())
          .isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void should_admit_a_late_review_only_for_exceptional_circumstances_with_a_reason() {
      CaseEvent.ReviewRequested late = new CaseEvent.ReviewRequested(COMPLAINANT, Option.none(),
          Admission.EXCEPTIONAL_CIRCUMSTANCES, Stamp.of(t(1001), CASEWORKER, "in hospital"));
      assertThat(ok(reviewWindowOpen().execute(late, CommandGuard.none())).status()).isEqualTo(CaseStatus.UNDER_REVIEW);
      assertThatThrownBy(() -> new CaseEvent.ReviewRequested(COMPLAINANT, Option.none(),
          Admission.EXCEPTIONAL_CIRCUMSTANCES, Stamp.of(t(1001), CASEWORKER))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_leave_out_time_at_a_wrong_body_only_where_the_route_says_so() {
      CaseEvent.ReviewRequested viaWrongBody = new CaseEvent.ReviewRequested(COMPLAINANT, Option.some(t(1000)),
          Admission.IN_TIME, Stamp.of(t(1500), CASEWORKER));
      assertThat(refused(reviewWindowOpen().execute(viaWrongBody, CommandGuard.none())))
          .isInstanceOf(Rejection.ReviewOutOfTime.class);
      ReviewRoute excluded = route(t(1000)).withWrongBodyTime(WrongBodyTime.EXCLUDED);
      assertThat(excluded.isInTime(viaWrongBody)).isTrue();
      assertThat(excluded.isInTime(new CaseEvent.ReviewRequested(COMPLAINANT, Option.some(t(1001)), Admission.IN_TIME,
          Stamp.of(t(1500), CASEWORKER)))).isFalse();
      assertThat(excluded.isInTime(new CaseEvent.ReviewRequested(COMPLAINANT, Stamp.of(t(1000), CASEWORKER)))).isTrue();
      assertThatThrownBy(() -> new CaseEvent.ReviewRequested(COMPLAINANT, Option.some(t(1501)), Admission.IN_TIME,
          Stamp.of(t(1500), CASEWORKER))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_keep_the_lodging_date_of_a_forwarded_complaint() {
      ComplaintCase forwarded = ComplaintCase.receipt(CaseId.of("c9"), NO).track(Track.CONDUCT_COMPLAINT)
          .channel(Channel.FORWARDED).receivingBody(OSLO).lodgedAt(T0).receive(Stamp.of(t(50), INTAKE)).complaint();
      assertThat(forwarded.lodgedAt()).isEqualTo(T0);
      assertThat(forwarded.receivedAt()).isEqualTo(t(50));
      ComplaintCase direct = ComplaintCase.receipt(CaseId.of("c10"), NO).track(Track.CONDUCT_COMPLAINT)
          .channel(Channel.LETTER).receivingBody(OSLO).receive(Stamp.of(t(50), INTAKE)).complaint();
      assertThat(direct.lodgedAt()).isEqualTo(t(50));
      assertThatThrownBy(() -> ComplaintCase.receipt(CaseId.of("c11"), NO).track(Track.CONDUCT_COMPLAINT)
          .channel(Channel.FORWARDED).receivingBody(OSLO).lodgedAt(t(51)).receive(Stamp.of(t(50), INTAKE)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_accept_a_review_on_the_deadline_and_refuse_it_after() {
      assertThat(ok(reviewWindowOpen().requestReview(COMPLAINANT, Stamp.of(t(1000), CASEWORKER))).status())
          .isEqualTo(CaseStatus.UNDER_REVIEW);
      Rejection late = refused(reviewWindowOpen().requestReview(COMPLAINANT, Stamp.of(t(1001), CASEWORKER)));
      assertThat(late).isEqualTo(new Rejection.ReviewOutOfTime(CaseStatus.REVIEW_WINDOW_OPEN, CommandType.REQUEST_REVIEW,
          t(1000), t(1001), Option.some(LegalBasis.of("Instruks 21.11.2005"))));
      assertThat(late.legalBasis()).contains(LegalBasis.of("Instruks 21.11.2005"));
      assertThat(late.message()).contains("after its deadline").endsWith("(Instruks 21.11.2005)");
      assertThat(refused(reviewWindowOpen().requestReview(PartyId.of("Q"), Stamp.of(t(10), CASEWORKER))))
          .isInstanceOf(Rejection.UnknownParty.class);
    }

    @Test
    void should_decide_a_review_and_reopen() {
      ComplaintCase under = ok(reviewWindowOpen().requestReview(COMPLAINANT, Stamp.of(t(8), CASEWORKER)));
      ComplaintCase decided = ok(under.decideReview(true, Stamp.of(t(9), CASEWORKER, "not proportionate")));
      assertThat(decided.status()).isEqualTo(CaseStatus.REVIEW_DECIDED);
      assertThat(decided.reviews()).containsExactly(
          new Review(COMPLAINANT, POD, t(8), Option.some(true), Option.some(t(9))));
      assertThat(decided.reviews().head().isDecided()).isTrue();
      ComplaintCase reopened = ok(decided.reopen(Stamp.of(t(10), CASEWORKER)));
      assertThat(reopened.status()).isEqualTo(CaseStatus.REOPENED);
      assertThat(reopened.allegations().forAll(a -> !a.isDecided())).isTrue();
      assertThat(reopened.reviewRoute()).isEmpty();
      assertThat(reopened.decisions()).isEmpty();
      ComplaintCase again = ok(reopened.openInvestigation(InvestigationMode.INDEPENDENT, POD,
          Stamp.of(t(11), CASEWORKER)));
      assertThat(ok(again.decide(RUDENESS, Outcome.of("X"), POD, Stamp.of(t(12), CASEWORKER))).status())
          .isEqualTo(CaseStatus.INVESTIGATION);
    }

    @Test
    void should_close_after_an_unused_window_and_reopen_a_closed_case() {
      ComplaintCase closed = ok(reviewWindowOpen().close(Stamp.of(t(2000), CASEWORKER, "window expired")));
      assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
      assertThat(closed.isOpen()).isFalse();
      assertThat(ok(closed.reopen(Stamp.of(t(2001), CASEWORKER))).status()).isEqualTo(CaseStatus.REOPENED);
    }
  }

  // -------------------------------------------------------------- optional parts: an overload, never null
  @Nested
  class OptionalParts {
    @Test
    void should_record_a_part_left_out_as_none() {
      Stamp s = Stamp.of(t(4), CASEWORKER);
      assertThat(((CaseEvent.Referred) ok(assessed().refer(SPESIALENHETEN, s)).history().last()).legalBasis())
          .isEmpty();
      assertThat(((CaseEvent.Rejected) ok(assessed().reject(RejectionGround.UNFOUNDED, s)).history().last())
          .reviewRoute()).isEmpty();
      assertThat(ok(registered().waiveTimeLimit(Stamp.of(t(2), CASEWORKER))).timeLimitWaiver())
          .contains(new TimeLimitWaiver(t(2), Option.none(), ""));
      assertThat(ok(decided().notifyOutcome(List.of(Recipient.party(COMPLAINANT)), Stamp.of(t(7), CASEWORKER)))
          .reviewRoute()).isEmpty();
      assertThat(((CaseEvent.Withdrawn) ok(investigating().withdraw(Stamp.of(t(5), CASEWORKER))).history().last())
          .by()).isEmpty();
    }

    @Test
    void should_refuse_null_for_a_part_given() {
      Stamp s = Stamp.of(t(4), CASEWORKER);
      assertThatThrownBy(() -> assessed().refer(SPESIALENHETEN, (LegalBasis) null, s))
          .isInstanceOf(NullPointerException.class).hasMessage("legalBasis is null");
      assertThatThrownBy(() -> assessed().reject(RejectionGround.UNFOUNDED, (ReviewRoute) null, s))
          .isInstanceOf(NullPointerException.class).hasMessage("route is null");
      assertThatThrownBy(() -> registered().waiveTimeLimit((LegalBasis) null, s))
          .isInstanceOf(NullPointerException.class).hasMessage("legalBasis is null");
      assertThatThrownBy(() -> decided().notifyOutcome(List.of(Recipient.party(COMPLAINANT)), (ReviewRoute) null, s))
          .isInstanceOf(NullPointerException.class).hasMessage("route is null");
      assertThatThrownBy(() -> investigating().withdraw((PartyId) null, s))
          .isInstanceOf(NullPointerException.class).hasMessage("by is null");
      assertThatThrownBy(() -> assessed().close(null)).isInstanceOf(NullPointerException.class)
          .hasMessage("stamp is null");
    }
  }

  // -------------------------------------------------------------- facts recorded in any state
  @Nested
  class Facts {
    @Test
    void should_record_notifications_in_any_state() {
      ComplaintCase c = ok(investigating().recordNotification(NotificationKind.DELAY_NOTICE,
          Recipient.party(COMPLAINANT), Stamp.of(t(5), CASEWORKER, "over one month")));
      assertThat(c.notifications().last()).isEqualTo(
          new Notification(NotificationKind.DELAY_NOTICE, Recipient.party(COMPLAINANT), t(5)));
      assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATION);
      assertThat(refused(investigating().recordNotification(NotificationKind.OTHER, Recipient.party(PartyId.of("Z")),
          Stamp.of(t(5), CASEWORKER)))).isInstanceOf(Rejection.UnknownParty.class);
    }

    @Test
    void should_record_consents_and_refer_victims_only_with_consent() {
      Rejection none = refused(investigating().referToVictimSupport(VICTIM, BOJ, Stamp.of(t(5), CASEWORKER)));
      assertThat(none).isEqualTo(new Rejection.ConsentMissing(CaseStatus.INVESTIGATION,
          CommandType.REFER_TO_VICTIM_SUPPORT, VICTIM, ConsentPurpose.VICTIM_SUPPORT_REFERRAL));
      assertThat(none.message()).contains("needs the consent of party P3");
      ComplaintCase refusedConsent = ok(investigating().recordConsent(VICTIM, ConsentPurpose.VICTIM_SUPPORT_REFERRAL,
          ConsentState.REFUSED, Stamp.of(t(5), CASEWORKER)));
      assertThat(refusedConsent.consents()).containsExactly(
          new ConsentRecord(VICTIM, ConsentPurpose.VICTIM_SUPPORT_REFERRAL, ConsentState.REFUSED, t(5)));
      assertThat(refused(refusedConsent.referToVictimSupport(VICTIM, BOJ, Stamp.of(t(6), CASEWORKER))))
          .isInstanceOf(Rejection.ConsentMissing.class);
      ComplaintCase yes = ok(refusedConsent.recordConsent(VICTIM, ConsentPurpose.VICTIM_SUPPORT_REFERRAL,
          ConsentState.GIVEN, Stamp.of(t(6), CASEWORKER)));
      assertThat(yes.hasConsent(VICTIM, ConsentPurpose.VICTIM_SUPPORT_REFERRAL)).isTrue();
      assertThat(yes.hasConsent(VICTIM, ConsentPurpose.INFORMAL_RESOLUTION)).isFalse();
      assertThat(yes.latestConsent(VICTIM, ConsentPurpose.VICTIM_SUPPORT_REFERRAL).get().state()).isEqualTo(ConsentState.GIVEN);
      ComplaintCase referred = ok(yes.referToVictimSupport(VICTIM, BOJ, Stamp.of(t(7), CASEWORKER)));
      assertThat(referred.referrals()).containsExactly(
          new Referral(ReferralKind.VICTIM_SUPPORT, BOJ, Option.some(VICTIM), Option.none(), t(7)));
      assertThat(referred.isEscalated()).isFalse();
      ComplaintCase withdrawn = ok(yes.recordConsent(VICTIM, ConsentPurpose.VICTIM_SUPPORT_REFERRAL,
          ConsentState.WITHDRAWN, Stamp.of(t(7), CASEWORKER)));
      assertThat(refused(withdrawn.referToVictimSupport(VICTIM, BOJ, Stamp.of(t(8), CASEWORKER))))
          .isInstanceOf(Rejection.ConsentMissing.class);
      assertThat(refused(investigating().recordConsent(PartyId.of("Z"), ConsentPurpose.INFORMAL_RESOLUTION,
          ConsentState.GIVEN, Stamp.of(t(5), CASEWORKER)))).isInstanceOf(Rejection.UnknownParty.class);
      assertThat(refused(investigating().referToVictimSupport(PartyId.of("Z"), BOJ, Stamp.of(t(5), CASEWORKER))))
          .isInstanceOf(Rejection.UnknownParty.class);
    }

    @Test
    void should_record_measures_apart_from_the_finding_and_keep_them_after_closing() {
      ComplaintCase decided = decided();
      ComplaintCase warned = ok(decided.recordMeasure(OFFICER, RUDENESS, MeasureKind.WARNING, OSLO,
          Stamp.of(t(8), CASEWORKER, "skriftlig advarsel")));
      assertThat(warned.status()).isEqualTo(CaseStatus.DECIDED);
      assertThat(warned.decisions()).isEqualTo(decided.decisions());
      assertThat(warned.measures()).containsExactly(
          new Measure(OFFICER, Option.some(RUDENESS), MeasureKind.WARNING, OSLO, t(8)));
      ComplaintCase closed = ok(ok(warned.notifyOutcome(List.of(Recipient.party(COMPLAINANT)), Stamp.of(t(9), CASEWORKER)))
          .close(Stamp.of(t(10), CASEWORKER)));
      ComplaintCase later = ok(closed.recordMeasure(OFFICER, MeasureKind.MANAGEMENT_ACTION, POD,
          Stamp.of(t(11), CASEWORKER)));
      assertThat(later.status()).isEqualTo(CaseStatus.CLOSED);
      assertThat(later.measures().map(Measure::kind)).containsExactly(MeasureKind.WARNING, MeasureKind.MANAGEMENT_ACTION);
      assertThat(later.measures().last().allegation()).isEmpty();
      assertThat(ok(later.reopen(Stamp.of(t(12), CASEWORKER))).measures()).hasSize(2);
      assertThat(received().measures()).isEmpty();
      assertThat(ComplaintCase.replay(later.history()).get()).isEqualTo(later);
    }

    @Test
    void should_record_a_measure_only_about_a_subject_and_one_of_the_case_allegations() {
      Stamp at = Stamp.of(t(5), CASEWORKER);
      assertThat(refused(investigating().recordMeasure(PartyId.of("Z"), MeasureKind.WARNING, OSLO, at)))
          .isEqualTo(new Rejection.UnknownParty(CaseStatus.INVESTIGATION, CommandType.RECORD_MEASURE, PartyId.of("Z")));
      assertThat(refused(investigating().recordMeasure(COMPLAINANT, MeasureKind.WARNING, OSLO, at)))
          .isEqualTo(new Rejection.WrongRole(CaseStatus.INVESTIGATION, CommandType.RECORD_MEASURE, COMPLAINANT,
              PartyRole.SUBJECT, PartyRole.COMPLAINANT));
      assertThat(refused(investigating().recordMeasure(OFFICER, AllegationId.of("A9"), MeasureKind.WARNING, OSLO, at)))
          .isEqualTo(new Rejection.UnknownAllegation(CaseStatus.INVESTIGATION, CommandType.RECORD_MEASURE,
              AllegationId.of("A9")));
      assertThatThrownBy(() -> investigating().recordMeasure(OFFICER, (AllegationId) null, MeasureKind.WARNING, OSLO, at))
          .isInstanceOf(NullPointerException.class).hasMessage("allegation is null");
      assertThatThrownBy(() -> new CaseEvent.MeasureRecorded(OFFICER, Option.some(null), MeasureKind.WARNING, OSLO, at))
          .isInstanceOf(NullPointerException.class).hasMessage("allegation is null");
      assertThatThrownBy(() -> new Measure(OFFICER, Option.none(), null, OSLO, T0))
          .isInstanceOf(NullPointerException.class).hasMessage("kind is null");
      assertThat(new CaseEvent.MeasureRecorded(OFFICER, MeasureKind.DISMISSAL, OSLO, at).command())
          .isEqualTo(CommandType.RECORD_MEASURE);
    }

    @Test
    void should_link_related_cases_once() {
      RelatedCase link = new RelatedCase(CaseId.of("case-2"), Relation.SAME_SUBJECT);
      ComplaintCase linked = ok(assessed().linkRelatedCase(link, Stamp.of(t(4), CASEWORKER)));
      assertThat(linked.relatedCases()).containsExactly(link);
      assertThat(refused(linked.linkRelatedCase(link, Stamp.of(t(5), CASEWORKER))))
          .isEqualTo(new Rejection.Duplicate(CaseStatus.ASSESSED, CommandType.LINK_RELATED_CASE, "case-2 (SAME_SUBJECT)"));
      assertThat(ok(linked.linkRelatedCase(new RelatedCase(CaseId.of("case-2"), Relation.SAME_INCIDENT),
          Stamp.of(t(5), CASEWORKER))).relatedCases()).hasSize(2);
      assertThat(refused(assessed().linkRelatedCase(new RelatedCase(assessed().id(), Relation.SAME_INCIDENT),
          Stamp.of(t(4), CASEWORKER)))).isInstanceOf(Rejection.Duplicate.class);
    }

    @Test
    void should_add_parties_and_allegations() {
      Party witness = Party.person(WITNESS, PartyRole.WITNESS, "Per");
      ComplaintCase c = ok(assessed().addParty(witness, Stamp.of(t(4), CASEWORKER)));
      assertThat(c.party(WITNESS)).contains(witness);
      assertThat(c.parties(PartyRole.WITNESS)).containsExactly(witness);
      Rejection dup = refused(c.addParty(witness, Stamp.of(t(5), CASEWORKER)));
      assertThat(dup).isEqualTo(new Rejection.Duplicate(CaseStatus.ASSESSED, CommandType.ADD_PARTY, "P4"));
      assertThat(dup.message()).isEqualTo("ADD_PARTY would add P4, which the case already has");

      Allegation a3 = Allegation.of(AllegationId.of("A3"), CategoryCode.of("DISCRIMINATION"), "", List.of(), List.of(OFFICER));
      ComplaintCase more = ok(c.addAllegation(a3, Stamp.of(t(5), CASEWORKER)));
      assertThat(more.allegation(AllegationId.of("A3"))).contains(a3);
      assertThat(refused(more.addAllegation(a3, Stamp.of(t(6), CASEWORKER)))).isInstanceOf(Rejection.Duplicate.class);
      Allegation againstWitness = Allegation.of(AllegationId.of("A4"), CategoryCode.of("X"), "", List.of(), List.of(WITNESS));
      Rejection wrong = refused(c.addAllegation(againstWitness, Stamp.of(t(5), CASEWORKER)));
      assertThat(wrong).isEqualTo(new Rejection.WrongRole(CaseStatus.ASSESSED, CommandType.ADD_ALLEGATION, WITNESS,
          PartyRole.SUBJECT, PartyRole.WITNESS));
      assertThat(wrong.message()).isEqualTo("ADD_ALLEGATION needs party P4 to be a SUBJECT but it is a WITNESS");
      Allegation againstNobody = Allegation.of(AllegationId.of("A5"), CategoryCode.of("X"), "", List.of(), List.of(PartyId.of("Z")));
      assertThat(refused(c.addAllegation(againstNobody, Stamp.of(t(5), CASEWORKER))))
          .isInstanceOf(Rejection.UnknownParty.class);
      Allegation preDecided = Allegation.of(AllegationId.of("A6"), CategoryCode.of("X"), "", List.of(), List.of())
          .withDecision(new Decision(Outcome.of("X"), OSLO, t(5)));
      assertThat(refused(c.addAllegation(preDecided, Stamp.of(t(5), CASEWORKER))))
          .isInstanceOf(Rejection.AlreadyDecided.class);
      // a solicitor instructed for a review joins after the decision; nobody joins a case that ended
      Party solicitor = Party.person(PartyId.of("P9"), PartyRole.REPRESENTATIVE).withActsFor(COMPLAINANT);
      assertThat(ok(decided().addParty(solicitor, Stamp.of(t(9), CASEWORKER))).party(PartyId.of("P9")))
          .contains(solicitor);
      ComplaintCase withdrawn = ok(received().withdraw(COMPLAINANT, StatementForm.SIGNED_WRITTEN,
          Stamp.of(t(1), CASEWORKER)));
      assertThat(refused(withdrawn.addParty(solicitor, Stamp.of(t(9), CASEWORKER))))
          .isInstanceOf(Rejection.IllegalTransition.class);
    }

    @Test
    void should_answer_queries() {
      ComplaintCase c = investigating();
      assertThat(c.hasFlag(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE)).isTrue();
      assertThat(c.hasFlag(SeriousnessFlag.DEATH)).isFalse();
      assertThat(c.party(PartyId.of("none"))).isEmpty();
      assertThat(c.allegation(AllegationId.of("none"))).isEmpty();
      assertThat(c.eventsSince(3)).hasSize(2);
      assertThat(c.eventsSince(0)).isEqualTo(c.history());
      assertThat(c.eventsSince(c.version())).isEmpty();
      assertThatThrownBy(() -> c.eventsSince(-1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> c.eventsSince(c.version() + 1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("since must be between 0 and 5 but was 6");
      assertThatThrownBy(() -> c.party(null)).isInstanceOf(NullPointerException.class).hasMessage("partyId is null");
      assertThatThrownBy(() -> c.apply(null)).isInstanceOf(NullPointerException.class).hasMessage("event is null");
    }
  }

  // -------------------------------------------------------------- replay
  @Nested
  class Replay {
    @Test
    void should_rebuild_an_equal_case() {
      ComplaintCase original = ok(reviewWindowOpen().requestReview(COMPLAINANT, Stamp.of(t(8), CASEWORKER)));
      assertThat(ComplaintCase.replay(original.history()).get()).isEqualTo(original);
      assertThat(ComplaintCase.replay(original.history()).get().hashCode()).isEqualTo(original.hashCode());
    }

    @Test
    void should_report_an_empty_history() {
      assertThat(ComplaintCase.replay(List.empty()).getLeft()).isEqualTo(
          new Rejection.InvalidHistory(CaseStatus.RECEIVED, CommandType.RECEIVE, 0, "a history is never empty"));
    }

    @Test
    void should_report_a_history_that_does_not_start_with_a_receipt() {
      CaseEvent second = registered().history().get(1);
      Rejection r = ComplaintCase.replay(List.of(second)).getLeft();
      assertThat(r).isEqualTo(new Rejection.InvalidHistory(CaseStatus.RECEIVED, CommandType.REGISTER, 0,
          "a history starts with the receipt"));
      assertThat(r.message()).isEqualTo("event 0: a history starts with the receipt");
    }

    @Test
    void should_report_a_second_receipt_and_an_illegal_event() {
      ComplaintCase c = registered();
      Rejection twice = ComplaintCase.replay(c.history().append(c.history().head())).getLeft();
      assertThat(twice).isInstanceOfSatisfying(Rejection.InvalidHistory.class, h -> {
        assertThat(h.position()).isEqualTo(2);
        assertThat(h.state()).isEqualTo(CaseStatus.REGISTERED);
      });
      Rejection illegal = ComplaintCase.replay(c.history().append(c.history().get(1))).getLeft();
      assertThat(illegal).isInstanceOfSatisfying(Rejection.EventRefused.class, r -> {
        assertThat(r.position()).isEqualTo(2);
        assertThat(r.cause()).isInstanceOf(Rejection.IllegalTransition.class);
        assertThat(r.state()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(r.command()).isEqualTo(CommandType.REGISTER);
        assertThat(r.message()).isEqualTo("event 2: " + r.cause().message());
      });
    }

    @Test
    void should_report_the_position_of_every_refused_event() {
      ComplaintCase c = assessed();
      CaseEvent registration = c.history().get(1);
      for (int at = 2; at <= c.history().size(); at++) {
        int position = at;
        io.vavr.collection.Seq<CaseEvent> twice = c.history().insert(at, registration);
        Rejection r = ComplaintCase.replay(twice).getLeft();
        assertThat(r).as("a second registration at %d", at).isInstanceOfSatisfying(Rejection.EventRefused.class,
            refused -> assertThat(refused.position()).isEqualTo(position));
      }
    }

    @Test
    void should_carry_the_legal_basis_of_the_refused_event() {
      Rejection cause = new Rejection.RuleRefused(CaseStatus.REGISTERED, CommandType.ASSESS, "r",
          Option.some(LegalBasis.of("§ 1")), "no");
      Rejection.EventRefused r = new Rejection.EventRefused(3, cause);
      assertThat(r.legalBasis()).isEqualTo(cause.legalBasis());
      assertThatThrownBy(() -> new Rejection.EventRefused(0, cause)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("position is 0");
      assertThatThrownBy(() -> new Rejection.EventRefused(2, r)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("itself an EventRefused");
      assertThatThrownBy(() -> new Rejection.EventRefused(2, null)).hasMessage("cause is null");
    }

    @Test
    void should_apply_an_event_received_from_elsewhere() {
      ComplaintCase c = registered();
      CaseEvent ack = new CaseEvent.Acknowledged(Recipient.party(COMPLAINANT), Stamp.of(t(2), CASEWORKER));
      assertThat(c.apply(ack).get().status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
      assertThat(c.execute(ack).get().events()).containsExactly(ack);
      assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
      assertThat(c.apply(c.history().head()).getLeft()).isInstanceOf(Rejection.InvalidHistory.class);
    }
  }

  // -------------------------------------------------------------- immutability
  @Test
  void commands_leave_the_receiver_unchanged() {
    ComplaintCase before = assessed();
    ComplaintCase copy = ComplaintCase.replay(before.history()).get();
    ok(before.refer(SPESIALENHETEN, Stamp.of(t(5), CASEWORKER)));
    refused(before.close(Stamp.of(t(5), CASEWORKER)));
    assertThat(before).isEqualTo(copy);
  }

  @Test
  void equal_cases_have_equal_text_and_hash() {
    assertThat(assessed()).isEqualTo(assessed()).hasSameHashCodeAs(assessed());
    assertThat(assessed()).isNotEqualTo(acknowledged());
    assertThat(assessed().toString()).isEqualTo(assessed().toString()).startsWith("ComplaintCase[").contains("case-oslo-1");
  }

  @Test
  void instants_are_kept_exactly() {
    Instant precise = Instant.parse("2026-03-02T09:00:00.123456789Z");
    ComplaintCase c = osloReceipt().receive(Stamp.of(precise, INTAKE)).complaint();
    assertThat(ComplaintCase.replay(c.history()).get().receivedAt()).isEqualTo(precise);
  }

  @Test
  void as_of_an_instant_is_the_case_as_it_stood_then() {
    ComplaintCase c = investigating();                      // received at T0, events at t(1) .. t(4)
    assertThat(c.asOf(t(4)).get()).isSameAs(c);
    assertThat(c.asOf(t(60)).get()).isSameAs(c);
    ComplaintCase registered = c.asOf(t(1)).get();
    assertThat(registered).isEqualTo(registered());
    assertThat(registered.status()).isEqualTo(CaseStatus.REGISTERED);
    assertThat(c.asOf(t(2).minusNanos(1)).get().version()).isEqualTo(2);
    assertThat(c.asOf(T0).get()).isEqualTo(received());
    assertThat(c.asOf(T0.minusNanos(1))).isEmpty();
    assertThatThrownBy(() -> c.asOf(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("at");
  }
}
