package org.oversight.complaint.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import java.io.PrintStream;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.StateGraph;

/**
 * Goal 7, measured with JOL rather than JMH: what one more case costs in memory, and what a state
 * machine costs per entity.
 *
 * <p>"Retained" here is the marginal size: the bytes reachable from two cases minus the bytes
 * reachable from one. Objects shared by every case (enum constants, empty collections, the state
 * graph) are counted once in both, so they cancel out, and what remains is what an application
 * holding one more case in memory pays. The two cases are built from different seeds, so they share
 * no text. Run: {@code java -cp benchmarks/target/benchmarks.jar org.oversight.complaint.benchmarks.MemoryFootprint}.
 */
public final class MemoryFootprint {
  /** The goal: a realistic case retains at most this many bytes. */
  public static final long GOAL_BYTES = 6 * 1024;

  private MemoryFootprint() {}

  /**
   * Prints the measurements as a Markdown table.
   *
   * @param args {@code --detail} also prints the classes that make up one case's marginal bytes
   * @throws java.io.IOException if Jackson fails
   */
  public static void main(String[] args) throws java.io.IOException {
    // Records' fields have no Unsafe offsets on JDK 17; JOL then needs its "magic" offset mode.
    System.setProperty("jol.magicFieldOffset", "true");
    PrintStream out = System.out;
    ComplaintCase one = Fixtures.realisticCase(1);
    ComplaintCase two = Fixtures.realisticCase(2);
    long single = GraphLayout.parseInstance(one).totalSize();
    long marginal = marginal(one, two);
    boolean holdsGraph = GraphLayout.parseInstance(one).getClasses().contains(StateGraph.class);
    long graph = GraphLayout.parseInstance(StateGraph.standard()).totalSize();
    ComplaintCase assessed = Fixtures.replay(Fixtures.realisticEvents(3).subList(0, Fixtures.BEFORE_INVESTIGATION));
    long assessedMarginal = marginal(
        Fixtures.replay(Fixtures.realisticEvents(4).subList(0, Fixtures.BEFORE_INVESTIGATION)), assessed);

    Stateless4jPeer stateless4j = new Stateless4jPeer();
    Stateless4jPeer.Entity entity = new Stateless4jPeer.Entity(CaseStatus.ASSESSED, 3);
    StateMachine<CaseStatus, CommandType> machine = stateless4j.machine(entity);
    long stateless4jMachine = marginal(stateless4j, machine);

    SquirrelPeer squirrel = new SquirrelPeer();
    long squirrelMachine = marginal(squirrel, squirrel.restore(CaseStatus.ASSESSED));

    long springMachine = marginal(new SpringPeer(), new SpringPeer());
    HandWrittenCase hand = new HandWrittenCase(CaseStatus.ASSESSED, 3);
    long handWritten = GraphLayout.parseInstance(hand).totalSize()
        - GraphLayout.parseInstance(CaseStatus.ASSESSED).totalSize();

    com.fasterxml.jackson.databind.ObjectMapper module = JsonBenchmark.moduleMapper();
    com.fasterxml.jackson.databind.ObjectMapper plain = JsonBenchmark.pojoMapper();
    byte[] moduleJson = module.writeValueAsBytes(one);
    byte[] pojoJson = plain.writeValueAsBytes(PojoCase.from(one));
    ComplaintCase moduleRead = module.readValue(moduleJson, ComplaintCase.class);
    long moduleReadMarginal = marginal(two, moduleRead);
    PojoCase pojoOne = plain.readValue(pojoJson, PojoCase.class);
    PojoCase pojoTwo = plain.readValue(plain.writeValueAsBytes(PojoCase.from(two)), PojoCase.class);
    long pojoMarginal = marginal(pojoTwo, pojoOne);

    out.println("| what | bytes |");
    out.println("|---|---:|");
    row(out, "realistic case (25 events, 3 parties, 3 allegations), marginal (retained per case)", marginal);
    row(out, "realistic case, everything reachable incl. shared enums and singletons", single);
    row(out, "realistic case read back through ComplaintModule, marginal", moduleReadMarginal);
    row(out, "equivalent mutable POJO read back by plain Jackson, marginal", pojoMarginal);
    row(out, "case after 10 events (ASSESSED), marginal", assessedMarginal);
    row(out, "JSON document through ComplaintModule", moduleJson.length);
    row(out, "JSON document of the POJO (plain Jackson, JavaTime module)", pojoJson.length);
    out.printf(Locale.ROOT, "| goal: marginal <= %d B | %s |%n", GOAL_BYTES, marginal <= GOAL_BYTES ? "met" : "MISSED");
    out.printf(Locale.ROOT, "| case graph holds a StateGraph | %s |%n", holdsGraph ? "YES (per-case machine)" : "no");
    row(out, "StateGraph.standard(), shared by all cases, once per JVM", graph);
    row(out, "hand-written entity (enum + int), marginal", handWritten);
    row(out, "stateless4j machine per entity (shared config excluded)", stateless4jMachine);
    row(out, "squirrel machine per entity (shared builder excluded)", squirrelMachine);
    row(out, "Spring Statemachine, one more machine", springMachine);
    if (args.length > 0 && "--detail".equals(args[0])) {
      out.println();
      out.println("What one more realistic case holds:");
      out.println(GraphLayout.parseInstance(one, two).subtract(GraphLayout.parseInstance(one)).toFootprint());
    }
  }

  private static long marginal(Object shared, Object extra) {
    return GraphLayout.parseInstance(shared, extra).totalSize() - GraphLayout.parseInstance(shared).totalSize();
  }

  private static void row(PrintStream out, String what, long bytes) {
    out.printf(Locale.ROOT, "| %s | %,d |%n", what, bytes);
  }
}
