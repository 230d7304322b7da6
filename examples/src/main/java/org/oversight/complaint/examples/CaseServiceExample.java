package org.oversight.complaint.examples;

import io.vavr.control.Either;
import java.io.PrintStream;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Objects;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.fixtures.Complaints;
import org.oversight.complaint.fixtures.Scenario;
import org.oversight.complaint.fixtures.Scenarios;

/**
 * The case service on an embedded H2 database: the Oslo complaint comes in and is handled step by
 * step, two caseworkers act on the same version (one wins, the other gets a conflict), two invalid
 * commands are refused before anything is stored, and after a "restart" the case is restored by
 * replay, equal to what was stored.
 *
 * <p>Run it with {@code mvn -q -Pdemo -DskipTests verify -Ddemo.main=org.oversight.complaint.examples.CaseServiceExample}
 * from the repository root, or pass a JDBC URL (and user and password) as arguments to use another
 * database: on a {@code jdbc:postgresql:} URL the events are stored as {@code jsonb}.
 */
public final class CaseServiceExample {

  private CaseServiceExample() {}

  /**
   * Runs the example.
   *
   * @param args optional JDBC URL, user and password; an in-memory H2 database by default
   */
  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "jdbc:h2:mem:complaints;DB_CLOSE_DELAY=-1";
    String user = args.length > 1 ? args[1] : "sa";
    String password = args.length > 2 ? args[2] : "";
    run(() -> DriverManager.getConnection(url, user, password), JdbcEventStore.Dialect.forUrl(url), System.out);
  }

  /**
   * Runs the example against a database in standard SQL, printing what happens.
   *
   * @param connections the database, not null
   * @param out where to print, not null
   */
  public static void run(JdbcEventStore.ConnectionSource connections, PrintStream out) {
    run(connections, JdbcEventStore.Dialect.STANDARD, out);
  }

  /**
   * Runs the example against a database, printing what happens.
   *
   * @param connections the database, not null
   * @param dialect how the database stores the payload, not null
   * @param out where to print, not null
   */
  public static void run(JdbcEventStore.ConnectionSource connections, JdbcEventStore.Dialect dialect, PrintStream out) {
    Objects.requireNonNull(connections, "connections is null");
    Objects.requireNonNull(dialect, "dialect is null");
    Objects.requireNonNull(out, "out is null");
    JdbcEventStore store = new JdbcEventStore(connections, new EventCodec(), dialect);
    store.createSchema();
    CaseService service = new CaseService(store, CaseService::shippedPacks);
    Scenario oslo = Scenarios.osloEscalatedToSpesialenheten();
    CaseId id = oslo.latest().id();

    out.println("An integrator's case service on a relational database (plain JDBC)");
    out.println("==================================================================");
    out.println();
    out.println("Schema:");
    out.println(dialect.schema().indent(2));

    out.println("1. The complaint comes in and is handled (each command validated, then stored)");
    out.print("   ");
    show(out, service.open((CaseEvent.ComplaintReceived) oslo.history().head().event()));
    for (Scenario.Step step : oslo.history().drop(1).take(5)) {
      out.print("   ");
      show(out, service.handle(id, step.index(), step.event()));
    }
    out.println("   The payload of version 5, as complaint-json writes it:");
    out.println("   " + new EventCodec().encode(oslo.history().get(4).event()));

    out.println();
    out.println("2. Two caseworkers open version " + store.version(id) + " at the same time");
    ComplaintCase seenByIngrid = service.load(id).get();
    ComplaintCase seenByOla = service.load(id).get();
    CaseEvent escalate = oslo.history().get(6).event();
    CaseEvent progressNote = new CaseEvent.NotificationRecorded(NotificationKind.PROGRESS_UPDATE,
        Recipient.party(Complaints.COMPLAINANT_ID),
        Stamp.of(Instant.parse("2026-03-11T11:05:00Z"), Actor.of("caseworker:ola.hansen"), "Called the complainant"));
    out.print("   Ingrid escalates to Spesialenheten:  ");
    show(out, service.handle(id, seenByIngrid.version(), escalate));
    out.print("   Ola records a progress update:       ");
    show(out, service.handle(id, seenByOla.version(), progressNote));
    out.println("   Stored events: " + store.version(id));

    out.println();
    out.println("3. Invalid commands are refused before anything is stored");
    long before = store.version(id);
    out.print("   Close a case just referred to Spesialenheten: ");
    show(out, service.handle(id, before, new CaseEvent.Closed(
        Stamp.of(Instant.parse("2026-03-12T09:00:00Z"), Complaints.CASEWORKER))));
    out.print("   Decide with an outcome Norway's rule pack does not know: ");
    ComplaintCase investigating = service.handle(id, before, oslo.history().get(7).event()).get();
    show(out, service.handle(id, investigating.version(), new CaseEvent.AllegationDecided(AllegationId.of("A2"),
        Outcome.of("SORT_OF_UPHELD"), Scenarios.SPESIALENHETEN,
        Stamp.of(Instant.parse("2026-06-19T12:00:00Z"), Complaints.CASEWORKER))));
    out.println("   Stored events: " + store.version(id) + " (the investigation was opened; nothing refused was stored)");

    out.println();
    out.println("4. After a restart the case is restored by replaying its events");
    CaseService restarted = new CaseService(new JdbcEventStore(connections, new EventCodec(), dialect),
        CaseService::shippedPacks);
    ComplaintCase restored = restarted.load(id).get();
    out.println("   " + summary(restored));
    out.println("   Equal to the case the service last returned: " + restored.equals(investigating));
    out.println("   Equal to the scenario at the same step:      " + restored.equals(oslo.at("investigation opened")));
  }

  private static void show(PrintStream out, Either<ServiceFailure, ComplaintCase> result) {
    String line = result.isLeft() ? "REFUSED  " + result.getLeft().message() : "stored   " + summary(result.get());
    out.println(line);
  }

  private static String summary(ComplaintCase c) {
    return "case " + c.id() + " version " + c.version() + ", " + c.status() + ", last: "
        + c.history().last().getClass().getSimpleName() + (c.isEscalated() ? ", escalated" : "");
  }
}
