package org.oversight.complaint.examples;

import java.util.Objects;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.Rejection;

/**
 * Why the case service did not store a command. Each is a value the caller can act on: reload and
 * retry after a {@link VersionConflict}, show the {@link Refused#rejection() rejection} to the
 * caseworker, and so on.
 */
public sealed interface ServiceFailure {

  /**
   * Returns a sentence for the caller.
   *
   * @return the message, never null
   */
  String message();

  /**
   * There is no case with the id.
   *
   * @param caseId the id, not null
   */
  record NotFound(CaseId caseId) implements ServiceFailure {
    /** Checks the id. */
    public NotFound {
      Objects.requireNonNull(caseId, "caseId is null");
    }

    @Override
    public String message() {
      return "there is no case " + caseId;
    }
  }

  /**
   * A case with the id exists already.
   *
   * @param caseId the id, not null
   */
  record AlreadyExists(CaseId caseId) implements ServiceFailure {
    /** Checks the id. */
    public AlreadyExists {
      Objects.requireNonNull(caseId, "caseId is null");
    }

    @Override
    public String message() {
      return "case " + caseId + " exists already";
    }
  }

  /**
   * Someone else changed the case since the caller read it (optimistic concurrency).
   *
   * @param caseId the case, not null
   * @param expected the version the caller had
   * @param actual the version stored now, -1 if the other writer's row was seen only as a clash
   */
  record VersionConflict(CaseId caseId, long expected, long actual) implements ServiceFailure {
    /** Checks the id. */
    public VersionConflict {
      Objects.requireNonNull(caseId, "caseId is null");
    }

    @Override
    public String message() {
      return "case " + caseId + " was changed by someone else: you had version " + expected
          + (actual >= 0 ? ", it is now at version " + actual : ", another writer stored that version first")
          + "; reload the case and decide again";
    }
  }

  /**
   * The core or the jurisdiction's rule pack refused the command; nothing was stored.
   *
   * @param rejection the reason, not null
   */
  record Refused(Rejection rejection) implements ServiceFailure {
    /** Checks the rejection. */
    public Refused {
      Objects.requireNonNull(rejection, "rejection is null");
    }

    @Override
    public String message() {
      return "refused " + rejection.command() + " in state " + rejection.state() + ": " + rejection.message();
    }
  }
}
