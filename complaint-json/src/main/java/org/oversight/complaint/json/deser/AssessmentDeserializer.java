package org.oversight.complaint.json.deser;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Breach;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.TimeLimitCheck;
import org.oversight.complaint.rules.Warning;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link Assessment} from its object through the {@code Assessment} constructor; {@code compliant} is derived and ignored.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AssessmentDeserializer extends WireDeserializer<Assessment> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final AssessmentDeserializer INSTANCE = new AssessmentDeserializer();

  private AssessmentDeserializer() {
    super(Assessment.class);
  }

  @Override
  Assessment read(Node node) {
    return from(node);
  }

  static Assessment from(Node n) {
    n.object("an assessment");
    CaseId caseId = StringValueDeserializer.CASE_ID.at(n.field("caseId", "a case id"));
    String pack = n.field("pack", "a rule pack name").text("a rule pack name");
    Instant at = n.field("at", "an instant").instant();
    n.optField("compliant").forEach(Node::bool);
    Seq<Escalation> escalations = n.field("escalations", "escalations").elements("escalations").map(EscalationDeserializer::from);
    Seq<Obligation> obligations = n.field("obligations", "obligations").elements("obligations").map(ObligationDeserializer::from);
    Seq<Breach> breaches = n.field("breaches", "breaches").elements("breaches").map(BreachDeserializer::from);
    Seq<Warning> warnings = n.field("warnings", "warnings").elements("warnings").map(WarningDeserializer::from);
    TimeLimitCheck timeLimit = TimeLimitCheckDeserializer.from(n.field("timeLimit", "a time-limit check"));
    n.done();
    return n.build(() -> new Assessment(caseId, pack, at, escalations, obligations, breaches, warnings, timeLimit),
        "assessment");
  }
}
