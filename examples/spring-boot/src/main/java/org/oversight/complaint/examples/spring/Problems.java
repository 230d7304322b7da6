package org.oversight.complaint.examples.spring;

import java.net.URI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.json3.ComplaintJsonException;
import org.oversight.complaint.rules.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal as an RFC 9457 problem detail ({@code application/problem+json}): {@code type} names
 * the kind of refusal ({@code urn:oversight-complaint:rejection:RuleRefused},
 * {@code urn:oversight-complaint:problem:version-conflict}...), {@code detail} is the message in the
 * request's language (en, nb, da or sv, from {@code Accept-Language}), and the extension members carry
 * the data: {@code rejection} (the library's rejection in its wire format), {@code legalBasis},
 * {@code caseId}, the versions of a conflict, the JSON pointer of an unreadable body.
 *
 * <p>Statuses: 404 no such case; 409 when the case's state is what stands in the way (the command is
 * not allowed in this state, the case moved on, the allegation is already decided, the case exists);
 * 422 when the command itself is refused (missing details, unknown party, the law); 428 without
 * {@code If-Match}; 400 for a body or parameter that cannot be read; 500 for a stored history that was
 * changed behind the service's back (its event chain does not verify).
 *
 * <p>It comes before Boot's own problem-detail handler ({@code spring.mvc.problemdetails.enabled}), which
 * still answers Spring MVC's other errors (405, 415...) as problem details.
 *
 * <p>Thread-safe.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Problems {

  private static final String REJECTION = "urn:oversight-complaint:rejection:";
  private static final String PROBLEM = "urn:oversight-complaint:problem:";

  /**
   * Answers a failure of the service.
   *
   * @param failure the failure, not null
   * @param locale the request's language, not null
   * @return the problem detail, never null
   */
  public ResponseEntity<ProblemDetail> of(CaseFailure failure, Locale locale) {
    if (failure instanceof CaseFailure.Refused refused) {
      return rejected(refused.caseId(), refused.rejection(), locale);
    }
    ProblemDetail problem;
    if (failure instanceof CaseFailure.NotFound notFound) {
      problem = problem(HttpStatus.NOT_FOUND, "not-found", locale, notFound.caseId());
      problem.setProperty("caseId", notFound.caseId().value());
    } else if (failure instanceof CaseFailure.AlreadyExists exists) {
      problem = problem(HttpStatus.CONFLICT, "already-exists", locale, exists.caseId());
      problem.setProperty("caseId", exists.caseId().value());
    } else if (failure instanceof CaseFailure.NotHandled notHandled) {
      problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "not-handled", locale, notHandled.jurisdiction());
      problem.setProperty("jurisdiction", notHandled.jurisdiction().value());
    } else {
      CaseFailure.VersionConflict conflict = (CaseFailure.VersionConflict) failure;
      problem = problem(HttpStatus.CONFLICT, "version-conflict", locale, conflict.caseId(), conflict.expected(),
          conflict.current());
      problem.setProperty("caseId", conflict.caseId().value());
      problem.setProperty("expectedVersion", conflict.expected());
      problem.setProperty("currentVersion", conflict.current());
    }
    return answer(problem);
  }

  /**
   * Answers a body that is an event but not a receipt, where a complaint must be received.
   *
   * @param command the command the event records, not null
   * @param locale the request's language, not null
   * @return 422, never null
   */
  public ResponseEntity<ProblemDetail> notAReceipt(CommandType command, Locale locale) {
    ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "not-a-receipt", locale, command);
    problem.setProperty("command", command);
    return answer(problem);
  }

  /**
   * Answers a command without a usable {@code If-Match} header.
   *
   * @param ifMatch the header as sent, null if absent
   * @param locale the request's language, not null
   * @return 428, never null
   */
  public ResponseEntity<ProblemDetail> versionRequired(String ifMatch, Locale locale) {
    ProblemDetail problem = problem(HttpStatus.PRECONDITION_REQUIRED, "version-required", locale,
        ifMatch == null ? "-" : ifMatch);
    return answer(problem);
  }

  /**
   * Answers a view asked for a viewer who is not a party to the case.
   *
   * @param caseId the case, not null
   * @param party the viewer asked for, not null
   * @param locale the request's language, not null
   * @return 422, never null
   */
  public ResponseEntity<ProblemDetail> unknownViewer(CaseId caseId, PartyId party, Locale locale) {
    ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-viewer", locale, party, caseId);
    problem.setProperty("caseId", caseId.value());
    problem.setProperty("viewer", party.value());
    return answer(problem);
  }

  /**
   * A body that is not the wire format: the library's typed error names the JSON pointer at fault and
   * what was expected there.
   *
   * @param unreadable Spring's exception, not null
   * @param locale the request's language, not null
   * @return 400, never null
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
    ComplaintJsonException wire = wireError(unreadable);
    ProblemDetail problem;
    if (wire != null) {
      problem = problem(HttpStatus.BAD_REQUEST, "unreadable", locale, wire.pointer(), wire.expected());
      problem.setProperty("pointer", wire.pointer().toString());
      problem.setProperty("problem", wire.problem());
      problem.setProperty("expected", wire.expected());
    } else {
      problem = problem(HttpStatus.BAD_REQUEST, "unreadable", locale, "", "JSON");
    }
    return answer(problem);
  }

  /**
   * A path or query parameter that is not a value of its type (an unknown audience, a malformed
   * instant).
   *
   * @param mismatch Spring's exception, not null
   * @param locale the request's language, not null
   * @return 400, never null
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException mismatch, Locale locale) {
    return badParameter(mismatch.getName(), locale);
  }

  /**
   * A path or query parameter that is not a valid value (a malformed case or party id).
   *
   * @param name the parameter's name, not null
   * @param locale the request's language, not null
   * @return 400, never null
   */
  public ResponseEntity<ProblemDetail> badParameter(String name, Locale locale) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-parameter", locale, name);
    problem.setProperty("parameter", name);
    return answer(problem);
  }

  /**
   * A case whose stored events are not the ones the service wrote: nothing is replayed from them.
   *
   * @param tampered the store's exception, not null
   * @param locale the request's language, not null
   * @return 500, with the position and kind of the break, never null
   */
  @ExceptionHandler(CaseStore.TamperedHistory.class)
  public ResponseEntity<ProblemDetail> tampered(CaseStore.TamperedHistory tampered, Locale locale) {
    ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "history-tampered", locale,
        tampered.caseId(), tampered.broken().position(), tampered.broken().kind());
    problem.setProperty("caseId", tampered.caseId().value());
    problem.setProperty("position", tampered.broken().position());
    problem.setProperty("break", tampered.broken().kind());
    return answer(problem);
  }

  private ResponseEntity<ProblemDetail> rejected(CaseId caseId, Rejection rejection, Locale locale) {
    Rejection cause = rejection instanceof Rejection.EventRefused refused ? refused.cause() : rejection;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(cause), Messages.explain(rejection, locale));
    problem.setType(URI.create(REJECTION + rejection.getClass().getSimpleName()));
    problem.setTitle(text("title.rejection", locale));
    problem.setProperty("caseId", caseId.value());
    problem.setProperty("rejection", rejection);
    rejection.legalBasis().forEach(basis -> problem.setProperty("legalBasis", basis.citation()));
    return answer(problem);
  }

  /** 409 where the case's state stands in the way, 422 where the command itself is refused. */
  private static HttpStatusCode status(Rejection rejection) {
    if (rejection instanceof Rejection.IllegalTransition
        || rejection instanceof Rejection.AlreadyDecided
        || rejection instanceof Rejection.Duplicate
        || rejection instanceof Rejection.ReviewNotAvailable
        || rejection instanceof Rejection.OutOfOrder) {
      return HttpStatus.CONFLICT;
    }
    return HttpStatus.UNPROCESSABLE_CONTENT;
  }

  private static ProblemDetail problem(HttpStatus status, String kind, Locale locale, Object... args) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
        new MessageFormat(text("detail." + kind, locale), locale).format(args));
    problem.setType(URI.create(PROBLEM + kind));
    problem.setTitle(text("title." + kind, locale));
    return problem;
  }

  private static String text(String key, Locale locale) {
    // Without a bundle for the request's language, English: never the server's default locale.
    return ResourceBundle.getBundle("org.oversight.complaint.examples.spring.problems", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static ComplaintJsonException wireError(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ComplaintJsonException wire) {
        return wire;
      }
    }
    return null;
  }
}
