package org.oversight.complaint.wire.codec;

import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;

/**
 * Reads {@link RelatedCase} from its object through the {@code RelatedCase} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RelatedCaseDecoder extends WireDecoder<RelatedCase> {

  /** The instance. */
  public static final RelatedCaseDecoder INSTANCE = new RelatedCaseDecoder();

  private RelatedCaseDecoder() {
    super(RelatedCase.class);
  }

  @Override
  RelatedCase read(Node node) {
    return from(node);
  }

  static RelatedCase from(Node n) {
    n.object("a related case");
    CaseId other = StringValueDecoder.CASE_ID.at(n.field("other", "a case id"));
    Relation relation = n.field("relation", "a relation").enumValue(Relation.class);
    n.done();
    return new RelatedCase(other, relation);
  }
}
