package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentRecord;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Track;

/**
 * A victim-support rule (SE ärendeförmedling): ask the victim whether they want contact with a
 * victim-support organisation, and pass the contact on only after a recorded yes. The core refuses a
 * referral without that yes ({@link org.oversight.complaint.core.Rejection.ConsentMissing}); this
 * rule derives the obligations.
 *
 * <h2>Specification for implementors</h2>
 * Must not alter the case, must be thread-safe, deterministic, must not throw for any valid case, and
 * must never require a referral without the party's latest answer being a yes. The zone is the pack's
 * {@link RulePack#zone()}, passed at each evaluation: periods must be counted in it (for instance
 * through {@link DeadlinePeriod#deadline(Instant, ZoneId)}), never in the system default, so that the
 * factories need no zone of their own.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface VictimSupportRule {

  /**
   * Derives the obligations.
   *
   * @param complaint the case, not null
   * @param at the assessed instant, not null
   * @param zone the pack's zone, for day arithmetic, not null
   * @return the obligations, never null
   */
  Seq<Obligation> obligations(ComplaintCase complaint, Instant at, ZoneId zone);

  /**
   * No victim-support duty.
   *
   * @return the rule, never null
   */
  static VictimSupportRule none() {
    return (complaint, at, zone) -> List.empty();
  }

  /**
   * Ask every victim (and every complainant, who reported the crime) on the given tracks within a
   * period of their entering the case; after a yes, refer them within a period of the yes to the
   * named organisation. Same as {@link #informAskAndRefer} without the information duty, with
   * {@code organisation} as the organisation the case names.
   *
   * @param tracks the tracks, not null
   * @param organisation the organisation the referral is owed to, not null
   * @param askWithin the period to ask in, counted in the pack's zone, not null
   * @param referWithin the period to refer in after a yes, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static VictimSupportRule askAndReferWithConsent(java.util.Set<Track> tracks, Body organisation,
      DeadlinePeriod askWithin, DeadlinePeriod referWithin, LegalBasis legalBasis) {
    Objects.requireNonNull(organisation, "organisation is null");
    return Victims.rule(tracks, Option.some(organisation), Option.none(), askWithin, referWithin, legalBasis);
  }

  /**
   * Inform every victim (and every complainant, who reported the crime) on the given tracks about
   * the victim-support organisations within a period of their entering the case, a duty of its own
   * whatever they answer (SE: JK 5143-18-2.1); ask them within a period whether they want their
   * contact passed on; and only after a recorded yes, refer them within a period of the yes. A no,
   * or a yes taken back before the referral, owes no referral and so is never a breach.
   *
   * <p>The information is satisfied by a {@link NotificationKind#VICTIM_SUPPORT_INFORMATION} to the
   * party at or after their entering; the ask by any recorded answer for
   * {@link ConsentPurpose#VICTIM_SUPPORT_REFERRAL}; the referral by a
   * {@link CaseEvent.VictimSupportReferred} for that party after the yes, to whichever organisation
   * the case names (the choice must be impartial, so the victim's own choice counts). The referral
   * is owed to the organisation referred to once there is one, else to {@code organisation}, else
   * (no organisation chosen yet) to the victim.
   *
   * @param tracks the tracks, not null
   * @param organisation the organisation a referral goes to unless the case names another; none when the case chooses, not null
   * @param informWithin the period to inform in, counted in the pack's zone, not null
   * @param askWithin the period to ask in, counted in the pack's zone, not null
   * @param referWithin the period to refer in after a yes, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static VictimSupportRule informAskAndRefer(java.util.Set<Track> tracks, Option<Body> organisation,
      DeadlinePeriod informWithin, DeadlinePeriod askWithin, DeadlinePeriod referWithin, LegalBasis legalBasis) {
    Objects.requireNonNull(informWithin, "informWithin is null");
    return Victims.rule(tracks, organisation, Option.some(informWithin), askWithin, referWithin, legalBasis);
  }
}

/** Helpers for the victim-support factories. */
final class Victims {
  private Victims() {}

  static VictimSupportRule rule(java.util.Set<Track> tracks, Option<Body> organisation,
      Option<DeadlinePeriod> informWithin, DeadlinePeriod askWithin, DeadlinePeriod referWithin,
      LegalBasis legalBasis) {
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    Objects.requireNonNull(organisation, "organisation is null");
    Objects.requireNonNull(askWithin, "askWithin is null");
    Objects.requireNonNull(referWithin, "referWithin is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, at, zone) -> {
      if (!t.contains(complaint.track())) {
        return List.empty();
      }
      Seq<Obligation> out = List.empty();
      for (Party p : complaint.parties().filter(p -> p.is(PartyRole.VICTIM) || p.is(PartyRole.COMPLAINANT))) {
        Instant entered = entered(complaint, p);
        Recipient r = Recipient.party(p.id());
        for (DeadlinePeriod within : informWithin) {
          out = out.append(new Obligation("victimSupport.inform", ObligationKind.INFORM_ABOUT_VICTIM_SUPPORT, r,
              entered, within.deadline(entered, zone), CommandType.RECORD_NOTIFICATION,
              Option.some(NotificationKind.VICTIM_SUPPORT_INFORMATION),
              Feedback.sent(complaint, NotificationKind.VICTIM_SUPPORT_INFORMATION, r, entered), legalBasis));
        }
        Option<ConsentRecord> first = complaint.consents()
            .find(c -> c.party().equals(p.id()) && c.purpose() == ConsentPurpose.VICTIM_SUPPORT_REFERRAL);
        out = out.append(new Obligation("victimSupport.ask", ObligationKind.ASK_VICTIM_SUPPORT_CONSENT, r, entered,
            askWithin.deadline(entered, zone), CommandType.RECORD_CONSENT, Option.none(),
            first.map(ConsentRecord::at), legalBasis));
        Option<ConsentRecord> latest = complaint.latestConsent(p.id(), ConsentPurpose.VICTIM_SUPPORT_REFERRAL);
        if (latest.exists(c -> c.state() == ConsentState.GIVEN)) {
          Instant yes = latest.get().at();
          Option<CaseEvent.VictimSupportReferred> referred = complaint.history()
              .filter(e -> e instanceof CaseEvent.VictimSupportReferred)
              .map(e -> (CaseEvent.VictimSupportReferred) e)
              .find(e -> e.victim().equals(p.id()) && !e.at().isBefore(yes));
          Recipient to = referred.map(CaseEvent.VictimSupportReferred::organisation).orElse(organisation)
              .map(Recipient::body).getOrElse(r);
          out = out.append(new Obligation("victimSupport.refer", ObligationKind.REFER_TO_VICTIM_SUPPORT,
              to, yes, referWithin.deadline(yes, zone), CommandType.REFER_TO_VICTIM_SUPPORT, Option.none(),
              referred.map(CaseEvent::at), legalBasis));
        }
      }
      return out;
    };
  }

  /** When a party entered the case: the receipt, or the event that added it. */
  static Instant entered(ComplaintCase complaint, Party p) {
    return complaint.history()
        .find(e -> e instanceof CaseEvent.PartyAdded && ((CaseEvent.PartyAdded) e).party().id().equals(p.id()))
        .map(CaseEvent::at)
        .getOrElse(complaint.receivedAt());
  }
}
