package org.oversight.complaint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.core.Samples.*;

import org.junit.jupiter.api.Test;

class StampTest {

  // -------------------------------------------------------------- factories
  @Test
  void should_give_an_empty_reason_when_none_is_given() {
    Stamp s = Stamp.of(T0, CASEWORKER);
    assertThat(s.at()).isEqualTo(T0);
    assertThat(s.actor()).isEqualTo(CASEWORKER);
    assertThat(s.reason()).isEmpty();
    assertThat(s).isEqualTo(new Stamp(T0, CASEWORKER, "")).isEqualTo(Stamp.of(T0, CASEWORKER, ""));
  }

  @Test
  void should_keep_the_reason_given() {
    Stamp s = Stamp.of(T0, CASEWORKER, "line one\nline two\ttab");
    assertThat(s.reason()).isEqualTo("line one\nline two\ttab");
    assertThat(s).isEqualTo(new Stamp(T0, CASEWORKER, "line one\nline two\ttab")).isNotEqualTo(Stamp.of(T0, CASEWORKER));
  }

  @Test
  void should_refuse_null_arguments() {
    assertThatThrownBy(() -> Stamp.of(null, CASEWORKER)).isInstanceOf(NullPointerException.class).hasMessage("at is null");
    assertThatThrownBy(() -> Stamp.of(T0, null)).isInstanceOf(NullPointerException.class).hasMessage("actor is null");
    assertThatThrownBy(() -> Stamp.of(null, CASEWORKER, "")).isInstanceOf(NullPointerException.class)
        .hasMessage("at is null");
    assertThatThrownBy(() -> Stamp.of(T0, null, "")).isInstanceOf(NullPointerException.class)
        .hasMessage("actor is null");
    assertThatThrownBy(() -> Stamp.of(T0, CASEWORKER, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("reason is null");
  }

  @Test
  void should_check_the_reason_text() {
    assertThat(Stamp.of(T0, CASEWORKER, "x".repeat(4_000)).reason()).hasSize(4_000);
    assertThatThrownBy(() -> Stamp.of(T0, CASEWORKER, "x".repeat(4_001))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason must be at most 4000 characters but has 4001");
    assertThatThrownBy(() -> Stamp.of(T0, CASEWORKER, "a\u0000b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason must not contain control character U+0000 (at index 1)");
  }

  @Test
  void should_refuse_text_that_reads_other_than_it_is_stored() {
    assertThatThrownBy(() -> Stamp.of(T0, CASEWORKER, "ok \u202Egnp.exe"))
        .hasMessage("reason must not contain bidirectional formatting character U+202E (at index 3)");
    assertThatThrownBy(() -> Stamp.of(T0, CASEWORKER, "\u2066x")).hasMessageContaining("U+2066 (at index 0)");
    assertThatThrownBy(() -> Stamp.of(T0, CASEWORKER, "\u2069")).hasMessageContaining("U+2069");
    assertThatThrownBy(() -> Stamp.of(T0, CASEWORKER, "\u202A")).hasMessageContaining("U+202A");
    assertThatThrownBy(() -> Stamp.of(T0, CASEWORKER, "\uFEFFhello"))
        .hasMessage("reason must not contain byte order mark U+FEFF (at index 0)");
    assertThatThrownBy(() -> Stamp.of(T0, CASEWORKER, "a\uD83D"))
        .hasMessage("reason must not contain unpaired surrogate U+D83D (at index 1)");
    assertThatThrownBy(() -> Stamp.of(T0, CASEWORKER, "\uDE00a"))
        .hasMessage("reason must not contain unpaired surrogate U+DE00 (at index 0)");
    assertThatThrownBy(() -> Stamp.of(T0, CASEWORKER, "\uD83D\uD83D\uDE00"))
        .hasMessageContaining("unpaired surrogate U+D83D (at index 0)");
    // a paired surrogate (an emoji), right-to-left text and its marks stay allowed
    assertThat(Stamp.of(T0, CASEWORKER, "klage \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD \u200F").reason()).hasSize(15);
    assertThat(Stamp.of(T0, CASEWORKER, "\u2065\u202F\u2029").reason()).hasSize(3);
  }

  // -------------------------------------------------------------- withReason
  @Test
  void should_replace_the_reason_and_leave_this_stamp_unchanged() {
    Stamp s = Stamp.of(T0, CASEWORKER, "first");
    Stamp t = s.withReason("second");
    assertThat(t).isEqualTo(Stamp.of(T0, CASEWORKER, "second"));
    assertThat(s.reason()).isEqualTo("first");
    assertThat(s.withReason("")).isEqualTo(Stamp.of(T0, CASEWORKER));
    assertThatThrownBy(() -> s.withReason(null)).isInstanceOf(NullPointerException.class).hasMessage("reason is null");
    assertThatThrownBy(() -> s.withReason("x".repeat(4_001))).isInstanceOf(IllegalArgumentException.class);
  }

  // -------------------------------------------------------------- events
  @Test
  void should_be_carried_by_every_event_and_read_through_it() {
    Stamp s = Stamp.of(t(3), CASEWORKER, "why");
    CaseEvent e = new CaseEvent.Assessed(Track.CONDUCT_COMPLAINT, OSLO, s);
    assertThat(e.stamp()).isSameAs(s);
    assertThat(e.at()).isEqualTo(t(3));
    assertThat(e.actor()).isEqualTo(CASEWORKER);
    assertThat(e.reason()).isEqualTo("why");
    assertThat(ok(registered().acknowledge(Recipient.party(COMPLAINANT), s)).history().last().stamp()).isSameAs(s);
    assertThatThrownBy(() -> new CaseEvent.Closed(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("stamp is null");
    assertThatThrownBy(() -> new CaseEvent.Assessed(Track.CONDUCT_COMPLAINT, OSLO, null))
        .isInstanceOf(NullPointerException.class).hasMessage("stamp is null");
    assertThatThrownBy(() -> osloReceipt().build(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("stamp is null");
  }

  // -------------------------------------------------------------- the reasons a notice gives
  @Test
  void should_keep_the_statement_of_reasons_apart_from_the_audit_reason() {
    StatementOfReasons reasons = StatementOfReasons.of("The officer's account and the log agree.");
    Transition told = Samples.decided().notifyOutcome(io.vavr.collection.List.of(Recipient.party(Samples.COMPLAINANT)),
        reasons, Stamp.of(T0.plusSeconds(100_000), CASEWORKER)).get();
    CaseEvent.OutcomeNotified e = (CaseEvent.OutcomeNotified) told.event();
    assertThat(e.reasons()).containsExactly(reasons);
    assertThat(e.reviewRoute()).isEmpty();
    assertThat(e.reason()).isEmpty();
    assertThat(reasons.toString()).isEqualTo("StatementOfReasons[text=<withheld, 40 chars>]").doesNotContain("officer");
    assertThatThrownBy(() -> StatementOfReasons.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must not be blank");
    assertThatThrownBy(() -> StatementOfReasons.of("x".repeat(10_001))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Samples.decided().notifyOutcome(io.vavr.collection.List.of(Recipient.party(Samples.COMPLAINANT)),
        (StatementOfReasons) null, Stamp.of(T0.plusSeconds(100_000), CASEWORKER))).hasMessage("reasons is null");
  }
}
