package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;

/** An obligation has an end: pending, met, met late, lapsed or missed; a missed one stops growing. */
class ObligationStatusTest {

  private static final RulePack NO = NorwayRules.pack();
  private static final ZoneId OSLO_ZONE = NorwayRules.ZONE;
  private static final Body OSLO = Body.of("NO-OSLO-PD");
  /** Investigated from 31 January: the delay notice is due by 28 February (one month). */
  private static final ComplaintCase INVESTIGATED =
      spec(NorwayRules.JURISDICTION, Track.CONDUCT_COMPLAINT, OSLO).investigatedAt("2026-01-31T10:00:00Z");

  private static Obligation delayNotice(ComplaintCase c, Instant at) {
    return NO.assess(c, at).obligations().filter(o -> o.kind() == ObligationKind.DELAY_NOTICE).single();
  }

  @Test
  void anUnsentNoticeOnAnOpenCaseIsPendingAndItsDelayGrows() {
    Obligation o = delayNotice(INVESTIGATED, t("2026-03-10T10:00:00Z"));
    assertThat(o.status()).isEqualTo(Obligation.Status.PENDING);
    assertThat(o.dueDate(OSLO_ZONE)).isEqualTo(LocalDate.of(2026, 2, 28));
    Assessment march10 = NO.assess(INVESTIGATED, t("2026-03-10T10:00:00Z"));
    Assessment march20 = NO.assess(INVESTIGATED, t("2026-03-20T10:00:00Z"));
    assertThat(march10.pending()).containsExactly(o);
    assertThat(march10.breaches().single().daysOverdue(OSLO_ZONE)).isEqualTo(10);
    assertThat(march20.breaches().single().daysOverdue(OSLO_ZONE)).isEqualTo(20);
  }

  @Test
  void aNoticeSentInTimeIsMetAndOneSentLateIsMetLateByItsDays() {
    ComplaintCase onTime = sent(INVESTIGATED, NotificationKind.DELAY_NOTICE, TO_COMPLAINANT, t("2026-02-20T10:00:00Z"));
    ComplaintCase late = sent(INVESTIGATED, NotificationKind.DELAY_NOTICE, TO_COMPLAINANT, t("2026-03-02T10:00:00Z"));
    Instant later = t("2026-06-01T10:00:00Z");
    assertThat(delayNotice(onTime, later).status()).isEqualTo(Obligation.Status.MET);
    assertThat(delayNotice(onTime, later).daysLate(later, OSLO_ZONE)).isZero();
    assertThat(delayNotice(late, later).status()).isEqualTo(Obligation.Status.MET_LATE);
    assertThat(delayNotice(late, later).daysLate(later, OSLO_ZONE)).isEqualTo(2);
    assertThat(NO.assess(late, later).with(Obligation.Status.MET_LATE)).hasSize(1);
    assertThat(NO.assess(late, later).breaches()).isEmpty();
  }

  @Test
  void aNoticeNeverSentBeforeTheDecisionIsMissedOnceAndStopsGrowing() {
    ComplaintCase decided = decideAll(INVESTIGATED, "NOT_CRITICISABLE", OSLO, t("2026-04-10T10:00:00Z"));
    Assessment may = NO.assess(decided, t("2026-05-01T10:00:00Z"));
    Assessment december = NO.assess(decided, t("2026-12-01T10:00:00Z"));
    Obligation missed = may.with(Obligation.Status.MISSED).single();
    assertThat(missed.kind()).isEqualTo(ObligationKind.DELAY_NOTICE);
    assertThat(missed.endedAt()).contains(t("2026-04-10T10:00:00Z"));
    assertThat(may.pending().map(Obligation::kind)).doesNotContain(ObligationKind.DELAY_NOTICE);
    Breach inMay = delayBreach(may);
    Breach inDecember = delayBreach(december);
    assertThat(inMay.daysOverdue(OSLO_ZONE)).isEqualTo(41);
    assertThat(inDecember.daysOverdue(OSLO_ZONE)).isEqualTo(41);
    assertThat(inDecember.overdueBy()).isEqualTo(inMay.overdueBy());
    assertThat(inDecember.message(java.util.Locale.ENGLISH, OSLO_ZONE)).startsWith("Overdue by 41 days: ");
  }

  /** The one breach of the delay notice: each missed duty counts once. */
  private static Breach delayBreach(Assessment a) {
    return a.breaches().filter(b -> b.obligation().kind() == ObligationKind.DELAY_NOTICE).single();
  }

  @Test
  void aLetterNoLongerOwedLapsesWithoutABreachAndACommandDutyEndedEarlyIsMissed() {
    Instant from = t("2026-03-01T10:00:00Z");
    Instant due = t("2026-03-10T22:59:59.999999999Z");
    LegalBasis basis = LegalBasis.of("basis");
    Obligation letter = new Obligation("r", ObligationKind.WITHDRAWAL_NOTICE, TO_COMPLAINANT, from, due,
        CommandType.RECORD_NOTIFICATION, Option.some(NotificationKind.OTHER), Option.none(), basis);
    Obligation referral = new Obligation("r", ObligationKind.REFER, Recipient.body(NorwayRules.SPESIALENHETEN), from,
        due, CommandType.REFER, Option.none(), Option.none(), basis);
    Instant closed = t("2026-03-05T10:00:00Z");
    assertThat(letter.endedAt(closed).status()).isEqualTo(Obligation.Status.LAPSED);
    assertThat(letter.endedAt(closed).isOverdueAt(t("2026-04-01T10:00:00Z"))).isFalse();
    assertThat(letter.endedAt(t("2026-03-20T10:00:00Z")).status()).isEqualTo(Obligation.Status.MISSED);
    assertThat(referral.endedAt(closed).status()).isEqualTo(Obligation.Status.MISSED);
    assertThat(letter.status()).isEqualTo(Obligation.Status.PENDING);
    Obligation met = new Obligation("r", ObligationKind.WITHDRAWAL_NOTICE, TO_COMPLAINANT, from, due,
        CommandType.RECORD_NOTIFICATION, Option.some(NotificationKind.OTHER), Option.some(closed), basis);
    assertThat(met.endedAt(t("2026-03-20T10:00:00Z"))).isSameAs(met);
    assertThat(met.status()).isEqualTo(Obligation.Status.MET);
  }
}
