package org.oversight.complaint.examples;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.StateGraph;
import org.oversight.complaint.fixtures.Scenario;
import org.oversight.complaint.fixtures.Scenarios;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Labels;
import org.oversight.complaint.rules.Messages;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;

/**
 * The demo: walks the Oslo scenario (a conduct complaint escalated to Spesialenheten) and the Danish
 * death-in-custody scenario end to end. For each it prints the timeline, the rule pack's assessment
 * after each step whenever it changes (escalations, obligations with due dates, breaches), and what
 * the complainant (or the bereaved relative) is shown; then it writes the state graph as Mermaid to
 * a file, with the states the two cases went through highlighted, and prints the file's path.
 *
 * <p>States, commands, bodies, outcomes and dates are written as a person reads them, in the
 * language asked for ({@link Labels}, {@link Messages}), and so are the demo's own headings; the
 * scenarios' descriptions and step labels come from the fixtures' catalogue, in English, and the demo's
 * bundles word them in the other languages.
 *
 * <p>Run it with {@code mvn -q -Pdemo -DskipTests verify} from the repository root; add
 * {@code -Dexec.args="nb"} (or {@code da}, {@code sv}) for another language, and a second argument for
 * where to write the graph (default {@code target/state-graph.md}).
 */
public final class Demo {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final Labels LABELS = Labels.standard();

  private Demo() {}

  /**
   * Runs the demo on standard output.
   *
   * @param args the language tag (default {@code en}) and the file for the state graph (default
   *     {@code target/state-graph.md}), both optional
   * @throws IOException if the graph cannot be written
   */
  public static void main(String[] args) throws IOException {
    Locale locale = args.length > 0 ? Locale.forLanguageTag(args[0]) : Locale.ENGLISH;
    Path graph = Path.of(args.length > 1 ? args[1] : "target/state-graph.md");
    run(System.out, locale, graph);
  }

  /**
   * Runs the demo.
   *
   * @param out where to print, not null
   * @param locale the language of labels, dates and messages, not null
   * @param graph the file to write the state graph to (its directory is created), not null
   * @throws IOException if the graph cannot be written
   */
  public static void run(PrintStream out, Locale locale, Path graph) throws IOException {
    Objects.requireNonNull(out, "out is null");
    Objects.requireNonNull(locale, "locale is null");
    Objects.requireNonNull(graph, "graph is null");
    String title = DemoText.text("demo.title", locale);
    out.println(title);
    out.println("=".repeat(title.length()));
    out.println();
    Scenario oslo = Scenarios.osloEscalatedToSpesialenheten();
    Scenario denmark = Scenarios.danishDeathInCustody();
    walk(out, "1", oslo, NorwayRules.pack(), locale);
    walk(out, "2", denmark, DenmarkRules.pack(), locale);

    String graphHeading = "3. " + DemoText.text("demo.graph.heading", locale);
    out.println(graphHeading);
    out.println("-".repeat(graphHeading.length()));
    out.println(DemoText.text("demo.graph.intro", locale));
    LinkedHashSet<CaseStatus> visited = LinkedHashSet.ofAll(oslo.history().map(s -> s.complaint().status()))
        .addAll(denmark.history().map(s -> s.complaint().status()));
    Path file = graph.toAbsolutePath();
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, mermaid(visited), StandardCharsets.UTF_8);
    out.println(DemoText.text("demo.graph.written", locale));
    out.println("  " + file);
    out.println(DemoText.text("demo.graph.paste", locale));
  }

  /** The graph without facts recorded in place (a state's loops onto itself), visited states highlighted. */
  static String mermaid(LinkedHashSet<CaseStatus> visited) {
    return "```mermaid\n"
        + Vector.of(StateGraph.standard().toMermaid().split("\n")).filter(line -> !isLoop(line)).mkString("\n")
        + "\n    classDef visited fill:#dbeafe,stroke:#1d4ed8\n"
        + "    class " + visited.mkString(",") + " visited\n```\n";
  }

  private static void walk(PrintStream out, String number, Scenario scenario, RulePack pack, Locale locale) {
    ZoneId zone = pack.zone();
    String title = number + ". " + DemoText.catalogue("scenario." + scenario.name(), scenario.description(), locale);
    out.println(title);
    out.println("-".repeat(title.length()));
    out.println(DemoText.text("demo.pack", locale, pack.name(), zone));
    out.println();
    out.println(DemoText.text("demo.timeline", locale));
    Seq<String> previous = Vector.empty();
    // the date column is as wide as the scenario's longest date in this language ("2 November 2026 02:50")
    int width = scenario.history().map(step -> when(step.event().at(), zone, locale).length()).max().getOrElse(19);
    String indent = " ".repeat(width + 4);
    for (Scenario.Step step : scenario.history()) {
      ComplaintCase c = step.complaint();
      out.printf("  %-" + width + "s  %-38s -> %s%n", when(step.event().at(), zone, locale),
          DemoText.catalogue("step." + step.label().replace(' ', '_'), step.label(), locale),
          LABELS.label(c.status(), locale));
      if (!step.event().reason().isBlank()) {
        out.println(indent + "\"" + step.event().reason() + "\"");
      }
      Seq<String> lines = assessmentLines(pack, pack.assess(c, step.event().at()), locale)
          .appendAll(refusal(pack, c, step.event().at(), locale));
      if (!lines.equals(previous)) {
        lines.forEach(l -> out.println(indent + l));
        previous = lines;
      }
    }
    ComplaintCase last = scenario.latest();
    Instant now = last.lastEventAt().plus(Duration.ofDays(1));
    Assessment finalAssessment = pack.assess(last, now);
    out.println();
    out.println(DemoText.text("demo.final", locale, when(now, zone, locale)));
    Seq<String> finalLines = assessmentLines(pack, finalAssessment, locale);
    (finalLines.isEmpty() ? Vector.of(DemoText.text("demo.nothing", locale)) : finalLines)
        .forEach(l -> out.println("  " + l));
    int breaches = finalAssessment.breaches().size();
    out.println("  " + (finalAssessment.isCompliant() ? DemoText.text("demo.compliant.yes", locale)
        : DemoText.text("demo.compliant.no", locale, breaches)));
    // The rule pack explains itself in the jurisdiction's language too.
    Locale local = localeOf(scenario);
    if (!local.getLanguage().equals(locale.getLanguage())) {
      finalAssessment.breaches().forEach(b -> out.println("  (" + local + ") " + b.message(local, zone)));
    }

    out.println();
    last.parties().filter(p -> p.is(PartyRole.COMPLAINANT) || p.is(PartyRole.INTERESTED_PERSON)).headOption()
        .forEach(viewer -> {
          out.println(DemoText.text("demo.shown", locale, viewer.name().getOrElse(viewer.id().value())));
          ComplainantView.render(last, viewer, pack.disclosure(), zone, locale).forEach(l -> out.println("  " + l));
        });
    out.println();
    out.println(DemoText.text("demo.path", locale, LinkedHashSet.ofAll(scenario.history().map(s -> s.complaint().status()))
        .map(st -> LABELS.label(st, locale)).mkString(" -> ")));
    out.println();
  }

  private static String when(Instant at, ZoneId zone, Locale locale) {
    return Messages.date(at.atZone(zone).toLocalDate(), locale) + " " + TIME.format(at.atZone(zone));
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

  /**
   * What local handling gets while a referral is pending: the pack's refusal of the first of a local
   * investigation, a decision or closing that the state graph allows, naming the pending escalation.
   */
  private static Seq<String> refusal(RulePack pack, ComplaintCase c, Instant at, Locale locale) {
    return Vector.of(CommandType.OPEN_INVESTIGATION, CommandType.DECIDE_ALLEGATION, CommandType.CLOSE)
        .filter(command -> c.allowedCommands().contains(command))
        .flatMap(command -> pack.whyRefused(c, command, at))
        .filter(r -> r instanceof Rejection.RuleRefused && ((Rejection.RuleRefused) r).pending().isDefined())
        .take(1)
        .map(r -> DemoText.text("demo.refused", locale, Messages.explain(r, locale, pack.zone())));
  }

  private static Seq<String> assessmentLines(RulePack pack, Assessment a, Locale locale) {
    ZoneId zone = pack.zone();
    Seq<String> escalations = a.escalations().map(e -> e.satisfiedAt().isDefined()
        ? DemoText.text("demo.referral.done", locale, pack.bodyName(e.to(), locale),
            when(e.satisfiedAt().get(), zone, locale))
        : DemoText.text("demo.escalate", locale, e.message(locale, zone))).distinct();
    // An overdue obligation is shown once, as a breach.
    Seq<String> obligations = a.pending().filter(o -> !o.isOverdueAt(a.at()))
        .map(o -> DemoText.text("demo.todo", locale, o.message(locale, zone))).distinct();
    Seq<String> breaches = a.breaches().map(b -> DemoText.text(
        b.obligation().status() == Obligation.Status.MISSED ? "demo.missed" : "demo.breach", locale,
        b.message(locale, zone))).distinct();
    return escalations.appendAll(obligations).appendAll(breaches);
  }
}
