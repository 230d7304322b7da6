package org.oversight.complaint.wire.codec;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Decision;
import org.oversight.complaint.core.DutyStatus;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.SeriousnessFlag;

/**
 * Reads {@link Allegation} from its object through the {@code Allegation} constructor; flags are a set (a repeat is an error), subjects a list.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AllegationDecoder extends WireDecoder<Allegation> {

  /** The instance. */
  public static final AllegationDecoder INSTANCE = new AllegationDecoder();

  private AllegationDecoder() {
    super(Allegation.class);
  }

  @Override
  Allegation read(Node node) {
    return from(node);
  }

  static Allegation from(Node n) {
    n.object("an allegation");
    AllegationId id = StringValueDecoder.ALLEGATION_ID.at(n.field("id", "an allegation id"));
    CategoryCode category = StringValueDecoder.CATEGORY.at(n.field("category", "a category code"));
    String description = n.field("description", "a description").text("a description");
    Set<SeriousnessFlag> flags = n.field("flags", "seriousness flags").set("seriousness flags", x -> x.enumValue(SeriousnessFlag.class));
    Seq<PartyId> subjects = n.field("subjects", "subject party ids").elements("subject party ids", StringValueDecoder.PARTY_ID::at);
    Option<DutyStatus> duty = n.optField("duty").map(x -> x.enumValue(DutyStatus.class));
    Option<Decision> decision = n.optField("decision").map(DecisionDecoder::from);
    n.done();
    return n.build(() -> new Allegation(id, category, description, flags, subjects, decision, duty), "allegation");
  }
}
