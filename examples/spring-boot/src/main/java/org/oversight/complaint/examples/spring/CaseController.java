package org.oversight.complaint.examples.spring;

import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.Messages;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.json3.ComplaintJson;
import org.oversight.complaint.wire.AudienceView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP face of {@link CaseCommands}. Bodies are the library's wire format (events in, cases,
 * assessments and views out), read and written by complaint-json3 through Boot's {@code JsonMapper}.
 *
 * <ul>
 *   <li>{@code POST /cases}: a {@code ComplaintReceived} event opens a case; 201 with its location and
 *       version ({@code ETag}).
 *   <li>{@code GET /cases/{id}}: the case as the handling body sees it, with its version as {@code ETag}.
 *   <li>{@code POST /cases/{id}/events} with {@code If-Match: "<version>"}: the event of a command,
 *       executed through the jurisdiction's rule pack; 200 with the case after it.
 *   <li>{@code GET /cases/{id}/commands?at=}: for every command, whether the pack allows it now and, if
 *       not, the rejection with its legal basis: the question an integrator's form asks before it shows a
 *       button.
 *   <li>{@code GET /cases/{id}/assessment?at=}: the pack's assessment (obligations, breaches, warnings).
 *   <li>{@code GET /cases/{id}/views/{audience}?viewer=}: what an audience may see of the case.
 * </ul>
 *
 * <p>Refusals become problem details ({@link Problems}). {@code at} defaults to the service's clock.
 */
@RestController
@RequestMapping("/cases")
public class CaseController {

  private final CaseCommands commands;
  private final Problems problems;
  private final Clock clock;
  private final ComplaintJson json = ComplaintJson.standard();

  /**
   * Creates the controller.
   *
   * @param commands the service, not null
   * @param problems how refusals are answered, not null
   * @param clock "now", not null
   */
  public CaseController(CaseCommands commands, Problems problems, Clock clock) {
    this.commands = commands;
    this.problems = problems;
    this.clock = clock;
  }

  /**
   * Receives a complaint.
   *
   * @param event the receipt, not null
   * @param locale the request's language, for refusals
   * @return 201 with the case, or a problem detail
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> receive(@RequestBody CaseEvent event, Locale locale) {
    if (!(event instanceof CaseEvent.ComplaintReceived receipt)) {
      return problems.notAReceipt(event.command(), locale);
    }
    return answer(commands.receive(receipt), locale, created -> ResponseEntity
        .created(URI.create("/cases/" + created.id().value()))
        .eTag(etag(created))
        .body(created));
  }

  /**
   * Returns a case.
   *
   * @param id the case id
   * @param locale the request's language, for refusals
   * @return 200 with the case, or 404 as a problem detail
   */
  @GetMapping("/{id}")
  public ResponseEntity<?> get(@PathVariable("id") String id, Locale locale) {
    return found(id, locale, complaint -> ResponseEntity.ok().eTag(etag(complaint)).body(complaint));
  }

  /**
   * Executes the command an event records.
   *
   * @param id the case id
   * @param ifMatch the version the caller decided on, as the {@code ETag} it read
   * @param event the event, not null
   * @param locale the request's language, for refusals
   * @return 200 with the case after the command, or a problem detail
   */
  @PostMapping(path = "/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> execute(@PathVariable("id") String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody CaseEvent event, Locale locale) {
    Option<Long> version = version(ifMatch);
    if (version.isEmpty()) {
      return problems.versionRequired(ifMatch, locale);
    }
    Option<CaseId> caseId = caseId(id);
    if (caseId.isEmpty()) {
      return problems.badParameter("id", locale);
    }
    return answer(commands.execute(caseId.get(), version.get(), event), locale,
        after -> ResponseEntity.ok().eTag(etag(after)).body(after));
  }

  /**
   * Answers, for every command, whether the case's pack allows it now, and why not.
   *
   * @param id the case id
   * @param at the instant the command would carry, the service's clock if absent
   * @param locale the request's language, for refusals
   * @return 200 with one entry per command, or a problem detail
   */
  @GetMapping("/{id}/commands")
  public ResponseEntity<?> commands(@PathVariable("id") String id, @RequestParam("at") Optional<Instant> at, Locale locale) {
    Instant when = at.orElseGet(clock::instant);
    return found(id, locale, complaint -> {
      RulePack pack = commands.pack(complaint);
      List<Map<String, Object>> answers = new ArrayList<>();
      for (CommandType command : CommandType.values()) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("command", command);
        Option<Rejection> refusal = pack.whyRefused(complaint, command, when);
        answer.put("allowed", refusal.isEmpty());
        refusal.forEach(r -> {
          answer.put("rejection", r);
          answer.put("message", Messages.explain(r, locale, pack.zone()));
        });
        answers.add(answer);
      }
      return ResponseEntity.ok(answers);
    });
  }

  /**
   * Assesses a case under its jurisdiction's pack.
   *
   * @param id the case id
   * @param at the instant to assess at, the service's clock if absent
   * @param locale the request's language, for refusals
   * @return 200 with the assessment, or a problem detail
   */
  @GetMapping("/{id}/assessment")
  public ResponseEntity<?> assessment(@PathVariable("id") String id, @RequestParam("at") Optional<Instant> at, Locale locale) {
    Instant when = at.orElseGet(clock::instant);
    return found(id, locale, complaint -> {
      Assessment assessment = commands.pack(complaint).assess(complaint, when);
      return ResponseEntity.ok(assessment);
    });
  }

  /**
   * Returns what an audience may see of a case, under the pack's disclosure policy.
   *
   * @param id the case id
   * @param audience the audience
   * @param viewer the party who looks (a complainant, a subject, next of kin or a victim), absent for the internal and public audiences
   * @param locale the request's language, for refusals
   * @return 200 with the view, or a problem detail
   */
  @GetMapping(path = "/{id}/views/{audience}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> view(@PathVariable("id") String id, @PathVariable("audience") Audience audience,
      @RequestParam("viewer") Optional<String> viewer, Locale locale) {
    return found(id, locale, complaint -> {
      AudienceView view = AudienceView.of(commands.pack(complaint), audience);
      if (viewer.isPresent()) {
        Option<PartyId> valid = Try.of(() -> PartyId.of(viewer.get())).toOption();
        if (valid.isEmpty()) {
          return problems.badParameter("viewer", locale);
        }
        PartyId party = valid.get();
        if (complaint.party(party).isEmpty()) {
          return problems.unknownViewer(complaint.id(), party, locale);
        }
        view = view.forViewer(party);
      }
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeView(complaint, view));
    });
  }

  private ResponseEntity<?> found(String id, Locale locale,
      Function<ComplaintCase, ResponseEntity<?>> then) {
    Option<CaseId> caseId = caseId(id);
    if (caseId.isEmpty()) {
      return problems.badParameter("id", locale);
    }
    return commands.load(caseId.get())
        .map(then)
        .getOrElse(() -> problems.of(new CaseFailure.NotFound(caseId.get()), locale));
  }

  private ResponseEntity<?> answer(Either<CaseFailure, ComplaintCase> result, Locale locale,
      Function<ComplaintCase, ResponseEntity<?>> then) {
    return result.fold(failure -> problems.of(failure, locale), then);
  }

  /** A case id from a path, none if it is not one (1 to 64 letters, digits and . _ : -). */
  private static Option<CaseId> caseId(String id) {
    return Try.of(() -> CaseId.of(id)).toOption();
  }

  private static String etag(ComplaintCase complaint) {
    return "\"" + complaint.version() + "\"";
  }

  private static Option<Long> version(String ifMatch) {
    if (ifMatch == null) {
      return Option.none();
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
      return Option.none();
    }
    String digits = tag.substring(1, tag.length() - 1);
    return Try.of(() -> Long.parseLong(digits)).toOption().filter(v -> v >= 0);
  }
}
