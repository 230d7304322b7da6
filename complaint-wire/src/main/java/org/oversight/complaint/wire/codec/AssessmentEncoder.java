package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.Breach;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.Obligation;
import org.oversight.complaint.rules.Warning;

/**
 * Writes {@link Assessment} as <code>{"caseId","pack","at","compliant","escalations":[…],"obligations":[…],"breaches":[…],"warnings":[…],"timeLimit":{…}}</code>; {@code compliant} is derived and ignored when reading.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AssessmentEncoder extends WireEncoder<Assessment> {

  /** The instance. */
  public static final AssessmentEncoder INSTANCE = new AssessmentEncoder();

  private AssessmentEncoder() {
    super(Assessment.class);
  }

  @Override
  public void write(Assessment value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("caseId", value.caseId().value());
    gen.writeStringField("pack", value.pack());
    Fields.instant(gen, "at", value.at());
    gen.writeBooleanField("compliant", value.isCompliant());
    gen.writeArrayFieldStart("escalations");
    for (Escalation e : value.escalations()) {
      EscalationEncoder.INSTANCE.write(e, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("obligations");
    for (Obligation o : value.obligations()) {
      ObligationEncoder.INSTANCE.write(o, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("breaches");
    for (Breach b : value.breaches()) {
      BreachEncoder.INSTANCE.write(b, gen);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("warnings");
    for (Warning w : value.warnings()) {
      WarningEncoder.INSTANCE.write(w, gen);
    }
    gen.writeEndArray();
    gen.writeFieldName("timeLimit");
    TimeLimitCheckEncoder.INSTANCE.write(value.timeLimit(), gen);
    gen.writeEndObject();
  }
}
