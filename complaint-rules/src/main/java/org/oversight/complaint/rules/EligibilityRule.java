package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;

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
 * @since 0.2
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
    EnumSet<CommandType> commands = refused.isEmpty() ? EnumSet.noneOf(CommandType.class) : EnumSet.copyOf(refused);
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
