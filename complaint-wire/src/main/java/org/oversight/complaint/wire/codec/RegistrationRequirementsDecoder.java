package org.oversight.complaint.wire.codec;

import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import org.oversight.complaint.core.RegistrationRequirements;
import org.oversight.complaint.core.RequiredDetail;

/**
 * Reads {@link RegistrationRequirements} from a JSON array of {@code RequiredDetail} codes (a repeat is an error).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RegistrationRequirementsDecoder extends WireDecoder<RegistrationRequirements> {

  /** The instance. */
  public static final RegistrationRequirementsDecoder INSTANCE = new RegistrationRequirementsDecoder();

  private RegistrationRequirementsDecoder() {
    super(RegistrationRequirements.class);
  }

  @Override
  RegistrationRequirements read(Node node) {
    return from(node);
  }

  static RegistrationRequirements from(Node n) {
    Set<RequiredDetail> details = n.set("required detail codes", x -> x.enumValue(RequiredDetail.class));
    return new RegistrationRequirements(TreeSet.ofAll(details));
  }
}
