package org.oversight.complaint.json.deser;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.Decision;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads {@link Allegation} from its object through the {@code Allegation} constructor; flags are a set (a repeat is an error), subjects a list.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AllegationDeserializer extends WireDeserializer<Allegation> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final AllegationDeserializer INSTANCE = new AllegationDeserializer();

  private AllegationDeserializer() {
    super(Allegation.class);
  }

  @Override
  Allegation read(Node node) {
    return from(node);
  }

  static Allegation from(Node n) {
    n.object("an allegation");
    AllegationId id = StringValueDeserializer.ALLEGATION_ID.at(n.field("id", "an allegation id"));
    CategoryCode category = StringValueDeserializer.CATEGORY.at(n.field("category", "a category code"));
    String description = n.field("description", "a description").text("a description");
    Set<SeriousnessFlag> flags = n.field("flags", "seriousness flags").set("seriousness flags", x -> x.enumValue(SeriousnessFlag.class));
    Seq<PartyId> subjects = n.field("subjects", "subject party ids").elements("subject party ids").map(StringValueDeserializer.PARTY_ID::at);
    Option<Decision> decision = n.optField("decision").map(DecisionDeserializer::from);
    n.done();
    return n.build(() -> new Allegation(id, category, description, flags, subjects, decision), "allegation");
  }
}
