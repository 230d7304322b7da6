package org.oversight.complaint.wire.codec;

import io.vavr.control.Option;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.SubjectKind;

/**
 * Reads {@link Party} from its object through the {@code Party} constructor, which checks the role rules; an
 * absent {@code actsFor} is a party that acts for no one (or whose link was not recorded).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PartyDecoder extends WireDecoder<Party> {

  /** The instance. */
  public static final PartyDecoder INSTANCE = new PartyDecoder();

  private PartyDecoder() {
    super(Party.class);
  }

  @Override
  Party read(Node node) {
    return from(node);
  }

  static Party from(Node n) {
    n.object("a party");
    PartyId id = StringValueDecoder.PARTY_ID.at(n.field("id", "a party id"));
    PartyRole role = n.field("role", "a party role").enumValue(PartyRole.class);
    Option<String> name = n.optField("name").map(x -> x.text("a name"));
    Option<String> contact = n.optField("contact").map(x -> x.text("contact details"));
    Option<Standing> standing = n.optField("standing").map(x -> x.enumValue(Standing.class));
    Option<SubjectKind> kind = n.optField("subjectKind").map(x -> x.enumValue(SubjectKind.class));
    Option<String> serviceNumber = n.optField("serviceNumber").map(x -> x.text("a service number"));
    Option<String> unit = n.optField("unit").map(x -> x.text("a unit"));
    Option<PartyId> actsFor = n.optField("actsFor").map(StringValueDecoder.PARTY_ID::at);
    n.done();
    return n.build(() -> new Party(id, role, name, contact, standing, kind, serviceNumber, unit, actsFor), "party");
  }
}
