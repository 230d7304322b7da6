package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.DisclosurePolicy;

/**
 * Writes {@link DisclosurePolicy} as an object with one array of {@code Disclosable} codes per {@code Audience}, in declaration order: <code>{"INTERNAL":[…],"COMPLAINANT":[…],"SUBJECT":[…],"PUBLIC":[…]}</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DisclosurePolicySerializer extends WireSerializer<DisclosurePolicy> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final DisclosurePolicySerializer INSTANCE = new DisclosurePolicySerializer();

  private DisclosurePolicySerializer() {
    super(DisclosurePolicy.class);
  }

  @Override
  public void write(DisclosurePolicy value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    for (Audience audience : Audience.values()) {
      gen.writeArrayFieldStart(audience.name());
      for (Disclosable part : Disclosable.values()) {
        if (value.allows(audience, part)) {
          gen.writeString(part.name());
        }
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }
}
