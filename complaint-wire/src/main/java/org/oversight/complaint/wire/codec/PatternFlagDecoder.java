package org.oversight.complaint.wire.codec;

import io.vavr.collection.Seq;
import java.time.Instant;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.rules.PatternFlag;

/**
 * Reads {@link PatternFlag} from its object through the {@code PatternFlag} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PatternFlagDecoder extends WireDecoder<PatternFlag> {

  /** The instance. */
  public static final PatternFlagDecoder INSTANCE = new PatternFlagDecoder();

  private PatternFlagDecoder() {
    super(PatternFlag.class);
  }

  @Override
  PatternFlag read(Node node) {
    return from(node);
  }

  static PatternFlag from(Node n) {
    n.object("a pattern flag");
    PatternFlag.Kind kind = n.field("kind", "a pattern kind").enumValue(PatternFlag.Kind.class);
    String identity = n.field("identity", "an identity").text("an identity");
    Seq<CaseId> cases = n.field("cases", "case ids").elements("case ids", StringValueDecoder.CASE_ID::at);
    Instant first = n.field("first", "an instant").instant();
    Instant last = n.field("last", "an instant").instant();
    n.done();
    return n.build(() -> new PatternFlag(kind, identity, cases, first, last), "pattern flag");
  }
}
