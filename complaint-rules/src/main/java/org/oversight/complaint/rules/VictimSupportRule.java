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
   * period of their entering the case; after a yes, refer them within a period of the yes. An ask is
   * satisfied by any recorded answer for {@link ConsentPurpose#VICTIM_SUPPORT_REFERRAL}; a referral by
   * a {@link CaseEvent.VictimSupportReferred} for that party after the yes.
   *
   * @param tracks the tracks, not null
   * @param organisation the organisation (for the message; the caller may choose another, impartially), not null
   * @param askWithin the period to ask in, counted in the pack's zone, not null
   * @param referWithin the period to refer in after a yes, counted in the pack's zone, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static VictimSupportRule askAndReferWithConsent(java.util.Set<Track> tracks, Body organisation,
      DeadlinePeriod askWithin, DeadlinePeriod referWithin, LegalBasis legalBasis) {
    EnumSet<Track> t = tracks.isEmpty() ? EnumSet.noneOf(Track.class) : EnumSet.copyOf(tracks);
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
        Instant entered = Victims.entered(complaint, p);
        Recipient r = Recipient.party(p.id());
        Option<ConsentRecord> first = complaint.consents()
            .find(c -> c.party().equals(p.id()) && c.purpose() == ConsentPurpose.VICTIM_SUPPORT_REFERRAL);
        out = out.append(new Obligation("victimSupport.ask", ObligationKind.ASK_VICTIM_SUPPORT_CONSENT, r, entered,
            askWithin.deadline(entered, zone), CommandType.RECORD_CONSENT, Option.none(),
            first.map(ConsentRecord::at), legalBasis));
        Option<ConsentRecord> latest = complaint.latestConsent(p.id(), ConsentPurpose.VICTIM_SUPPORT_REFERRAL);
        if (latest.exists(c -> c.state() == ConsentState.GIVEN)) {
          Instant yes = latest.get().at();
          Option<Instant> referred = complaint.history()
              .find(e -> e instanceof CaseEvent.VictimSupportReferred
                  && ((CaseEvent.VictimSupportReferred) e).victim().equals(p.id()) && !e.at().isBefore(yes))
              .map(CaseEvent::at);
          out = out.append(new Obligation("victimSupport.refer", ObligationKind.REFER_TO_VICTIM_SUPPORT,
              Recipient.body(organisation), yes, referWithin.deadline(yes, zone),
              CommandType.REFER_TO_VICTIM_SUPPORT, Option.none(), referred, legalBasis));
        }
      }
      return out;
    };
  }
}

/** Helpers for the victim-support factory. */
final class Victims {
  private Victims() {}

  /** When a party entered the case: the receipt, or the event that added it. */
  static Instant entered(ComplaintCase complaint, Party p) {
    return complaint.history()
        .find(e -> e instanceof CaseEvent.PartyAdded && ((CaseEvent.PartyAdded) e).party().id().equals(p.id()))
        .map(CaseEvent::at)
        .getOrElse(complaint.receivedAt());
  }
}
