package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RequiredDetail;

/**
 * Writes {@link RegistrationRequirements} as a JSON array of {@code RequiredDetail} codes in their natural (declaration) order, e.g. <code>["INCIDENT_TIME","SUBJECT"]</code>.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RegistrationRequirementsEncoder extends WireEncoder<RegistrationRequirements> {

  /** The instance. */
  public static final RegistrationRequirementsEncoder INSTANCE = new RegistrationRequirementsEncoder();

  private RegistrationRequirementsEncoder() {
    super(RegistrationRequirements.class);
  }

  @Override
  public void write(RegistrationRequirements value, WireOut gen) throws IOException {
    gen.writeStartArray();
    for (RequiredDetail detail : value.details()) {
      gen.writeString(detail.name());
    }
    gen.writeEndArray();
  }
}
