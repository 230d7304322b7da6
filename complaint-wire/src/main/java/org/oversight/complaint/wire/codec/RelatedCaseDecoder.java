package org.oversight.complaint.wire.codec;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.Relation;
import org.oversight.complaint.core.SeriousnessFlag;

/**
 * Reads {@link RelatedCase} from its object through the {@code RelatedCase} constructor; the optional
 * flags are a set (a repeat is an error), allowed only on a same-incident link.
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
    Set<SeriousnessFlag> flags = n.optField("flags")
        .map(x -> x.set("seriousness flags", f -> f.enumValue(SeriousnessFlag.class)))
        .getOrElse(HashSet.empty());
    n.done();
    return n.build(() -> new RelatedCase(other, relation, flags), "related case");
  }
}
