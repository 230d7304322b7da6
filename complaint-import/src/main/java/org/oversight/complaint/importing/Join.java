package org.oversight.complaint.importing;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Joins the rows of one complaint from one or two unsorted files, partition by partition
 * ({@link Partitions}), and hands each complaint to a builder. Rows that belong to no complaint come
 * first, each a {@link Imported.Refused} of its own; then the complaints of each partition in the order
 * their ids first occur in the first file; then, per partition, the groups of the second file whose id
 * the first file lacks. A header problem in either file ends the run after its error.
 *
 * <p>Nothing is read before the first element is asked for. Not thread-safe.
 */
final class Join {
  /** Builds one complaint from its rows in the first file (not empty) and in the second (maybe empty). */
  interface Builder {
    Imported build(String id, Vector<CsvRows.Row> first, Vector<CsvRows.Row> second);
  }

  /** Refuses the rows of the second file whose complaint the first file lacks. */
  interface Orphans {
    Imported refuse(String id, Vector<CsvRows.Row> second);
  }

  private final Supplier<Partitions> firstFile;
  private final Option<Supplier<Partitions>> secondFile;
  private final Builder builder;
  private final Orphans orphans;
  private final ArrayDeque<Imported> out = new ArrayDeque<>();
  private Partitions first;
  private Partitions second;
  private int partition;
  /** The complaints of the partition being joined, not yet built; null between partitions. */
  private Iterator<Map.Entry<String, Vector<CsvRows.Row>>> complaints;
  /** The second file's groups of that partition not yet joined. */
  private Map<String, Vector<CsvRows.Row>> others;
  private boolean started;
  private boolean stopped;

  Join(Supplier<Partitions> first, Option<Supplier<Partitions>> second, Builder builder, Orphans orphans) {
    this.firstFile = first;
    this.secondFile = second;
    this.builder = builder;
    this.orphans = orphans;
  }

  /**
   * A run over a complaints file and a file of their rows (findings, accused) joined on one id column;
   * rows of the second file whose complaint the first lacks are {@link ImportError.Kind#ORPHAN_ROW}s.
   */
  static ImportRun twoFiles(String firstName, Reader firstFile, Seq<String> firstColumns, String secondName,
      Reader secondFile, Seq<String> secondColumns, String idColumn, int partitions, Builder builder) {
    CsvRows first = CsvRows.open(firstName, firstFile, firstColumns);
    CsvRows second = CsvRows.open(secondName, secondFile, secondColumns);
    Join join = new Join(() -> Partitions.spill(first, idColumn, partitions),
        Option.some(() -> Partitions.spill(second, idColumn, partitions)), builder,
        (id, rows) -> new Imported.Refused(rows.map(row -> ImportError.at(secondName, row.line(), idColumn, id,
            ImportError.Kind.ORPHAN_ROW, "no complaint " + id + " in " + firstName)),
            rows.flatMap(CsvRows.Row::repairs), rows.size()));
    return new ImportRun(join::next, Vector.<AutoCloseable>of(first, second, join::close));
  }

  /** The next complaint or refusal; none at the end. */
  Option<Imported> next() {
    if (!started) {
      started = true;
      start();
    }
    while (out.isEmpty() && !stopped) {
      readPartition();
    }
    return out.isEmpty() ? Option.none() : Option.some(out.poll());
  }

  private void start() {
    first = firstFile.get();
    second = secondFile.map(Supplier::get).getOrNull();
    loose(first);
    if (second != null) {
      loose(second);
    }
    stopped = first.headerFailed() || (second != null && second.headerFailed());
  }

  private void loose(Partitions file) {
    for (ImportError e : file.loose()) {
      out.add(new Imported.Refused(Vector.of(e), Vector.empty(), file.headerFailed() ? 0 : 1));
    }
  }

  private void readPartition() {
    if (complaints != null && complaints.hasNext()) {
      Map.Entry<String, Vector<CsvRows.Row>> complaint = complaints.next();
      Vector<CsvRows.Row> rows = others.remove(complaint.getKey());
      out.add(builder.build(complaint.getKey(), complaint.getValue(), rows == null ? Vector.empty() : rows));
      return;
    }
    if (complaints != null) {
      Iterator<Map.Entry<String, Vector<CsvRows.Row>>> left = others.entrySet().iterator();
      while (left.hasNext()) {
        Map.Entry<String, Vector<CsvRows.Row>> orphan = left.next();
        out.add(orphans.refuse(orphan.getKey(), orphan.getValue()));
      }
    }
    complaints = null;
    others = null;
    if (partition >= first.count()) {
      stopped = true;
      return;
    }
    complaints = first.read(partition).entrySet().iterator();
    others = second == null ? new HashMap<>() : second.read(partition);
    partition++;
  }

  /** Closes and deletes the temporary files. */
  void close() {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }
}
