package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.DisclosurePolicy;

/**
 * Writes {@link DisclosurePolicy} as an object with one array of {@code Disclosable} codes per {@code Audience}, in declaration order: <code>{"INTERNAL":[…],"COMPLAINANT":[…],"SUBJECT":[…],"PUBLIC":[…],"INTERESTED_PERSON"?:[…]}</code>; {@code INTERESTED_PERSON} only when that audience is told something.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DisclosurePolicyEncoder extends WireEncoder<DisclosurePolicy> {

  /** The instance. */
  public static final DisclosurePolicyEncoder INSTANCE = new DisclosurePolicyEncoder();

  private DisclosurePolicyEncoder() {
    super(DisclosurePolicy.class);
  }

  @Override
  public void write(DisclosurePolicy value, WireOut gen) throws IOException {
    gen.writeStartObject();
    for (Audience audience : Audience.values()) {
      if (audience == Audience.INTERESTED_PERSON && value.told(audience).isEmpty()) {
        // Written only when told something, so that the documents of other policies keep their bytes.
        continue;
      }
      gen.writeArrayFieldStart(audience.name());
      for (Disclosable part : Disclosable.values()) {
        if (value.allows(audience, part)) {
          gen.writeString(part.name());
        }
      }
      gen.writeEndArray();
    }
    boolean decisions = false;
    for (Audience audience : Audience.values()) {
      decisions |= !value.decisionsTold(audience).isEmpty();
    }
    if (decisions) {
      // Written only when a policy has them, so that the documents of other policies keep their bytes.
      gen.writeObjectFieldStart(DECISIONS_OF);
      for (Audience audience : Audience.values()) {
        if (!value.decisionsTold(audience).isEmpty()) {
          gen.writeArrayFieldStart(audience.name());
          for (Body body : value.decisionsTold(audience)) {
            gen.writeString(body.value());
          }
          gen.writeEndArray();
        }
      }
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  /** The field of the bodies whose decisions an audience is told even where outcomes are withheld. */
  static final String DECISIONS_OF = "decisionsOf";
}
