package org.oversight.complaint.benchmarks;

import java.util.Objects;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;

/**
 * The limit: a hand-written mutable entity with an enum state and a switch, as an integrator would
 * write it without any library. It records no event, builds no new object and checks no data beyond
 * the one guard; nothing can be cheaper. Its switch was written out once from the core's graph and
 * {@link Agreement} checks in every benchmark's setup that it still agrees with
 * {@link org.oversight.complaint.core.StateGraph#standard()}.
 *
 * <p>Where the core's target depends on the command's data, the switch takes the documented fixed
 * choice of {@link CommonGraph}: {@code NOTIFY_OUTCOME} opens the review window, {@code RESUME}
 * returns to the investigation; the one guard, on {@code DECIDE_ALLEGATION}, is modelled with the
 * count of open allegations.
 *
 * <p>This class is mutable and not thread-safe, like the entities it stands for.
 */
public final class HandWrittenCase {
  private CaseStatus status;
  private int openAllegations;

  /**
   * Restores an entity.
   *
   * @param status the state, not null
   * @param openAllegations the number of undecided allegations
   */
  public HandWrittenCase(CaseStatus status, int openAllegations) {
    this.status = Objects.requireNonNull(status, "status is null");
    this.openAllegations = openAllegations;
  }

  /**
   * Returns the state.
   *
   * @return the state, never null
   */
  public CaseStatus status() {
    return status;
  }

  /**
   * Returns the number of undecided allegations.
   *
   * @return the count
   */
  public int openAllegations() {
    return openAllegations;
  }

  /**
   * Fires a command.
   *
   * @param command the command, not null
   * @return true if the command was allowed (and the state changed as the graph says)
   */
  public boolean fire(CommandType command) {
    switch (status) {
      case RECEIVED:
        switch (command) {
          case REGISTER:
            status = CaseStatus.REGISTERED;
            return true;
          case WAIVE_TIME_LIMIT:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case FORWARD:
            status = CaseStatus.FORWARDED;
            return true;
          case REFER:
            status = CaseStatus.REFERRED;
            return true;
          case WITHDRAW:
            status = CaseStatus.WITHDRAWN;
            return true;
          default:
            return false;
        }
      case REGISTERED:
        switch (command) {
          case ACKNOWLEDGE:
            status = CaseStatus.ACKNOWLEDGED;
            return true;
          case WAIVE_TIME_LIMIT:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case ASSESS:
            status = CaseStatus.ASSESSED;
            return true;
          case FORWARD:
            status = CaseStatus.FORWARDED;
            return true;
          case REFER:
            status = CaseStatus.REFERRED;
            return true;
          case WITHDRAW:
            status = CaseStatus.WITHDRAWN;
            return true;
          default:
            return false;
        }
      case ACKNOWLEDGED:
        switch (command) {
          case WAIVE_TIME_LIMIT:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case ASSESS:
            status = CaseStatus.ASSESSED;
            return true;
          case FORWARD:
            status = CaseStatus.FORWARDED;
            return true;
          case REFER:
            status = CaseStatus.REFERRED;
            return true;
          case WITHDRAW:
            status = CaseStatus.WITHDRAWN;
            return true;
          default:
            return false;
        }
      case ASSESSED:
        switch (command) {
          case DECIDE_ALLEGATION:
            if (openAllegations <= 1) {
              status = CaseStatus.DECIDED;
            }
            openAllegations--;
            return true;
          case WAIVE_TIME_LIMIT:
          case ASSESS:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case REJECT:
            status = CaseStatus.REJECTED;
            return true;
          case FORWARD:
            status = CaseStatus.FORWARDED;
            return true;
          case START_INFORMAL_RESOLUTION:
            status = CaseStatus.INFORMAL_RESOLUTION;
            return true;
          case REFER:
            status = CaseStatus.REFERRED;
            return true;
          case OPEN_INVESTIGATION:
            status = CaseStatus.INVESTIGATION;
            return true;
          case WITHDRAW:
            status = CaseStatus.WITHDRAWN;
            return true;
          case SUSPEND:
            status = CaseStatus.SUSPENDED_PENDING_CRIMINAL;
            return true;
          default:
            return false;
        }
      case REJECTED:
        switch (command) {
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case REFER_TO_VICTIM_SUPPORT:
          case LINK_RELATED_CASE:
            return true;
          case REQUEST_REVIEW:
            status = CaseStatus.UNDER_REVIEW;
            return true;
          case REOPEN:
            status = CaseStatus.REOPENED;
            return true;
          default:
            return false;
        }
      case FORWARDED:
        switch (command) {
          case RECORD_NOTIFICATION:
          case LINK_RELATED_CASE:
            return true;
          default:
            return false;
        }
      case INFORMAL_RESOLUTION:
        switch (command) {
          case FALL_BACK_TO_FORMAL:
            status = CaseStatus.ASSESSED;
            return true;
          case REFER:
            status = CaseStatus.REFERRED;
            return true;
          case DECIDE_ALLEGATION:
            if (openAllegations <= 1) {
              status = CaseStatus.DECIDED;
            }
            openAllegations--;
            return true;
          case WAIVE_TIME_LIMIT:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case WITHDRAW:
            status = CaseStatus.WITHDRAWN;
            return true;
          default:
            return false;
        }
      case REFERRED:
        switch (command) {
          case REJECT:
            status = CaseStatus.REJECTED;
            return true;
          case REFER_BACK:
            status = CaseStatus.ASSESSED;
            return true;
          case OPEN_INVESTIGATION:
            status = CaseStatus.INVESTIGATION;
            return true;
          case WAIVE_TIME_LIMIT:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case WITHDRAW:
            status = CaseStatus.WITHDRAWN;
            return true;
          case DISCONTINUE:
            status = CaseStatus.DISCONTINUED;
            return true;
          default:
            return false;
        }
      case INVESTIGATION:
        switch (command) {
          case REJECT:
            status = CaseStatus.REJECTED;
            return true;
          case REFER:
            status = CaseStatus.REFERRED;
            return true;
          case OPEN_PARTY_HEARING:
            status = CaseStatus.PARTY_HEARING;
            return true;
          case DECIDE_ALLEGATION:
            if (openAllegations <= 1) {
              status = CaseStatus.DECIDED;
            }
            openAllegations--;
            return true;
          case REFER_FOR_PROSECUTION_DECISION:
            status = CaseStatus.REFERRED_FOR_PROSECUTION_DECISION;
            return true;
          case REFER_FOR_ADMINISTRATIVE_REVIEW:
            status = CaseStatus.REFERRED_FOR_ADMINISTRATIVE_REVIEW;
            return true;
          case WAIVE_TIME_LIMIT:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case WITHDRAW:
            status = CaseStatus.WITHDRAWN;
            return true;
          case DISCONTINUE:
            status = CaseStatus.DISCONTINUED;
            return true;
          case SUSPEND:
            status = CaseStatus.SUSPENDED_PENDING_CRIMINAL;
            return true;
          default:
            return false;
        }
      case PARTY_HEARING:
        switch (command) {
          case CLOSE_PARTY_HEARING:
            status = CaseStatus.INVESTIGATION;
            return true;
          case DECIDE_ALLEGATION:
            if (openAllegations <= 1) {
              status = CaseStatus.DECIDED;
            }
            openAllegations--;
            return true;
          case REFER_FOR_PROSECUTION_DECISION:
            status = CaseStatus.REFERRED_FOR_PROSECUTION_DECISION;
            return true;
          case REFER_FOR_ADMINISTRATIVE_REVIEW:
            status = CaseStatus.REFERRED_FOR_ADMINISTRATIVE_REVIEW;
            return true;
          case WAIVE_TIME_LIMIT:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case WITHDRAW:
            status = CaseStatus.WITHDRAWN;
            return true;
          case DISCONTINUE:
            status = CaseStatus.DISCONTINUED;
            return true;
          default:
            return false;
        }
      case DECIDED:
        switch (command) {
          case NOTIFY_OUTCOME:
            status = CaseStatus.REVIEW_WINDOW_OPEN;
            return true;
          case REFER_FOR_ADMINISTRATIVE_REVIEW:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case ADD_PARTY:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case OUTCOME_NOTIFIED:
        switch (command) {
          case REFER_FOR_ADMINISTRATIVE_REVIEW:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case ADD_PARTY:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case CLOSE:
            status = CaseStatus.CLOSED;
            return true;
          default:
            return false;
        }
      case REVIEW_WINDOW_OPEN:
        switch (command) {
          case REFER_FOR_ADMINISTRATIVE_REVIEW:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case ADD_PARTY:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case REQUEST_REVIEW:
            status = CaseStatus.UNDER_REVIEW;
            return true;
          case CLOSE:
            status = CaseStatus.CLOSED;
            return true;
          default:
            return false;
        }
      case UNDER_REVIEW:
        switch (command) {
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case ADD_PARTY:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case DECIDE_REVIEW:
            status = CaseStatus.REVIEW_DECIDED;
            return true;
          case WITHDRAW:
            status = CaseStatus.WITHDRAWN;
            return true;
          default:
            return false;
        }
      case REVIEW_DECIDED:
        switch (command) {
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case ADD_PARTY:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case REOPEN:
            status = CaseStatus.REOPENED;
            return true;
          case CLOSE:
            status = CaseStatus.CLOSED;
            return true;
          default:
            return false;
        }
      case REOPENED:
        switch (command) {
          case ASSESS:
            status = CaseStatus.ASSESSED;
            return true;
          case REFER:
            status = CaseStatus.REFERRED;
            return true;
          case OPEN_INVESTIGATION:
            status = CaseStatus.INVESTIGATION;
            return true;
          case WAIVE_TIME_LIMIT:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case WITHDRAW:
            status = CaseStatus.WITHDRAWN;
            return true;
          default:
            return false;
        }
      case CLOSED:
        switch (command) {
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case REFER_TO_VICTIM_SUPPORT:
          case LINK_RELATED_CASE:
            return true;
          case REOPEN:
            status = CaseStatus.REOPENED;
            return true;
          default:
            return false;
        }
      case WITHDRAWN:
        switch (command) {
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case REFER_TO_VICTIM_SUPPORT:
          case LINK_RELATED_CASE:
            return true;
          case REOPEN:
            status = CaseStatus.REOPENED;
            return true;
          default:
            return false;
        }
      case DISCONTINUED:
        switch (command) {
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case REFER_TO_VICTIM_SUPPORT:
          case LINK_RELATED_CASE:
            return true;
          case REOPEN:
            status = CaseStatus.REOPENED;
            return true;
          default:
            return false;
        }
      case SUSPENDED_PENDING_CRIMINAL:
        switch (command) {
          case WAIVE_TIME_LIMIT:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case WITHDRAW:
            status = CaseStatus.WITHDRAWN;
            return true;
          case DISCONTINUE:
            status = CaseStatus.DISCONTINUED;
            return true;
          case RESUME:
            status = CaseStatus.INVESTIGATION;
            return true;
          default:
            return false;
        }
      case REFERRED_FOR_PROSECUTION_DECISION:
        switch (command) {
          case DECIDE_ALLEGATION:
            if (openAllegations <= 1) {
              status = CaseStatus.DECIDED;
            }
            openAllegations--;
            return true;
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case REFERRED_FOR_ADMINISTRATIVE_REVIEW:
        switch (command) {
          case DECIDE_ALLEGATION:
            if (openAllegations <= 1) {
              status = CaseStatus.DECIDED;
            }
            openAllegations--;
            return true;
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          case CLOSE:
            status = CaseStatus.CLOSED;
            return true;
          default:
            return false;
        }
      default:
        return false;
    }
  }

  /**
   * Tells whether a command is allowed in a state: the hand-written counterpart of
   * {@link org.oversight.complaint.core.StateGraph#isAllowed}.
   *
   * @param state the state, not null
   * @param command the command, not null
   * @return true if allowed
   */
  public static boolean isAllowed(CaseStatus state, CommandType command) {
    switch (state) {
      case RECEIVED:
        switch (command) {
          case REGISTER:
          case WAIVE_TIME_LIMIT:
          case FORWARD:
          case REFER:
          case RECORD_NOTIFICATION:
          case WITHDRAW:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case REGISTERED:
        switch (command) {
          case ACKNOWLEDGE:
          case WAIVE_TIME_LIMIT:
          case ASSESS:
          case FORWARD:
          case REFER:
          case RECORD_NOTIFICATION:
          case WITHDRAW:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case ACKNOWLEDGED:
        switch (command) {
          case WAIVE_TIME_LIMIT:
          case ASSESS:
          case FORWARD:
          case REFER:
          case RECORD_NOTIFICATION:
          case WITHDRAW:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case ASSESSED:
        switch (command) {
          case DECIDE_ALLEGATION:
          case WAIVE_TIME_LIMIT:
          case ASSESS:
          case REJECT:
          case FORWARD:
          case START_INFORMAL_RESOLUTION:
          case REFER:
          case OPEN_INVESTIGATION:
          case RECORD_NOTIFICATION:
          case WITHDRAW:
          case SUSPEND:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case REJECTED:
        switch (command) {
          case RECORD_NOTIFICATION:
          case REQUEST_REVIEW:
          case REOPEN:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case REFER_TO_VICTIM_SUPPORT:
          case LINK_RELATED_CASE:
            return true;
          default:
            return false;
        }
      case FORWARDED:
        switch (command) {
          case RECORD_NOTIFICATION:
          case LINK_RELATED_CASE:
            return true;
          default:
            return false;
        }
      case INFORMAL_RESOLUTION:
        switch (command) {
          case WAIVE_TIME_LIMIT:
          case FALL_BACK_TO_FORMAL:
          case REFER:
          case DECIDE_ALLEGATION:
          case RECORD_NOTIFICATION:
          case WITHDRAW:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case REFERRED:
        switch (command) {
          case WAIVE_TIME_LIMIT:
          case REJECT:
          case REFER_BACK:
          case OPEN_INVESTIGATION:
          case RECORD_NOTIFICATION:
          case WITHDRAW:
          case DISCONTINUE:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case INVESTIGATION:
        switch (command) {
          case REJECT:
          case WAIVE_TIME_LIMIT:
          case REFER:
          case OPEN_PARTY_HEARING:
          case DECIDE_ALLEGATION:
          case REFER_FOR_PROSECUTION_DECISION:
          case REFER_FOR_ADMINISTRATIVE_REVIEW:
          case RECORD_NOTIFICATION:
          case WITHDRAW:
          case DISCONTINUE:
          case SUSPEND:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case PARTY_HEARING:
        switch (command) {
          case WAIVE_TIME_LIMIT:
          case CLOSE_PARTY_HEARING:
          case DECIDE_ALLEGATION:
          case REFER_FOR_PROSECUTION_DECISION:
          case REFER_FOR_ADMINISTRATIVE_REVIEW:
          case RECORD_NOTIFICATION:
          case WITHDRAW:
          case DISCONTINUE:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case DECIDED:
        switch (command) {
          case REFER_FOR_ADMINISTRATIVE_REVIEW:
          case NOTIFY_OUTCOME:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case ADD_PARTY:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case OUTCOME_NOTIFIED:
        switch (command) {
          case REFER_FOR_ADMINISTRATIVE_REVIEW:
          case RECORD_NOTIFICATION:
          case CLOSE:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case ADD_PARTY:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case REVIEW_WINDOW_OPEN:
        switch (command) {
          case REFER_FOR_ADMINISTRATIVE_REVIEW:
          case RECORD_NOTIFICATION:
          case REQUEST_REVIEW:
          case CLOSE:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case ADD_PARTY:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case UNDER_REVIEW:
        switch (command) {
          case RECORD_NOTIFICATION:
          case DECIDE_REVIEW:
          case WITHDRAW:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case ADD_PARTY:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case REVIEW_DECIDED:
        switch (command) {
          case RECORD_NOTIFICATION:
          case REOPEN:
          case CLOSE:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case ADD_PARTY:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case REOPENED:
        switch (command) {
          case WAIVE_TIME_LIMIT:
          case ASSESS:
          case REFER:
          case OPEN_INVESTIGATION:
          case RECORD_NOTIFICATION:
          case WITHDRAW:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case CLOSED:
        switch (command) {
          case RECORD_NOTIFICATION:
          case REOPEN:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case REFER_TO_VICTIM_SUPPORT:
          case LINK_RELATED_CASE:
            return true;
          default:
            return false;
        }
      case WITHDRAWN:
        switch (command) {
          case RECORD_NOTIFICATION:
          case REOPEN:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case REFER_TO_VICTIM_SUPPORT:
          case LINK_RELATED_CASE:
            return true;
          default:
            return false;
        }
      case DISCONTINUED:
        switch (command) {
          case RECORD_NOTIFICATION:
          case REOPEN:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case REFER_TO_VICTIM_SUPPORT:
          case LINK_RELATED_CASE:
            return true;
          default:
            return false;
        }
      case SUSPENDED_PENDING_CRIMINAL:
        switch (command) {
          case WAIVE_TIME_LIMIT:
          case RECORD_NOTIFICATION:
          case WITHDRAW:
          case DISCONTINUE:
          case RESUME:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case ADD_ALLEGATION:
          case SPLIT_OFF:
          case ADD_PARTY:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case REFERRED_FOR_PROSECUTION_DECISION:
        switch (command) {
          case DECIDE_ALLEGATION:
          case RECORD_NOTIFICATION:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      case REFERRED_FOR_ADMINISTRATIVE_REVIEW:
        switch (command) {
          case DECIDE_ALLEGATION:
          case RECORD_NOTIFICATION:
          case CLOSE:
          case RECORD_CONSENT:
          case RECORD_MEASURE:
          case LINK_RELATED_CASE:
          case REFER_TO_VICTIM_SUPPORT:
            return true;
          default:
            return false;
        }
      default:
        return false;
    }
  }
}
