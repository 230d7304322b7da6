package org.oversight.complaint.examples;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.StateGraph;
import org.oversight.complaint.fixtures.Scenario;
import org.oversight.complaint.fixtures.Scenarios;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Breach;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;

/**
 * The demo: walks the Oslo scenario (a conduct complaint escalated to Spesialenheten) and the Danish
 * death-in-custody scenario end to end. For each it prints the timeline, the rule pack's assessment
 * after each step whenever it changes (escalations, obligations with due dates, breaches), and what
 * the complainant (or the bereaved relative) is shown; then the state graph as Mermaid, with the
 * states the two cases went through highlighted.
 *
 * <p>Run it with {@code mvn -q -Pdemo -DskipTests verify} from the repository root.
 */
public final class Demo {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Demo() {}

  /**
   * Runs the demo on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the demo.
   *
   * @param out where to print, not null
   */
  public static void run(PrintStream out) {
    Objects.requireNonNull(out, "out is null");
    out.println("oversight-complaint: the demo");
    out.println("=============================");
    out.println();
    Scenario oslo = Scenarios.osloEscalatedToSpesialenheten();
    Scenario denmark = Scenarios.danishDeathInCustody();
    walk(out, "1", oslo, NorwayRules.pack());
    walk(out, "2", denmark, DenmarkRules.pack());

    out.println("3. The state graph");
    out.println("------------------");
    out.println("Every case moves along this graph; a command it does not allow is refused with a reason.");
    out.println("The states the two cases went through are highlighted.");
    out.println();
    out.println("Facts recorded without a change of state (a state's loops onto itself) are left out here;");
    out.println("StateGraph.standard().toMermaid() has them all.");
    out.println();
    out.println("```mermaid");
    Vector.of(StateGraph.standard().toMermaid().split("\n"))
        .filter(line -> !isLoop(line))
        .forEach(out::println);
    LinkedHashSet<CaseStatus> visited = LinkedHashSet.ofAll(oslo.history().map(s -> s.complaint().status()))
        .addAll(denmark.history().map(s -> s.complaint().status()));
    out.println("    classDef visited fill:#dbeafe,stroke:#1d4ed8");
    out.println("    class " + visited.mkString(",") + " visited");
    out.println("```");
  }

  private static void walk(PrintStream out, String number, Scenario scenario, RulePack pack) {
    ZoneId zone = pack.zone();
    DateTimeFormatter when = WHEN.withZone(zone);
    String title = number + ". " + scenario.description();
    out.println(title);
    out.println("-".repeat(title.length()));
    out.println("Jurisdiction " + scenario.jurisdiction() + ", rule pack \"" + pack.name() + "\", times in " + zone + ".");
    out.println();
    out.println("Timeline, with the rule pack's assessment whenever it changes:");
    Seq<String> previous = Vector.empty();
    for (Scenario.Step step : scenario.history()) {
      ComplaintCase c = step.complaint();
      out.printf("  %s  %-38s -> %s%n", when.format(step.event().at()), step.label(), c.status());
      if (!step.event().reason().isBlank()) {
        out.println("                    \"" + step.event().reason() + "\"");
      }
      Seq<String> lines = assessmentLines(pack.assess(c, step.event().at()), when);
      if (!lines.equals(previous)) {
        lines.forEach(l -> out.println("                    " + l));
        previous = lines;
      }
    }
    ComplaintCase last = scenario.latest();
    Instant now = last.lastEventAt().plus(Duration.ofDays(1));
    Assessment finalAssessment = pack.assess(last, now);
    out.println();
    out.println("Assessment the day after the last step (" + when.format(now) + "):");
    Seq<String> finalLines = assessmentLines(finalAssessment, when);
    (finalLines.isEmpty() ? Vector.of("nothing pending, no breaches") : finalLines)
        .forEach(l -> out.println("  " + l));
    out.println("  compliant: " + (finalAssessment.isCompliant() ? "yes" : "no, " + finalAssessment.breaches().size()
        + " breach(es)"));
    // The rule pack explains itself in the jurisdiction's language too.
    Locale local = localeOf(scenario);
    finalAssessment.breaches().forEach(b -> out.println("  (" + local + ") " + b.message(local, pack.zone())));

    out.println();
    last.parties().filter(p -> p.is(PartyRole.COMPLAINANT) || p.is(PartyRole.INTERESTED_PERSON)).headOption()
        .forEach(viewer -> {
          out.println("What " + viewer.name().getOrElse(viewer.id().value()) + " is shown:");
          ComplainantView.render(last, viewer, pack.disclosure(), zone).forEach(l -> out.println("  " + l));
        });
    out.println();
    out.println("Path: " + LinkedHashSet.ofAll(scenario.history().map(s -> s.complaint().status())).mkString(" -> "));
    out.println();
  }

  private static Locale localeOf(Scenario s) {
    switch (s.jurisdiction().value().substring(0, 2)) {
      case "NO":
        return Locale.forLanguageTag("nb");
      case "DK":
        return Locale.forLanguageTag("da");
      case "SE":
        return Locale.forLanguageTag("sv");
      default:
        return Locale.ENGLISH;
    }
  }

  /** A line {@code X --> X : ...} of the Mermaid graph. */
  private static boolean isLoop(String line) {
    String[] parts = line.trim().split(" ");
    return parts.length > 2 && parts[1].equals("-->") && parts[0].equals(parts[2]);
  }

  private static Seq<String> assessmentLines(Assessment a, DateTimeFormatter when) {
    Seq<String> escalations = a.escalations().map(e -> escalation(e, when)).distinct();
    // An overdue obligation is shown once, as a breach.
    Seq<String> obligations = a.pending().filter(o -> !o.isOverdueAt(a.at())).map(o -> obligation(o, when)).distinct();
    Seq<String> breaches = a.breaches().map(b -> breach(b)).distinct();
    return escalations.appendAll(obligations).appendAll(breaches);
  }

  private static String escalation(Escalation e, DateTimeFormatter when) {
    return e.satisfiedAt().isDefined()
        ? "escalation to " + e.to() + ": done " + when.format(e.satisfiedAt().get())
        : "ESCALATE to " + e.to() + " by " + when.format(e.due()) + " (" + e.legalBasis() + ")";
  }

  private static String obligation(Obligation o, DateTimeFormatter when) {
    return "due " + when.format(o.due()) + ": " + o.kind().name().toLowerCase().replace('_', ' ') + " to "
        + recipient(o.recipient());
  }

  private static String breach(Breach b) {
    Obligation o = b.obligation();
    return "BREACH: " + o.kind().name().toLowerCase().replace('_', ' ') + " to " + recipient(o.recipient())
        + " overdue by " + b.overdueBy().toDays() + " days (" + o.legalBasis() + ")";
  }

  private static String recipient(Recipient r) {
    return r instanceof Recipient.ToParty ? "party " + ((Recipient.ToParty) r).party()
        : ((Recipient.ToBody) r).body().value();
  }
}
