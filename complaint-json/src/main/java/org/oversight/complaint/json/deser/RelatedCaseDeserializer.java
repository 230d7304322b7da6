package org.oversight.complaint.json.deser;

import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link RelatedCase} from its object through the {@code RelatedCase} constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RelatedCaseDeserializer extends WireDeserializer<RelatedCase> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final RelatedCaseDeserializer INSTANCE = new RelatedCaseDeserializer();

  private RelatedCaseDeserializer() {
    super(RelatedCase.class);
  }

  @Override
  RelatedCase read(Node node) {
    return from(node);
  }

  static RelatedCase from(Node n) {
    n.object("a related case");
    CaseId other = StringValueDeserializer.CASE_ID.at(n.field("other", "a case id"));
    Relation relation = n.field("relation", "a relation").enumValue(Relation.class);
    n.done();
    return new RelatedCase(other, relation);
  }
}
