package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentRecord;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.Track;

/**
 * An eligibility rule: whether a case may be handled at all, or handled in some way, as the law
 * decides it from the matter and from who complains (the regime a matter falls under, standing, an
 * ombudsman's screening). Each {@link Ineligibility} it finds refuses the commands it names on the one
 * command path ({@link RulePack#execute}, {@link RulePack#allowedCommands}, {@link RulePack#whyRefused})
 * and is reported as a {@link Warning} by {@link RulePack#assess}: both come from the same finding, so
 * they cannot disagree. A finding that refuses nothing is a screening flag only.
 *
 * <h2>Specification for implementors</h2>
 * Must not alter the case, must be thread-safe, deterministic (it reads the case and the zone only,
 * never a clock) and must not throw for any valid case. An empty result means eligible. Each finding's
 * rule identifier should have a message key {@code warning.<rule>} taking the finding's arguments and,
 * when it refuses commands, {@code rejection.<rule>}, in every bundle. The pack asks the rule once per
 * command check, so it should be cheap when it finds nothing.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface EligibilityRule {

  /**
   * Lists why the case is not eligible for some handling, and the screening flags it raises.
   *
   * @param complaint the case, not null
   * @param zone the pack's zone, for dates, not null
   * @return the findings, empty if the case is eligible, never null
   */
  Seq<Ineligibility> check(ComplaintCase complaint, ZoneId zone);

  /**
   * Who may complain: on the tracks given, a case whose complainants all have a standing outside the
   * eligible ones is not handled (E&amp;W Police Reform Act 2002 s. 12(1A)-(1B): about a person's conduct,
   * the person affected, a witness or someone acting on their behalf; otherwise someone adversely
   * affected). A complainant whose standing is not yet assessed counts as eligible, and a case without
   * a complainant (a conduct matter, a death or serious injury) is not concerned. The finding
   * {@code standing.notEligible} refuses the given commands (leave out rejection, so that the case can
   * be rejected as {@link org.oversight.complaint.core.RejectionGround#NOT_ELIGIBLE}); its warning has
   * the citation.
   *
   * @param tracks the tracks the rule applies to, not null
   * @param eligible the standings that make a complainant eligible, not null
   * @param refused the commands a case without an eligible complainant may not take, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static EligibilityRule standing(java.util.Set<Track> tracks, java.util.Set<Standing> eligible,
      java.util.Set<CommandType> refused, LegalBasis legalBasis) {
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    EnumSet<Standing> ok = EnumSets.copyOf(eligible, Standing.class);
    EnumSet<CommandType> commands = EnumSets.copyOf(refused, CommandType.class);
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, zone) -> {
      if (!t.contains(complaint.track())) {
        return List.empty();
      }
      if (anyComplainantEligible(complaint.parties(), ok)) {
        return List.empty();
      }
      Seq<Party> complainants = complaint.parties(PartyRole.COMPLAINANT);
      return List.of(Ineligibility.refusing("standing.notEligible", legalBasis, "no complainant has a standing that "
          + "allows this complaint: " + complainants.flatMap(Party::standing).distinct().mkString(", ") + "; eligible: "
          + ok, List.of(legalBasis.citation()), commands));
    };
  }

  /**
   * Tells whether the case has no complainant or one whose standing is eligible or not yet assessed. Runs in
   * every guarded command, so it walks the parties without filtering them into a new sequence.
   */
  private static boolean anyComplainantEligible(Seq<Party> parties, EnumSet<Standing> eligible) {
    boolean complainantSeen = false;
    for (Party p : parties) {
      if (p.is(PartyRole.COMPLAINANT)) {
        complainantSeen = true;
        if (p.standing().isEmpty() || eligible.contains(p.standing().get())) {
          return true;
        }
      }
    }
    return !complainantSeen;
  }

  /**
   * Written permission to complain on someone's behalf: on the tracks given, while a complainant
   * complains {@link Standing#ON_BEHALF on someone's behalf} without the written permission of the person
   * they act for, the case is neither registered nor handled (E&amp;W Police Reform Act 2002 s. 12: not for
   * a parent or guardian of a child, {@link Standing#PARENT_OF_CHILD}). The permission is that person's
   * latest answer for {@link ConsentPurpose#COMPLAINT_ON_BEHALF}, a yes given in writing
   * ({@link ConsentRecord#isGivenInWriting()}), recorded with
   * {@code recordConsent(represented, COMPLAINT_ON_BEHALF, GIVEN, WRITTEN, stamp)}. Whom a complainant acts for
   * is {@link Party#actsFor()}; for a complainant whose link is not recorded (a case written before the link
   * existed), any party's written permission other than a complainant's counts. The finding
   * {@code standing.writtenPermissionMissing} refuses the given commands; its warning has the ids of the
   * complainants whose permission is missing and the citation.
   *
   * @param tracks the tracks the rule applies to, not null
   * @param refused the commands refused while the permission is missing, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static EligibilityRule writtenPermission(java.util.Set<Track> tracks, java.util.Set<CommandType> refused,
      LegalBasis legalBasis) {
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    EnumSet<CommandType> commands = EnumSets.copyOf(refused, CommandType.class);
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, zone) -> {
      if (!t.contains(complaint.track())
          || !complaint.parties().exists(p -> p.is(PartyRole.COMPLAINANT) && p.standing().contains(Standing.ON_BEHALF))) {
        return List.empty();
      }
      Seq<Party> missing = complaint.parties(PartyRole.COMPLAINANT)
          .filter(p -> p.standing().contains(Standing.ON_BEHALF) && !permitted(complaint, p));
      if (missing.isEmpty()) {
        return List.empty();
      }
      String ids = missing.map(p -> p.id().value()).mkString(", ");
      return List.of(Ineligibility.refusing("standing.writtenPermissionMissing", legalBasis, ids
          + " complains on someone's behalf, and no written permission of theirs is on record",
          List.of(ids, legalBasis.citation()), commands));
    };
  }

  /**
   * Whether the written permission of the person a complainant acts for is on record: that person's, when
   * the link is recorded; otherwise any party's but a complainant's.
   */
  private static boolean permitted(ComplaintCase complaint, Party complainant) {
    Seq<Party> givers = complainant.actsFor().isDefined()
        ? complaint.party(complainant.actsFor().get()).toList()
        : complaint.parties().filter(p -> !p.is(PartyRole.COMPLAINANT));
    return givers.exists(p -> complaint.latestConsent(p.id(), ConsentPurpose.COMPLAINT_ON_BEHALF)
        .exists(ConsentRecord::isGivenInWriting));
  }

  /**
   * A repeat complaint: a case linked to an earlier complaint or matter it repeats with no fresh
   * indication and no fresh evidence ({@link org.oversight.complaint.core.Relation#REPEATS}) need not be
   * investigated (E&amp;W SI 2020/2 reg 6). The finding {@code repeat.noDutyToInvestigate} is a flag: it
   * refuses nothing, and the case may be rejected as a repeat complaint
   * ({@link CommandRule#repeatComplaints(LegalBasis)}). Its warning has the repeated cases' ids and the
   * citation.
   *
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if legalBasis is null
   */
  static EligibilityRule repeatComplaint(LegalBasis legalBasis) {
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, zone) -> {
      Seq<CaseId> repeated = Repeats.of(complaint);
      if (repeated.isEmpty()) {
        return List.empty();
      }
      String ids = repeated.map(CaseId::value).mkString(", ");
      return List.of(Ineligibility.flag("repeat.noDutyToInvestigate", legalBasis, "the complaint repeats " + ids
          + " with no fresh indication and no fresh evidence", List.of(ids, legalBasis.citation())));
    };
  }

  /**
   * An ombudsman's screening of anonymous complaints: on the tracks given, a case whose complainants
   * all lack a name is flagged {@code screening.anonymous} (Sweden: JO generally does not investigate
   * anonymous complaints). The flag refuses nothing: the complaint is registered, and may be closed
   * without investigation (for JO, {@link org.oversight.complaint.core.RejectionGround#NOT_INVESTIGATED}).
   * A case without a complainant is not anonymous. The warning has the citation.
   *
   * @param tracks the tracks the ombudsman screens, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static EligibilityRule anonymousScreening(java.util.Set<Track> tracks, LegalBasis legalBasis) {
    EnumSet<Track> t = EnumSets.copyOf(tracks, Track.class);
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, zone) -> {
      if (!t.contains(complaint.track())) {
        return List.empty();
      }
      Seq<Party> complainants = complaint.parties(PartyRole.COMPLAINANT);
      if (complainants.isEmpty() || complainants.exists(p -> p.name().isDefined())) {
        return List.empty();
      }
      return List.of(Ineligibility.flag("screening.anonymous", legalBasis, "the complaint is anonymous",
          List.of(legalBasis.citation())));
    };
  }

  /**
   * A regime that applies only to matters lodged from a date: a matter first lodged before it (with this
   * body or with one that forwarded it) is not brought into handling under the pack (E&amp;W: the 2020
   * regime applies to matters coming to attention from 1 February 2020, SI 2020/2). The warning
   * {@code warning.<rule>} has the lodging instant, the regime's first instant and the citation.
   *
   * @param rule the rule identifier, e.g. {@code regime.notInForce}, not blank
   * @param start the regime's first day, in the pack's zone, not null
   * @param refused the commands that would bring the matter into handling, not null
   * @param legalBasis the legal basis, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null
   */
  static EligibilityRule lodgedFrom(String rule, LocalDate start, java.util.Set<CommandType> refused,
      LegalBasis legalBasis) {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(start, "start is null");
    EnumSet<CommandType> commands = EnumSets.copyOf(refused, CommandType.class);
    Objects.requireNonNull(legalBasis, "legalBasis is null");
    return (complaint, zone) -> {
      Instant first = start.atStartOfDay(zone).toInstant();
      if (!complaint.lodgedAt().isBefore(first)) {
        return List.empty();
      }
      return List.of(Ineligibility.refusing(rule, legalBasis, "the matter was lodged at " + complaint.lodgedAt()
              + ", before the regime this pack applies begins on " + start,
          List.of(complaint.lodgedAt().toString(), first.toString(), legalBasis.citation()), commands));
    };
  }
}
