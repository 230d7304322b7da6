package org.oversight.complaint.importing;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the rows of an unsorted file by complaint id with bounded memory: one pass reads the file and
 * writes each row's read columns, with the line it starts on, to one of {@code count} temporary files
 * chosen by the hash of its complaint id; afterwards each temporary file is read back alone and grouped
 * in memory. The rows of one complaint therefore meet in one partition, and memory holds one partition
 * (about {@code 1/count} of the read columns of the file), never the file.
 *
 * <p>Text is repaired ({@link TextRepair}) when a partition is read back; the row keeps the warnings.
 * Rows that cannot be placed (malformed CSV, no complaint id) and header problems are kept as loose
 * errors. The temporary files are deleted on {@link #close()}.
 *
 * <p>Not thread-safe.
 */
final class Partitions implements AutoCloseable {
  private final String source;
  private final CsvRows.Columns columns;
  private final int idColumn;
  private final List<Path> files = new ArrayList<>();
  private final List<ImportError> loose = new ArrayList<>();
  private long rows;
  private boolean headerFailed;

  private Partitions(String source, CsvRows.Columns columns, int idColumn) {
    this.source = source;
    this.columns = columns;
    this.idColumn = idColumn;
  }

  /** Reads the whole file into {@code count} partitions; closes the reader. */
  static Partitions spill(CsvRows in, String idColumn, int count) {
    Partitions p = new Partitions(in.source(), in.columns(), in.columns().indexOf(idColumn));
    List<DataOutputStream> outs = new ArrayList<>();
    try (in) {
      for (int i = 0; i < count; i++) {
        Path file = Files.createTempFile("complaint-import-", ".rows");
        file.toFile().deleteOnExit();
        p.files.add(file);
        outs.add(new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)));
      }
      for (Option<Either<ImportError, CsvRows.Row>> next = in.next(); next.isDefined(); next = in.next()) {
        if (next.get().isLeft()) {
          p.headerFailed |= in.headerFailed();
          if (!in.headerFailed()) {
            p.rows++;
          }
          p.loose.add(next.get().getLeft());
          continue;
        }
        p.rows++;
        CsvRows.Row row = next.get().get();
        String id = idOf(row.values()[p.idColumn]);
        if (id.isEmpty()) {
          Rows problems = new Rows(in.source());
          problems.required(row, idColumn);
          p.loose.addAll(problems.errors().asJava());
          continue;
        }
        write(outs.get(Math.floorMod(id.hashCode(), count)), row);
      }
      for (DataOutputStream out : outs) {
        out.close();
      }
    } catch (IOException e) {
      p.close();
      throw new UncheckedIOException("cannot spill " + in.source() + " to a temporary file", e);
    }
    return p;
  }

  static String idOf(String value) {
    return value == null ? "" : value.strip();
  }

  private static void write(DataOutputStream out, CsvRows.Row row) throws IOException {
    out.writeLong(row.line());
    for (String value : row.values()) {
      if (value == null) {
        out.writeInt(-1);
      } else {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
      }
    }
  }

  /** The number of partitions. */
  int count() {
    return files.size();
  }

  /** The rows read, including those that became loose errors (not the header). */
  long rows() {
    return rows;
  }

  /** Whether the header could not be read or lacks a column. */
  boolean headerFailed() {
    return headerFailed;
  }

  /** The errors of rows that belong to no complaint, in file order. */
  Seq<ImportError> loose() {
    return Vector.ofAll(loose);
  }

  /** Reads one partition back: its complaints' rows by id, in the order the ids first occur, text repaired. */
  Map<String, Vector<CsvRows.Row>> read(int partition) {
    Map<String, List<CsvRows.Row>> groups = new LinkedHashMap<>();
    byte[] buffer = new byte[256];
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(files.get(partition)),
        1 << 16))) {
      while (true) {
        long line;
        try {
          line = in.readLong();
        } catch (EOFException end) {
          break;
        }
        String[] values = new String[columns.size()];
        Vector<ImportWarning> repairs = Vector.empty();
        for (int i = 0; i < values.length; i++) {
          int length = in.readInt();
          if (length < 0) {
            continue;
          }
          if (length > buffer.length) {
            buffer = new byte[Math.max(length, 2 * buffer.length)];
          }
          in.readFully(buffer, 0, length);
          String value = new String(buffer, 0, length, StandardCharsets.UTF_8);
          if (TextRepair.needsRepair(buffer, length)) {
            repairs = repairs.append(new ImportWarning(source, line, columns.name(i), ImportWarning.Kind.REPAIRED_TEXT,
                TextRepair.describe(value)));
            value = TextRepair.repair(value);
          }
          values[i] = value;
        }
        groups.computeIfAbsent(idOf(values[idColumn]), id -> new ArrayList<>(4))
            .add(new CsvRows.Row(line, columns, values, repairs));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back a partition of " + source, e);
    }
    Map<String, Vector<CsvRows.Row>> out = new LinkedHashMap<>(groups.size() * 2);
    groups.forEach((id, rows) -> out.put(id, Vector.ofAll(rows)));
    return out;
  }

  @Override
  public void close() {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A temporary file left behind is removed at exit (deleteOnExit); nothing to report.
      }
    }
    files.clear();
  }
}
