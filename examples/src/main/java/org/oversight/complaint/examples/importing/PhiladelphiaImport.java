package org.oversight.complaint.examples.importing;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Objects;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Channel;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.IncidentTime;
import org.oversight.complaint.core.InvestigationMode;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.ReceiptBuilder;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.rules.vocabulary.Term;
import org.oversight.complaint.rules.vocabulary.Vocabularies;
import org.oversight.complaint.rules.vocabulary.Vocabulary;

/**
 * Imports the Philadelphia Police Department's "Complaints Against Police" export (OpenDataPhilly)
 * into cases, in one pass over its two files: the complaints
 * ({@code complaint_id,date_received,district_occurrence,general_cap_classification,summary}) and the
 * findings, one row per officer and allegation ({@code complaint_id,officer_id,po_race,po_sex,
 * po_assigned_unit,allegations_investigated,investigative_findings,disciplinary_findings}).
 *
 * <p>Both files must be ordered by {@code complaint_id} (compared as text), so that the findings of a
 * complaint can be joined to it while holding one complaint in memory; the published files are close
 * to that order but not in it, so sort them first, keeping the header, with a CSV-aware tool (the
 * summaries hold commas and line breaks). A row out of order is
 * reported as {@link ImportError.Kind#OUT_OF_ORDER} and skipped; a finding whose complaint is not in
 * the complaints file is an {@link ImportError.Kind#ORPHAN_ROW}.
 *
 * <p>What becomes of a complaint (through the core's public commands only):
 * <ul>
 *   <li>received at the start of {@code date_received} in Philadelphia ({@link #ZONE}); the export has
 *       no later dates, so every later event carries the same instant and says so in its reason;
 *   <li>a conduct complaint from an anonymous complainant (the export names none), received,
 *       registered as {@code PHL-<year>-<digits of complaint_id>} (with no required details: the
 *       export's completeness is the city's business), assessed and handled by {@link #INTERNAL_AFFAIRS};
 *   <li>the incident: time unknown, place the {@code district_occurrence} (unless {@code N/A}), the
 *       {@code summary} as its description;
 *   <li>one allegation per findings row, with the complaint's {@code general_cap_classification} as its
 *       category (through the vocabulary), {@code allegations_investigated} in its description, against
 *       the officer {@code officer_id} ({@code NA}: an unidentified officer) of unit {@code po_assigned_unit};
 *       {@code po_race} and {@code po_sex} are not read;
 *   <li>with findings, an investigation is opened; each {@code investigative_findings} that the
 *       vocabulary maps to an outcome decides its allegation (the {@code disciplinary_findings} go into
 *       the decision's reason); a finding that maps to a status ("Pending") leaves it undecided;
 *   <li>when every allegation is decided, the outcome is told to the complainant and the case is closed;
 *       otherwise it stays open under investigation. A complaint without findings stays assessed, with
 *       one allegation of its classification against no one.
 * </ul>
 *
 * <p>Bad rows are reported as {@link ImportError}s naming the file, line, column and value; a
 * complaint with any bad row (its own or one of its findings) gives no case. Nothing is dropped
 * without an error.
 *
 * <p>This class is immutable and thread-safe; each {@link ImportRun} it returns is not.
 *
 * @since 0.1
 */
public final class PhiladelphiaImport {
  /** The jurisdiction of imported cases. */
  public static final JurisdictionCode JURISDICTION = JurisdictionCode.of("US-PHL");
  /** Philadelphia's time zone, in which {@code date_received} is a date. */
  public static final ZoneId ZONE = ZoneId.of("America/New_York");
  /** The receiving, handling and deciding body: the Philadelphia Police Department's Internal Affairs. */
  public static final Body INTERNAL_AFFAIRS = Body.of("PHL-PPD-IAD");
  /** The actor of every imported event. */
  public static final Actor IMPORTER = Actor.of("import:philadelphia");

  static final String COMPLAINT_ID = "complaint_id";
  static final String DATE_RECEIVED = "date_received";
  static final String DISTRICT = "district_occurrence";
  static final String CLASSIFICATION = Vocabularies.GENERAL_CAP_CLASSIFICATION;
  static final String SUMMARY = "summary";
  static final String OFFICER_ID = "officer_id";
  static final String UNIT = "po_assigned_unit";
  static final String ALLEGATIONS = "allegations_investigated";
  static final String FINDING = Vocabularies.INVESTIGATIVE_FINDINGS;
  static final String DISCIPLINE = "disciplinary_findings";

  private static final Seq<String> COMPLAINT_COLUMNS =
      Vector.of(COMPLAINT_ID, DATE_RECEIVED, DISTRICT, CLASSIFICATION, SUMMARY);
  private static final Seq<String> FINDING_COLUMNS =
      Vector.of(COMPLAINT_ID, OFFICER_ID, UNIT, ALLEGATIONS, FINDING, DISCIPLINE);
  private static final PartyId COMPLAINANT = PartyId.of("C1");

  private final Vocabulary vocabulary;

  private PhiladelphiaImport(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Returns the import with the shipped Philadelphia vocabulary.
   *
   * @return the import, never null
   */
  public static PhiladelphiaImport standard() {
    return new PhiladelphiaImport(Vocabularies.philadelphia());
  }

  /**
   * Returns an import that reads categories and findings through another vocabulary (for example
   * the shipped one with an assumed reading overridden).
   *
   * @param vocabulary maps {@code general_cap_classification} and {@code investigative_findings}, not null
   * @return the import, never null
   * @throws NullPointerException if vocabulary is null
   */
  public static PhiladelphiaImport with(Vocabulary vocabulary) {
    return new PhiladelphiaImport(Objects.requireNonNull(vocabulary, "vocabulary is null"));
  }

  /**
   * Starts a pass over the two files. Nothing is read until the run is iterated.
   *
   * @param complaintsName the complaints file's name, for errors, not null
   * @param complaints the complaints file, UTF-8 text with a header, not null; closed with the run
   * @param findingsName the findings file's name, for errors, not null
   * @param findings the findings file, not null; closed with the run
   * @return the run, never null
   * @throws NullPointerException if an argument is null
   */
  public ImportRun read(String complaintsName, Reader complaints, String findingsName, Reader findings) {
    Objects.requireNonNull(complaintsName, "complaintsName is null");
    Objects.requireNonNull(complaints, "complaints is null");
    Objects.requireNonNull(findingsName, "findingsName is null");
    Objects.requireNonNull(findings, "findings is null");
    Join join = new Join(CsvRows.open(complaintsName, complaints, COMPLAINT_COLUMNS),
        CsvRows.open(findingsName, findings, FINDING_COLUMNS));
    return new ImportRun(join::next, Vector.of(join.complaints, join.findings));
  }

  /** The merge join of the two ordered files; one complaint and one finding of look-ahead. */
  private final class Join {
    final CsvRows complaints;
    final CsvRows findings;
    private final ArrayDeque<Either<Seq<ImportError>, ComplaintCase>> out = new ArrayDeque<>();
    private String lastComplaint;
    private String lastFinding;
    /** The next finding not yet joined, with its complaint id; null if none is read yet. */
    private Option<Either<ImportError, CsvRows.Row>> pending;
    private boolean complaintsEnded;
    private boolean stopped;

    Join(CsvRows complaints, CsvRows findings) {
      this.complaints = complaints;
      this.findings = findings;
    }

    Option<Either<Seq<ImportError>, ComplaintCase>> next() {
      while (out.isEmpty() && !stopped) {
        advance();
      }
      return out.isEmpty() ? Option.none() : Option.some(out.poll());
    }

    private void advance() {
      if (complaintsEnded) {
        // Whatever is left in the findings file has no complaint.
        Option<Either<ImportError, CsvRows.Row>> f = peekFinding();
        if (f.isEmpty()) {
          stopped = true;
          return;
        }
        takeFinding();
        if (f.get().isLeft()) {
          emitErrors(Vector.of(f.get().getLeft()));
        } else {
          CsvRows.Row row = f.get().get();
          emitErrors(Vector.of(orphan(row, row.values().getOrDefault(COMPLAINT_ID, ""))));
        }
        return;
      }
      Option<Either<ImportError, CsvRows.Row>> c = complaints.next();
      if (c.isEmpty()) {
        complaintsEnded = true;
        return;
      }
      if (c.get().isLeft()) {
        ImportError e = c.get().getLeft();
        emitErrors(Vector.of(e));
        stopped = complaints.headerFailed();
        return;
      }
      CsvRows.Row complaint = c.get().get();
      String id = Option.of(complaint.values().get(COMPLAINT_ID)).map(String::strip).getOrElse("");
      if (id.isEmpty()) {
        Rows rows = new Rows(complaints.source());
        rows.required(complaint, COMPLAINT_ID);
        emitErrors(rows.errors());
        return;
      }
      if (lastComplaint != null && IdOrder.compare(id, lastComplaint) <= 0) {
        emitErrors(Vector.of(ImportError.at(complaints.source(), complaint.line(), COMPLAINT_ID, id,
            ImportError.Kind.OUT_OF_ORDER, "complaint ids must increase (sort the file); the previous was "
                + lastComplaint)));
        return;
      }
      lastComplaint = id;
      Rows findingErrors = new Rows(findings.source());
      Vector<CsvRows.Row> group = findingsOf(id, findingErrors);
      if (findings.headerFailed()) {
        emitErrors(findingErrors.errors());
        stopped = true;
        return;
      }
      out.add(build(id, complaint, complaints.source(), group, findingErrors));
    }

    /** Reads the findings up to and including complaint id, reporting orphans before it. */
    private Vector<CsvRows.Row> findingsOf(String id, Rows errors) {
      Vector<CsvRows.Row> group = Vector.empty();
      while (true) {
        Option<Either<ImportError, CsvRows.Row>> f = peekFinding();
        if (f.isEmpty()) {
          return group;
        }
        if (f.get().isLeft()) {
          // A malformed findings row cannot be placed; it taints the complaint being joined.
          takeFinding();
          errors.add(f.get().getLeft());
          if (findings.headerFailed()) {
            return group;
          }
          continue;
        }
        CsvRows.Row row = f.get().get();
        String fid = Option.of(row.values().get(COMPLAINT_ID)).map(String::strip).getOrElse("");
        if (fid.isEmpty()) {
          takeFinding();
          errors.required(row, COMPLAINT_ID);
          continue;
        }
        if (lastFinding != null && IdOrder.compare(fid, lastFinding) < 0) {
          takeFinding();
          emitErrors(Vector.of(ImportError.at(findings.source(), row.line(), COMPLAINT_ID, fid,
              ImportError.Kind.OUT_OF_ORDER, "complaint ids must not decrease (sort the file); the previous was "
                  + lastFinding)));
          continue;
        }
        int order = IdOrder.compare(fid, id);
        if (order > 0) {
          return group;
        }
        takeFinding();
        lastFinding = fid;
        if (order < 0) {
          emitErrors(Vector.of(orphan(row, fid)));
        } else {
          group = group.append(row);
        }
      }
    }

    private ImportError orphan(CsvRows.Row row, String fid) {
      return ImportError.at(findings.source(), row.line(), COMPLAINT_ID, fid, ImportError.Kind.ORPHAN_ROW,
          "no complaint " + fid + " in " + complaints.source());
    }

    private Option<Either<ImportError, CsvRows.Row>> peekFinding() {
      if (pending == null) {
        pending = findings.next();
      }
      return pending;
    }

    private void takeFinding() {
      pending = null;
    }

    private void emitErrors(Seq<ImportError> errors) {
      out.add(Either.left(errors));
    }
  }

  // ---------------------------------------------------------------- one complaint

  /** A subject party and the allegation of one findings row. */
  private record Accused(Party subject, Option<String> allegations, Option<Term> finding,
      Option<String> discipline, long line) {}

  private Either<Seq<ImportError>, ComplaintCase> build(String id, CsvRows.Row complaint,
      String complaintsFile, Vector<CsvRows.Row> findingRows, Rows findingProblems) {
    Rows rows = new Rows(complaintsFile);
    long line = complaint.line();
    Option<CaseId> caseId = rows.convert(complaint, COMPLAINT_ID, Option.some(id), v -> CaseId.of("PHL-" + v));
    Option<LocalDate> received = rows.convert(complaint, DATE_RECEIVED, rows.required(complaint, DATE_RECEIVED),
        PhiladelphiaImport::date);
    Option<String> district = rows.optional(complaint, DISTRICT);
    Option<CategoryCode> category = rows.term(complaint, CLASSIFICATION, rows.required(complaint, CLASSIFICATION),
        v -> vocabulary.category(CLASSIFICATION, v));
    Option<String> summary = Option.of(complaint.values().get(SUMMARY));
    if (summary.isEmpty()) {
      rows.required(complaint, SUMMARY);
    }
    Option<Incident> incident = rows.convert(complaint, SUMMARY, summary, text -> new Incident(IncidentTime.unknown(),
        district.map(d -> "Philadelphia police district " + d), text));
    Option<CaseReference> reference = received.flatMap(date -> rows.convert(complaint, COMPLAINT_ID, Option.some(id),
        v -> CaseReference.parse("PHL-" + date.getYear() + "-" + digits(v))));

    Map<String, Party> officers = LinkedHashMap.empty();
    Vector<Accused> accused = Vector.empty();
    int unidentified = 0;
    for (CsvRows.Row f : findingRows) {
      Option<String> officer = findingProblems.optional(f, OFFICER_ID);
      Option<String> unit = findingProblems.optional(f, UNIT);
      Option<String> allegations = findingProblems.optional(f, ALLEGATIONS);
      Option<Term> finding = findingProblems.term(f, FINDING, findingProblems.required(f, FINDING),
          v -> vocabulary.finding(FINDING, v));
      Option<String> discipline = findingProblems.optional(f, DISCIPLINE);
      Option<Party> subject;
      if (officer.isEmpty()) {
        unidentified++;
        int n = unidentified;
        PartyId unknown = PartyId.of("PO-UNIDENTIFIED-" + n);
        subject = Option.some(unit.fold(() -> Party.unidentifiedSubject(unknown),
            u -> Party.unidentifiedSubject(unknown, u)));
      } else if (officers.containsKey(officer.get())) {
        subject = officers.get(officer.get());
      } else {
        subject = findingProblems.convert(f, OFFICER_ID, officer, o ->
            unit.fold(() -> Party.subject(PartyId.of("PO-" + o), SubjectKind.OFFICER, o),
                u -> Party.subject(PartyId.of("PO-" + o), SubjectKind.OFFICER, o, u)));
        if (subject.isDefined()) {
          officers = officers.put(officer.get(), subject.get());
        }
      }
      if (subject.isDefined()) {
        accused = accused.append(new Accused(subject.get(), allegations, finding, discipline, f.line()));
      }
    }
    rows.addAll(findingProblems.errors());
    if (!rows.ok()) {
      return Either.left(rows.errors());
    }
    return commands(rows, line, complaintsFile, findingProblems.source(), caseId.get(), received.get(),
        incident.get(), category.get(), reference.get(), accused);
  }

  private Either<Seq<ImportError>, ComplaintCase> commands(Rows rows, long line, String complaintsFile,
      String findingsFile, CaseId caseId, LocalDate received, Incident incident, CategoryCode category, CaseReference reference,
      Vector<Accused> accused) {
    Instant at = received.atStartOfDay(ZONE).toInstant();
    String from = "imported from " + complaintsFile + " line " + line;
    String undated = from + "; the export gives no date for this step";
    // Building the receipt may meet a value the core does not accept (a description too long, a control character).
    Option<Transition> t = rows.start(line, () -> {
      ReceiptBuilder receipt = ComplaintCase.receipt(caseId, JURISDICTION)
          .track(Track.CONDUCT_COMPLAINT)
          // The export does not say how the complaint came in; FORWARDED marks it as taken over from another system.
          .channel(Channel.FORWARDED)
          .receivingBody(INTERNAL_AFFAIRS)
          .incident(incident)
          .party(Party.anonymousComplainant(COMPLAINANT));
      accused.map(Accused::subject).distinctBy(Party::id).forEach(receipt::party);
      if (accused.isEmpty()) {
        receipt.allegation(Allegation.of(AllegationId.of("A1"), category, "no findings recorded",
            Vector.empty(), Vector.empty()));
      }
      for (int i = 0; i < accused.size(); i++) {
        Accused a = accused.get(i);
        receipt.allegation(Allegation.of(AllegationId.of("A" + (i + 1)), category,
            a.allegations().map(text -> "allegations investigated: " + text).getOrElse(""), Vector.empty(),
            Vector.of(a.subject().id())));
      }
      return receipt.receive(Stamp.of(at, IMPORTER, from));
    });
    t = rows.step(line, t, s -> s.complaint().register(reference, RegistrationRequirements.NONE,
        Stamp.of(at, IMPORTER, undated)));
    t = rows.step(line, t, s -> s.complaint().assess(Track.CONDUCT_COMPLAINT, INTERNAL_AFFAIRS,
        Stamp.of(at, IMPORTER, undated)));
    if (!accused.isEmpty()) {
      t = rows.step(line, t, s -> s.complaint().openInvestigation(InvestigationMode.LOCAL, INTERNAL_AFFAIRS,
          Stamp.of(at, IMPORTER, undated)));
    }
    for (int i = 0; i < accused.size(); i++) {
      Accused a = accused.get(i);
      if (a.finding().get() instanceof Term.OutcomeTerm) {
        Term.OutcomeTerm outcome = (Term.OutcomeTerm) a.finding().get();
        AllegationId allegation = AllegationId.of("A" + (i + 1));
        String reason = "investigative finding: " + outcome.value()
            + a.discipline().map(d -> "; disciplinary finding: " + d).getOrElse("")
            + " (imported from " + findingsFile + " line " + a.line() + "; the export gives no date)";
        t = rows.step(findingsFile, a.line(), t, s -> s.complaint().decide(allegation, outcome.outcome(), INTERNAL_AFFAIRS,
            Stamp.of(at, IMPORTER, reason)));
      }
    }
    if (t.isDefined() && t.get().complaint().status() == CaseStatus.DECIDED) {
      t = rows.step(line, t, s -> s.complaint().notifyOutcome(Vector.of(Recipient.party(COMPLAINANT)),
          Stamp.of(at, IMPORTER, undated)));
      t = rows.step(line, t, s -> s.complaint().close(Stamp.of(at, IMPORTER, undated)));
    }
    return t.isDefined() ? Either.right(t.get().complaint()) : Either.left(rows.errors());
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date (yyyy-MM-dd)");
    }
  }

  private static String digits(String id) {
    String digits = id.replaceAll("[^0-9]", "");
    if (digits.isEmpty() || digits.length() > 12) {
      throw new IllegalArgumentException("a complaint id needs 1 to 12 digits to make a case reference");
    }
    return digits;
  }
}
