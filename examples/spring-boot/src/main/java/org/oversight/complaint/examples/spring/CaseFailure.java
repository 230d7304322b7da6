package org.oversight.complaint.examples.spring;

import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.Rejection;

/**
 * Why the service stored nothing: a closed set, each answered by {@link Problems} as a problem detail.
 */
public sealed interface CaseFailure {

  /**
   * There is no such case.
   *
   * @param caseId the case asked for, not null
   */
  record NotFound(CaseId caseId) implements CaseFailure {}

  /**
   * A complaint with this case id was already received.
   *
   * @param caseId the case, not null
   */
  record AlreadyExists(CaseId caseId) implements CaseFailure {}

  /**
   * The service has no rule pack for the complaint's jurisdiction, so it does not take the case.
   *
   * @param jurisdiction the complaint's jurisdiction, not null
   */
  record NotHandled(JurisdictionCode jurisdiction) implements CaseFailure {}

  /**
   * The case moved on since the caller read it; the caller reloads and decides again.
   *
   * @param caseId the case, not null
   * @param expected the version the caller decided on
   * @param current the version stored now
   */
  record VersionConflict(CaseId caseId, long expected, long current) implements CaseFailure {}

  /**
   * The library refused the command: the state graph, the data or the jurisdiction's law.
   *
   * @param caseId the case, not null
   * @param rejection why, with its legal basis where there is one, not null
   */
  record Refused(CaseId caseId, Rejection rejection) implements CaseFailure {}
}
