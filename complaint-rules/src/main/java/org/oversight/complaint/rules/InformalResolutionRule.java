package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentRecord;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Track;

/**
 * An informal-resolution eligibility rule (DK notitssag, E&amp;W handling outside Schedule 3): whether
 * a case may be handled informally, and if not, every reason why.
 *
 * <h2>Specification for implementors</h2>
 * Must not alter the case, must be thread-safe, deterministic, must not throw for any valid case.
 * An empty result means eligible. Refusal rule identifiers should start with {@code informal.}
 * and have a message key {@code rejection.<rule>} in every bundle.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface InformalResolutionRule {

  /**
   * Lists the reasons the case may not be handled informally.
   *
   * @param complaint the case, not null
   * @return the refusals, empty if eligible, never null
   */
  Seq<Refusal> refusals(ComplaintCase complaint);

  /** Whether informal handling needs the consent of every complainant. */
  enum Consent {
    /** Every complainant's latest answer must be a yes (DK notitssag). */
    REQUIRED,
    /** No consent is needed. */
    NOT_REQUIRED
  }

  /** Whether a complainant who says no may insist on formal handling. */
  enum Insistence {
    /** A complainant's latest answer no (or a withdrawn yes) forces formal handling (E&amp;W: the complaint must be recorded). */
    ALLOWED,
    /** A complainant's answer does not force formal handling. */
    NOT_ALLOWED
  }

  /**
   * No informal track exists in the jurisdiction.
   *
   * @param legalBasis the basis of the formal handling, not null
   * @return the rule, never null
   * @throws NullPointerException if legalBasis is null
   */
  static InformalResolutionRule notAvailable(LegalBasis legalBasis) {
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return complaint -> List.of(Refusal.of("informal.notAvailable", legalBasis,
        "this jurisdiction has no informal track; the complaint is handled formally"));
  }

  /**
   * An informal track for some tracks, excluded by flags, with or without the complainant's consent.
   *
   * <p>The complainant's answer is their latest {@link ConsentRecord} for
   * {@link ConsentPurpose#INFORMAL_RESOLUTION}: with {@link Consent#REQUIRED}, every complainant's
   * latest answer must be {@link ConsentState#GIVEN}; with {@link Insistence#ALLOWED}, a latest
   * answer {@link ConsentState#REFUSED} or {@link ConsentState#WITHDRAWN} means the complainant insists
   * on formal handling (E&amp;W: the complaint must be recorded).
   *
   * @param tracks the tracks that may be handled informally, not null
   * @param excluded flags that exclude informal handling (any mandatory-handling flag), not null
   * @param consent whether every complainant must consent (DK {@link Consent#REQUIRED}), not null
   * @param insistence whether a complainant's refusal forces formal handling (E&amp;W {@link Insistence#ALLOWED}), not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static InformalResolutionRule of(java.util.Set<Track> tracks, java.util.Set<SeriousnessFlag> excluded,
      Consent consent, Insistence insistence, LegalBasis legalBasis) {
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    EnumSet<SeriousnessFlag> x = EnumSets.copyOf(excluded, SeriousnessFlag.class);
    Objects.requireNonNull(consent, "consent is null");
    Objects.requireNonNull(insistence, "insistence is null");
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return complaint -> {
      Seq<Refusal> out = List.empty();
      if (!t.contains(complaint.track())) {
        out = out.append(Refusal.of("informal.wrongTrack", legalBasis,
            "track " + complaint.track() + " cannot be handled informally"));
      }
      Seq<SeriousnessFlag> flags = List.ofAll(x).filter(complaint::hasFlag);
      if (!flags.isEmpty()) {
        out = out.append(Refusal.of("informal.excludedFlag", legalBasis,
            "informal handling is excluded by the flags " + flags.mkString(", ")));
      }
      Seq<Party> complainants = complaint.parties(PartyRole.COMPLAINANT);
      Seq<Option<ConsentRecord>> answers = complainants.map(p ->
          complaint.latestConsent(p.id(), ConsentPurpose.INFORMAL_RESOLUTION));
      if (insistence == Insistence.ALLOWED && answers.exists(a -> a.exists(c -> c.state() != ConsentState.GIVEN))) {
        out = out.append(Refusal.of("informal.complainantInsists", legalBasis,
            "a complainant has refused informal handling and insists on formal handling"));
      } else if (consent == Consent.REQUIRED && (complainants.isEmpty()
          || answers.exists(a -> !a.exists(c -> c.state() == ConsentState.GIVEN)))) {
        out = out.append(Refusal.of("informal.consentMissing", legalBasis,
            "informal handling needs every complainant's consent on record"));
      }
      return out;
    };
  }
}
