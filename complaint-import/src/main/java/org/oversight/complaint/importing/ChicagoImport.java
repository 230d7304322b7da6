package org.oversight.complaint.importing;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Imports the Chicago complaint records as the Citizens Police Data Project (Invisible Institute)
 * publishes them, from two files: the complaints ({@code cr_id,cv,incident_date,complaint_date,
 * closed_date,add1,add2,beat,city,full_address,location}, one row per complaint register number) and the
 * accused, one row per officer and allegation ({@code UID,complaint_category,complaint_code,cr_id,cv,
 * final_finding,final_outcome,recc_finding,recc_outcome,link_UID}). Both files are read as published,
 * unsorted, and grouped by {@code cr_id} with bounded memory ({@link #partitions(int)}).
 *
 * <p>What becomes of a complaint: received at the start of {@code complaint_date} in Chicago
 * ({@link #ZONE}) by {@link #COPA}; registered as {@code CHI-<year>-<digits of cr_id>} ({@code CHIC-} for
 * an id that starts with C); the place is the police {@code beat}; addresses are not read. Each accused
 * row is an allegation against the officer {@code UID} (CPDP's pseudonymous officer id), with the
 * category of its {@code complaint_code} through the vocabulary (an empty code: category
 * {@link #UNCATEGORISED}) and {@code complaint_category} as its description; its {@code final_finding}
 * decides it at the start of {@code closed_date}, with {@code final_outcome} and the recommended finding in
 * the reason. An empty final finding leaves the allegation undecided. When every allegation is decided,
 * the outcome is told and the case closed. A complaint without accused rows stays assessed with one
 * allegation of category {@link #UNCATEGORISED} against no one.
 *
 * <p>The smallest unit is refused: an accused row with an unknown code is refused alone and the
 * complaint kept, marked incomplete. A finding whose complaint has no {@code closed_date} cannot be dated,
 * so only the finding is left out: the allegation is kept undecided and the row is imported with an
 * {@link ImportWarning.Kind#FINDING_WITHOUT_DATE} warning naming the finding. A complaint row without a
 * usable {@code complaint_date} is refused with its accused rows.
 *
 * <p>The overview ({@link #overview}) counts days from {@code complaint_date} to {@code closed_date}.
 *
 * <p>This class is immutable and thread-safe; each {@link ImportRun} it returns is not.
 *
 * @since 0.1
 */
public final class ChicagoImport extends PublisherImport<ChicagoImport> {
  /** The jurisdiction of imported cases. */
  public static final JurisdictionCode JURISDICTION = JurisdictionCode.of("US-CHI");
  /** Chicago's time zone, in which the dates are read. */
  public static final ZoneId ZONE = ZoneId.of("America/Chicago");
  /**
   * The receiving and deciding body as recorded: the city's complaint investigators (IPRA, now COPA, and
   * the Bureau of Internal Affairs); the export does not say which.
   */
  public static final Body COPA = Body.of("CHI-COPA-BIA");
  /** The actor of every imported event. */
  public static final Actor IMPORTER = Actor.of("import:chicago-cpdp");
  /** The category of an allegation without a complaint code. */
  public static final CategoryCode UNCATEGORISED = CategoryCode.of("UNCATEGORISED");

  static final String CR_ID = "cr_id";
  static final String COMPLAINT_DATE = "complaint_date";
  static final String CLOSED_DATE = "closed_date";
  static final String BEAT = "beat";
  static final String UID = "UID";
  static final String CODE = Vocabularies.COMPLAINT_CODE;
  static final String CATEGORY_TEXT = "complaint_category";
  static final String FINAL = Vocabularies.FINAL_FINDING;
  static final String FINAL_OUTCOME = "final_outcome";
  static final String RECOMMENDED = Vocabularies.RECC_FINDING;

  private static final Seq<String> COMPLAINT_COLUMNS = Vector.of(CR_ID, COMPLAINT_DATE, CLOSED_DATE, BEAT);
  private static final Seq<String> ACCUSED_COLUMNS =
      Vector.of(CR_ID, UID, CODE, CATEGORY_TEXT, FINAL, FINAL_OUTCOME, RECOMMENDED);
  private static final PartyId COMPLAINANT = PartyId.of("C1");

  private ChicagoImport(Vocabulary vocabulary, int partitions) {
    super(vocabulary, partitions, ZONE, DecisionDates.RECORDED, ChicagoImport::new);
  }

  /**
   * Returns the import with the shipped Chicago CPDP vocabulary.
   *
   * @return the import, never null
   */
  public static ChicagoImport standard() {
    return new ChicagoImport(Vocabularies.chicagoCpdp(), PARTITIONS);
  }

  /**
   * Returns an import that reads codes and findings through another vocabulary.
   *
   * @param vocabulary maps {@code complaint_code} and {@code final_finding}, not null
   * @return the import, never null
   * @throws NullPointerException if vocabulary is null
   */
  public static ChicagoImport with(Vocabulary vocabulary) {
    return new ChicagoImport(vocabulary, PARTITIONS);
  }



  /**
   * Starts a pass over the two files. Nothing is read until the run is iterated; then both files are
   * read once and spilled to temporary files, deleted when the run is closed.
   *
   * @param complaintsName the complaints file's name, for errors, not null
   * @param complaints the complaints file, UTF-8 text with a header, not null; closed with the run
   * @param accusedName the accused file's name, for errors, not null
   * @param accused the accused file, not null; closed with the run
   * @return the run, never null
   * @throws NullPointerException if an argument is null
   */
  public ImportRun read(String complaintsName, Reader complaints, String accusedName, Reader accused) {
    Objects.requireNonNull(complaintsName, "complaintsName is null");
    Objects.requireNonNull(complaints, "complaints is null");
    Objects.requireNonNull(accusedName, "accusedName is null");
    Objects.requireNonNull(accused, "accused is null");
    return Join.twoFiles(complaintsName, complaints, COMPLAINT_COLUMNS, accusedName, accused, ACCUSED_COLUMNS, CR_ID, partitionCount(),
        (id, c, rows) -> build(id, c, complaintsName, rows, accusedName));
  }

  /** One accused row, read. */
  private record Accused(Party subject, CategoryCode category, String description, Option<Term> finding,
      String reason, long line) {}

  private Imported build(String id, Vector<CsvRows.Row> complaintRows, String complaintsFile,
      Vector<CsvRows.Row> accusedRows, String accusedFile) {
    CsvRows.Row complaint = complaintRows.head();
    Vector<ImportWarning> warnings = PhiladelphiaImport.repairs(complaintRows)
        .appendAll(PhiladelphiaImport.repairs(accusedRows));
    long line = complaint.line();
    Rows rows = new Rows(complaintsFile);
    Option<CaseId> caseId = rows.convert(complaint, CR_ID, Option.some(id), v -> CaseId.of("CHI-" + v));
    Option<LocalDate> received = rows.convert(complaint, COMPLAINT_DATE, rows.required(complaint, COMPLAINT_DATE),
        PhiladelphiaImport::date);
    Option<LocalDate> closed = rows.convert(complaint, CLOSED_DATE, rows.optional(complaint, CLOSED_DATE),
        PhiladelphiaImport::date);
    Option<String> beat = rows.optional(complaint, BEAT);
    Option<CaseReference> reference = received.flatMap(date -> rows.convert(complaint, CR_ID, Option.some(id),
        v -> CaseReference.parse((v.startsWith("C") ? "CHIC-" : "CHI-") + date.getYear() + "-"
            + PhiladelphiaImport.digits(v))));
    Rows refused = new Rows(accusedFile);
    complaintRows.tail().forEach(extra -> refused.add(ImportError.at(complaintsFile, extra.line(), CR_ID, id,
        ImportError.Kind.DUPLICATE_ROW, "complaint " + id + " already has line " + line)));
    if (!rows.ok()) {
      return new Imported.Refused(rows.errors().appendAll(refused.errors()).appendAll(accusedRows.map(a ->
          PhiladelphiaImport.withComplaint(accusedFile, a, id, complaintsFile, line))), warnings,
          complaintRows.size() + accusedRows.size());
    }
    Vector<Accused> accused = Vector.empty();
    for (CsvRows.Row a : accusedRows) {
      Rows problems = new Rows(accusedFile);
      Option<String> uid = problems.required(a, UID).map(ChicagoImport::withoutDecimal);
      Option<String> code = problems.optional(a, CODE);
      Option<CategoryCode> category = code.isEmpty() ? Option.some(UNCATEGORISED)
          : problems.term(a, CODE, code, v -> vocabulary().category(CODE, v));
      Option<String> text = problems.optional(a, CATEGORY_TEXT);
      Option<String> finalFinding = problems.optional(a, FINAL);
      Option<Term> finding = problems.term(a, FINAL, finalFinding, v -> vocabulary().finding(FINAL, v));
      Option<String> recommended = problems.optional(a, RECOMMENDED);
      Option<String> outcome = problems.optional(a, FINAL_OUTCOME);
      Option<Party> subject = problems.convert(a, UID, uid,
          v -> Party.subject(PartyId.of("CPDP-" + v), SubjectKind.OFFICER, v));
      if (!problems.ok()) {
        refused.addAll(problems.errors());
        continue;
      }
      if (finding.isDefined() && finding.get() instanceof Term.OutcomeTerm && closed.isEmpty()) {
        // The decision cannot be dated: keep the allegation, undecided, rather than lose it with the row.
        warnings = warnings.append(new ImportWarning(accusedFile, a.line(), FINAL,
            ImportWarning.Kind.FINDING_WITHOUT_DATE, "final finding " + finalFinding.get()
                + " left out: " + complaintsFile + " line " + line + " has no closed_date to date it"));
        finding = Option.none();
      }
      String reason = "final finding: " + finalFinding.getOrElse("none") + outcome.map(o -> "; final outcome: " + o)
          .getOrElse("") + recommended.map(r -> "; recommended finding: " + r).getOrElse("")
          + " (imported from " + accusedFile + " line " + a.line() + ")";
      accused = accused.append(new Accused(subject.get(), category.get(), text.getOrElse(""), finding, reason,
          a.line()));
    }
    Option<ComplaintCase> kept = commands(rows, refused, line, complaintsFile, accusedFile, caseId.get(),
        received.get(), closed, beat, reference.get(), accused);
    long total = complaintRows.size() + accusedRows.size();
    if (kept.isEmpty()) {
      return new Imported.Refused(rows.errors().appendAll(refused.errors()), warnings, total);
    }
    long refusedRows = refused.errors().map(e -> e.source() + ":" + e.line()).distinct().size();
    return new Imported.Kept(kept.get(), refused.errors().sortBy(ImportError::line), warnings, total - refusedRows,
        refusedRows);
  }

  private static String withoutDecimal(String uid) {
    return uid.endsWith(".0") ? uid.substring(0, uid.length() - 2) : uid;
  }

  private Option<ComplaintCase> commands(Rows rows, Rows refused, long line, String complaintsFile,
      String accusedFile, CaseId caseId, LocalDate received, Option<LocalDate> closed, Option<String> beat,
      CaseReference reference, Vector<Accused> accused) {
    Instant at = received.atStartOfDay(ZONE).toInstant();
    Instant closedAt = closed.map(d -> d.atStartOfDay(ZONE).toInstant()).getOrElse(at);
    String from = "imported from " + complaintsFile + " line " + line;
    String undated = from + "; the export gives no date for this step";
    Option<Transition> t = rows.start(line, () -> {
      ReceiptBuilder receipt = ComplaintCase.receipt(caseId, JURISDICTION)
          .track(Track.CONDUCT_COMPLAINT)
          // The export does not say how the complaint came in; FORWARDED marks it as taken over from another system.
          .channel(Channel.FORWARDED)
          .receivingBody(COPA)
          .incident(new Incident(IncidentTime.unknown(), beat.map(b -> "Chicago police beat " + b), ""))
          .party(Party.anonymousComplainant(COMPLAINANT));
      accused.map(Accused::subject).distinctBy(Party::id).forEach(receipt::party);
      if (accused.isEmpty()) {
        receipt.allegation(Allegation.of(AllegationId.of("A1"), UNCATEGORISED, "no accused recorded",
            Vector.empty(), Vector.empty()));
      }
      for (int i = 0; i < accused.size(); i++) {
        Accused a = accused.get(i);
        receipt.allegation(Allegation.of(AllegationId.of("A" + (i + 1)), a.category(), a.description(),
            Vector.empty(), Vector.of(a.subject().id())));
      }
      return receipt.receive(Stamp.of(at, IMPORTER, from));
    });
    Vector<Steps.Decide> decisions = Vector.empty();
    for (int i = 0; i < accused.size(); i++) {
      Accused a = accused.get(i);
      if (a.finding().isDefined() && a.finding().get() instanceof Term.OutcomeTerm outcome) {
        decisions = decisions.append(new Steps.Decide(accusedFile, a.line(), AllegationId.of("A" + (i + 1)),
            outcome.outcome(), closedAt, a.reason()));
      }
    }
    String closing = "imported from " + complaintsFile + " line " + line + " (closed_date)";
    return Steps.run(rows, refused, line, t, reference, COPA,
        accused.isEmpty() ? Option.none() : Option.some(InvestigationMode.INDEPENDENT), Stamp.of(at, IMPORTER, undated),
        decisions, COMPLAINANT, Stamp.of(closedAt, IMPORTER, closing));
  }
}
