package org.oversight.complaint.importing;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.Reader;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.Allegation;
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
 * Imports the NYC Civilian Complaint Review Board's allegations file in the shape of ProPublica's
 * "The NYPD Files" (July 2020; one row per allegation against one officer, 27 columns from
 * {@code unique_mos_id} to {@code board_disposition}) into cases, one pass, one complaint in memory.
 *
 * <p><b>Personal data.</b> The real file names officers ({@code first_name}, {@code last_name},
 * {@code shield_no}) and describes them and the complainants ({@code mos_ethnicity}, {@code mos_gender},
 * {@code mos_age_incident}, {@code complainant_ethnicity}, …). This import reads none of those columns.
 * The real data is under ProPublica's Data Terms of Use and must not be committed to this repository;
 * the tests use small invented files with the same columns.
 *
 * <p>Columns read: {@code complaint_id}, {@code unique_mos_id} (the officer, as a pseudonymous
 * service number), {@code command_at_incident} (the officer's unit), {@code month_received},
 * {@code year_received}, {@code month_closed}, {@code year_closed}, {@code precinct},
 * {@code fado_type} (the category, through the vocabulary), {@code allegation} (its description) and
 * {@code board_disposition} (the outcome, through the vocabulary). Others may be present and are ignored.
 *
 * <p>The file is read as published: ordered by officer, the rows of one complaint anywhere in it. They
 * are grouped by {@code complaint_id} with bounded memory ({@link #partitions(int)}: one pass spills the
 * read columns to temporary files by complaint id, then one partition at a time is grouped in memory);
 * errors and warnings name lines of the published file.
 *
 * <p>The complaint's own values (months, precinct) are read from its first row in the file; if they are
 * unusable the complaint is refused with its rows. Any other bad row (an unknown disposition, a month
 * that differs from the first row's) is refused on its own and the complaint kept without that
 * allegation, marked incomplete. Text with control characters is repaired and reported as a warning.
 *
 * <p>What becomes of a complaint: received on the first day of {@code month_received} in New York
 * ({@link #ZONE}; the export has month precision only, which the events' reasons say); an anonymous
 * complainant; registered as {@code CCRB-<year_received>-<complaint_id>}, assessed and investigated by
 * {@link #CCRB} ({@link InvestigationMode#INDEPENDENT}); each allegation decided on the first day of
 * {@code month_closed}; then the outcome told and the case closed. Rows of one complaint must agree on
 * the dates and the precinct. An allegation whose disposition maps to a status stays undecided and the
 * case open.
 *
 * <p>The overview ({@link #overview}) counts days at month precision: the export gives the months of
 * receipt and closing, and the import puts both on the first day of their month, so a complaint received
 * and closed in the same month counts 0 days.
 *
 * <p>This class is immutable and thread-safe; each {@link ImportRun} it returns is not.
 *
 * @since 0.1
 */
public final class CcrbImport extends PublisherImport<CcrbImport> {
  /** The jurisdiction of imported cases. */
  public static final JurisdictionCode JURISDICTION = JurisdictionCode.of("US-NYC");
  /** New York's time zone, in which the months are read. */
  public static final ZoneId ZONE = ZoneId.of("America/New_York");
  /** The receiving, investigating and deciding body. */
  public static final Body CCRB = Body.of("NYC-CCRB");
  /** The actor of every imported event. */
  public static final Actor IMPORTER = Actor.of("import:nyc-ccrb");

  static final String COMPLAINT_ID = "complaint_id";
  static final String MOS_ID = "unique_mos_id";
  static final String COMMAND = "command_at_incident";
  static final String MONTH_RECEIVED = "month_received";
  static final String YEAR_RECEIVED = "year_received";
  static final String MONTH_CLOSED = "month_closed";
  static final String YEAR_CLOSED = "year_closed";
  static final String PRECINCT = "precinct";
  static final String FADO = Vocabularies.FADO_TYPE;
  static final String ALLEGATION = "allegation";
  static final String DISPOSITION = Vocabularies.BOARD_DISPOSITION;

  private static final Seq<String> COLUMNS = Vector.of(COMPLAINT_ID, MOS_ID, COMMAND, MONTH_RECEIVED,
      YEAR_RECEIVED, MONTH_CLOSED, YEAR_CLOSED, PRECINCT, FADO, ALLEGATION, DISPOSITION);
  private static final PartyId COMPLAINANT = PartyId.of("C1");


  private CcrbImport(Vocabulary vocabulary, int partitions) {
    super(vocabulary, partitions, ZONE, DecisionDates.RECORDED, CcrbImport::new);
  }

  /**
   * Returns the import with the shipped NYC CCRB vocabulary.
   *
   * @return the import, never null
   */
  public static CcrbImport standard() {
    return new CcrbImport(Vocabularies.nycCcrb(), PARTITIONS);
  }

  /**
   * Returns an import that reads categories and dispositions through another vocabulary.
   *
   * @param vocabulary maps {@code fado_type} and {@code board_disposition}, not null
   * @return the import, never null
   * @throws NullPointerException if vocabulary is null
   */
  public static CcrbImport with(Vocabulary vocabulary) {
    return new CcrbImport(vocabulary, PARTITIONS);
  }



  /**
   * Starts a pass over an allegations file. Nothing is read until the run is iterated; then the file is
   * read once and spilled to temporary files, deleted when the run is closed.
   *
   * @param name the file's name, for errors, not null
   * @param allegations the file, UTF-8 text with a header, not null; closed with the run
   * @return the run, never null
   * @throws NullPointerException if an argument is null
   */
  public ImportRun read(String name, Reader allegations) {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(allegations, "allegations is null");
    CsvRows rows = CsvRows.open(name, allegations, COLUMNS);
    Lookups lookups = new Lookups(new Memo<>(v -> vocabulary().category(FADO, v)),
        new Memo<>(v -> vocabulary().finding(DISPOSITION, v)));
    Join join = new Join(() -> Partitions.spill(rows, COMPLAINT_ID, partitionCount()), Option.none(),
        (id, group, none) -> build(name, id, group, lookups), (id, none) -> {
          throw new IllegalStateException("bug: one file has no orphans");
        });
    return new ImportRun(join::next, Vector.<AutoCloseable>of(rows, join::close));
  }

  // ---------------------------------------------------------------- one complaint

  /** One allegation row, read. */
  private record Row(long line, Party subject, CategoryCode category, String allegation, Term disposition) {}

  /** The run's remembered vocabulary answers. */
  private record Lookups(Memo<CategoryCode> category, Memo<Term> disposition) {}

  /** The columns every row of a complaint must agree on with its first row. */
  private static final String[] SAME_IN_EVERY_ROW = {MONTH_RECEIVED, YEAR_RECEIVED, MONTH_CLOSED, YEAR_CLOSED,
      PRECINCT};

  private static String stripped(String value) {
    return value == null ? "" : value.strip();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private Imported build(String source, String id, Vector<CsvRows.Row> group, Lookups lookups) {
    Vector<ImportWarning> warnings = PhiladelphiaImport.repairs(group);
    CsvRows.Row head = group.head();
    Rows problems = new Rows(source);
    Option<CaseId> caseId = problems.convert(head, COMPLAINT_ID, Option.some(id), v -> CaseId.of("CCRB-" + v));
    Option<YearMonth> received = month(problems, head, MONTH_RECEIVED, YEAR_RECEIVED, true);
    Option<YearMonth> closed = month(problems, head, MONTH_CLOSED, YEAR_CLOSED, false);
    Option<String> precinct = problems.optional(head, PRECINCT);
    // Both empty: the complaint is not closed (a partly given month is reported by month() above).
    boolean closedBlank = blank(head.value(MONTH_CLOSED)) && blank(head.value(YEAR_CLOSED));
    if (received.isDefined() && closed.isDefined() && closed.get().isBefore(received.get())) {
      problems.add(ImportError.at(source, head.line(), MONTH_CLOSED,
          head.value(MONTH_CLOSED) + "/" + head.value(YEAR_CLOSED), ImportError.Kind.BAD_VALUE,
          "closed (" + closed.get() + ") before received (" + received.get() + ")"));
    }
    Option<CaseReference> reference = received.flatMap(m -> problems.convert(head, COMPLAINT_ID, Option.some(id),
        v -> CaseReference.parse("CCRB-" + m.getYear() + "-" + v)));
    if (!problems.ok()) {
      return new Imported.Refused(problems.errors().appendAll(group.tail().map(r ->
          PhiladelphiaImport.withComplaint(source, r, id, source, head.line()))), warnings, group.size());
    }
    Rows refused = new Rows(source);
    Map<String, Party> officers = new HashMap<>();
    List<Row> read = new ArrayList<>(group.size());
    String[] first = new String[SAME_IN_EVERY_ROW.length];
    for (int c = 0; c < first.length; c++) {
      first[c] = stripped(head.value(SAME_IN_EVERY_ROW[c]));
    }
    for (CsvRows.Row r : group) {
      Rows row = new Rows(source);
      for (int c = 0; c < first.length; c++) {
        String here = stripped(r.value(SAME_IN_EVERY_ROW[c]));
        if (!here.equals(first[c])) {
          row.add(ImportError.at(source, r.line(), SAME_IN_EVERY_ROW[c], here, ImportError.Kind.BAD_VALUE,
              "differs from \"" + first[c] + "\" on line " + head.line() + " of the same complaint"));
        }
      }
      Option<String> mos = row.required(r, MOS_ID);
      Option<String> command = row.optional(r, COMMAND);
      Option<CategoryCode> category = row.term(r, FADO, row.required(r, FADO), lookups.category());
      Option<String> allegation = row.optional(r, ALLEGATION);
      Option<Term> disposition = row.term(r, DISPOSITION, row.required(r, DISPOSITION), lookups.disposition());
      Party known = mos.isDefined() ? officers.get(mos.get()) : null;
      Option<Party> subject = known != null ? Option.some(known) : row.convert(r, MOS_ID, mos,
          v -> command.fold(() -> Party.subject(PartyId.of("MOS-" + v), SubjectKind.OFFICER, v),
              unit -> Party.subject(PartyId.of("MOS-" + v), SubjectKind.OFFICER, v, unit)));
      if (disposition.isDefined() && disposition.get() instanceof Term.OutcomeTerm && closedBlank) {
        row.add(ImportError.missing(source, r.line(), MONTH_CLOSED, ImportError.Kind.MISSING_VALUE,
            "a decided allegation (" + disposition.get().value() + ") needs the month it was closed"));
      }
      if (!row.ok()) {
        refused.addAll(row.errors());
        continue;
      }
      officers.putIfAbsent(mos.get(), subject.get());
      read.add(new Row(r.line(), subject.get(), category.get(), allegation.getOrElse(""), disposition.get()));
    }
    if (read.isEmpty()) {
      return new Imported.Refused(refused.errors(), warnings, group.size());
    }
    Option<ComplaintCase> kept = commands(problems, refused, head.line(), caseId.get(), received.get(), closed,
        precinct, reference.get(), Vector.ofAll(read));
    if (kept.isEmpty()) {
      return new Imported.Refused(problems.errors().appendAll(refused.errors()), warnings, group.size());
    }
    long refusedRows = refused.ok() ? 0 : refused.errors().map(ImportError::line).distinct().size();
    return new Imported.Kept(kept.get(), refused.errors(), warnings, group.size() - refusedRows, refusedRows);
  }

  private static Option<YearMonth> month(Rows problems, CsvRows.Row row, String monthColumn, String yearColumn,
      boolean required) {
    Option<String> month = required ? problems.required(row, monthColumn) : problems.optional(row, monthColumn);
    Option<String> year = required ? problems.required(row, yearColumn) : problems.optional(row, yearColumn);
    if (month.isDefined() != year.isDefined()) {
      String given = month.isDefined() ? monthColumn : yearColumn;
      String absent = month.isDefined() ? yearColumn : monthColumn;
      problems.add(ImportError.missing(problems.source(), row.line(), absent, ImportError.Kind.MISSING_VALUE,
          "given with " + given + " but empty"));
      return Option.none();
    }
    Option<Integer> m = problems.convert(row, monthColumn, month, v -> number(v, 1, 12, "a month (1 to 12)"));
    Option<Integer> y = problems.convert(row, yearColumn, year, v -> number(v, 1900, 2999, "a year (1900 to 2999)"));
    return m.isDefined() && y.isDefined() ? Option.some(YearMonth.of(y.get(), m.get())) : Option.none();
  }

  private static int number(String text, int min, int max, String what) {
    int n;
    try {
      n = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not " + what);
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException("not " + what);
    }
    return n;
  }

  private Option<ComplaintCase> commands(Rows problems, Rows refused, long line, CaseId caseId, YearMonth received,
      Option<YearMonth> closed, Option<String> precinct, CaseReference reference, Vector<Row> rows) {
    Instant receivedAt = received.atDay(1).atStartOfDay(ZONE).toInstant();
    Instant closedAt = closed.map(m -> m.atDay(1).atStartOfDay(ZONE).toInstant()).getOrElse(receivedAt);
    String from = "imported from " + problems.source() + " line " + line + "; month precision: the first of "
        + received;
    String closing = "imported; month precision: the first of " + closed.map(YearMonth::toString).getOrElse("?");
    // Building the receipt may meet a value the core does not accept (a description too long, say).
    Option<Transition> t = problems.start(line, () -> {
      ReceiptBuilder receipt = ComplaintCase.receipt(caseId, JURISDICTION)
          .track(Track.CONDUCT_COMPLAINT)
          // The export does not say how the complaint came in; FORWARDED marks it as taken over from another system.
          .channel(Channel.FORWARDED)
          .receivingBody(CCRB)
          .incident(new Incident(IncidentTime.unknown(), precinct.map(p -> "NYPD precinct " + p), ""))
          .party(Party.anonymousComplainant(COMPLAINANT));
      rows.map(Row::subject).distinctBy(Party::id).forEach(receipt::party);
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        receipt.allegation(Allegation.of(Memo.allegation(i + 1), r.category(), r.allegation(),
            Vector.empty(), Vector.of(r.subject().id())));
      }
      return receipt.receive(Stamp.of(receivedAt, IMPORTER, from));
    });
    Vector<Steps.Decide> decisions = Vector.empty();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.disposition() instanceof Term.OutcomeTerm outcome) {
        String reason = "board disposition: " + outcome.value() + " (imported from line " + r.line() + "; "
            + closing + ")";
        decisions = decisions.append(new Steps.Decide(problems.source(), r.line(), Memo.allegation(i + 1),
            outcome.outcome(), closedAt, reason));
      }
    }
    return Steps.run(problems, refused, line, t, reference, CCRB, Option.some(InvestigationMode.INDEPENDENT),
        Stamp.of(receivedAt, IMPORTER, from), decisions, COMPLAINANT, Stamp.of(closedAt, IMPORTER, closing));
  }
}
