package org.oversight.complaint.benchmarks;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.oversight.complaint.importing.CcrbImport;
import org.oversight.complaint.importing.ImportRun;
import org.oversight.complaint.importing.ImportSummary;
import org.oversight.complaint.rules.overview.OverviewCollector;
import org.oversight.complaint.rules.overview.PublicOverview;
import org.oversight.complaint.rules.overview.ReportingPeriod;

/**
 * Issue 13 point 7: import a CCRB allegations file of the published size (33,358 rows, 12,056 complaints)
 * as published (rows ordered by officer, so the rows of a complaint are anywhere), summarise the cases
 * in the import's overview and publish it, in a 64 MB heap, on one thread. The goal is less than 2 s of
 * CPU.
 *
 * <p>The file is generated in the setup from invented values ({@link #ccrbShapedFile}): the 27 columns
 * of ProPublica's file, every value quoted as there, the real file's mix of categories and dispositions
 * (to the percent), 2 to 3 allegations a complaint, about 4,000 officers. No row is real.
 *
 * <ul>
 *   <li>{@code baselineReadRows}: Jackson's CSV reader reading every row as a map of its 27 columns, as
 *       the import's first pass did until it read tokens;
 *   <li>{@code baselineReadTokens}: the floor, Jackson's {@code CsvParser} reading every value of every row
 *       as a token (the strings made, nothing kept), as the import's first pass does before it keeps the
 *       columns it reads;
 *   <li>{@code importOnly}: the import, every case built through the core's commands and dropped;
 *   <li>{@code importAndOverview}: the one command's work ({@code ImportExample ccrb}): the import, the
 *       overview of all time, and its publication with suppression.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class ImportBenchmark {
  /** The rows of the published CCRB allegations file (July 2020). */
  public static final int ROWS = 33_358;
  /** Its complaints. */
  public static final int COMPLAINTS = 12_056;

  static final String HEADER = "unique_mos_id,first_name,last_name,command_now,shield_no,complaint_id,"
      + "month_received,year_received,month_closed,year_closed,command_at_incident,rank_abbrev_incident,"
      + "rank_abbrev_now,rank_now,rank_incident,mos_ethnicity,mos_gender,mos_age_incident,complainant_ethnicity,"
      + "complainant_gender,complainant_age_incident,fado_type,allegation,precinct,contact_reason,"
      + "outcome_description,board_disposition";

  /** The published values with their counts in the real file (the mix only; no row is copied). */
  private static final String[] FADO = {"Abuse of Authority", "Force", "Discourtesy", "Offensive Language"};
  private static final int[] FADO_COUNTS = {20292, 7636, 4677, 753};
  private static final String[] DISPOSITION = {"Unsubstantiated", "Exonerated", "Substantiated (Charges)",
      "Substantiated (Formalized Training)", "Substantiated (Command Discipline A)", "Substantiated (Command Discipline)",
      "Substantiated (Command Discipline B)", "Substantiated (Command Lvl Instructions)", "Substantiated (Instructions)",
      "Substantiated (No Recommendations)", "Substantiated (MOS Unidentified)"};
  private static final int[] DISPOSITION_COUNTS = {15448, 9609, 3796, 1033, 964, 851, 789, 454, 248, 165, 1};

  private Path file;

  /**
   * Writes the generated file to a temporary file.
   *
   * @throws IOException if it cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("ccrb-shaped-", ".csv");
    ccrbShapedFile(file, ROWS, COMPLAINTS, 2020);
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads every row with Jackson, nothing else.
   *
   * @return the number of rows
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long baselineReadRows() throws IOException {
    long rows = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
      while (it.hasNextValue()) {
        rows += it.nextValue().size() > 0 ? 1 : 0;
      }
    }
    return rows;
  }

  /**
   * Reads every value of every row as a token with Jackson's {@code CsvParser}, nothing else.
   *
   * @return the number of values
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long baselineReadTokens() throws IOException {
    long values = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvParser parser = new CsvMapper().getFactory().createParser(in)) {
      parser.setSchema(CsvSchema.emptySchema().withHeader());
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.VALUE_STRING && parser.getText() != null) {
          values++;
        }
      }
    }
    return values;
  }

  /**
   * Imports the file, dropping the cases.
   *
   * @return the summary
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public ImportSummary importOnly() throws IOException {
    try (ImportRun run = CcrbImport.standard().read(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      return run.drain(c -> { });
    }
  }

  /**
   * Imports the file, summarises every case and publishes the overview.
   *
   * @return the published overview
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public PublicOverview importAndOverview() throws IOException {
    return importAndOverview(file);
  }

  /**
   * The work of {@code ImportExample ccrb}, without the printing.
   *
   * @param file a CCRB allegations file
   * @return the published overview of all time
   * @throws IOException if the file cannot be read
   */
  static PublicOverview importAndOverview(Path file) throws IOException {
    CcrbImport ccrb = CcrbImport.standard();
    OverviewCollector overview = ccrb.overview(ReportingPeriod.allTime());
    try (ImportRun run = ccrb.read(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      ImportSummary summary = run.drain(overview::add);
      if (!summary.isClean()) {
        throw new IllegalStateException("the generated file has errors: " + summary.errors().take(3));
      }
    }
    return overview.result().publish();
  }

  /** One generated allegation row, before it is written. */
  private record Row(int officer, int complaint, int allegation) {}

  /**
   * Writes a CCRB-shaped allegations file of invented values: the published header, every value quoted,
   * the rows ordered by officer (as ProPublica's file is), so that a complaint's rows are scattered.
   * The complaints' months, precincts and closing dates agree across their rows, and every row imports.
   *
   * @param file where to write
   * @param rows the number of allegation rows, at least complaints
   * @param complaints the number of complaints, at least 1
   * @param seed the seed of the values
   * @throws IOException if the file cannot be written
   */
  static void ccrbShapedFile(Path file, int rows, int complaints, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int officers = 3996;
    int[][] months = new int[complaints][];
    for (int c = 0; c < complaints; c++) {
      int received = (1985 + random.nextInt(35)) * 12 + random.nextInt(12);
      int closed = received + random.nextInt(30);
      months[c] = new int[] {received % 12 + 1, received / 12, closed % 12 + 1, closed / 12, 1 + random.nextInt(123)};
    }
    List<Row> all = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      // Row r belongs to complaint r * complaints / rows: every complaint gets 2 or 3 rows.
      all.add(new Row(random.nextInt(officers), (int) ((long) r * complaints / rows), r));
    }
    all.sort(Comparator.comparingInt(Row::officer));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(quoted(HEADER.split(",")));
      for (Row row : all) {
        int[] m = months[row.complaint()];
        int o = row.officer();
        String command = String.format("%03d PCT", 1 + o % 123);
        out.write(quoted(new String[] {Integer.toString(10000 + o), "Placeholder", "Officer-" + o, command,
            Integer.toString(1000 + o), Integer.toString(20000 + 3 * row.complaint()), Integer.toString(m[0]),
            Integer.toString(m[1]), Integer.toString(m[2]), Integer.toString(m[3]), command, "POM", "POM",
            "Police Officer", "Police Officer", "Invented", "X", Integer.toString(25 + o % 30), "Invented", "X",
            Integer.toString(18 + row.allegation() % 50), pick(FADO, FADO_COUNTS, random), "Invented allegation "
            + row.allegation() % 40, Integer.toString(m[4]), "Invented contact reason, " + row.allegation() % 7,
            "No arrest made or summons issued", pick(DISPOSITION, DISPOSITION_COUNTS, random)}));
      }
    }
  }

  private static String quoted(String[] values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      line.append(i == 0 ? "\"" : ",\"").append(values[i].replace("\"", "\"\"")).append('"');
    }
    return line.append('\n').toString();
  }

  private static String pick(String[] values, int[] counts, SplittableRandom random) {
    int total = 0;
    for (int c : counts) {
      total += c;
    }
    int at = random.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      at -= counts[i];
      if (at < 0) {
        return values[i];
      }
    }
    throw new IllegalStateException("bug: the counts add up to " + total);
  }
}
