package org.oversight.complaint.importing;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
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
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.core.Transition;
import org.oversight.complaint.rules.overview.DecisionDates;
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
 * <p>The files are read as the city publishes them: unsorted, the findings of a complaint anywhere in
 * their file. They are grouped by {@code complaint_id} with bounded memory ({@link #partitions(int)}):
 * each file is read once and its rows spilled to temporary files by complaint id, then one partition
 * at a time is joined in memory. Errors and warnings name lines of the published files.
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
 * <p>Nothing is dropped silently. Summaries with C1 control characters (Windows-1252 quotes stored
 * as U+0091 to U+0094, U+0085) are repaired and reported as {@link ImportWarning}s. A findings row with a
 * bad value ({@code #VALUE!}, an unknown finding) is refused on its own: the complaint keeps its other
 * findings and is marked incomplete ({@link Imported.Kept#isComplete()}). A complaint whose own row is
 * unusable (no date, an unknown classification) is refused with its findings; a second row for the same
 * complaint is a {@link ImportError.Kind#DUPLICATE_ROW}; findings of a complaint the complaints file
 * lacks are {@link ImportError.Kind#ORPHAN_ROW}s.
 *
 * <p>The export dates no decision (every event carries the date of receipt), so the overview
 * ({@link #overview}) leaves the day figures out ({@link DecisionDates#NOT_RECORDED}): absent, not 0.
 *
 * <p>This class is immutable and thread-safe; each {@link ImportRun} it returns is not.
 *
 * @since 0.1
 */
public final class PhiladelphiaImport extends PublisherImport<PhiladelphiaImport> {
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


  private PhiladelphiaImport(Vocabulary vocabulary, int partitions) {
    super(vocabulary, partitions, ZONE, DecisionDates.NOT_RECORDED, PhiladelphiaImport::new);
  }

  /**
   * Returns the import with the shipped Philadelphia vocabulary.
   *
   * @return the import, never null
   */
  public static PhiladelphiaImport standard() {
    return new PhiladelphiaImport(Vocabularies.philadelphia(), PARTITIONS);
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
    return new PhiladelphiaImport(vocabulary, PARTITIONS);
  }



  /**
   * Starts a pass over the two files. Nothing is read until the run is iterated; then both files are
   * read once and spilled to temporary files, deleted when the run is closed.
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
    return Join.twoFiles(complaintsName, complaints, COMPLAINT_COLUMNS, findingsName, findings, FINDING_COLUMNS, COMPLAINT_ID, partitionCount(),
        (id, c, rows) -> build(id, c, complaintsName, rows, findingsName));
  }

  /** The error of a row refused because its complaint is. */
  static ImportError withComplaint(String file, CsvRows.Row row, String id, String complaintFile, long complaintLine) {
    return ImportError.at(file, row.line(), COMPLAINT_ID, id, ImportError.Kind.COMPLAINT_REFUSED,
        "complaint " + id + " is refused (" + complaintFile + " line " + complaintLine + ")");
  }

  static Vector<ImportWarning> repairs(Vector<CsvRows.Row> rows) {
    return rows.exists(r -> !r.repairs().isEmpty()) ? rows.flatMap(CsvRows.Row::repairs) : Vector.empty();
  }

  // ---------------------------------------------------------------- one complaint

  /** A subject party and the allegation of one findings row. */
  private record Accused(Party subject, Option<String> allegations, Option<Term> finding,
      Option<String> discipline, long line) {}

  private Imported build(String id, Vector<CsvRows.Row> complaintRows, String complaintsFile,
      Vector<CsvRows.Row> findingRows, String findingsFile) {
    CsvRows.Row complaint = complaintRows.head();
    Vector<ImportWarning> warnings = repairs(complaintRows).appendAll(repairs(findingRows));
    Rows rows = new Rows(complaintsFile);
    long line = complaint.line();
    Option<CaseId> caseId = rows.convert(complaint, COMPLAINT_ID, Option.some(id), v -> CaseId.of("PHL-" + v));
    Option<LocalDate> received = rows.convert(complaint, DATE_RECEIVED, rows.required(complaint, DATE_RECEIVED),
        PhiladelphiaImport::date);
    Option<String> district = rows.optional(complaint, DISTRICT);
    Option<CategoryCode> category = rows.term(complaint, CLASSIFICATION, rows.required(complaint, CLASSIFICATION),
        v -> vocabulary().category(CLASSIFICATION, v));
    Option<String> summary = Option.of(complaint.value(SUMMARY));
    if (summary.isEmpty()) {
      rows.required(complaint, SUMMARY);
    }
    Option<Incident> incident = rows.convert(complaint, SUMMARY, summary, text -> new Incident(IncidentTime.unknown(),
        district.map(d -> "Philadelphia police district " + d), text));
    Option<CaseReference> reference = received.flatMap(date -> rows.convert(complaint, COMPLAINT_ID, Option.some(id),
        v -> CaseReference.parse("PHL-" + date.getYear() + "-" + digits(v))));
    Rows refused = new Rows(findingsFile);
    complaintRows.tail().forEach(extra -> refused.add(ImportError.at(complaintsFile, extra.line(), COMPLAINT_ID, id,
        ImportError.Kind.DUPLICATE_ROW, "complaint " + id + " already has line " + line)));
    if (!rows.ok()) {
      return new Imported.Refused(rows.errors().appendAll(refused.errors()).appendAll(
          findingRows.map(f -> withComplaint(findingsFile, f, id, complaintsFile, line))), warnings,
          complaintRows.size() + findingRows.size());
    }
    Map<String, Party> officers = LinkedHashMap.empty();
    Vector<Accused> accused = Vector.empty();
    int unidentified = 0;
    for (CsvRows.Row f : findingRows) {
      Rows problems = new Rows(findingsFile);
      Option<String> officer = problems.optional(f, OFFICER_ID);
      Option<String> unit = problems.optional(f, UNIT);
      Option<String> allegations = problems.optional(f, ALLEGATIONS);
      Option<Term> finding = problems.term(f, FINDING, problems.required(f, FINDING),
          v -> vocabulary().finding(FINDING, v));
      Option<String> discipline = problems.optional(f, DISCIPLINE);
      Option<Party> subject = Option.none();
      if (officer.isEmpty()) {
        int n = unidentified + 1;
        PartyId unknown = PartyId.of("PO-UNIDENTIFIED-" + n);
        subject = Option.some(unit.fold(() -> Party.unidentifiedSubject(unknown),
            u -> Party.unidentifiedSubject(unknown, u)));
      } else if (officers.containsKey(officer.get())) {
        subject = officers.get(officer.get());
      } else {
        subject = problems.convert(f, OFFICER_ID, officer, o ->
            unit.fold(() -> Party.subject(PartyId.of("PO-" + o), SubjectKind.OFFICER, o),
                u -> Party.subject(PartyId.of("PO-" + o), SubjectKind.OFFICER, o, u)));
      }
      if (!problems.ok()) {
        refused.addAll(problems.errors());
        continue;
      }
      if (officer.isEmpty()) {
        unidentified++;
      } else {
        officers = officers.put(officer.get(), subject.get());
      }
      accused = accused.append(new Accused(subject.get(), allegations, finding, discipline, f.line()));
    }
    Option<ComplaintCase> kept = commands(rows, refused, line, complaintsFile, findingsFile, caseId.get(), received.get(),
        incident.get(), category.get(), reference.get(), accused);
    if (kept.isEmpty()) {
      return new Imported.Refused(rows.errors().appendAll(refused.errors()), warnings,
          complaintRows.size() + findingRows.size());
    }
    long refusedRows = refused.errors().map(e -> e.source() + ":" + e.line()).distinct().size();
    return new Imported.Kept(kept.get(), refused.errors().sortBy(ImportError::line), warnings,
        complaintRows.size() + findingRows.size() - refusedRows, refusedRows);
  }

  private Option<ComplaintCase> commands(Rows rows, Rows refused, long line, String complaintsFile,
      String findingsFile, CaseId caseId, LocalDate received, Incident incident, CategoryCode category,
      CaseReference reference, Vector<Accused> accused) {
    Instant at = received.atStartOfDay(ZONE).toInstant();
    String from = "imported from " + complaintsFile + " line " + line;
    String undated = from + "; the export gives no date for this step";
    // Building the receipt may meet a value the core does not accept (a description too long, say).
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
    Vector<Steps.Decide> decisions = Vector.empty();
    for (int i = 0; i < accused.size(); i++) {
      Accused a = accused.get(i);
      if (a.finding().get() instanceof Term.OutcomeTerm outcome) {
        String reason = "investigative finding: " + outcome.value()
            + a.discipline().map(d -> "; disciplinary finding: " + d).getOrElse("")
            + " (imported from " + findingsFile + " line " + a.line() + "; the export gives no date)";
        decisions = decisions.append(new Steps.Decide(findingsFile, a.line(), AllegationId.of("A" + (i + 1)),
            outcome.outcome(), at, reason));
      }
    }
    return Steps.run(rows, refused, line, t, reference, INTERNAL_AFFAIRS,
        accused.isEmpty() ? Option.none() : Option.some(InvestigationMode.LOCAL), Stamp.of(at, IMPORTER, undated),
        decisions, COMPLAINANT, Stamp.of(at, IMPORTER, undated));
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date (yyyy-MM-dd)");
    }
  }

  static String digits(String id) {
    String digits = id.replaceAll("[^0-9]", "");
    if (digits.isEmpty() || digits.length() > 12) {
      throw new IllegalArgumentException("a complaint id needs 1 to 12 digits to make a case reference");
    }
    return digits;
  }
}
