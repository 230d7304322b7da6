package org.oversight.complaint.core;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Why a command was refused: a business outcome, returned as the left side of an
 * {@code Either}, never thrown. A closed set of records that carry the data at fault (the state,
 * the attempted command, what was missing, the legal basis when a rule supplied one) as accessors,
 * and a readable English message. The complaint-rules module adds translations.
 *
 * <p>For a problem found before any case exists (an empty history, a first event that is not a
 * receipt), {@link #state()} is {@link CaseStatus#RECEIVED}, the state every case starts in.
 *
 * <p>All implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface Rejection {

  /**
   * Returns the state the case was in.
   *
   * @return the state, never null
   */
  CaseStatus state();

  /**
   * Returns the refused command.
   *
   * @return the command type, never null
   */
  CommandType command();

  /**
   * Returns a readable English explanation.
   *
   * @return the message, never null
   */
  String message();

  /**
   * Returns the legal basis of the refusal, when a rule supplied one.
   *
   * @return the legal basis, none when the refusal comes from the state graph or data, never null
   */
  default Option<LegalBasis> legalBasis() {
    return Option.none();
  }

  /**
   * The command is not allowed in the current state by the {@link StateGraph}.
   *
   * @param state the state, not null
   * @param command the command, not null
   * @param allowed the commands the graph allows in that state, not null
   */
  record IllegalTransition(CaseStatus state, CommandType command, Set<CommandType> allowed)
      implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public IllegalTransition {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(allowed, "allowed");
    }

    @Override
    public String message() {
      return command + " is not allowed in state " + state + "; allowed: " + allowed.toSortedSet().mkString(", ");
    }
  }

  /**
   * The case lacks details required for the command (for registration: when, who, what).
   *
   * @param state the state, not null
   * @param command the command, not null
   * @param missing exactly the missing details, not empty
   */
  record MissingDetails(CaseStatus state, CommandType command, Seq<RequiredDetail> missing)
      implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if missing is empty
     */
    public MissingDetails {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(missing, "missing");
      if (missing.isEmpty()) {
        throw new IllegalArgumentException("missing must not be empty");
      }
    }

    @Override
    public String message() {
      return command + " needs details the case does not have: " + missing.mkString(", ");
    }
  }

  /**
   * The command names a party the case does not have.
   *
   * @param state the state, not null
   * @param command the command, not null
   * @param party the unknown party id, not null
   */
  record UnknownParty(CaseStatus state, CommandType command, PartyId party) implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public UnknownParty {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(party, "party");
    }

    @Override
    public String message() {
      return command + " names party " + party + ", which the case does not have";
    }
  }

  /**
   * The command names an allegation the case does not have.
   *
   * @param state the state, not null
   * @param command the command, not null
   * @param allegation the unknown allegation id, not null
   */
  record UnknownAllegation(CaseStatus state, CommandType command, AllegationId allegation)
      implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public UnknownAllegation {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(allegation, "allegation");
    }

    @Override
    public String message() {
      return command + " names allegation " + allegation + ", which the case does not have";
    }
  }

  /**
   * The command adds something the case already has (a party id, an allegation id, a link).
   *
   * @param state the state, not null
   * @param command the command, not null
   * @param id the repeated id, not null
   */
  record Duplicate(CaseStatus state, CommandType command, String id) implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Duplicate {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(id, "id");
    }

    @Override
    public String message() {
      return command + " would add " + id + ", which the case already has";
    }
  }

  /**
   * The command names a party whose role does not fit (e.g. an allegation against a witness).
   *
   * @param state the state, not null
   * @param command the command, not null
   * @param party the party, not null
   * @param expected the role the command needs, not null
   * @param actual the party's role, not null
   */
  record WrongRole(
      CaseStatus state, CommandType command, PartyId party, PartyRole expected, PartyRole actual)
      implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public WrongRole {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(party, "party");
      Checks.notNull(expected, "expected");
      Checks.notNull(actual, "actual");
    }

    @Override
    public String message() {
      return command + " needs party " + party + " to be a " + expected + " but it is a " + actual;
    }
  }

  /**
   * The allegation is already decided.
   *
   * @param state the state, not null
   * @param command the command, not null
   * @param allegation the allegation, not null
   */
  record AlreadyDecided(CaseStatus state, CommandType command, AllegationId allegation)
      implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public AlreadyDecided {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(allegation, "allegation");
    }

    @Override
    public String message() {
      return "allegation " + allegation + " is already decided";
    }
  }

  /**
   * The command needs a party's consent that is not on record (the latest answer for the purpose is
   * not {@link ConsentState#GIVEN}).
   *
   * @param state the state, not null
   * @param command the command, not null
   * @param party the party whose consent is needed, not null
   * @param purpose the purpose, not null
   */
  record ConsentMissing(CaseStatus state, CommandType command, PartyId party, ConsentPurpose purpose)
      implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public ConsentMissing {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(party, "party");
      Checks.notNull(purpose, "purpose");
    }

    @Override
    public String message() {
      return command + " needs the consent of party " + party + " for " + purpose + ", which is not on record";
    }
  }

  /**
   * A review was requested, but no review route was told with the decision or rejection.
   *
   * @param state the state, not null
   * @param command the command, not null
   */
  record ReviewNotAvailable(CaseStatus state, CommandType command) implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public ReviewNotAvailable {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
    }

    @Override
    public String message() {
      return "no review or appeal route is open for this case";
    }
  }

  /**
   * A review was requested after its deadline.
   *
   * @param state the state, not null
   * @param command the command, not null
   * @param deadline the deadline (inclusive), not null
   * @param requestedAt when it was requested, not null
   * @param legalBasis the rule that sets the deadline, never null
   */
  record ReviewOutOfTime(
      CaseStatus state,
      CommandType command,
      Instant deadline,
      Instant requestedAt,
      Option<LegalBasis> legalBasis)
      implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public ReviewOutOfTime {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(deadline, "deadline");
      Checks.notNull(requestedAt, "requestedAt");
      Checks.notNull(legalBasis, "legalBasis");
    }

    @Override
    public String message() {
      return "the review was requested at " + requestedAt + ", after its deadline " + deadline
          + legalBasis.map(b -> " (" + b + ")").getOrElse("");
    }
  }

  /**
   * The command is dated before the case's last event: a history never goes back in time.
   *
   * @param state the state, not null
   * @param command the command, not null
   * @param last the instant of the last event, not null
   * @param at the command's instant, not null
   */
  record OutOfOrder(CaseStatus state, CommandType command, Instant last, Instant at)
      implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public OutOfOrder {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(last, "last");
      Checks.notNull(at, "at");
    }

    @Override
    public String message() {
      return command + " at " + at + " is before the case's last event at " + last;
    }
  }

  /**
   * The command is dated further ahead of the integrator's clock than it allows: refused by
   * {@link CommandGuard#notAheadOf(Instant, java.time.Duration)}, so that one mistyped year cannot
   * block a case (every later command would be {@link OutOfOrder}).
   *
   * @param state the state, not null
   * @param command the command, not null
   * @param at the command's instant, not null
   * @param latest the latest instant the guard accepted, not null
   */
  record AheadOfClock(CaseStatus state, CommandType command, Instant at, Instant latest)
      implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public AheadOfClock {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(at, "at");
      Checks.notNull(latest, "latest");
    }

    @Override
    public String message() {
      return command + " at " + at + " is dated after " + latest + ", the latest instant the clock allows";
    }
  }

  /**
   * A history cannot be replayed: it is empty, does not start with a receipt, or has a receipt later.
   *
   * @param state the state of the case rebuilt so far, not null
   * @param command the command of the offending event, not null
   * @param position the zero-based position of the offending event (0 for an empty history)
   * @param problem what is wrong, not null
   */
  record InvalidHistory(CaseStatus state, CommandType command, int position, String problem)
      implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public InvalidHistory {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(problem, "problem");
    }

    @Override
    public String message() {
      return "event " + position + ": " + problem;
    }
  }

  /**
   * A jurisdiction's rule refused the command (for example informal resolution of a
   * death-or-serious-injury matter, or registration past the filing limit). Produced by rule packs.
   *
   * @param state the state, not null
   * @param command the command, not null
   * @param rule the rule's identifier, not null
   * @param legalBasis the rule's legal basis, never null
   * @param explanation the rule's explanation in English, not null
   * @param pending the referral still owed, when local handling is refused because of it (the rule
   *     {@code escalation.pending}): its body, deadline and trigger; none for any other refusal, never null
   */
  record RuleRefused(
      CaseStatus state,
      CommandType command,
      String rule,
      Option<LegalBasis> legalBasis,
      String explanation,
      Option<PendingEscalation> pending)
      implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public RuleRefused {
      Checks.notNull(state, "state");
      Checks.notNull(command, "command");
      Checks.notNull(rule, "rule");
      Checks.notNull(legalBasis, "legalBasis");
      Checks.notNull(explanation, "explanation");
      Checks.notNull(pending, "pending");
    }

    /**
     * A refusal that names no pending referral.
     *
     * @param state the state, not null
     * @param command the command, not null
     * @param rule the rule's identifier, not null
     * @param legalBasis the rule's legal basis, never null
     * @param explanation the rule's explanation in English, not null
     * @throws NullPointerException if an argument is null
     */
    public RuleRefused(CaseStatus state, CommandType command, String rule, Option<LegalBasis> legalBasis,
        String explanation) {
      this(state, command, rule, legalBasis, explanation, Option.none());
    }

    @Override
    public String message() {
      return explanation + legalBasis.map(b -> " (" + b + ")").getOrElse("");
    }
  }

  /**
   * An event of a replayed history was refused: the core's own refusal of that event, with the
   * event's position in the history. {@link ComplaintCase#replay(Iterable)} reports every refused
   * event this way, so a caller can always point at the event at fault.
   *
   * @param position the zero-based position of the refused event in the history (at least 1: the
   *     receipt at position 0 is checked by {@link InvalidHistory})
   * @param cause why the core refused the event, never itself an {@code EventRefused}, not null
   */
  record EventRefused(int position, Rejection cause) implements Rejection {
    /**
     * Validates.
     *
     * @throws NullPointerException if cause is null
     * @throws IllegalArgumentException if position is below 1, or cause is an {@code EventRefused}
     */
    public EventRefused {
      Checks.notNull(cause, "cause");
      if (position < 1) {
        throw new IllegalArgumentException("position is " + position + ", must be at least 1");
      }
      if (cause instanceof EventRefused) {
        throw new IllegalArgumentException("cause is itself an EventRefused");
      }
    }

    /** The state the case was in when the event was refused. */
    @Override
    public CaseStatus state() {
      return cause.state();
    }

    /** The command of the refused event. */
    @Override
    public CommandType command() {
      return cause.command();
    }

    @Override
    public Option<LegalBasis> legalBasis() {
      return cause.legalBasis();
    }

    @Override
    public String message() {
      return "event " + position + ": " + cause.message();
    }
  }
}
