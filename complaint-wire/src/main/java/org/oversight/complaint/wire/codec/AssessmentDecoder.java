package org.oversight.complaint.wire.codec;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Breach;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.TimeLimitCheck;
import org.oversight.complaint.rules.Warning;

/**
 * Reads {@link Assessment} from its object through the {@code Assessment} constructor; {@code compliant} is derived and ignored.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AssessmentDecoder extends WireDecoder<Assessment> {

  /** The instance. */
  public static final AssessmentDecoder INSTANCE = new AssessmentDecoder();

  private AssessmentDecoder() {
    super(Assessment.class);
  }

  @Override
  Assessment read(Node node) {
    return from(node);
  }

  static Assessment from(Node n) {
    n.object("an assessment");
    CaseId caseId = StringValueDecoder.CASE_ID.at(n.field("caseId", "a case id"));
    String pack = n.field("pack", "a rule pack name").text("a rule pack name");
    Instant at = n.field("at", "an instant").instant();
    n.optField("compliant").forEach(Node::bool);
    Seq<Escalation> escalations = n.field("escalations", "escalations").elements("escalations", EscalationDecoder::from);
    Seq<Obligation> obligations = n.field("obligations", "obligations").elements("obligations", ObligationDecoder::from);
    Seq<Breach> breaches = n.field("breaches", "breaches").elements("breaches", BreachDecoder::from);
    Seq<Warning> warnings = n.field("warnings", "warnings").elements("warnings", WarningDecoder::from);
    TimeLimitCheck timeLimit = TimeLimitCheckDecoder.from(n.field("timeLimit", "a time-limit check"));
    n.done();
    return n.build(() -> new Assessment(caseId, pack, at, escalations, obligations, breaches, warnings, timeLimit),
        "assessment");
  }
}
