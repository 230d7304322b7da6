package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
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
public final class RegistrationRequirementsSerializer extends WireSerializer<RegistrationRequirements> {

  private static final long serialVersionUID = 1L;

  /** The instance. */
  public static final RegistrationRequirementsSerializer INSTANCE = new RegistrationRequirementsSerializer();

  private RegistrationRequirementsSerializer() {
    super(RegistrationRequirements.class);
  }

  @Override
  public void write(RegistrationRequirements value, JsonGenerator gen) throws IOException {
    gen.writeStartArray();
    for (RequiredDetail detail : value.details()) {
      gen.writeString(detail.name());
    }
    gen.writeEndArray();
  }
}
